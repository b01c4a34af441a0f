import json, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_a import G as GA
from gold_b import G as GB
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
G = {**GA, **GB}
ENC = {"007_kunshan": "gbk"}
lines = []
for key, g in sorted(G.items()):
    text = open(os.path.join(OUT, "src", key + ".utf8"), encoding="utf-8").read()
    with open(os.path.join(OUT, "docs", key + ".txt"), "wb") as fh:
        fh.write(text.encode(ENC.get(key, "utf-8")))
    doc = {"doc": key + ".txt", "report": g["report"], "regulations": g["regulations"],
           "organizations": g["organizations"], "measures": g["measures"]}
    with open(os.path.join(OUT, "gold", key + ".json"), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    lines.append(json.dumps({"doc": doc["doc"], "report": doc["report"], "regulations": doc["regulations"],
                             "organizations": doc["organizations"], "measures": doc["measures"]}, ensure_ascii=False))
open(os.path.join(OUT, "gold_as_preds.jsonl"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(len(G), "docs built")
