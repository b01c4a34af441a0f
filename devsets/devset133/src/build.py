"""Builds gold/*.json from the compact gold sources in src/g*.py (one per doc)."""
import json, glob, importlib.util, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold")
for path in sorted(glob.glob(os.path.join(HERE, "g[0-9]*.py"))):
    spec = importlib.util.spec_from_file_location("g", path); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    doc = m.DOC
    g = {"doc": doc + ".txt", "report": m.REPORT, "regulations": [], "organizations": [], "measures": []}
    for r in m.REGS:
        name, typ, rel = r[0], r[1], r[2]
        opt = r[3] if len(r) > 3 else {}
        g["regulations"].append({"name": name, "aliases": opt.get("al", []), "type": typ,
                                 "doc_number": opt.get("dn"), "issuer": opt.get("iss"), "relation": rel})
    for o in m.ORGS:
        g["organizations"].append({"name": o[0], "aliases": list(o[2]) if len(o) > 2 else [], "type": o[1]})
    for x in m.MEAS:
        g["measures"].append({"name": x[0], "aliases": list(x[2]) if len(x) > 2 else [], "type": x[1]})
    with open(os.path.join(OUT, doc + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
    print("wrote", doc)
