#!/usr/bin/env python3
"""Write gold-as-predictions (self_preds.jsonl) to check the gold format with score.py."""
import json
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
with open(ROOT / "self_preds.jsonl", "w", encoding="utf-8") as f:
    for g in sorted((ROOT / "gold").glob("*.json")):
        d = json.loads(g.read_text(encoding="utf-8"))
        f.write(json.dumps({"doc": d["doc"], "report": d["report"], "regulations": d["regulations"],
                            "organizations": d["organizations"], "measures": d["measures"]}, ensure_ascii=False) + "\n")
