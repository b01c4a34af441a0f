#!/usr/bin/env python3
"""Write docs/*.txt and gold/*.json from the src/dNN.py sources."""
import importlib.util, json, pathlib
here = pathlib.Path(__file__).resolve().parent
out = here.parent
for p in sorted(here.glob("d[0-9][0-9].py")):
    spec = importlib.util.spec_from_file_location(p.stem, p)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    (out / "docs" / f"{m.NAME}.txt").write_text(m.TEXT, encoding="utf-8")
    gold = {
        "doc": f"{m.NAME}.txt",
        "report": m.REPORT,
        "regulations": [dict(name=n, aliases=a, type=t, doc_number=d, issuer=i, relation=r) for n, a, t, d, i, r in m.R],
        "organizations": [dict(name=n, aliases=a, type=t) for n, a, t in m.O],
        "measures": [dict(name=n, aliases=a, type=t) for n, a, t in m.M],
    }
    (out / "gold" / f"{m.NAME}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(m.NAME, len(m.TEXT), len(m.R), len(m.O), len(m.M))
