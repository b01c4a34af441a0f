#!/usr/bin/env python3
"""Build gold/*.json from the compact annotation sources in tools/src/*.txt.

Source format (one entity per line, fields separated by ' | ', aliases by '; ', '-' = null/empty):
  doc: <file>.txt / title: / publisher: / region: / year: / date:
  R | name | aliases | type | doc_number | issuer | relation
  O | name | aliases | type
  M | name | aliases | type
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
    return [] if v in ("-", "") else [a.strip() for a in v.split("; ") if a.strip()]


def build(src):
    g = {"doc": None, "report": {"title": None, "publisher": None, "region": None, "year": None, "date": None},
         "regulations": [], "organizations": [], "measures": []}
    for n, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line[:2] in ("R ", "O ", "M "):
            f = [x.strip() for x in line.split(" | ")]
            if f[0] == "R":
                assert len(f) == 7, (src, n, line)
                g["regulations"].append({"name": f[1], "aliases": als(f[2]), "type": f[3],
                                         "doc_number": nul(f[4]), "issuer": nul(f[5]), "relation": f[6]})
            else:
                assert len(f) == 4, (src, n, line)
                g["organizations" if f[0] == "O" else "measures"].append(
                    {"name": f[1], "aliases": als(f[2]), "type": f[3]})
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if key == "doc":
            g["doc"] = val
        elif key == "year":
            g["report"]["year"] = int(val)
        elif key in g["report"]:
            g["report"][key] = nul(val)
        else:
            raise SystemExit(f"{src}:{n}: bad line {line!r}")
    return g


def main():
    srcs = sorted(HERE.glob("src/*.txt"))
    OUT.mkdir(exist_ok=True)
    for s in srcs:
        g = build(s)
        out = OUT / (g["doc"][:-4] + ".json")
        out.write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("wrote", out.name, len(g["regulations"]), len(g["organizations"]), len(g["measures"]))


if __name__ == "__main__":
    main()
