import json, os, sys
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")
def R(name, type, rel, aliases=(), num=None, issuer=None):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": num, "issuer": issuer, "relation": rel}
def O(name, type, *aliases):
    return {"name": name, "aliases": list(aliases), "type": type}
def M(name, type, *aliases):
    return {"name": name, "aliases": list(aliases), "type": type}
def write(stem, report, regs, orgs, meas):
    d = {"doc": stem + ".txt", "report": report, "regulations": regs, "organizations": orgs, "measures": meas}
    with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=1)
