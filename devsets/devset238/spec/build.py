#!/usr/bin/env python3
"""Build gold/*.json from the compact specs in spec/dNNN.py (helper, not part of the gold)."""
import importlib.util, json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"

def load(p):
    spec = importlib.util.spec_from_file_location(p.stem, p)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m

for p in sorted(HERE.glob("d[0-9][0-9][0-9].py")):
    m = load(p)
    g = {"doc": m.DOC, "report": m.REPORT, "regulations": [], "organizations": [], "measures": []}
    for r in m.REGS:
        name, typ, rel = r[0], r[1], r[2]
        num = r[3] if len(r) > 3 else None
        iss = r[4] if len(r) > 4 else None
        al = r[5] if len(r) > 5 else []
        g["regulations"].append({"name": name, "aliases": list(al), "type": typ, "doc_number": num, "issuer": iss, "relation": rel})
    for o in m.ORGS:
        g["organizations"].append({"name": o[0], "aliases": list(o[2]) if len(o) > 2 else [], "type": o[1]})
    for x in m.MEAS:
        g["measures"].append({"name": x[0], "aliases": list(x[2]) if len(x) > 2 else [], "type": x[1]})
    out = OUT / (m.DOC[:-4] + ".json")
    out.write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", out.name, len(g["regulations"]), len(g["organizations"]), len(g["measures"]))
