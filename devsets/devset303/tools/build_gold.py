#!/usr/bin/env python3
"""Build gold/*.json from the compact tuple sources tools/g*.py (one per document)."""
import importlib.util, json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"
for src in sorted(HERE.glob("g[0-9][0-9][0-9].py")):
    spec = importlib.util.spec_from_file_location(src.stem, src)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    gold = {
        "doc": m.DOC,
        "report": m.REPORT,
        "regulations": [dict(name=n, aliases=a, type=t, doc_number=d, issuer=i, relation=r) for n, a, t, d, i, r in m.REGS],
        "organizations": [dict(name=n, aliases=a, type=t) for n, a, t in m.ORGS],
        "measures": [dict(name=n, aliases=a, type=t) for n, a, t in m.MEAS],
    }
    (OUT / (m.DOC[:-4] + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", m.DOC[:-4] + ".json", len(gold["regulations"]), len(gold["organizations"]), len(gold["measures"]))
