#!/usr/bin/env python3
"""Write gold/*.json from the compact definitions in build_gold_a.py / build_gold_b.py."""
import json, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import build_gold_b  # noqa: F401  (registers docs 006-011)
from build_gold_a import DOCS
out = Path(__file__).resolve().parent.parent / "gold"
out.mkdir(exist_ok=True)
for stem, d in sorted(DOCS.items()):
    obj = {"doc": stem + ".txt", "report": d["report"], "regulations": d["regulations"],
           "organizations": d["organizations"], "measures": d["measures"]}
    (out / (stem + ".json")).write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(stem, len(d["regulations"]), len(d["organizations"]), len(d["measures"]))
