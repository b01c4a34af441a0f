#!/usr/bin/env python3
"""Build gold/*.json from the compact annotation specs in specs/*.spec.

Spec line format (fields separated by |, aliases separated by //, '-' = null/empty):
  DOC|<txt file name>
  T|title   P|publisher   G|region   Y|year   D|date
  R|name|type|relation|doc_number|issuer|aliases
  O|name|type|aliases
  M|name|type|aliases
"""
import json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

def nul(x):
    x = x.strip()
    return None if x in ("", "-") else x

def als(x):
    x = x.strip()
    return [] if x in ("", "-") else [a.strip() for a in x.split("//") if a.strip()]

def build(spec):
    g = {"doc": None, "report": {"title": None, "publisher": None, "region": None, "year": None, "date": None},
         "regulations": [], "organizations": [], "measures": []}
    for n, line in enumerate(spec.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("|")
        k = f[0]
        try:
            if k == "DOC": g["doc"] = f[1].strip()
            elif k == "T": g["report"]["title"] = nul(f[1])
            elif k == "P": g["report"]["publisher"] = nul(f[1])
            elif k == "G": g["report"]["region"] = nul(f[1])
            elif k == "Y": g["report"]["year"] = int(f[1])
            elif k == "D": g["report"]["date"] = nul(f[1])
            elif k == "R":
                assert len(f) == 7, f
                g["regulations"].append({"name": f[1].strip(), "aliases": als(f[6]), "type": f[2].strip(),
                                         "doc_number": nul(f[4]), "issuer": nul(f[5]), "relation": f[3].strip()})
            elif k == "O":
                assert len(f) == 4, f
                g["organizations"].append({"name": f[1].strip(), "aliases": als(f[3]), "type": f[2].strip()})
            elif k == "M":
                assert len(f) == 4, f
                g["measures"].append({"name": f[1].strip(), "aliases": als(f[3]), "type": f[2].strip()})
            else:
                raise ValueError("unknown key " + k)
        except Exception as e:
            sys.exit(f"{spec}:{n}: {e}: {line}")
    return g

for spec in sorted((HERE / "specs").glob("*.spec")):
    g = build(spec)
    out = HERE / "gold" / (g["doc"][:-4] + ".json")
    out.write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", out.name, len(g["regulations"]), len(g["organizations"]), len(g["measures"]))
