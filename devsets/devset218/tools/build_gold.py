#!/usr/bin/env python3
"""Build gold/*.json from the compact per-document specs in tools/src/*.py.

Each spec module defines DOC, REPORT, REGS, ORGS, MEAS using the helpers below."""
import json, sys, runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def R(name, type, relation, aliases=(), dn=None, issuer=None):
    return {"name": name, "aliases": list(aliases), "type": type,
            "doc_number": dn, "issuer": issuer, "relation": relation}

def O(name, type, aliases=()):
    return {"name": name, "aliases": list(aliases), "type": type}

def M(name, type, aliases=()):
    return {"name": name, "aliases": list(aliases), "type": type}

def main():
    for src in sorted((ROOT / "tools" / "src").glob("*.py")):
        ns = runpy.run_path(str(src), init_globals={"R": R, "O": O, "M": M})
        doc = ns["DOC"]
        gold = {"doc": doc, "report": ns["REPORT"], "regulations": ns["REGS"],
                "organizations": ns["ORGS"], "measures": ns["MEAS"]}
        out = ROOT / "gold" / (doc[:-4] + ".json")
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", out.name, len(gold["regulations"]), len(gold["organizations"]), len(gold["measures"]))

if __name__ == "__main__":
    main()
