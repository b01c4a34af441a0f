import json, os
OUT = "/work/devsets/devset12"
def R(name, aliases=(), type="normative_document", doc_number=None, issuer=None, relation="implements"):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": doc_number, "issuer": issuer, "relation": relation}
def O(name, aliases=(), type="department"):
    return {"name": name, "aliases": list(aliases), "type": type}
def M(name, aliases=(), type="system"):
    return {"name": name, "aliases": list(aliases), "type": type}
def write(stem, report, regs, orgs, meas):
    d = {"doc": stem + ".txt", "report": report, "regulations": regs, "organizations": orgs, "measures": meas}
    with open(os.path.join(OUT, "gold", stem + ".json"), "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
