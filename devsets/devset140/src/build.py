#!/usr/bin/env python3
"""Build gold/*.json from the compact sources src/gNNN.py."""
import importlib.util, json
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"
for src in sorted(HERE.glob("g[0-9][0-9][0-9].py")):
    spec = importlib.util.spec_from_file_location(src.stem, src)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    t, pub, reg, year, date = m.REPORT
    gold = {
        "doc": m.DOC,
        "report": {"title": t, "publisher": pub, "region": reg, "year": year, "date": date},
        "regulations": [dict(name=n, aliases=a, type=ty, doc_number=dn, issuer=iss, relation=rel) for n, a, ty, dn, iss, rel in m.R],
        "organizations": [dict(name=n, aliases=a, type=ty) for n, a, ty in m.O],
        "measures": [dict(name=n, aliases=a, type=ty) for n, a, ty in m.M],
    }
    (OUT / (m.DOC[:-4] + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", m.DOC[:-4] + ".json")
