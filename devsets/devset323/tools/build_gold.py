#!/usr/bin/env python3
"""Build gold/*.json from the compact specs in tools/spec/*.txt.

Spec lines:  REPORT title|publisher|region|year|date
             R name|aliases(;)|type|doc_number|issuer|relation
             O name|aliases(;)|type
             M name|aliases(;)|type
'-' means null / empty.  Lines starting with # are comments.
"""
import json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"


def nul(v):
    v = v.strip()
    return None if v in ("-", "") else v


def al(v):
    v = v.strip()
    return [] if v in ("-", "") else [a.strip() for a in v.split(";") if a.strip()]


def build(spec):
    doc = spec.stem + ".txt"
    g = {"doc": doc, "report": None, "regulations": [], "organizations": [], "measures": []}
    for n, line in enumerate(spec.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        tag, _, rest = line.partition(" ")
        f = rest.split("|")
        try:
            if tag == "REPORT":
                t, p, r, y, d = f
                g["report"] = {"title": nul(t), "publisher": nul(p), "region": nul(r),
                               "year": int(y), "date": nul(d)}
            elif tag == "R":
                name, a, ty, dn, iss, rel = f
                g["regulations"].append({"name": name.strip(), "aliases": al(a), "type": ty.strip(),
                                         "doc_number": nul(dn), "issuer": nul(iss), "relation": rel.strip()})
            elif tag == "O":
                name, a, ty = f
                g["organizations"].append({"name": name.strip(), "aliases": al(a), "type": ty.strip()})
            elif tag == "M":
                name, a, ty = f
                g["measures"].append({"name": name.strip(), "aliases": al(a), "type": ty.strip()})
            else:
                raise ValueError(tag)
        except ValueError as e:
            sys.exit(f"{spec}:{n}: bad line ({e}): {line}")
    (OUT / (spec.stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for spec in sorted((HERE / "spec").glob("*.txt")):
        build(spec)
        print("built", spec.stem)
