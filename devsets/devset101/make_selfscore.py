#!/usr/bin/env python3
"""Write gold_as_preds.jsonl (gold files turned into predictions) for the self-score check:
python3 make_selfscore.py && python3 /work/shared/score.py gold_as_preds.jsonl gold"""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parent
with open(HERE / "gold_as_preds.jsonl", "w", encoding="utf-8") as fh:
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        fh.write(json.dumps({k: g[k] for k in ("doc", "report", "regulations", "organizations", "measures")}, ensure_ascii=False) + "\n")
