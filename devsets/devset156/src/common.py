import json, os, sys
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def build(doc, text, report, regs, orgs, meas, encoding="utf-8"):
    with open(os.path.join(BASE, "docs", doc), "w", encoding=encoding, newline="\n") as fh:
        fh.write(text)
    g = {"doc": doc, "report": dict(zip(("title","publisher","region","year","date"), report)),
         "regulations": [dict(name=r[0], aliases=list(r[1]), type=r[2], doc_number=r[3], issuer=r[4], relation=r[5]) for r in regs],
         "organizations": [dict(name=o[0], aliases=list(o[1]), type=o[2]) for o in orgs],
         "measures": [dict(name=m[0], aliases=list(m[1]), type=m[2]) for m in meas]}
    with open(os.path.join(BASE, "gold", doc[:-4] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
