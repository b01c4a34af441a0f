#!/usr/bin/env python3
"""Build gold/*.json from the compact sources src/gNNN.py."""
import importlib.util, json, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
for src in sorted((ROOT / "src").glob("g[0-9][0-9][0-9].py")):
    spec = importlib.util.spec_from_file_location(src.stem, src)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    gold = {
        "doc": m.DOC,
        "report": {k: m.REPORT[k] for k in ("title", "publisher", "region", "year", "date")},
        "regulations": [dict(name=n, aliases=a, type=t, doc_number=d, issuer=i, relation=r) for n, a, t, d, i, r in m.REGS],
        "organizations": [dict(name=n, aliases=a, type=t) for n, a, t in m.ORGS],
        "measures": [dict(name=n, aliases=a, type=t) for n, a, t in m.MEAS],
    }
    out = ROOT / "gold" / (m.DOC[:-4] + ".json")
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", out.name)
