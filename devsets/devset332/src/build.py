#!/usr/bin/env python3
"""Build gold/*.json from src/gNNN.py data modules (compact tuple notation)."""
import json, runpy, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"
for f in sorted(HERE.glob("g*.py")):
    d = runpy.run_path(str(f))
    doc = d["DOC"]
    gold = {
        "doc": doc,
        "report": d["REPORT"],
        "regulations": [dict(name=n, aliases=a, type=t, doc_number=dn, issuer=i, relation=r)
                        for (n, a, t, dn, i, r) in d["REGS"]],
        "organizations": [dict(name=n, aliases=a, type=t) for (n, a, t) in d["ORGS"]],
        "measures": [dict(name=n, aliases=a, type=t) for (n, a, t) in d["MEAS"]],
    }
    (OUT / (doc[:-4] + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", doc)
