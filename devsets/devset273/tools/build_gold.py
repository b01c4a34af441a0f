#!/usr/bin/env python3
"""Builds gold/*.json from the compact specs in tools/spec_*.py (one per document)."""
import json, glob, importlib.util, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold")

def build(spec):
    regs = []
    for r in spec.REGS:
        name, typ, rel = r[0], r[1], r[2]
        aliases = r[3] if len(r) > 3 else []
        num = r[4] if len(r) > 4 else None
        issuer = r[5] if len(r) > 5 else None
        regs.append({"name": name, "aliases": list(aliases), "type": typ,
                     "doc_number": num, "issuer": issuer, "relation": rel})
    orgs = [{"name": o[0], "aliases": list(o[2]) if len(o) > 2 else [], "type": o[1]} for o in spec.ORGS]
    meas = [{"name": m[0], "aliases": list(m[2]) if len(m) > 2 else [], "type": m[1]} for m in spec.MEAS]
    return {"doc": spec.DOC + ".txt", "report": spec.REPORT,
            "regulations": regs, "organizations": orgs, "measures": meas}

for path in sorted(glob.glob(os.path.join(HERE, "spec_*.py"))):
    s = importlib.util.spec_from_file_location("s", path)
    m = importlib.util.module_from_spec(s); s.loader.exec_module(m)
    g = build(m)
    with open(os.path.join(OUT, m.DOC + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
    print("wrote", m.DOC, len(g["regulations"]), len(g["organizations"]), len(g["measures"]))
