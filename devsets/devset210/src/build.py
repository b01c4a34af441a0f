#!/usr/bin/env python3
"""Build docs/*.txt and gold/*.json from src/*.txt (source text) and src/*.g (gold DSL)."""
import json, re, sys
from pathlib import Path
SRC = Path(__file__).parent
OUT = SRC.parent
PDF = {"001_scsft": 34, "006_luyi": 31}
HALF = {"003_wuhu", "009_licheng"}

def pdf_wrap(text, width):
    lines, page, count = [], 1, 0
    for para in text.split("\n"):
        if not para.strip():
            continue
        first = True
        while para:
            w = width - (2 if first else 0)
            lines.append(("　　" if first else "") + para[:w])
            para = para[w:]
            first = False
            count += 1
            if count >= 22:
                page += 1
                lines.append(""); lines.append(f"— {page} —"); lines.append("")
                count = 0
    return "\n".join(lines) + "\n"

HALFMAP = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "〔": "[", "〕": "]", "？": "?", "！": "!", "〈": "<", "〉": ">"}
def halfwidth(text):
    return "".join(HALFMAP.get(c, c) for c in text)

def parse_g(path):
    d = {"regulations": [], "organizations": [], "measures": []}
    for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("|")
        al = lambda s: [a for a in s.split("~") if a]
        nz = lambda s: s if s else None
        if f[0] == "T":
            assert len(f) == 6, (path, ln)
            d["report"] = {"title": nz(f[1]), "publisher": f[2], "region": f[3], "year": int(f[4]), "date": nz(f[5])}
        elif f[0] == "R":
            assert len(f) == 7, (path, ln, line)
            d["regulations"].append({"name": f[1], "aliases": al(f[2]), "type": f[3], "doc_number": nz(f[4]),
                                     "issuer": nz(f[5]), "relation": f[6]})
        elif f[0] == "O":
            assert len(f) == 4, (path, ln, line)
            d["organizations"].append({"name": f[1], "aliases": al(f[2]), "type": f[3]})
        elif f[0] == "M":
            assert len(f) == 4, (path, ln, line)
            d["measures"].append({"name": f[1], "aliases": al(f[2]), "type": f[3]})
        else:
            raise SystemExit(f"{path}:{ln}: bad line {line}")
    return d

for src in sorted(SRC.glob("[0-9]*.txt")):
    stem = src.stem
    text = src.read_text(encoding="utf-8")
    if stem in PDF:
        text = pdf_wrap(text, PDF[stem])
    if stem in HALF:
        text = halfwidth(text)
    (OUT / "docs" / f"{stem}.txt").write_text(text, encoding="utf-8")
    g = SRC / f"{stem}.g"
    if g.exists():
        d = parse_g(g)
        out = {"doc": f"{stem}.txt", "report": d["report"], "regulations": d["regulations"],
               "organizations": d["organizations"], "measures": d["measures"]}
        (OUT / "gold" / f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
print("built")
