# Writes gold/*.json from the specs in gold_src.py
import json, os
from gold_src import D

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for fn, g in D.items():
        with open(os.path.join(here, "gold", fn[:-4] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
    print(len(D), "gold files written")
