#!/usr/bin/env python3
"""Builds gold/*.json from the compact tables below (the JSON files are the deliverable)."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "gold"
DOCS = {}

def R(name, aliases, type_, doc_number=None, issuer=None, relation="mentions"):
    return {"name": name, "aliases": list(aliases), "type": type_, "doc_number": doc_number,
            "issuer": issuer, "relation": relation}

def O(name, aliases, type_):
    return {"name": name, "aliases": list(aliases), "type": type_}

M = O

def doc(fname, title, publisher, region, year, date, regs, orgs, meas):
    DOCS[fname] = {"doc": fname,
                   "report": {"title": title, "publisher": publisher, "region": region, "year": year, "date": date},
                   "regulations": regs, "organizations": orgs, "measures": meas}

def main():
    for fname, d in DOCS.items():
        (OUT / (fname[:-4] + ".json")).write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(DOCS), "gold files written")

if __name__ == "__main__":
    import importlib, sys
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    for i in range(1, 11):
        importlib.import_module(f"g{i:03d}")
    importlib.import_module("build_gold").main()
