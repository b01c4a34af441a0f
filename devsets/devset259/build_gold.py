#!/usr/bin/env python3
"""Build gold/*.json from the compact specs in gold_src/*.py (helper used while writing this devset)."""
import json, runpy
from pathlib import Path
HERE = Path(__file__).resolve().parent
for src in sorted((HERE / "gold_src").glob("*.py")):
    ns = runpy.run_path(str(src))
    g = {"doc": src.stem + ".txt", "report": ns["REPORT"],
         "regulations": [dict(name=n, aliases=a, type=t, doc_number=d, issuer=i, relation=r)
                         for n, a, t, d, i, r in ns["REGS"]],
         "organizations": [dict(name=n, aliases=a, type=t) for n, a, t in ns["ORGS"]],
         "measures": [dict(name=n, aliases=a, type=t) for n, a, t in ns["MEAS"]]}
    (HERE / "gold" / (src.stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", src.stem)
