import json, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def R(name, aliases=(), type="normative_document", doc_number=None, issuer=None, relation="mentions"):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": doc_number,
            "issuer": issuer, "relation": relation}

def O(name, aliases=(), type="department"):
    return {"name": name, "aliases": list(aliases), "type": type}

def M(name, aliases=(), type="system"):
    return {"name": name, "aliases": list(aliases), "type": type}

def write(doc, report, regs, orgs, meas):
    g = {"doc": doc, "report": report, "regulations": regs, "organizations": orgs, "measures": meas}
    path = os.path.join(OUT, "gold", doc[:-4] + ".json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote", path, len(regs), len(orgs), len(meas))
