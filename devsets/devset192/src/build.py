#!/usr/bin/env python3
"""Build gold/NNN_*.json from the compact definitions in src/NNN.py."""
import json, runpy, sys
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent
for src in sorted((OUT / "src").glob("[0-9][0-9][0-9].py")):
    num = src.stem
    docs = list((OUT / "docs").glob(num + "_*.txt"))
    assert len(docs) == 1, (num, docs)
    d = runpy.run_path(str(src))
    gold = {
        "doc": docs[0].name,
        "report": d["R"],
        "regulations": [dict(name=n, aliases=a, type=t, doc_number=dn, issuer=i, relation=r)
                        for n, a, t, dn, i, r in d["REG"]],
        "organizations": [dict(name=n, aliases=a, type=t) for n, a, t in d["ORG"]],
        "measures": [dict(name=n, aliases=a, type=t) for n, a, t in d["MEA"]],
    }
    (OUT / "gold" / (docs[0].stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("built", docs[0].stem)
