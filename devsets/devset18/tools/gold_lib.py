"""Tiny helpers to write gold entries compactly (see build_gold.py)."""
DOCS = []

def R(name, type_, relation, aliases=(), num=None, iss=None):
    return {"name": name, "aliases": list(aliases), "type": type_, "doc_number": num,
            "issuer": iss, "relation": relation}

def O(name, type_, *aliases):
    return {"name": name, "aliases": list(aliases), "type": type_}

def M(name, type_, *aliases):
    return {"name": name, "aliases": list(aliases), "type": type_}

def doc(stem, report, regs, orgs, meas):
    DOCS.append({"doc": stem + ".txt", "report": report, "regulations": regs,
                 "organizations": orgs, "measures": meas})
