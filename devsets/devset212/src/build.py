#!/usr/bin/env python3
"""Build gold/*.json from the compact gold definitions in src/g*.py."""
import glob, importlib.util, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold")

def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    return mod

for path in sorted(glob.glob(os.path.join(HERE, "g[0-9]*.py"))):
    m = load(path)
    doc = m.DOC
    gold = {
        "doc": doc,
        "report": dict(zip(("title", "publisher", "region", "year", "date"), m.REPORT)),
        "regulations": [
            {"name": n, "aliases": list(a), "type": t, "doc_number": dn, "issuer": iss, "relation": rel}
            for (n, a, t, rel, dn, iss) in [(*r, None, None)[:6] if len(r) == 4 else (*r, None)[:6] if len(r) == 5 else r for r in m.REGS]
        ],
        "organizations": [{"name": n, "aliases": list(a), "type": t} for (n, a, t) in m.ORGS],
        "measures": [{"name": n, "aliases": list(a), "type": t} for (n, a, t) in m.MEAS],
    }
    with open(os.path.join(OUT, doc[:-4] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote", doc[:-4] + ".json", len(gold["regulations"]), len(gold["organizations"]), len(gold["measures"]))
