#!/usr/bin/env python3
"""Write gold/*.json from tools/gold_a.py and tools/gold_b.py."""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gold_lib, gold_a, gold_b  # noqa: F401  (modules register docs on import)
out = HERE.parent / "gold"
out.mkdir(exist_ok=True)
for d in gold_lib.DOCS:
    (out / (d["doc"][:-4] + ".json")).write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(len(gold_lib.DOCS), "gold files written")
