#!/usr/bin/env python3
"""Build gold/*.json from the compact spec files tools/spec*.txt.

Line formats (fields separated by ' | ', '-' = empty/null, aliases separated by '; '):
  @doc <file stem>
  T title | publisher | region | year | date
  R name | aliases | type | doc_number | issuer | relation
  O name | aliases | type
  M name | aliases | type
For doc 006 (Traditional Chinese) canonical names stay in Simplified; every name/alias is
converted with OpenCC s2tw and the Traditional form (as it occurs in the text) is added as alias.
Needs opencc only for that doc (PYTHONPATH=/tmp/occ/lib).
"""
import json, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAD = {"006_nanhai_jyj"}

def s2t():
    try:
        import opencc
    except ImportError:
        sys.path.insert(0, "/tmp/occ/lib")
        import opencc
    return opencc.OpenCC("s2tw").convert

import unicodedata
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)

def nul(x):
    x = x.strip()
    return None if x in ("-", "") else x

def main():
    docs, cur = [], None
    for spec in sorted((ROOT / "tools").glob("spec*.txt")):
        for line in spec.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            if line.startswith("@doc "):
                cur = {"stem": line[5:].strip(), "R": [], "O": [], "M": []}
                docs.append(cur)
                continue
            tag, rest = line[0], line[2:]
            f = [p.strip() for p in rest.split(" | ")]
            if tag == "T":
                cur["T"] = f
            else:
                cur[tag].append(f)
    for d in docs:
        stem = d["stem"]
        text = (ROOT / "docs" / f"{stem}.txt").read_text(encoding="utf-8")
        conv = s2t() if stem in TRAD else None
        ntext = norm(text)
        def aliases(name, al):
            out = [a.strip() for a in al.split(";")] if nul(al) else []
            if conv:
                trad = []
                for a in [name] + out:
                    t = conv(a)
                    if t != name and t not in trad and norm(t) in ntext:
                        trad.append(t)
                out = trad
            return [a for i, a in enumerate(out) if a != name and a not in out[:i]]
        t = d["T"]
        g = {"doc": f"{stem}.txt",
             "report": {"title": nul(t[0]), "publisher": nul(t[1]), "region": nul(t[2]),
                        "year": int(t[3]), "date": nul(t[4])},
             "regulations": [], "organizations": [], "measures": []}
        for f in d["R"]:
            g["regulations"].append({"name": f[0], "aliases": aliases(f[0], f[1]), "type": f[2],
                                     "doc_number": nul(f[3]), "issuer": nul(f[4]), "relation": f[5]})
        for f in d["O"]:
            g["organizations"].append({"name": f[0], "aliases": aliases(f[0], f[1]), "type": f[2]})
        for f in d["M"]:
            g["measures"].append({"name": f[0], "aliases": aliases(f[0], f[1]), "type": f[2]})
        (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(stem, len(g["regulations"]), len(g["organizations"]), len(g["measures"]))

if __name__ == "__main__":
    main()
