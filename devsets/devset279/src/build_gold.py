"""Builds ../gold/*.json from the compact annotation specs in gold_specs/*.py."""
import json, pathlib, runpy
HERE = pathlib.Path(__file__).parent
OUT = HERE.parent / "gold"

def R(name, type, relation, doc_number=None, issuer=None, aliases=()):
    return {"name": name, "aliases": list(aliases), "type": type,
            "doc_number": doc_number, "issuer": issuer, "relation": relation}

def O(name, type, aliases=()):
    return {"name": name, "aliases": list(aliases), "type": type}

def M(name, type, aliases=()):
    return {"name": name, "aliases": list(aliases), "type": type}

for spec in sorted((HERE / "gold_specs").glob("*.py")):
    ns = runpy.run_path(str(spec), init_globals={"R": R, "O": O, "M": M})
    doc = spec.stem + ".txt"
    gold = {"doc": doc, "report": ns["REPORT"], "regulations": ns["REGS"],
            "organizations": ns["ORGS"], "measures": ns["MEAS"]}
    (OUT / (spec.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", spec.stem, len(gold["regulations"]), len(gold["organizations"]), len(gold["measures"]))
