#!/usr/bin/env python3
"""Compile src/gold_defs.py into gold/<doc>.json (seed gold format)."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "src"))
from gold_defs import DOCS  # noqa: E402

NORM_DROP = set("《》〈〉“”‘’「」 \u3000·")


def key(x):
    return "".join(c for c in x if c not in NORM_DROP)


def dedupe(items):
    for e in items:
        seen, keep = {key(e["name"])}, []
        for a in e["aliases"]:
            if key(a) not in seen:
                seen.add(key(a))
                keep.append(a)
        e["aliases"] = keep
    return items


for name, d in DOCS.items():
    for k in ("regulations", "organizations", "measures"):
        dedupe(d[k])
    out = {"doc": f"{name}.txt", "report": d["report"], "regulations": d["regulations"],
           "organizations": d["organizations"], "measures": d["measures"]}
    (HERE / "gold" / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(name, len(d["regulations"]), len(d["organizations"]), len(d["measures"]))
