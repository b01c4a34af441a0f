import json, re, sys, html, unicodedata
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import validate as V
D = Path(__file__).resolve().parent.parent
for gf in sorted((D / "gold").glob("*.json")):
    if len(sys.argv) > 1 and sys.argv[1] not in gf.name: continue
    g = json.load(open(gf, encoding="utf-8"))
    text, _ = V.read_text(D / "docs" / g["doc"])
    text = html.unescape(text)
    t2 = unicodedata.normalize("NFKC", text)
    forms = {k: [V.flat(f) for e in g[k] for f in [e["name"], *e["aliases"]]] for k in ("regulations", "organizations", "measures")}
    allforms = sum(forms.values(), [])
    print("==", gf.name)
    for m in re.finditer(r"《([^《》]{2,80})》|“([^“”]{1,40})”|\"([^\"]{1,40})\"|\?([^?\s]{2,20})\?", text):
        span = next(x for x in m.groups() if x)
        f = V.flat(span)
        kind = "reg" if m.group(1) else "q"
        pool = forms["regulations"] if kind == "reg" else allforms
        if not any(f in p for p in pool):
            print("  MISS", kind, span)
    # org-ish tokens
    for m in re.finditer(r"[\u4e00-\u9fff]{1,14}?(?:局|办|委员会|委|法院|检察院|中心|所|厅|部|组|队|法庭|团|室|政府|公署|办事处|大学|协会|支队|处)", text):
        tok = m.group(0)
        f = V.flat(tok)
        if len(f) >= 3 and not any(f in p or p in f and len(p) >= len(f) - 2 for p in forms["organizations"]):
            print("  org?", tok)
