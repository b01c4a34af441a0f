import json,glob,importlib.util,os
base="/work/devsets/devset90"
for f in sorted(glob.glob(base+"/src/g*.py")):
    spec=importlib.util.spec_from_file_location("g",f); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    g={"doc":m.doc,"report":m.report,
       "regulations":[dict(name=a,aliases=b,type=c,doc_number=d,issuer=e,relation=r) for a,b,c,d,e,r in m.R],
       "organizations":[dict(name=a,aliases=b,type=c) for a,b,c in m.O],
       "measures":[dict(name=a,aliases=b,type=c) for a,b,c in m.M]}
    out=base+"/gold/"+m.doc[:-4]+".json"
    open(out,"w",encoding="utf-8").write(json.dumps(g,ensure_ascii=False,indent=1))
    print(out)
