"""Build gold/*.json from src/NNN.py (compact gold definitions)."""
import json, glob, os, runpy
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold")

def R(name, aliases=(), type="normative_document", doc_number=None, issuer=None, relation="mentions"):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": doc_number,
            "issuer": issuer, "relation": relation}

def O(name, aliases=(), type="department"):
    return {"name": name, "aliases": list(aliases), "type": type}

def M(name, aliases=(), type="system"):
    return {"name": name, "aliases": list(aliases), "type": type}

for path in sorted(glob.glob(os.path.join(HERE, "[0-9][0-9][0-9].py"))):
    ns = runpy.run_path(path, init_globals={"R": R, "O": O, "M": M})
    doc = ns["DOC"]
    gold = {"doc": doc, "report": ns["REPORT"], "regulations": ns["REGS"],
            "organizations": ns["ORGS"], "measures": ns["MEAS"]}
    with open(os.path.join(OUT, doc[:-4] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=2)
    print("wrote", doc, len(ns["REGS"]), len(ns["ORGS"]), len(ns["MEAS"]))
