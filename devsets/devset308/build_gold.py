#!/usr/bin/env python3
"""Builds gold/*.json from the compact definitions in gold_src/*.py (one per doc)."""
import json, glob, os, runpy

def R(name, aliases=(), type="normative_document", doc_number=None, issuer=None, relation="mentions"):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": doc_number,
            "issuer": issuer, "relation": relation}

def O(name, aliases=(), type="department"):
    return {"name": name, "aliases": list(aliases), "type": type}

def M(name, aliases=(), type="system"):
    return {"name": name, "aliases": list(aliases), "type": type}

here = os.path.dirname(os.path.abspath(__file__))
for src in sorted(glob.glob(os.path.join(here, "gold_src", "*.py"))):
    ns = runpy.run_path(src, init_globals={"R": R, "O": O, "M": M})
    doc = ns["DOC"]
    out = {"doc": doc, "report": ns["REPORT"], "regulations": ns["REGS"],
           "organizations": ns["ORGS"], "measures": ns["MEAS"]}
    path = os.path.join(here, "gold", doc[:-4] + ".json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote", path)
