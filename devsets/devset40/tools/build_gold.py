#!/usr/bin/env python3
"""Build gold/*.json from the compact sources in tools/src/NNN_*.py.

Each source defines DOC (file name), REPORT (dict), REGS, ORGS, MEAS as lists of tuples:
  REGS: (name, [aliases], type, doc_number, issuer, relation)
  ORGS: (name, [aliases], type)
  MEAS: (name, [aliases], type)
"""
import json, runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
import unicodedata
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)
OUT = HERE.parent / "gold"

def build(src):
    ns = runpy.run_path(str(src))
    doc = ns["DOC"]
    g = {"doc": doc, "report": ns["REPORT"], "regulations": [], "organizations": [], "measures": []}
    for name, al, typ, dn, iss, rel in ns["REGS"]:
        g["regulations"].append({"name": name, "aliases": list(al), "type": typ,
                                 "doc_number": dn, "issuer": iss, "relation": rel})
    for name, al, typ in ns["ORGS"]:
        g["organizations"].append({"name": name, "aliases": list(al), "type": typ})
    for name, al, typ in ns["MEAS"]:
        g["measures"].append({"name": name, "aliases": list(al), "type": typ})
    for kind in ("regulations", "organizations", "measures"):
        for e in g[kind]:
            seen, keep = {norm(e["name"])}, []
            for a in e["aliases"]:
                if norm(a) not in seen:
                    seen.add(norm(a)); keep.append(a)
            e["aliases"] = keep
    out = OUT / (doc[:-4] + ".json")
    out.write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out

if __name__ == "__main__":
    for src in sorted((HERE / "src").glob("*.py")):
        print(build(src))
