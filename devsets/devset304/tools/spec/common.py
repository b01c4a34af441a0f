import json
from pathlib import Path

def R(name, aliases=(), type="normative_document", doc_number=None, issuer=None, relation="mentions"):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": doc_number,
            "issuer": issuer, "relation": relation}

def O(name, aliases=(), type="department"):
    return {"name": name, "aliases": list(aliases), "type": type}

def M(name, aliases=(), type="system"):
    return {"name": name, "aliases": list(aliases), "type": type}

def write(doc, report, regs, orgs, meas):
    out = Path(__file__).resolve().parent.parent.parent / "gold" / (doc[:-4] + ".json")
    g = {"doc": doc, "report": report, "regulations": regs, "organizations": orgs, "measures": meas}
    out.write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
