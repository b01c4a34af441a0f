#!/usr/bin/env python3
"""Build gold/*.json from the compact spec/*.spec files (one entity per line).

spec format:
  T: title            (report fields: T title, P publisher, G region, Y year, D date; '-' = null)
  R name | alias^alias | type | doc_number | issuer | relation
  O name | alias^alias | type
  M name | alias^alias | type
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def nul(v):
    v = v.strip()
    return None if v in ("-", "") else v


def parse(path):
    rep = {"title": None, "publisher": None, "region": None, "year": None, "date": None}
    regs, orgs, meas = [], [], []
    keys = {"T": "title", "P": "publisher", "G": "region", "Y": "year", "D": "date"}
    for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.rstrip()
        if not line.strip() or line.startswith("#"):
            continue
        tag, rest = line[0], line[2:]
        if line[1] == ":" and tag in keys:
            v = nul(rest)
            rep[keys[tag]] = int(v) if tag == "Y" and v else v
            continue
        f = [x.strip() for x in rest.split("|")]
        al = [a.strip() for a in f[1].split("^") if a.strip()] if len(f) > 1 else []
        if tag == "R":
            assert len(f) == 6, (path, ln, line)
            regs.append({"name": f[0], "aliases": al, "type": f[2], "doc_number": nul(f[3]),
                         "issuer": nul(f[4]), "relation": f[5]})
        elif tag in "OM":
            assert len(f) == 3, (path, ln, line)
            (orgs if tag == "O" else meas).append({"name": f[0], "aliases": al, "type": f[2]})
        else:
            raise SystemExit(f"{path}:{ln}: bad line {line!r}")
    return rep, regs, orgs, meas


for spec in sorted((HERE / "spec").glob("*.spec")):
    rep, regs, orgs, meas = parse(spec)
    out = {"doc": spec.stem + ".txt", "report": rep, "regulations": regs,
           "organizations": orgs, "measures": meas}
    (HERE / "gold" / (spec.stem + ".json")).write_text(
        json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(spec.stem, len(regs), len(orgs), len(meas))
