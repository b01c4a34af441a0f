"""Audit helper: list titles, quoted terms and org-like words in each doc that no gold entry covers."""
import json, re, sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from validate import norm, squeeze, strip_page_numbers
root = pathlib.Path(__file__).resolve().parent.parent
ORG = re.compile(r"[\u4e00-\u9fff]{1,14}?(?:人民政府|政府|党委|党工委|工委|党组|委员会|依法治[县市区]办|办公室|司法局|司法所|派出所|分局|局|厅|院|法庭|中心|大队|中队|支队|小组|所|站|科|股|处|会|部)")
for gf in sorted((root/"gold").glob("*.json")):
    g = json.loads(gf.read_text())
    text = strip_page_numbers((root/"docs"/g["doc"]).read_text())
    flat = re.sub(r"\s", "", text)
    forms = {k: set() for k in ("regulations","organizations","measures")}
    for k in forms:
        for e in g[k]:
            for f in [e["name"], *e["aliases"]]:
                forms[k].add(norm(f))
    allforms = set().union(*forms.values())
    print("=====", g["doc"])
    for t in re.findall(r"《([^》]+)》", flat):
        if norm(t) not in forms["regulations"]:
            print("  TITLE?", t)
    for t in re.findall(r"[“\"]([^”\"]{1,30})[”\"]", flat):
        n = norm(t)
        if not any(n in f for f in allforms):
            print("  QUOTE?", t)
    cands = set(m.group(0) for m in ORG.finditer(flat))
    for c in sorted(cands):
        n = norm(c)
        if not any(n in f or f.endswith(n) for f in forms["organizations"]):
            print("  ORG?", c)
