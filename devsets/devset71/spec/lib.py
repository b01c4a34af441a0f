import json, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def mk(doc, report, R, O, M):
    g = {"doc": doc, "report": dict(zip(["title","publisher","region","year","date"], report)),
         "regulations": [dict(name=n, aliases=a, type=t, doc_number=d, issuer=i, relation=r) for n,a,t,d,i,r in R],
         "organizations": [dict(name=n, aliases=a, type=t) for n,a,t in O],
         "measures": [dict(name=n, aliases=a, type=t) for n,a,t in M]}
    with open(os.path.join(BASE, "gold", doc[:-4] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
