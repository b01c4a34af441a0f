#!/usr/bin/env python3
"""Build gold/*.json from the compact annotation tables src/gNNN.py."""
import importlib.util, json, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
def s2t():
    import opencc
    return opencc.OpenCC('s2t').convert
def uniq(xs, name):
    out = []
    for x in xs:
        if x != name and x not in out:
            out.append(x)
    return out
for src in sorted((ROOT / "src").glob("g[0-9][0-9][0-9].py")):
    spec = importlib.util.spec_from_file_location(src.stem, src)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    conv = s2t() if getattr(m, "TRAD", False) else None
    doctext = "".join((ROOT / "docs" / m.DOC).read_text(encoding="utf-8").split())
    def al(name, aliases):
        xs = list(aliases)
        if conv:
            xs = [conv(a) for a in aliases]
            if conv(name).replace(" ", "") in doctext:
                xs.insert(0, conv(name))
        return uniq(xs, name)
    g = {"doc": m.DOC, "report": m.REPORT,
         "regulations": [{"name": n, "aliases": al(n, a), "type": t, "doc_number": d, "issuer": i, "relation": r}
                         for n, a, t, d, i, r in m.REGS],
         "organizations": [{"name": n, "aliases": al(n, a), "type": t} for n, a, t in m.ORGS],
         "measures": [{"name": n, "aliases": al(n, a), "type": t} for n, a, t in m.MEAS]}
    out = ROOT / "gold" / (m.DOC[:-4] + ".json")
    out.write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", out.name)
