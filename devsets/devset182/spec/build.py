#!/usr/bin/env python3
"""Build gold/*.json from spec/*.txt (compact pipe format used while writing the devset)."""
import json, sys
from pathlib import Path
root = Path(__file__).resolve().parent.parent
for sp in sorted((root / "spec").glob("*.txt")):
    g = {"doc": sp.stem + ".txt", "report": None, "regulations": [], "organizations": [], "measures": []}
    for ln in sp.read_text(encoding="utf-8").splitlines():
        if not ln.strip():
            continue
        f = ln.split("|")
        al = lambda s: [a for a in s.split(";") if a]
        nn = lambda s: s or None
        if f[0] == "T":
            g["report"] = {"title": nn(f[1]), "publisher": f[2], "region": f[3], "year": int(f[4]), "date": nn(f[5])}
        elif f[0] == "R":
            assert len(f) == 7, ln
            g["regulations"].append({"name": f[1], "aliases": al(f[2]), "type": f[3], "doc_number": nn(f[4]), "issuer": nn(f[5]), "relation": f[6]})
        elif f[0] == "O":
            assert len(f) == 4, ln
            g["organizations"].append({"name": f[1], "aliases": al(f[2]), "type": f[3]})
        elif f[0] == "M":
            assert len(f) == 4, ln
            g["measures"].append({"name": f[1], "aliases": al(f[2]), "type": f[3]})
        else:
            sys.exit("bad line: " + ln)
    (root / "gold" / (sp.stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
