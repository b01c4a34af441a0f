#!/usr/bin/env python3
"""Helper that writes gold/*.json from the compact per-document definitions in gold_src/*.py.

Each gold_src/NNN_x.py defines DOC, REPORT, REGS, ORGS, MEAS using the helpers R, O, M below.
The JSON files in gold/ are the deliverable; this script only keeps them consistent.
"""
import json
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent


def R(name, aliases=(), type="normative_document", doc_number=None, issuer=None, relation="mentions"):
    return {"name": name, "aliases": list(aliases), "type": type,
            "doc_number": doc_number, "issuer": issuer, "relation": relation}


def O(name, aliases=(), type="department"):
    return {"name": name, "aliases": list(aliases), "type": type}


def M(name, aliases=(), type="system"):
    return {"name": name, "aliases": list(aliases), "type": type}


def main():
    out = HERE / "gold"
    out.mkdir(exist_ok=True)
    for src in sorted((HERE / "gold_src").glob("*.py")):
        ns = runpy.run_path(str(src), init_globals={"R": R, "O": O, "M": M})
        gold = {"doc": ns["DOC"], "report": ns["REPORT"], "regulations": ns["REGS"],
                "organizations": ns["ORGS"], "measures": ns["MEAS"]}
        target = out / (ns["DOC"][:-4] + ".json")
        target.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", target.name, {k: len(gold[k]) for k in ("regulations", "organizations", "measures")})


if __name__ == "__main__":
    main()
