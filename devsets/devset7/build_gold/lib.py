import json, sys, os
OUT = "/work/devsets/devset7"
def R(name, aliases=(), type="normative_document", dn=None, issuer=None, rel="mentions"):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": dn, "issuer": issuer, "relation": rel}
def O(name, aliases=(), type="department"):
    return {"name": name, "aliases": list(aliases), "type": type}
def M(name, aliases=(), type="system"):
    return {"name": name, "aliases": list(aliases), "type": type}
def write(doc, report, regs, orgs, meas):
    g = {"doc": doc, "report": report, "regulations": regs, "organizations": orgs, "measures": meas}
    for k, lst in (("regulations", regs), ("organizations", orgs), ("measures", meas)):
        names = [e["name"] for e in lst]
        d = set(x for x in names if names.count(x) > 1)
        if d: sys.exit(f"{doc}: duplicate {k}: {d}")
    p = os.path.join(OUT, "gold", doc[:-4] + ".json")
    with open(p, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
    print("wrote", p, len(regs), len(orgs), len(meas))
