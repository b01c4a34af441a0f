"""Build ../gold/*.json from the compact gNNN.py tables (R/O/M tuples)."""
import importlib.util, json, pathlib
here = pathlib.Path(__file__).parent
out = here.parent / "gold"
for f in sorted(here.glob("g[0-9][0-9][0-9].py")):
    spec = importlib.util.spec_from_file_location(f.stem, f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    g = {"doc": m.DOC, "report": m.REPORT,
         "regulations": [dict(name=n, aliases=a, type=t, doc_number=d, issuer=i, relation=r) for n, a, t, d, i, r in m.REGS],
         "organizations": [dict(name=n, aliases=a, type=t) for n, a, t in m.ORGS],
         "measures": [dict(name=n, aliases=a, type=t) for n, a, t in m.MEAS]}
    (out / (m.DOC[:-4] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f.stem, len(g["regulations"]), len(g["organizations"]), len(g["measures"]))
