#!/usr/bin/env python3
"""Build gold/*.json from the compact specs in src/specs/NNN_*.py.

Each spec module defines DOC, REPORT (dict), REGS (list of tuples
(name, aliases, type, doc_number, issuer, relation)), ORGS ((name, aliases, type))
and MEAS ((name, aliases, type)).
"""
import importlib.util
import json
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
    for p in sorted((HERE / "specs").glob("*.py")):
        m = load(p)
        gold = {
            "doc": m.DOC,
            "report": m.REPORT,
            "regulations": [
                {"name": n, "aliases": list(a), "type": t, "doc_number": d, "issuer": i, "relation": r}
                for (n, a, t, d, i, r) in m.REGS
            ],
            "organizations": [{"name": n, "aliases": list(a), "type": t} for (n, a, t) in m.ORGS],
            "measures": [{"name": n, "aliases": list(a), "type": t} for (n, a, t) in m.MEAS],
        }
        target = OUT / (m.DOC[:-4] + ".json")
        target.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", target.name, len(gold["regulations"]), len(gold["organizations"]), len(gold["measures"]))


if __name__ == "__main__":
    main()
