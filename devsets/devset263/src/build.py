"""Build gold/*.json from the compact specs src/g*.py."""
import json, glob, runpy, os
here = os.path.dirname(os.path.abspath(__file__))
for spec in sorted(glob.glob(os.path.join(here, 'g[0-9][0-9][0-9].py'))):
    s = runpy.run_path(spec)
    doc = s['DOC']
    out = {
        'doc': doc,
        'report': s['REPORT'],
        'regulations': [dict(name=n, aliases=a, type=t, doc_number=d, issuer=i, relation=r) for n, a, t, d, i, r in s['R']],
        'organizations': [dict(name=n, aliases=a, type=t) for n, a, t in s['O']],
        'measures': [dict(name=n, aliases=a, type=t) for n, a, t in s['M']],
    }
    path = os.path.join(here, '..', 'gold', doc[:-4] + '.json')
    with open(path, 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    print('wrote', os.path.normpath(path))
