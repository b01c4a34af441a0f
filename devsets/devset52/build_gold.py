#!/usr/bin/env python3
"""Build gold/*.json from the compact specs in src/*.spec.
Line formats (fields separated by ' | ', aliases separated by ' ;; ', '-' = null / empty):
  H | title | publisher | region | year | date
  R | name | aliases | type | doc_number | issuer | relation
  O | name | aliases | type
  M | name | aliases | type
"""
import json, sys
from pathlib import Path
here = Path(__file__).parent
def nul(x): return None if x.strip() == '-' else x.strip()
def al(x): return [] if x.strip() == '-' else [a.strip() for a in x.split(' ;; ') if a.strip()]
for spec in sorted((here / 'src').glob('*.spec')):
    g = {"doc": spec.stem + '.txt', "report": None, "regulations": [], "organizations": [], "measures": []}
    for n, line in enumerate(spec.read_text(encoding='utf-8').splitlines(), 1):
        if not line.strip() or line.startswith('#'):
            continue
        f = line.split(' | ')
        k = f[0].strip()
        try:
            if k == 'H':
                g['report'] = {"title": nul(f[1]), "publisher": nul(f[2]), "region": nul(f[3]), "year": int(f[4]), "date": nul(f[5])}
            elif k == 'R':
                assert len(f) == 7
                g['regulations'].append({"name": f[1].strip(), "aliases": al(f[2]), "type": f[3].strip(), "doc_number": nul(f[4]), "issuer": nul(f[5]), "relation": f[6].strip()})
            elif k == 'O':
                assert len(f) == 4
                g['organizations'].append({"name": f[1].strip(), "aliases": al(f[2]), "type": f[3].strip()})
            elif k == 'M':
                assert len(f) == 4
                g['measures'].append({"name": f[1].strip(), "aliases": al(f[2]), "type": f[3].strip()})
            else:
                raise ValueError(k)
        except Exception as e:
            sys.exit(f"{spec}:{n}: bad line ({e}): {line}")
    (here / 'gold' / (spec.stem + '.json')).write_text(json.dumps(g, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
    print('wrote', spec.stem)
