"""Compact gold specs -> gold/*.json (helper used to write the gold files)."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "gold"

def R(name, aliases=(), type="normative_document", doc_number=None, issuer=None, relation="mentions"):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": doc_number,
            "issuer": issuer, "relation": relation}

def O(name, aliases=(), type="department"):
    return {"name": name, "aliases": list(aliases), "type": type}

def M(name, aliases=(), type="system"):
    return {"name": name, "aliases": list(aliases), "type": type}

def write(doc, report, regs, orgs, meas):
    stem = doc[:-4]
    obj = {"doc": doc, "report": report, "regulations": regs, "organizations": orgs, "measures": meas}
    (OUT / f"{stem}.json").write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
