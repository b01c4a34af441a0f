#!/usr/bin/env python3
"""Build gold/*.json from the compact sources in tools/src/*.py.

Each source calls doc(), then R() / O() / M() for every entity, in the seed gold format.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"


def run(src):
    g = {}

    def doc(name, title, publisher, region, year, date):
        g.update({"doc": name,
                  "report": {"title": title, "publisher": publisher, "region": region,
                             "year": year, "date": date},
                  "regulations": [], "organizations": [], "measures": []})

    def R(name, aliases, type_, doc_number=None, issuer=None, relation="mentions"):
        g["regulations"].append({"name": name, "aliases": list(aliases), "type": type_,
                                 "doc_number": doc_number, "issuer": issuer, "relation": relation})

    def O(name, aliases, type_):
        g["organizations"].append({"name": name, "aliases": list(aliases), "type": type_})

    def M(name, aliases, type_):
        g["measures"].append({"name": name, "aliases": list(aliases), "type": type_})

    exec(compile(src.read_text(encoding="utf-8"), str(src), "exec"),
         {"doc": doc, "R": R, "O": O, "M": M})
    return g


def main():
    OUT.mkdir(exist_ok=True)
    for src in sorted((HERE / "src").glob("*.py")):
        g = run(src)
        out = OUT / (g["doc"][:-4] + ".json")
        out.write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", out.name, {k: len(g[k]) for k in ("regulations", "organizations", "measures")})


if __name__ == "__main__":
    main()
