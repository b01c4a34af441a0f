#!/usr/bin/env python3
"""Convert the compact annotation sheets in spec/*.txt into gold/*.json.

Sheet lines:  T|title  P|publisher  G|region  Y|year  D|date
              R|name|alias;alias|type|doc_number|issuer|relation
              O|name|alias;alias|type
              M|name|alias;alias|type
'-' stands for null.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def nz(v):
    v = v.strip()
    return None if v in ("", "-") else v


def convert(path):
    rep = {"title": None, "publisher": None, "region": None, "year": None, "date": None}
    regs, orgs, meas = [], [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("|")
        tag = f[0]
        try:
            if tag == "T":
                rep["title"] = nz(f[1])
            elif tag == "P":
                rep["publisher"] = nz(f[1])
            elif tag == "G":
                rep["region"] = nz(f[1])
            elif tag == "Y":
                rep["year"] = int(f[1])
            elif tag == "D":
                rep["date"] = nz(f[1])
            elif tag == "R":
                assert len(f) == 7, f
                regs.append({"name": f[1].strip(), "aliases": [a for a in f[2].split(";") if a],
                             "type": f[3], "doc_number": nz(f[4]), "issuer": nz(f[5]), "relation": f[6]})
            elif tag in ("O", "M"):
                assert len(f) == 4, f
                item = {"name": f[1].strip(), "aliases": [a for a in f[2].split(";") if a], "type": f[3]}
                (orgs if tag == "O" else meas).append(item)
            else:
                raise ValueError(tag)
        except Exception as exc:
            raise SystemExit(f"{path}:{n}: {exc}: {line}")
    return {"doc": path.stem + ".txt", "report": rep, "regulations": regs,
            "organizations": orgs, "measures": meas}


if __name__ == "__main__":
    for p in sorted((HERE / "spec").glob("*.txt")):
        g = convert(p)
        (HERE / "gold" / (p.stem + ".json")).write_text(
            json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(p.stem, len(g["regulations"]), len(g["organizations"]), len(g["measures"]))
