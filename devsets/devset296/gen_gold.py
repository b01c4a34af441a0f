#!/usr/bin/env python3
"""Write gold/NNN.json from the compact specs in goldsrc/NNN.py.

Spec: REPORT = dict(title, publisher, region, year, date)
      R = [(name, [aliases], type, doc_number, issuer, relation), ...]
      O = [(name, [aliases], type), ...]
      M = [(name, [aliases], type), ...]
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent

for spec in sorted((ROOT / "goldsrc").glob("*.py")):
    if len(sys.argv) > 1 and not any(a in spec.name for a in sys.argv[1:]):
        continue
    ns = {}
    exec(spec.read_text(encoding="utf-8"), ns)
    gold = {
        "doc": spec.stem + ".txt",
        "report": {k: ns["REPORT"].get(k) for k in ("title", "publisher", "region", "year", "date")},
        "regulations": [
            {"name": n, "aliases": list(a), "type": t, "doc_number": d, "issuer": i, "relation": r}
            for n, a, t, d, i, r in ns["R"]
        ],
        "organizations": [{"name": n, "aliases": list(a), "type": t} for n, a, t in ns["O"]],
        "measures": [{"name": n, "aliases": list(a), "type": t} for n, a, t in ns["M"]],
    }
    out = ROOT / "gold" / (spec.stem + ".json")
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{out.name}: {len(gold['regulations'])} regs, {len(gold['organizations'])} orgs, {len(gold['measures'])} measures")
