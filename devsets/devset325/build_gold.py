#!/usr/bin/env python3
"""Build gold/*.json from the compact specs in specs/NNN_*.py.

Each spec defines DOC, REPORT (title, publisher, region, year, date),
REGS [(name, [aliases], type, doc_number, issuer, relation)],
ORGS [(name, [aliases], type)] and MEAS [(name, [aliases], type)].
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
    for path in sorted((HERE / "specs").glob("*.py")):
        m = load(path)
        title, publisher, region, year, date = m.REPORT
        gold = {
            "doc": m.DOC,
            "report": {"title": title, "publisher": publisher, "region": region, "year": year, "date": date},
            "regulations": [
                {"name": n, "aliases": list(a), "type": t, "doc_number": d, "issuer": i, "relation": r}
                for n, a, t, d, i, r in m.REGS
            ],
            "organizations": [{"name": n, "aliases": list(a), "type": t} for n, a, t in m.ORGS],
            "measures": [{"name": n, "aliases": list(a), "type": t} for n, a, t in m.MEAS],
        }
        out = HERE / "gold" / (m.DOC[:-4] + ".json")
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", out.name)


if __name__ == "__main__":
    main()
