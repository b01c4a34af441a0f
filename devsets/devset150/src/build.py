#!/usr/bin/env python3
"""Build gold/*.json from src/gNNN.py entity tables."""
import importlib.util, json, glob, os
here=os.path.dirname(os.path.abspath(__file__)); root=os.path.dirname(here)
for f in sorted(glob.glob(os.path.join(here,'g[0-9]*.py'))):
    spec=importlib.util.spec_from_file_location('g',f); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    g={"doc":m.DOC,"report":m.REPORT,
       "regulations":[dict(name=a,aliases=b,type=c,doc_number=d,issuer=e,relation=r) for a,b,c,d,e,r in m.R],
       "organizations":[dict(name=a,aliases=b,type=c) for a,b,c in m.O],
       "measures":[dict(name=a,aliases=b,type=c) for a,b,c in m.M]}
    out=os.path.join(root,'gold',m.DOC[:-4]+'.json')
    json.dump(g,open(out,'w',encoding='utf-8'),ensure_ascii=False,indent=2)
    print('wrote',out)
