#!/usr/bin/env python3
"""Build gold/*.json from spec/*.txt (compact line format, see README)."""
import json, pathlib
D = pathlib.Path(__file__).parent
def nz(x):
    x = x.strip()
    return None if x in ("", "-") else x
def al(x):
    return [a for a in (s.strip() for s in x.split(";")) if a]
for sp in sorted((D / "spec").glob("*.txt")):
    g = {"doc": sp.stem + ".txt", "report": None, "regulations": [], "organizations": [], "measures": []}
    for ln in sp.read_text(encoding="utf-8").splitlines():
        if not ln.strip() or ln.startswith("#"):
            continue
        f = ln.split("|")
        k = f[0]
        if k == "T":
            g["report"] = {"title": nz(f[1]), "publisher": f[2], "region": f[3], "year": int(f[4]), "date": nz(f[5])}
        elif k == "R":
            # R|name|type|relation|doc_number|issuer|aliases
            g["regulations"].append({"name": f[1], "aliases": al(f[6]) if len(f) > 6 else [], "type": f[2],
                                     "doc_number": nz(f[4]), "issuer": nz(f[5]), "relation": f[3]})
        elif k == "O":
            g["organizations"].append({"name": f[1], "aliases": al(f[3]) if len(f) > 3 else [], "type": f[2]})
        elif k == "M":
            g["measures"].append({"name": f[1], "aliases": al(f[3]) if len(f) > 3 else [], "type": f[2]})
        else:
            raise SystemExit(f"{sp}: bad line {ln!r}")
    (D / "gold" / (sp.stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", sp.stem)
