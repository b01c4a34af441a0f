"""Write gold_as_preds.jsonl (gold re-emitted as predictions) for the score.py format check."""
import json, glob, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(BASE, "gold_as_preds.jsonl"), "w", encoding="utf-8") as out:
    for f in sorted(glob.glob(os.path.join(BASE, "gold", "*.json"))):
        g = json.load(open(f, encoding="utf-8"))
        out.write(json.dumps({"doc": g["doc"], "report": g["report"], "regulations": g["regulations"],
                              "organizations": g["organizations"], "measures": g["measures"]}, ensure_ascii=False) + "\n")
