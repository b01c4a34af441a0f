#!/usr/bin/env python3
"""Completeness aid (not part of validation): list candidate spans in a document that no
gold entity covers: titles in 《》/〈〉, quoted terms, and org-/measure-like words."""
import json, re, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from validate import read_text

ORG = re.compile(r"[\u4e00-\u9fff]{0,10}?(人民政府|政府|厅|局|部|委员会|委|办公室|办|处|院|中心|总队|支队|大队|所|站|组|会|室|队)")
MEA = re.compile(r"[\u4e00-\u9fff“”]{1,14}?(制度|机制|改革|模式|平台|行动|活动|清单|工程|品牌|经验|系统|热线|创建|试点|责任制|服务|体系|网|App|APP|码|工作法)")

def covered(text, forms):
    mask = [False] * len(text)
    for f in forms:
        f = f.strip()
        if not f:
            continue
        for m in re.finditer(re.escape(f), text):
            for i in range(m.start(), m.end()):
                mask[i] = True
    return mask

for gf in sorted((ROOT / "gold").glob("*.json")):
    if len(sys.argv) > 1 and not any(a in gf.name for a in sys.argv[1:]):
        continue
    g = json.loads(gf.read_text())
    text, _ = read_text(ROOT / "docs" / g["doc"])
    forms = {k: [x for e in g[k] for x in [e["name"], *e["aliases"]]] for k in ("regulations", "organizations", "measures")}
    allf = [f for v in forms.values() for f in v]
    strip = lambda s: s.replace("“", "").replace("”", "")
    print("=====", gf.name)
    for m in re.finditer(r"[《〈<]([^《》〈〉<>]{2,80})[》〉>]", text):
        t = m.group(1)
        if not any(strip(t) == strip(f) or strip(f) == strip(t) for f in forms["regulations"]):
            print("  TITLE?", t)
    for m in re.finditer(r"“([^“”]{1,30})”", text):
        t = m.group(1)
        if not any(strip(t) in strip(f) for f in allf):
            print("  QUOTE?", t)
    omask = covered(text, forms["organizations"])
    mmask = covered(text, forms["measures"] + forms["regulations"])
    seen = set()
    for rx, mask, tag in ((ORG, omask, "ORG?"), (MEA, mmask, "MEA?")):
        for m in rx.finditer(text):
            if not any(mask[m.start():m.end()]) and m.group(0) not in seen:
                seen.add(m.group(0))
                print("  ", tag, m.group(0))
