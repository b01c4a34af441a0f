import json, sys, runpy, glob, os
OUT = '/work/devsets/devset15/gold'
for src in sorted(glob.glob('/tmp/d15src/g[0-9][0-9][0-9].py')):
    g = runpy.run_path(src)
    conv = g.get('CONV')  # optional function to convert aliases (traditional)
    def A(name, aliases):
        al = list(aliases)
        if conv:  # document in Traditional characters: canonical stays Simplified, aliases as written
            text = open('/work/devsets/devset15/docs/' + g['DOC'], encoding='utf-8').read()
            flat = ''.join(text.split())
            al = ([conv(name)] if conv(name) in flat else []) + [conv(a) for a in aliases]
        seen = []
        for a in al:
            if a != name and a not in seen:
                seen.append(a)
        return seen
    d = {"doc": g['DOC'], "report": g['REPORT'],
         "regulations": [dict(name=n, aliases=A(n, al), type=t, doc_number=dn, issuer=iss, relation=rel)
                         for (n, al, t, dn, iss, rel) in g['REGS']],
         "organizations": [dict(name=n, aliases=A(n, al), type=t) for (n, al, t) in g['ORGS']],
         "measures": [dict(name=n, aliases=A(n, al), type=t) for (n, al, t) in g['MEAS']]}
    out = os.path.join(OUT, g['DOC'][:-4] + '.json')
    with open(out, 'w', encoding='utf-8') as fh:
        json.dump(d, fh, ensure_ascii=False, indent=2)
    print('wrote', out, len(d['regulations']), len(d['organizations']), len(d['measures']))
