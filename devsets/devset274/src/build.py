#!/usr/bin/env python3
"""Build gold/*.json from the compact specs src/gNNN.py (each defines DOC, REPORT, REGS, ORGS, MEAS)."""
import importlib.util, json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"


def R(name, type_, relation, aliases=(), doc_number=None, issuer=None):
    return {"name": name, "aliases": list(aliases), "type": type_, "doc_number": doc_number,
            "issuer": issuer, "relation": relation}


def O(name, type_, aliases=()):
    return {"name": name, "aliases": list(aliases), "type": type_}


def M(name, type_, aliases=()):
    return {"name": name, "aliases": list(aliases), "type": type_}


def main():
    for spec in sorted(HERE.glob("g[0-9][0-9][0-9].py")):
        src = spec.read_text(encoding="utf-8")
        ns = {"R": R, "O": O, "M": M}
        exec(compile(src, str(spec), "exec"), ns)
        doc = ns["DOC"]
        gold = {"doc": doc, "report": ns["REPORT"], "regulations": ns["REGS"],
                "organizations": ns["ORGS"], "measures": ns["MEAS"]}
        out = OUT / (doc[:-4] + ".json")
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", out.name, len(gold["regulations"]), len(gold["organizations"]), len(gold["measures"]))


if __name__ == "__main__":
    main()
