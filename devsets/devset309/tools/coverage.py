"""Heuristic review aid: list 《》 titles, quoted terms and body-like words not covered by any gold form."""
import json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent.parent))
from validate import read_text, strip
root = Path(__file__).resolve().parent.parent
for gf in sorted((root / "gold").glob("*.json")):
    g = json.loads(gf.read_text(encoding="utf-8"))
    text, _ = read_text(root / "docs" / g["doc"])
    forms = set()
    for k in ("regulations", "organizations", "measures"):
        for e in g[k]:
            for f in [e["name"], *e["aliases"]]:
                forms.add(strip(f))
    def covered(s):
        s = strip(s)
        return any(s in f or f in s for f in forms if len(f) >= 2)
    cands = set(re.findall(r"《([^》]{2,80})", text)) | set(re.findall(r"“([^”]{2,30})”", text))
    cands |= set(re.findall(r"[\u4e00-\u9fa5]{1,12}?(?:局|委|办|政府|法院|检察院|中心|所|小组|委员会|厅|部|分局|公司|团|室)(?![\u4e00-\u9fa5]{0,0}x)", text))
    miss = sorted(c for c in cands if not covered(c))
    print("==", gf.name, len(miss)); print("  ", " | ".join(miss))
