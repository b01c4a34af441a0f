#!/usr/bin/env python3
"""Build gold/*.json from the compact specs src/gNNN.py (REPORT, R, O, M)."""
import importlib.util, json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"
for spec in sorted(HERE.glob("g[0-9][0-9][0-9].py")):
    mod = importlib.util.spec_from_file_location(spec.stem, spec)
    m = importlib.util.module_from_spec(mod); mod.loader.exec_module(m)
    gold = {
        "doc": m.DOC,
        "report": {k: m.REPORT[k] for k in ("title", "publisher", "region", "year", "date")},
        "regulations": [dict(name=n, aliases=a, type=t, doc_number=d, issuer=i, relation=r) for n, a, t, d, i, r in m.R],
        "organizations": [dict(name=n, aliases=a, type=t) for n, a, t in m.O],
        "measures": [dict(name=n, aliases=a, type=t) for n, a, t in m.M],
    }
    (OUT / (m.DOC[:-4] + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", m.DOC[:-4] + ".json", len(m.R), len(m.O), len(m.M))
