#!/usr/bin/env python3
"""Build gold/*.json from the compact specs in gold_src/NNN_*.py.

Each spec module defines DOC, REPORT (dict), REGS (list of tuples
(name, aliases, type, doc_number, issuer, relation)), ORGS (list of (name, aliases, type))
and MEAS (list of (name, aliases, type)).
"""
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    out = HERE / "gold"
    out.mkdir(exist_ok=True)
    for src in sorted((HERE / "gold_src").glob("*.py")):
        m = load(src)
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
        dest = out / (m.DOC[:-4] + ".json")
        dest.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", dest.name, len(gold["regulations"]), len(gold["organizations"]), len(gold["measures"]))


if __name__ == "__main__":
    main()
