#!/usr/bin/env python3
"""Build gold/*.json from the compact src/gNNN.py tables."""
import importlib.util, json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"
for f in sorted(HERE.glob("g0*.py")):
    spec = importlib.util.spec_from_file_location(f.stem, f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    gold = {
        "doc": m.DOC,
        "report": {k: m.REPORT[k] for k in ("title", "publisher", "region", "year", "date")},
        "regulations": [dict(name=n, aliases=a, type=t, doc_number=d, issuer=i, relation=r) for n, a, t, d, i, r in m.REGS],
        "organizations": [dict(name=n, aliases=a, type=t) for n, a, t in m.ORGS],
        "measures": [dict(name=n, aliases=a, type=t) for n, a, t in m.MEAS],
    }
    (OUT / (m.DOC[:-4] + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(m.DOC, len(m.REGS), len(m.ORGS), len(m.MEAS))
