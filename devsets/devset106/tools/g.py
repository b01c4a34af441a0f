"""Helpers to write gold files in the seed format."""
import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")
def R(name, type, rel, dn=None, iss=None, al=()):
    return {"name": name, "aliases": list(al), "type": type, "doc_number": dn, "issuer": iss, "relation": rel}
def O(name, type, al=()):
    return {"name": name, "aliases": list(al), "type": type}
def M(name, type, al=()):
    return {"name": name, "aliases": list(al), "type": type}
def write(doc, title, publisher, region, year, date, regs, orgs, meas):
    d = {"doc": doc, "report": {"title": title, "publisher": publisher, "region": region, "year": year, "date": date},
         "regulations": regs, "organizations": orgs, "measures": meas}
    with open(os.path.join(OUT, doc[:-4] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
