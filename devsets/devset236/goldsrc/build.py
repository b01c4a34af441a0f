#!/usr/bin/env python3
"""Build gold/*.json from the compact specs in goldsrc/NNN_*.py.
Spec: REPORT dict; REGS list of (name, aliases, type, doc_number, issuer, relation);
ORGS list of (name, aliases, type); MEAS list of (name, aliases, type)."""
import json, runpy
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"
for spec in sorted(HERE.glob("[0-9][0-9][0-9]_*.py")):
    ns = runpy.run_path(str(spec))
    doc = spec.stem + ".txt"
    gold = {
        "doc": doc,
        "report": ns["REPORT"],
        "regulations": [dict(name=n, aliases=list(a), type=t, doc_number=d, issuer=i, relation=r)
                        for (n, a, t, d, i, r) in ns["REGS"]],
        "organizations": [dict(name=n, aliases=list(a), type=t) for (n, a, t) in ns["ORGS"]],
        "measures": [dict(name=n, aliases=list(a), type=t) for (n, a, t) in ns["MEAS"]],
    }
    (OUT / (spec.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", spec.stem, len(gold["regulations"]), len(gold["organizations"]), len(gold["measures"]))
