"""Tiny helpers to write gold files in the seed format."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "gold"


def R(name, aliases=(), type="normative_document", doc_number=None, issuer=None, relation="mentions"):
    return {"name": name, "aliases": list(aliases), "type": type,
            "doc_number": doc_number, "issuer": issuer, "relation": relation}


def O(name, aliases=(), type="department"):
    return {"name": name, "aliases": list(aliases), "type": type}


def M(name, aliases=(), type="system"):
    return {"name": name, "aliases": list(aliases), "type": type}


def write(doc, report, regs, orgs, meas):
    gold = {"doc": doc, "report": report, "regulations": regs,
            "organizations": orgs, "measures": meas}
    path = OUT / (doc[:-4] + ".json")
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
