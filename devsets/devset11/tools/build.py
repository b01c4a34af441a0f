import json, importlib, sys, os, re
sys.path.insert(0, '/tmp/d11src')
import opencc
S2T = opencc.OpenCC('s2t')
OUT = '/work/devsets/devset11'

def damaged(s):
    t = S2T.convert(s)
    for a, b in [("幹部", "乾部"), ("制度", "製度"), ("方面", "方麵"), ("全面", "全麵")]:
        t = t.replace(a, b)
    return t

HALF = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "（": "(", "）": ")", "“": '"', "”": '"',
                      "！": "!", "？": "?", "〔": "[", "〕": "]"})
def halfwidth(s):
    return s.translate(HALF)

def pdfwrap(s, width=35, per_page=26):
    lines = []
    for para in s.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        while len(para) > width:
            lines.append(para[:width]); para = para[width:]
        lines.append(para)
    out, page = [], 1
    breaks = {25, 52}
    for idx, ln in enumerate(lines, 1):
        out.append(ln)
        if idx in breaks:
            out.append(""); out.append(f"— {page} —"); out.append("")
            page += 1
    out.append(""); out.append(f"— {page} —")
    return "\n".join(out) + "\n"

TRANSFORM = {"001": pdfwrap, "003": halfwidth, "004": S2T.convert, "007": damaged}

for i in range(1, 13):
    key = f"{i:03d}"
    src = open(f'/tmp/d11src/{key}.txt', encoding='utf-8').read()
    mod = importlib.import_module(f'gold{key}')
    g = mod.DOC
    # reset module-level accumulation is per doc() call, fine
    f = TRANSFORM.get(key)
    text = f(src) if f else src
    if key == "006":
        text = text.rstrip("\n")
    open(os.path.join(OUT, 'docs', g['doc']), 'w', encoding='utf-8').write(text)
    # alias transforms for the transformed docs
    if key in ("003", "004", "007"):
        flat = re.sub(r"\s+", "", text)
        for kind in ("regulations", "organizations", "measures"):
            for e in g[kind]:
                extra = []
                for x in [e["name"], *e["aliases"]]:
                    y = f(x)
                    if y != x and y not in extra and y not in e["aliases"] and y != e["name"]:
                        if key == "003" or y.replace("《", "").replace("》", "") in flat or y in flat:
                            extra.append(y)
                e["aliases"].extend(extra)
        if key in ("004", "007"):
            g["report"]["title"] = f(g["report"]["title"])
        if key == "003":
            g["report"]["title"] = f(g["report"]["title"])
    json.dump(g, open(os.path.join(OUT, 'gold', g['doc'][:-4] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
    print(key, g['doc'], len(text))
