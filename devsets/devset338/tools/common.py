import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
DOCS = {}


def R(name, aliases, type_, doc_number, issuer, relation):
    return {"name": name, "aliases": list(aliases), "type": type_, "doc_number": doc_number,
            "issuer": issuer, "relation": relation}


def O(name, aliases, type_):
    return {"name": name, "aliases": list(aliases), "type": type_}


def M(name, aliases, type_):
    return {"name": name, "aliases": list(aliases), "type": type_}


def doc(stem, report, regs, orgs, measures):
    assert stem not in DOCS, stem
    DOCS[stem] = {"doc": stem + ".txt", "report": report, "regulations": regs,
                  "organizations": orgs, "measures": measures}


def write_all():
    (OUT / "gold").mkdir(exist_ok=True)
    for stem, g in sorted(DOCS.items()):
        (OUT / "gold" / (stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", len(DOCS), "gold files")
