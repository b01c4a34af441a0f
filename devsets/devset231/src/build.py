"""Build gold/*.json from src/g_NNN.py definitions (tuples -> seed gold format)."""
import json, importlib.util, glob, os
HERE=os.path.dirname(os.path.abspath(__file__)); OUT=os.path.join(HERE,"..","gold")
for path in sorted(glob.glob(os.path.join(HERE,"g_*.py"))):
    spec=importlib.util.spec_from_file_location("g",path); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    regs=[{"name":n,"aliases":list(a),"type":t,"doc_number":d,"issuer":i,"relation":r} for (n,a,t,d,i,r) in m.REGS]
    orgs=[{"name":n,"aliases":list(a),"type":t} for (n,a,t) in m.ORGS]
    meas=[{"name":n,"aliases":list(a),"type":t} for (n,a,t) in m.MEAS]
    gold={"doc":m.DOC,"report":m.REPORT,"regulations":regs,"organizations":orgs,"measures":meas}
    with open(os.path.join(OUT,m.DOC[:-4]+".json"),"w",encoding="utf-8") as fh:
        json.dump(gold,fh,ensure_ascii=False,indent=2); fh.write("\n")
    print(m.DOC, len(regs), len(orgs), len(meas))
