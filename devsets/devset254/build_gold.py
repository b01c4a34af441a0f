#!/usr/bin/env python3
"""Build gold/*.json from the compact specs in spec/*.py.

Each spec defines DOC, REPORT (dict), REGS [(name, type, relation, doc_number, issuer, [aliases])],
ORGS [(name, type, [aliases])], MEAS [(name, type, [aliases])]."""
import json, runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
for spec in sorted((HERE / "spec").glob("*.py")):
    ns = runpy.run_path(str(spec))
    out = {
        "doc": ns["DOC"],
        "report": ns["REPORT"],
        "regulations": [
            {"name": n, "aliases": list(a), "type": t, "doc_number": dn, "issuer": iss, "relation": rel}
            for (n, t, rel, dn, iss, a) in ns["REGS"]
        ],
        "organizations": [{"name": n, "aliases": list(a), "type": t} for (n, t, a) in ns["ORGS"]],
        "measures": [{"name": n, "aliases": list(a), "type": t} for (n, t, a) in ns["MEAS"]],
    }
    (HERE / "gold" / (Path(ns["DOC"]).stem + ".json")).write_text(
        json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", out["doc"])
