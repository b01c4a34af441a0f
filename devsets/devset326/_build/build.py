#!/usr/bin/env python3
"""Build gold/*.json from the compact annotation files _build/NNN_*.py.

Each annotation file defines:
  DOC = "NNN_short.txt"
  REPORT = dict(title=..., publisher=..., region=..., year=..., date=...)
  REGS = [(name, [aliases], type, doc_number, issuer, relation), ...]
  ORGS = [(name, [aliases], type), ...]
  MEAS = [(name, [aliases], type), ...]
"""
import json
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"


def build(path):
    ns = runpy.run_path(str(path))
    doc = ns["DOC"]
    gold = {
        "doc": doc,
        "report": {k: ns["REPORT"].get(k) for k in ("title", "publisher", "region", "year", "date")},
        "regulations": [
            {"name": n, "aliases": list(a), "type": t, "doc_number": d, "issuer": i, "relation": r}
            for (n, a, t, d, i, r) in ns["REGS"]
        ],
        "organizations": [{"name": n, "aliases": list(a), "type": t} for (n, a, t) in ns["ORGS"]],
        "measures": [{"name": n, "aliases": list(a), "type": t} for (n, a, t) in ns["MEAS"]],
    }
    out = OUT / (doc[:-4] + ".json")
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    files = [Path(p) for p in sys.argv[1:]] or sorted(HERE.glob("[0-9][0-9][0-9]_*.py"))
    for f in files:
        print(build(f))
