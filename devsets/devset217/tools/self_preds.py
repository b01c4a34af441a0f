#!/usr/bin/env python3
"""Write tools/gold_as_preds.jsonl: the gold itself as predictions, to check the format with score.py."""
import json
from pathlib import Path

root = Path(__file__).resolve().parent.parent
with open(root / "tools" / "gold_as_preds.jsonl", "w", encoding="utf-8") as out:
    for f in sorted((root / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        out.write(json.dumps({k: g[k] for k in ("doc", "report", "regulations", "organizations", "measures")},
                             ensure_ascii=False) + "\n")
