import json, sys, importlib, os
sys.path.insert(0, os.path.dirname(__file__))
import lib
for i in range(1, 11):
    importlib.import_module(f"d{i:02d}")
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONV = {"trad": lib.trad, "trad_bad": lib.trad_bad}
def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out
for d in lib.DOCS:
    fn = f"{d['id']}_{d['short']}.txt"
    with open(os.path.join(OUT, "docs", fn), "w", encoding=d["enc"]) as fh:
        fh.write(d["text"])
    conv = CONV.get(d["conv"])
    ents = {}
    for kind, key in (("regulations", "regs"), ("organizations", "orgs"), ("measures", "meas")):
        items = []
        for e in d[key]:
            e = dict(e)
            al = list(e["aliases"])
            if conv:
                al += [conv(x) for x in [e["name"]] + e["aliases"]]
            e["aliases"] = [a for a in dedup(al) if a != e["name"]]
            items.append(e)
        ents[kind] = items
    report = dict(d["report"])
    if conv and report["title"]:
        report["title"] = conv(report["title"])
    gold = {"doc": fn, "report": report, **ents}
    with open(os.path.join(OUT, "gold", fn[:-4] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=2)
    print(fn, len(d["text"]), {k: len(v) for k, v in ents.items()})
