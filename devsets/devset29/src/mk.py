import json, os, sys
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
def R(name, aliases, typ, docno, issuer, rel):
    return {"name": name, "aliases": list(aliases), "type": typ, "doc_number": docno, "issuer": issuer, "relation": rel}
def O(name, aliases, typ):
    return {"name": name, "aliases": list(aliases), "type": typ}
def M(name, aliases, typ):
    return {"name": name, "aliases": list(aliases), "type": typ}
def G(doc, title, publisher, region, year, date, regs, orgs, meas):
    d = {"doc": doc + ".txt", "report": {"title": title, "publisher": publisher, "region": region, "year": year, "date": date},
         "regulations": [R(*r) for r in regs], "organizations": [O(*o) for o in orgs], "measures": [M(*m) for m in meas]}
    with open(os.path.join(OUT, doc + ".json"), "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=2)
