#!/usr/bin/env python3
"""Build gold/*.json from the compact spec files tools/spec/NNN_*.spec.

Spec lines (fields separated by |, '-' = null / empty, aliases separated by ';'):
  T|title   P|publisher   G|region   Y|year   D|date(YYYY-MM-DD)
  R|name|aliases|type|doc_number|issuer|relation
  O|name|aliases|type
  M|name|aliases|type
Lines starting with # are comments.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def val(x):
    x = x.strip()
    return None if x in ("-", "") else x


def al(x):
    x = x.strip()
    return [] if x in ("-", "") else [a.strip() for a in x.split(";") if a.strip()]


def build(spec):
    doc = spec.stem + ".txt"
    rep = {"title": None, "publisher": None, "region": None, "year": None, "date": None}
    regs, orgs, meas = [], [], []
    for n, line in enumerate(spec.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("|")
        k = f[0]
        try:
            if k == "T":
                rep["title"] = val(f[1])
            elif k == "P":
                rep["publisher"] = val(f[1])
            elif k == "G":
                rep["region"] = val(f[1])
            elif k == "Y":
                rep["year"] = int(f[1])
            elif k == "D":
                rep["date"] = val(f[1])
            elif k == "R":
                assert len(f) == 7, "R needs 7 fields"
                regs.append({"name": f[1].strip(), "aliases": al(f[2]), "type": f[3].strip(),
                             "doc_number": val(f[4]), "issuer": val(f[5]), "relation": f[6].strip()})
            elif k == "O":
                assert len(f) == 4, "O needs 4 fields"
                orgs.append({"name": f[1].strip(), "aliases": al(f[2]), "type": f[3].strip()})
            elif k == "M":
                assert len(f) == 4, "M needs 4 fields"
                meas.append({"name": f[1].strip(), "aliases": al(f[2]), "type": f[3].strip()})
            else:
                raise AssertionError("unknown line kind")
        except Exception as exc:
            sys.exit(f"{spec}:{n}: {exc}: {line}")
    return {"doc": doc, "report": rep, "regulations": regs, "organizations": orgs, "measures": meas}


def main():
    for spec in sorted((ROOT / "tools" / "spec").glob("*.spec")):
        g = build(spec)
        out = ROOT / "gold" / (spec.stem + ".json")
        out.write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(out.name, len(g["regulations"]), len(g["organizations"]), len(g["measures"]))


if __name__ == "__main__":
    main()
