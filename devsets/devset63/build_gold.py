#!/usr/bin/env python3
"""Build gold/*.json from the compact spec/*.spec files (T/R/O/M lines, '|' separated, ';' between aliases, '-' = null)."""
import json, sys
from pathlib import Path
here = Path(__file__).resolve().parent
for sp in sorted((here / "spec").glob("*.spec")):
    g = {"doc": sp.stem + ".txt", "report": None, "regulations": [], "organizations": [], "measures": []}
    for ln, line in enumerate(sp.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        f = line.split("|")
        nul = lambda v: None if v in ("-", "") else v
        al = lambda v: [a for a in v.split(";") if a]
        k = f[0]
        try:
            if k == "T":
                g["report"] = {"title": nul(f[1]), "publisher": f[2], "region": f[3], "year": int(f[4]), "date": nul(f[5])}
            elif k == "R":
                g["regulations"].append({"name": f[1], "aliases": al(f[2]), "type": f[3], "doc_number": nul(f[4]), "issuer": nul(f[5]), "relation": f[6]})
            elif k == "O":
                g["organizations"].append({"name": f[1], "aliases": al(f[2]), "type": f[3]})
            elif k == "M":
                g["measures"].append({"name": f[1], "aliases": al(f[2]), "type": f[3]})
            else:
                raise ValueError(k)
        except Exception as e:
            sys.exit(f"{sp}:{ln}: bad line {line!r}: {e}")
    (here / "gold" / (sp.stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print("built")
