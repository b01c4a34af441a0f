import importlib, json, sys
sys.path.insert(0, '.')
try:
    import opencc; CC = opencc.OpenCC('s2t')
except Exception:
    CC = None
for i in range(1, 11):
    m = importlib.import_module(f"g{i:03d}")
    def fix(items):
        for it in items:
            if getattr(m, "TRAD", False):
                extra = [CC.convert(x) for x in [it["name"], *it["aliases"]]]
                for x in extra:
                    if x != it["name"] and x not in it["aliases"]:
                        it["aliases"].append(x)
        return items
    gold = {"doc": m.DOC, "report": m.REPORT, "regulations": fix(m.REGS),
            "organizations": fix(m.ORGS), "measures": fix(m.MEAS)}
    out = "../gold/" + m.DOC[:-4] + ".json"
    json.dump(gold, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("built")
