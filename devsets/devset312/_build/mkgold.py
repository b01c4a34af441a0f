#!/usr/bin/env python3
"""Build gold/NNN.json from _build/gold_src/NNN.py (compact notation)."""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold"

def run(name):
    regs, orgs, meas = [], [], []
    import unicodedata
    drop = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
    mp = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
          "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
    def norm(t):
        t = unicodedata.normalize("NFKC", t)
        return "".join(mp.get(c, c) for c in t if c not in drop)
    def dedupe(n, al):
        seen = {norm(n)}; out = []
        for a in al:
            if norm(a) not in seen:
                seen.add(norm(a)); out.append(a)
        return out
    def R(n, t, rel, doc=None, iss=None, al=()):
        regs.append({"name": n, "aliases": dedupe(n, al), "type": t, "doc_number": doc, "issuer": iss, "relation": rel})
    def O(n, t, al=()):
        orgs.append({"name": n, "aliases": dedupe(n, al), "type": t})
    def M(n, t, al=()):
        meas.append({"name": n, "aliases": dedupe(n, al), "type": t})
    env = {"R": R, "O": O, "M": M}
    exec((HERE / "gold_src" / f"{name}.py").read_text(encoding="utf-8"), env)
    gold = {"doc": f"{name}.txt", "report": env["REPORT"], "regulations": regs,
            "organizations": orgs, "measures": meas}
    (OUT / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{name}: {len(regs)} regs, {len(orgs)} orgs, {len(meas)} measures")

for n in sys.argv[1:] or [p.stem for p in sorted((HERE / "gold_src").glob("*.py"))]:
    run(n)
