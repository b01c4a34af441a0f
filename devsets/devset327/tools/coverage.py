#!/usr/bin/env python3
"""Review aid: list 《》 titles, quoted terms and org-like strings in each text that no gold form covers."""
import json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from validate import score_norm
ROOT = Path(__file__).resolve().parent.parent
for gf in sorted((ROOT / "gold").glob("*.json")):
    if len(sys.argv) > 1 and sys.argv[1] not in gf.name:
        continue
    g = json.loads(gf.read_text())
    text = (ROOT / "docs" / g["doc"]).read_text()
    flat = re.sub(r"\s", "", text)
    forms = {k: set() for k in ("regulations", "organizations", "measures")}
    for k in forms:
        for e in g[k]:
            for f in [e["name"], *e["aliases"]]:
                forms[k].add(score_norm(f))
    allf = set().union(*forms.values())
    print("==", gf.name)
    titles = re.findall(r"《([^《》]+)》", flat)
    for t in titles:
        if score_norm(t) not in forms["regulations"]:
            print("  TITLE not in gold:", t)
    for q in re.findall(r"[“\"]([^“”\"]{1,30})[”\"]", flat):
        n = score_norm(q)
        if not any(n in f for f in allf):
            print("  QUOTE not covered:", q)
    for m in re.finditer(r"[\u4e00-\u9fff]{0,12}(?:局|委员会|委員會|中心|法院|检察院|檢察院|司法所|派出所|法庭|领导小组|領導小組|人大|政协|政協|党委|党工委|党组|厅|平台|系统|系統|热线|App|网站|服务网|小组|队|站|室|团)", flat):
        s = m.group(0)
        n = score_norm(s)
        if not any(f and f in n for f in allf):
            print("  ORG?/PLAT?:", s)
