"""Helpers to write gold files compactly. R/O/M build entity dicts."""
import json
from pathlib import Path

T = {"law": "law", "ar": "administrative_regulation", "dr": "departmental_rule",
     "lr": "local_regulation", "nd": "normative_document", "pd": "party_document",
     "plan": "plan", "pub": "publication", "other": "other"}
REL = {"iss": "issues", "imp": "implements", "stu": "studies", "men": "mentions"}

def R(name, aliases, typ, dn=None, iss=None, rel="imp"):
    return {"name": name, "aliases": list(aliases), "type": T[typ],
            "doc_number": dn, "issuer": iss, "relation": REL[rel]}

def O(name, aliases, typ):
    return {"name": name, "aliases": list(aliases), "type": typ}

def M(name, aliases, typ):
    return {"name": name, "aliases": list(aliases), "type": typ}

def write(outdir, doc, report, regs, orgs, meas):
    d = {"doc": doc, "report": report, "regulations": regs,
         "organizations": orgs, "measures": meas}
    p = Path(outdir) / "gold" / (doc[:-4] + ".json")
    p.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return p
