#!/usr/bin/env python3
"""Build gold/*.json from the compact specs d0NN.py (one per document)."""
import importlib.util, json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"
FIX = {'爲': '為', '衆': '眾', '啓': '啟', '羣': '群'}   # same post-fixes used to make the Big5 text


def trad(s):
    import opencc
    t = opencc.OpenCC('s2t').convert(s)
    for a, b in FIX.items():
        t = t.replace(a, b)
    return t


def dedup(name, xs):
    seen, out = {name}, []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


for spec in sorted(HERE.glob("d0*.py")):
    sp = importlib.util.spec_from_file_location(spec.stem, spec)
    m = importlib.util.module_from_spec(sp)
    sp.loader.exec_module(m)
    is_trad = getattr(m, "TRAD", False)

    def al(name, aliases):
        xs = list(aliases)
        if is_trad:
            xs += [trad(name)] + [trad(a) for a in aliases]
        return dedup(name, xs)

    gold = {
        "doc": m.DOC,
        "report": m.REPORT,
        "regulations": [dict(name=n, aliases=al(n, a), type=t, doc_number=d, issuer=i, relation=r)
                        for n, a, t, d, i, r in m.R],
        "organizations": [dict(name=n, aliases=al(n, a), type=t) for n, a, t in m.O],
        "measures": [dict(name=n, aliases=al(n, a), type=t) for n, a, t in m.M],
    }
    for k in ("regulations", "organizations", "measures"):
        names = [e["name"] for e in gold[k]]
        assert len(names) == len(set(names)), (spec, k, [x for x in names if names.count(x) > 1])
    (OUT / (m.DOC[:-4] + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", m.DOC[:-4] + ".json")
