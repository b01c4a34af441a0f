#!/usr/bin/env python3
"""Build gold/*.json from tools/spec_*.py (compact gold specs)."""
import json, importlib.util, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"

def load(p):
    spec = importlib.util.spec_from_file_location(p.stem, p)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m

for p in sorted(HERE.glob("spec_*.py")):
    m = load(p)
    g = {"doc": m.DOC, "report": m.REPORT, "regulations": [], "organizations": [], "measures": []}
    for r in m.R:
        name, aliases, typ, num, issuer, rel = r
        g["regulations"].append({"name": name, "aliases": list(aliases), "type": typ,
                                 "doc_number": num, "issuer": issuer, "relation": rel})
    for name, aliases, typ in m.O:
        g["organizations"].append({"name": name, "aliases": list(aliases), "type": typ})
    for name, aliases, typ in m.M:
        g["measures"].append({"name": name, "aliases": list(aliases), "type": typ})
    out = OUT / (m.DOC[:-4] + ".json")
    out.write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", out.name, len(g["regulations"]), len(g["organizations"]), len(g["measures"]))
