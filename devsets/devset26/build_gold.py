#!/usr/bin/env python3
"""Build gold/*.json from the hand-written spec/*.spec files.

Spec line format (fields separated by " | ", aliases separated by " ;; ", "-" = null/empty):
  T title | publisher | region | year | date
  R name | aliases | type | doc_number | issuer | relation
  O name | aliases | type
  M name | aliases | type
Lines starting with # are comments.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def val(x):
    x = x.strip()
    return None if x == "-" else x


def aliases(x):
    x = x.strip()
    if x == "-" or not x:
        return []
    return [a.strip() for a in x.split(";;") if a.strip()]


def build(spec):
    doc = spec.stem + ".txt"
    out = {"doc": doc, "report": None, "regulations": [], "organizations": [], "measures": []}
    for n, line in enumerate(spec.read_text(encoding="utf-8").splitlines(), 1):
        line = line.rstrip()
        if not line or line.startswith("#"):
            continue
        kind, rest = line[0], line[2:]
        f = [p for p in rest.split(" | ")]
        try:
            if kind == "T":
                title, pub, region, year, date = f
                out["report"] = {"title": val(title), "publisher": val(pub), "region": val(region),
                                 "year": int(year), "date": val(date)}
            elif kind == "R":
                name, al, typ, num, iss, rel = f
                out["regulations"].append({"name": name.strip(), "aliases": aliases(al), "type": typ.strip(),
                                           "doc_number": val(num), "issuer": val(iss), "relation": rel.strip()})
            elif kind == "O":
                name, al, typ = f
                out["organizations"].append({"name": name.strip(), "aliases": aliases(al), "type": typ.strip()})
            elif kind == "M":
                name, al, typ = f
                out["measures"].append({"name": name.strip(), "aliases": aliases(al), "type": typ.strip()})
            else:
                raise ValueError(f"unknown kind {kind!r}")
        except ValueError as exc:
            sys.exit(f"{spec}:{n}: {exc}: {line}")
    return out


def main():
    for spec in sorted((HERE / "spec").glob("*.spec")):
        gold = build(spec)
        path = HERE / "gold" / (spec.stem + ".json")
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(gold['regulations'])} R, {len(gold['organizations'])} O, {len(gold['measures'])} M")


if __name__ == "__main__":
    main()
