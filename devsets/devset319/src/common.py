"""Helpers for writing gold files compactly."""
import json, os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "gold")


def R(name, aliases=(), type="normative_document", dn=None, iss=None, rel="mentions"):
    return {"name": name, "aliases": list(aliases), "type": type,
            "doc_number": dn, "issuer": iss, "relation": rel}


def O(name, aliases=(), type="department"):
    return {"name": name, "aliases": list(aliases), "type": type}


def M(name, aliases=(), type="system"):
    return {"name": name, "aliases": list(aliases), "type": type}


def write(doc, report, regs, orgs, meas):
    data = {"doc": doc, "report": report, "regulations": regs,
            "organizations": orgs, "measures": meas}
    path = os.path.join(OUT, doc[:-4] + ".json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
