#!/usr/bin/env python3
"""Builds gold/*.json from the compact specs in src/specs/*.py (one per doc)."""
import json, importlib.util, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
for spec in sorted((root/'src'/'specs').glob('*.py')):
    ns = {}
    exec(spec.read_text(encoding='utf-8'), ns)
    doc = spec.stem + '.txt'
    g = {"doc": doc, "report": ns['REPORT'],
         "regulations": [dict(name=r[0], aliases=list(r[1]), type=r[2], doc_number=r[3], issuer=r[4], relation=r[5]) for r in ns['R']],
         "organizations": [dict(name=o[0], aliases=list(o[1]), type=o[2]) for o in ns['O']],
         "measures": [dict(name=m[0], aliases=list(m[1]), type=m[2]) for m in ns['M']]}
    (root/'gold'/(spec.stem+'.json')).write_text(json.dumps(g, ensure_ascii=False, indent=2)+"\n", encoding='utf-8')
    print('wrote', spec.stem)
