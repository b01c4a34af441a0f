#!/usr/bin/env python3
"""Build gold/*.json from the compact specs in _build/specs/*.txt.

Spec lines:
  REPORT title | publisher | region | year | date      (use - for null)
  R name | alias; alias | type | doc_number | issuer | relation
  O name | alias; alias | type
  M name | alias; alias | type
Lines starting with # are comments.
"""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"

def nz(x):
    x = x.strip()
    return None if x in ("-", "") else x

def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        stem = spec.stem
        g = {"doc": stem + ".txt", "report": None, "regulations": [], "organizations": [], "measures": []}
        for n, line in enumerate(spec.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            tag, _, rest = line.partition(" ")
            f = [x.strip() for x in rest.split("|")]
            try:
                if tag == "REPORT":
                    t, pub, reg, yr, dt = f
                    g["report"] = {"title": nz(t), "publisher": pub, "region": reg, "year": int(yr), "date": nz(dt)}
                    continue
                aliases = [a.strip() for a in f[1].split(";") if a.strip()]
                if tag == "R":
                    name, _, typ, dn, iss, rel = f
                    g["regulations"].append({"name": name, "aliases": aliases, "type": typ,
                                             "doc_number": nz(dn), "issuer": nz(iss), "relation": rel})
                elif tag == "O":
                    name, _, typ = f
                    g["organizations"].append({"name": name, "aliases": aliases, "type": typ})
                elif tag == "M":
                    name, _, typ = f
                    g["measures"].append({"name": name, "aliases": aliases, "type": typ})
                else:
                    raise ValueError("bad tag " + tag)
            except Exception as exc:
                sys.exit(f"{spec}:{n}: {exc}: {line}")
        (OUT / (stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", stem)

if __name__ == "__main__":
    main()
