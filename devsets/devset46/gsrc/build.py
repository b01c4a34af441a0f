"""Build gold/*.json from the compact gsrc/gNNN.py sources."""
import json, glob, os, runpy
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold')
for src in sorted(glob.glob(os.path.join(HERE, 'g[0-9]*.py'))):
    ns = runpy.run_path(src)
    g = {"doc": ns['DOC'], "report": ns['REPORT'],
         "regulations": [dict(name=n, aliases=list(a), type=t, doc_number=d, issuer=i, relation=r)
                         for (n, a, t, d, i, r) in ns['REGS']],
         "organizations": [dict(name=n, aliases=list(a), type=t) for (n, a, t) in ns['ORGS']],
         "measures": [dict(name=n, aliases=list(a), type=t) for (n, a, t) in ns['MEAS']]}
    out = os.path.join(OUT, ns['DOC'][:-4] + '.json')
    with open(out, 'w', encoding='utf-8') as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    print('wrote', out)
