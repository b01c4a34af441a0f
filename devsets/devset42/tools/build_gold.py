#!/usr/bin/env python3
"""Build gold/*.json from the compact definitions in tools/defs/*.py (one per doc)."""
import json, runpy
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
for f in sorted((ROOT / "tools" / "defs").glob("*.py")):
    d = runpy.run_path(str(f))
    stem = f.stem
    t, pub, reg, yr, dt = d["REPORT"]
    g = {"doc": stem + ".txt",
         "report": {"title": t, "publisher": pub, "region": reg, "year": yr, "date": dt},
         "regulations": [{"name": n, "aliases": a, "type": ty, "doc_number": dn, "issuer": iss, "relation": rel}
                         for n, a, ty, dn, iss, rel in d["R"]],
         "organizations": [{"name": n, "aliases": a, "type": ty} for n, a, ty in d["O"]],
         "measures": [{"name": n, "aliases": a, "type": ty} for n, a, ty in d["M"]]}
    (ROOT / "gold" / (stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", stem)
