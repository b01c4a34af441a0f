import json, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold_b import G
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")
for key, g in G.items():
    obj = {"doc": key + ".txt", "report": g["report"], "regulations": g["regulations"],
           "organizations": g["organizations"], "measures": g["measures"]}
    with open(os.path.join(out, key + ".json"), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
print(len(G), "gold files written")
