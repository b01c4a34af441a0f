"""Tiny helper used to write the gold JSON files of this dev set (gold/*.json are the product)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

def R(name, aliases=(), type="normative_document", doc_number=None, issuer=None, relation="mentions"):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": doc_number,
            "issuer": issuer, "relation": relation}

def O(name, aliases=(), type="department"):
    return {"name": name, "aliases": list(aliases), "type": type}

def M(name, aliases=(), type="system"):
    return {"name": name, "aliases": list(aliases), "type": type}

def write(doc, report, regs, orgs, meas):
    out = {"doc": doc, "report": report, "regulations": regs, "organizations": orgs, "measures": meas}
    for k in ("regulations", "organizations", "measures"):
        names = [e["name"] for e in out[k]]
        dup = {n for n in names if names.count(n) > 1}
        if dup:
            sys.exit(f"{doc}: duplicate {k}: {dup}")
    path = os.path.join(GOLD, doc[:-4] + ".json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote", path, {k: len(out[k]) for k in ("regulations", "organizations", "measures")})
