#!/usr/bin/env python3
"""Write gold/*.json as a predictions jsonl (for scoring the gold against itself)."""
import json
import sys
from pathlib import Path

root = Path(__file__).resolve().parent
out = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "gold_as_preds.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for gf in sorted((root / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        fh.write(json.dumps({"doc": g["doc"], "report": g["report"], "regulations": g["regulations"],
                             "organizations": g["organizations"], "measures": g["measures"]},
                            ensure_ascii=False) + "\n")
print("wrote", out)
