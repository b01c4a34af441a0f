#!/usr/bin/env python3
"""Build gold/*.json from the compact specs _build/NNN_*.py (one per document)."""
import json, runpy, sys, unicodedata
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
def norm(t):
    t = unicodedata.normalize("NFKC", t)
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)
def dedup(name, aliases):
    seen, out = {norm(name)}, []
    for a in aliases:
        if norm(a) not in seen:
            seen.add(norm(a)); out.append(a)
    return out
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
for spec in sorted(Path(__file__).parent.glob("[0-9][0-9][0-9]_*.py")):
    d = runpy.run_path(str(spec))
    doc = spec.stem + ".txt"
    gold = {
        "doc": doc,
        "report": d["REPORT"],
        "regulations": [dict(name=n, aliases=dedup(n, a), type=t, doc_number=dn, issuer=i, relation=r)
                        for (n, a, t, dn, i, r) in d["REGS"]],
        "organizations": [dict(name=n, aliases=dedup(n, a), type=t) for (n, a, t) in d["ORGS"]],
        "measures": [dict(name=n, aliases=dedup(n, a), type=t) for (n, a, t) in d["MEAS"]],
    }
    (ROOT / "gold" / (spec.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(spec.stem, {k: len(gold[k]) for k in ("regulations", "organizations", "measures")})
