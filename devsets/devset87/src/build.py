import json, importlib.util, glob, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for f in sorted(glob.glob(os.path.join(base, "src", "g0*.py"))):
    spec = importlib.util.spec_from_file_location("g", f); g = importlib.util.module_from_spec(spec); spec.loader.exec_module(g)
    out = {"doc": g.D, "report": g.REPORT,
           "regulations": [dict(name=n, aliases=a, type=t, doc_number=d, issuer=i, relation=r) for n, a, t, d, i, r in g.R],
           "organizations": [dict(name=n, aliases=a, type=t) for n, a, t in g.O],
           "measures": [dict(name=n, aliases=a, type=t) for n, a, t in g.M]}
    json.dump(out, open(os.path.join(base, "gold", g.D[:-4] + ".json"), "w"), ensure_ascii=False, indent=2)
print("built")
