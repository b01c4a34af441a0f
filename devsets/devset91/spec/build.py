#!/usr/bin/env python3
"""Build gold/*.json from the compact spec/*.py files (authoring aid)."""
import json, pathlib, runpy
root = pathlib.Path(__file__).resolve().parent.parent
for sp in sorted((root / "spec").glob("[0-9]*.py")):
    d = runpy.run_path(str(sp))
    stem = sp.stem
    g = {"doc": stem + ".txt", "report": d["REPORT"],
         "regulations": [dict(name=n, aliases=a, type=t, doc_number=dn, issuer=i, relation=r) for n, a, t, dn, i, r in d["REGS"]],
         "organizations": [dict(name=n, aliases=a, type=t) for n, a, t in d["ORGS"]],
         "measures": [dict(name=n, aliases=a, type=t) for n, a, t in d["MEAS"]]}
    (root / "gold" / (stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("built", stem)
