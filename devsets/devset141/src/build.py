#!/usr/bin/env python3
"""Build gold/*.json from the compact annotation sources src/NNN_*.ann.

Line format (fields separated by |, aliases separated by ;, '-' = null/empty):
  T|title   P|publisher   G|region   Y|year   D|date
  R|name|aliases|type|doc_number|issuer|relation
  O|name|aliases|type
  M|name|aliases|type
"""
import json, sys
from pathlib import Path
here = Path(__file__).resolve().parent
out = here.parent / "gold"
out.mkdir(exist_ok=True)
for src in sorted(here.glob("*.ann")):
    rep = {"title": None, "publisher": None, "region": None, "year": None, "date": None}
    regs, orgs, meas = [], [], []
    for n, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        line = line.rstrip()
        if not line or line.startswith("#"):
            continue
        f = line.split("|")
        nul = lambda v: None if v in ("-", "") else v
        als = lambda v: [] if v in ("-", "") else v.split(";")
        k = f[0]
        try:
            if k == "T": rep["title"] = nul(f[1])
            elif k == "P": rep["publisher"] = f[1]
            elif k == "G": rep["region"] = f[1]
            elif k == "Y": rep["year"] = int(f[1])
            elif k == "D": rep["date"] = nul(f[1])
            elif k == "R":
                assert len(f) == 7, f
                regs.append({"name": f[1], "aliases": als(f[2]), "type": f[3], "doc_number": nul(f[4]),
                             "issuer": nul(f[5]), "relation": f[6]})
            elif k in "OM":
                assert len(f) == 4, f
                (orgs if k == "O" else meas).append({"name": f[1], "aliases": als(f[2]), "type": f[3]})
            else:
                raise ValueError(k)
        except Exception as exc:
            sys.exit(f"{src}:{n}: {exc}: {line}")
    doc = src.stem + ".txt"
    data = {"doc": doc, "report": rep, "regulations": regs, "organizations": orgs, "measures": meas}
    (out / (src.stem + ".json")).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{src.stem}: {len(regs)} regulations, {len(orgs)} organizations, {len(meas)} measures")
