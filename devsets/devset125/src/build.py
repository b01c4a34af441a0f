#!/usr/bin/env python3
"""Build docs/*.txt (applying the messiness) and gold/*.json from src/."""
import json, re, glob, os, runpy
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

HALF = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "（": "(", "）": ")",
                      "“": '"', "”": '"', "！": "!", "？": "?"})

def halfwidth(t):
    return t.translate(HALF)

def pdf(t, width, footer_every, header=None):
    """Hard-wrap every paragraph at `width` chars like a PDF text layer, add page footers."""
    out, page, n = [], 1, 0
    for para in t.split("\n"):
        if not para.strip():
            out.append(para); continue
        chunks = [para[i:i + width] for i in range(0, len(para), width)]
        for c in chunks:
            out.append(c); n += 1
        if n >= footer_every:
            page += 1; n = 0
            out.append(f"— {page - 1} —")
            if header:
                out.append(header)
    return "\n".join(out)

MESS = {
    "001_deqing": lambda t: halfwidth(t),
    "002_lanling": lambda t: pdf(t, 38, 22),
    "004_yiling": lambda t: pdf(t, 34, 20, header="宜昌市夷陵区人民政府文件"),
    "006_nanhai": lambda t: halfwidth(t),
    "007_binchuan": lambda t: pdf(t, 41, 25),
    "009_feixi": lambda t: pdf(t.replace("。", "。 "), 37, 24).replace(" \n", "\n"),
}
HALFGOLD = {"001_deqing", "006_nanhai"}

for src in sorted(glob.glob(os.path.join(HERE, "0*.txt"))):
    key = os.path.basename(src)[:-4]
    t = open(src, encoding="utf-8").read()
    t = MESS.get(key, lambda x: x)(t)
    open(os.path.join(OUT, "docs", key + ".txt"), "w", encoding="utf-8").write(t)

for g in sorted(glob.glob(os.path.join(HERE, "g0*.py"))):
    s = runpy.run_path(g)
    key = s["DOC"]
    conv = halfwidth if key in HALFGOLD else (lambda x: x)
    def al(lst):
        return [conv(a) for a in lst]
    gold = {
        "doc": key + ".txt",
        "report": s["REPORT"],
        "regulations": [dict(name=n, aliases=al(a), type=ty, doc_number=dn, issuer=iss, relation=rel)
                        for n, a, ty, dn, iss, rel in s["R"]],
        "organizations": [dict(name=n, aliases=al(a), type=ty) for n, a, ty in s["O"]],
        "measures": [dict(name=n, aliases=al(a), type=ty) for n, a, ty in s["M"]],
    }
    json.dump(gold, open(os.path.join(OUT, "gold", key + ".json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=2)
print("built")
