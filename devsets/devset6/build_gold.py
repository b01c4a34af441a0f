#!/usr/bin/env python3
"""Build gold/*.json from the compact specs in gold_src/*.py.

Each spec defines DOC, REPORT (dict) and lists REGS, ORGS, MEAS of tuples:
  REGS: (name, [aliases], type, doc_number|None, issuer|None, relation)
  ORGS: (name, [aliases], type)
  MEAS: (name, [aliases], type)
"""
import json, runpy
from pathlib import Path

HERE = Path(__file__).parent
for spec in sorted((HERE / "gold_src").glob("*.py")):
    g = runpy.run_path(str(spec))
    out = {
        "doc": g["DOC"],
        "report": g["REPORT"],
        "regulations": [dict(name=n, aliases=a, type=t, doc_number=d, issuer=i, relation=r)
                        for n, a, t, d, i, r in g["REGS"]],
        "organizations": [dict(name=n, aliases=a, type=t) for n, a, t in g["ORGS"]],
        "measures": [dict(name=n, aliases=a, type=t) for n, a, t in g["MEAS"]],
    }
    dst = HERE / "gold" / (g["DOC"][:-4] + ".json")
    dst.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", dst.name)
