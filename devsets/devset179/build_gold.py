#!/usr/bin/env python3
"""Build gold/*.json from the compact specs in spec/NNN.py."""
import json, runpy
from pathlib import Path
HERE = Path(__file__).resolve().parent
for spec in sorted((HERE / "spec").glob("*.py")):
    ns = runpy.run_path(str(spec))
    title, pub, region, year, date = ns["REPORT"]
    out = {
        "doc": ns["DOC"],
        "report": {"title": title, "publisher": pub, "region": region, "year": year, "date": date},
        "regulations": [dict(name=n, aliases=a, type=t, doc_number=dn, issuer=iss, relation=rel)
                        for n, a, t, dn, iss, rel in ns["R"]],
        "organizations": [dict(name=n, aliases=a, type=t) for n, a, t in ns["O"]],
        "measures": [dict(name=n, aliases=a, type=t) for n, a, t in ns["M"]],
    }
    (HERE / "gold" / (ns["DOC"][:-4] + ".json")).write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", ns["DOC"])
