#!/usr/bin/env python3
"""Build gold/*.json from the compact sources in gold_src/*.py."""
import json, runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parent
for src in sorted((ROOT / "gold_src").glob("*.py")):
    d = runpy.run_path(str(src))
    doc = d["DOC"]
    out = {
        "doc": doc,
        "report": dict(zip(("title", "publisher", "region", "year", "date"), d["REPORT"])),
        "regulations": [
            {"name": n, "aliases": list(a), "type": t, "doc_number": dn, "issuer": iss, "relation": rel}
            for (n, a, t, dn, iss, rel) in d["REG"]],
        "organizations": [{"name": n, "aliases": list(a), "type": t} for (n, a, t) in d["ORG"]],
        "measures": [{"name": n, "aliases": list(a), "type": t} for (n, a, t) in d["MEA"]],
    }
    (ROOT / "gold" / (doc[:-4] + ".json")).write_text(
        json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", doc)
