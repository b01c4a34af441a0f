#!/usr/bin/env python3
"""Build gold/*.json from the compact specs tools/spec_NNN.py (one per document)."""
import importlib.util, json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    OUT.mkdir(exist_ok=True)
    for p in sorted(HERE.glob("spec_*.py")):
        m = load(p)
        doc = m.DOC
        g = {
            "doc": doc,
            "report": m.REPORT,
            "regulations": [
                {"name": n, "aliases": list(a), "type": t, "doc_number": dn, "issuer": iss, "relation": rel}
                for (n, a, t, dn, iss, rel) in m.R
            ],
            "organizations": [{"name": n, "aliases": list(a), "type": t} for (n, a, t) in m.O],
            "measures": [{"name": n, "aliases": list(a), "type": t} for (n, a, t) in m.M],
        }
        (OUT / (doc[:-4] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("wrote", doc)


if __name__ == "__main__":
    main()
