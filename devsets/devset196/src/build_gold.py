#!/usr/bin/env python3
"""Build gold/*.json from the compact specs src/gNNN.py."""
import json, runpy
from pathlib import Path
here = Path(__file__).resolve().parent
out = here.parent / "gold"
out.mkdir(exist_ok=True)
for spec in sorted(here.glob("g[0-9][0-9][0-9].py")):
    d = runpy.run_path(str(spec))
    gold = {
        "doc": d["DOC"],
        "report": d["REPORT"],
        "regulations": [dict(name=n, aliases=a, type=t, doc_number=dn, issuer=i, relation=r)
                        for n, a, t, dn, i, r in d["R"]],
        "organizations": [dict(name=n, aliases=a, type=t) for n, a, t in d["O"]],
        "measures": [dict(name=n, aliases=a, type=t) for n, a, t in d["M"]],
    }
    (out / (d["DOC"][:-4] + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", d["DOC"][:-4] + ".json")
