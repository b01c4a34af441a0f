#!/usr/bin/env python3
import json
import make_gold
for fname, g in make_gold.GOLD.items():
    (make_gold.OUT / (fname[:-4] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(make_gold.GOLD), "written")
