#!/usr/bin/env python3
"""Build gold JSON files from compact per-doc specs in src/g/*.py."""
import json, glob, os, runpy
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold')

def build(spec):
    doc = spec['doc']
    text_path = os.path.join(HERE, '..', 'docs', doc)
    enc = spec.get('encoding', 'utf-8')
    text = open(text_path, encoding=enc).read()
    conv = None
    if spec.get('trad'):
        import opencc
        c = opencc.OpenCC('s2tw')
        conv = c.convert
    def al(name, aliases):
        out = []
        for a in aliases:
            if a not in out and a != name:
                out.append(a)
        if conv:
            for a in [name] + list(aliases):
                t = conv(a)
                if t != a and t not in out:
                    out.append(t)
        return out
    regs = [dict(name=n, aliases=al(n, a), type=t, doc_number=d, issuer=i, relation=r)
            for (n, a, t, d, i, r) in spec['R']]
    orgs = [dict(name=n, aliases=al(n, a), type=t) for (n, a, t) in spec['O']]
    meas = [dict(name=n, aliases=al(n, a), type=t) for (n, a, t) in spec['M']]
    g = dict(doc=doc, report=spec['report'], regulations=regs, organizations=orgs, measures=meas)
    with open(os.path.join(OUT, doc[:-4] + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write('\n')

for f in sorted(glob.glob(os.path.join(HERE, 'g', '*.py'))):
    build(runpy.run_path(f)['SPEC'])
    print('built', os.path.basename(f))
