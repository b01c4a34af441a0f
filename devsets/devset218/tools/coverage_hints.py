#!/usr/bin/env python3
"""List quoted terms and organization-like spans in each text that no gold name/alias covers.
Only a reviewing aid: hits are candidates for missed entities, not errors."""
import json, re, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from validate import read_text, squeeze
ORG = re.compile(r"[\u4e00-\u9fff]{1,16}?(?:人民政府|政府|司法局|[^\s,，。、;；:：]{0,6}局|厅|人大常委会|常委会|依法治[县州市区]办|委员会|法院|检察院|中心|司法所|派出所|法庭|执法队|领导小组|中心组|宣讲团|宣讲队|讲师团|普法队|服务团|律师事务所|协会|公司|党委|党组|纪委|政协|主席团|办公室|公证处)")
for gf in sorted((ROOT / "gold").glob("*.json")):
    g = json.loads(gf.read_text(encoding="utf-8"))
    text, _ = read_text(ROOT / "docs" / g["doc"])
    flat = squeeze(text)
    forms = set()
    for k in ("regulations", "organizations", "measures"):
        for e in g[k]:
            for x in [e["name"], *e["aliases"]]:
                forms.add(squeeze(x).replace("“", "").replace("”", "").replace('"', ""))
    plain = flat.replace("“", "").replace("”", "").replace('"', "")
    covered = [False] * len(plain)
    for f in forms:
        for m in re.finditer(re.escape(f), plain):
            for i in range(m.start(), m.end()):
                covered[i] = True
    print("==", g["doc"])
    for m in re.finditer(r"[“\"]([^”\"]{1,30})[”\"]", flat):
        q = m.group(1)
        if not any(q in f for f in forms):
            print("   quote?", q)
    seen = set()
    for m in ORG.finditer(plain):
        if not all(covered[m.start():m.end()]) and m.group(0) not in seen:
            seen.add(m.group(0)); print("   org?", m.group(0))
