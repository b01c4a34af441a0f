#!/usr/bin/env python3
"""Build gold/*.json from the compact spec files src/*.spec.

Spec format (one entity per line, fields separated by ' | ', aliases by ';', '-' = null/empty):
  #doc <file name>            #title / #publisher / #region / #year / #date
  R name | aliases | type | doc_number | issuer | relation
  O name | aliases | type
  M name | aliases | type
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"


def nul(v):
    v = v.strip()
    return None if v in ("-", "") else v


def als(v):
    v = v.strip()
    return [] if v in ("-", "") else [a.strip() for a in v.split(";") if a.strip()]


def build(spec):
    rep = {"title": None, "publisher": None, "region": None, "year": None, "date": None}
    doc = None
    regs, orgs, meas = [], [], []
    for n, line in enumerate(spec.read_text(encoding="utf-8").splitlines(), 1):
        line = line.rstrip()
        if not line.strip() or line.startswith("//"):
            continue
        if line.startswith("#"):
            key, _, val = line[1:].partition(" ")
            val = val.strip()
            if key == "doc":
                doc = val
            elif key == "year":
                rep["year"] = int(val)
            else:
                rep[key] = nul(val)
            continue
        kind, _, rest = line.partition(" ")
        f = [x for x in rest.split(" | ")]
        try:
            if kind == "R":
                assert len(f) == 6, f
                regs.append({"name": f[0].strip(), "aliases": als(f[1]), "type": f[2].strip(),
                             "doc_number": nul(f[3]), "issuer": nul(f[4]), "relation": f[5].strip()})
            elif kind == "O":
                assert len(f) == 3, f
                orgs.append({"name": f[0].strip(), "aliases": als(f[1]), "type": f[2].strip()})
            elif kind == "M":
                assert len(f) == 3, f
                meas.append({"name": f[0].strip(), "aliases": als(f[1]), "type": f[2].strip()})
            else:
                raise AssertionError("bad kind " + kind)
        except AssertionError as e:
            sys.exit(f"{spec}:{n}: {e}: {line}")
    assert doc, spec
    gold = {"doc": doc, "report": rep, "regulations": regs, "organizations": orgs, "measures": meas}
    out = OUT / (doc[:-4] + ".json")
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for spec in sorted(HERE.glob("*.spec")):
        print(build(spec))
