#!/usr/bin/env python3
"""Build gold/*.json from the compact specs in gold_src/*.txt.

Spec lines:  key value  (doc, title, publisher, region, year, date)
  R name | alias;alias | type | doc_number | issuer | relation
  O name | alias;alias | type
  M name | alias;alias | type
'-' means null / no aliases.  Lines starting with # are comments.
"""
import json, sys
from pathlib import Path

HERE = Path(__file__).parent

def nul(v):
    v = v.strip()
    return None if v in ("-", "") else v

def aliases(v):
    v = v.strip()
    return [] if v in ("-", "") else [a.strip() for a in v.split(";") if a.strip()]

def build(src):
    g = {"doc": None, "report": {"title": None, "publisher": None, "region": None, "year": None, "date": None},
         "regulations": [], "organizations": [], "measures": []}
    for n, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, rest = line.partition(" ")
        if key == "doc":
            g["doc"] = rest.strip()
        elif key in ("title", "publisher", "region", "date"):
            g["report"][key] = nul(rest)
        elif key == "year":
            g["report"]["year"] = int(rest)
        elif key in ("R", "O", "M"):
            f = [x.strip() for x in rest.split("|")]
            if key == "R":
                if len(f) != 6:
                    sys.exit(f"{src}:{n}: R needs 6 fields: {line}")
                g["regulations"].append({"name": f[0], "aliases": aliases(f[1]), "type": f[2],
                                         "doc_number": nul(f[3]), "issuer": nul(f[4]), "relation": f[5]})
            else:
                if len(f) != 3:
                    sys.exit(f"{src}:{n}: {key} needs 3 fields: {line}")
                g["organizations" if key == "O" else "measures"].append(
                    {"name": f[0], "aliases": aliases(f[1]), "type": f[2]})
        else:
            sys.exit(f"{src}:{n}: unknown key {key}")
    return g

def main():
    for src in sorted((HERE / "gold_src").glob("*.txt")):
        g = build(src)
        out = HERE / "gold" / (Path(g["doc"]).stem + ".json")
        out.write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", out.name)

if __name__ == "__main__":
    main()
