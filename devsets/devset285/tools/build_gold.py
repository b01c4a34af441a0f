#!/usr/bin/env python3
"""Build gold/*.json from the compact specs in tools/specs/NNN.py."""
import json, runpy
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
for spec in sorted((ROOT / "tools" / "specs").glob("*.py")):
    ns = runpy.run_path(str(spec))
    doc = ns["DOC"]
    out = {
        "doc": doc,
        "report": ns["REPORT"],
        "regulations": [dict(name=n, aliases=list(a), type=t, doc_number=d, issuer=i, relation=r)
                        for (n, a, t, d, i, r) in ns["REGS"]],
        "organizations": [dict(name=n, aliases=list(a), type=t) for (n, a, t) in ns["ORGS"]],
        "measures": [dict(name=n, aliases=list(a), type=t) for (n, a, t) in ns["MEAS"]],
    }
    target = ROOT / "gold" / (doc[:-4] + ".json")
    target.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", target.name, len(out["regulations"]), len(out["organizations"]), len(out["measures"]))
