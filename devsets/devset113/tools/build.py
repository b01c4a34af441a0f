import json, importlib.util, glob, os
OUT = "/work/devsets/devset113/gold"
for f in sorted(glob.glob("/work/devsets/devset113/tools/g0*.py")):
    ns = {}
    exec(open(f, encoding="utf-8").read(), ns)
    t, pub, reg, yr, dt = ns["REPORT"]
    g = {"doc": ns["DOC"] + ".txt",
         "report": {"title": t, "publisher": pub, "region": reg, "year": yr, "date": dt},
         "regulations": [{"name": n, "aliases": a, "type": ty, "doc_number": dn, "issuer": iss, "relation": rel} for n, a, ty, dn, iss, rel in ns["R"]],
         "organizations": [{"name": n, "aliases": a, "type": ty} for n, a, ty in ns["O"]],
         "measures": [{"name": n, "aliases": a, "type": ty} for n, a, ty in ns["M"]]}
    with open(os.path.join(OUT, ns["DOC"] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(ns["DOC"], len(g["regulations"]), len(g["organizations"]), len(g["measures"]))
