"""Tiny helper: build one gold JSON from compact tuples. Usage inside tools/gNNN.py."""
import json, sys
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent / "gold"

def R(name, aliases=(), type="normative_document", doc_number=None, issuer=None, relation="mentions"):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": doc_number,
            "issuer": issuer, "relation": relation}

def O(name, aliases=(), type="department"):
    return {"name": name, "aliases": list(aliases), "type": type}

M = O

def write(doc, report, regs, orgs, meas):
    g = {"doc": doc, "report": report, "regulations": regs, "organizations": orgs, "measures": meas}
    (OUT / (doc[:-4] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
