#!/usr/bin/env python3
"""Generate docs/*.txt and gold/*.json from the dNN.py sources in this directory."""
import importlib, json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
for src in sorted(HERE.glob("d[0-9][0-9].py")):
    m = importlib.import_module(src.stem)
    name = m.DOC + ".txt"
    (OUT / "docs" / name).write_bytes(m.TEXT.encode(m.ENC))
    gold = {
        "doc": name,
        "report": m.REPORT,
        "regulations": [dict(name=n, aliases=a, type=t, doc_number=d, issuer=i, relation=r) for n, a, t, d, i, r in m.R],
        "organizations": [dict(name=n, aliases=a, type=t) for n, a, t in m.O],
        "measures": [dict(name=n, aliases=a, type=t) for n, a, t in m.M],
    }
    (OUT / "gold" / (m.DOC + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(name, len(m.TEXT), len(m.R), len(m.O), len(m.M))
