import json, os
OUT='/work/devsets/devset111/gold'
DOCS={}
def doc(fn, title, pub, region, year, date):
    d={"doc":fn,"report":{"title":title,"publisher":pub,"region":region,"year":year,"date":date},
       "regulations":[],"organizations":[],"measures":[]}
    DOCS[fn]=d; return d
def R(d,name,aliases,typ,no=None,issuer=None,rel="mentions"):
    d["regulations"].append({"name":name,"aliases":aliases,"type":typ,"doc_number":no,"issuer":issuer,"relation":rel})
def O(d,name,aliases,typ): d["organizations"].append({"name":name,"aliases":aliases,"type":typ})
def M(d,name,aliases,typ): d["measures"].append({"name":name,"aliases":aliases,"type":typ})
import glob
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)),'g*.py'))):
    exec(open(f,encoding='utf-8').read())
for fn,d in DOCS.items():
    with open(os.path.join(OUT,fn[:-4]+'.json'),'w',encoding='utf-8') as fh:
        json.dump(d,fh,ensure_ascii=False,indent=2)
print(len(DOCS),'gold files')
