#!/usr/bin/env python3
"""Build gold/*.json from the compact annotation files src/NNN_*.ann.
Line formats (fields separated by |, aliases by ;, '-' = null/empty):
  T|title  P|publisher  G|region  Y|year  D|date
  R|name|aliases|type|doc_number|issuer|relation
  O|name|aliases|type
  M|name|aliases|type
"""
import json, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold')
def nul(x): return None if x.strip() in ('-', '') else x.strip()
def al(x): return [] if x.strip() in ('-', '') else [a.strip() for a in x.split(';') if a.strip()]
for f in sorted(glob.glob(os.path.join(HERE, '*.ann'))):
    base = os.path.basename(f)[:-4]
    rep = {'title': None, 'publisher': None, 'region': None, 'year': None, 'date': None}
    regs, orgs, meas = [], [], []
    for ln in open(f, encoding='utf-8'):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'): continue
        p = ln.split('|')
        k = p[0]
        if k == 'T': rep['title'] = nul(p[1])
        elif k == 'P': rep['publisher'] = nul(p[1])
        elif k == 'G': rep['region'] = nul(p[1])
        elif k == 'Y': rep['year'] = int(p[1])
        elif k == 'D': rep['date'] = nul(p[1])
        elif k == 'R':
            assert len(p) == 7, ln
            regs.append({'name': p[1].strip(), 'aliases': al(p[2]), 'type': p[3].strip(),
                         'doc_number': nul(p[4]), 'issuer': nul(p[5]), 'relation': p[6].strip()})
        elif k == 'O':
            assert len(p) == 4, ln
            orgs.append({'name': p[1].strip(), 'aliases': al(p[2]), 'type': p[3].strip()})
        elif k == 'M':
            assert len(p) == 4, ln
            meas.append({'name': p[1].strip(), 'aliases': al(p[2]), 'type': p[3].strip()})
        else:
            raise SystemExit('bad line in %s: %s' % (f, ln))
    g = {'doc': base + '.txt', 'report': rep, 'regulations': regs, 'organizations': orgs, 'measures': meas}
    with open(os.path.join(OUT, base + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    print(base, len(regs), len(orgs), len(meas))
