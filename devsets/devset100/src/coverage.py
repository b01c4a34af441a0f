#!/usr/bin/env python3
"""Review aid: list title-marked and quoted strings and body-like words in each doc
that no gold form covers (gold form contains them after normalisation)."""
import json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from validate import norm
ROOT = Path(__file__).resolve().parent.parent
for gf in sorted((ROOT / "gold").glob("*.json")):
    g = json.loads(gf.read_text())
    raw = (ROOT / "docs" / g["doc"]).read_text()
    flat = re.sub(r"\s+", "", raw)
    forms = {k: [norm(f) for it in g[k] for f in [it["name"], *it["aliases"]]] for k in ("regulations", "organizations", "measures")}
    allf = sum(forms.values(), [])
    miss = []
    for t in re.findall(r"《([^》]+)》", flat):
        if norm(t) not in forms["regulations"]:
            miss.append("TITLE " + t)
    for t in re.findall(r"[“\"]([^”\"]{1,30})[”\"]", flat):
        if not any(norm(t) in f for f in allf):
            miss.append("QUOTE " + t)
    for t in re.findall(r"[\u4e00-\u9fff（）()]{2,14}?(?:局|所|中心|委员会|办公室|办|法庭|小组|政府|人大|党委|县委|市委|区委|工作室|中队|大队|队|部|公司)", flat):
        if not any(norm(t) in f or f in norm(t) for f in forms["organizations"]):
            miss.append("ORG? " + t)
    print("==", gf.stem, len(miss))
    for m in sorted(set(miss)):
        print("   ", m)
