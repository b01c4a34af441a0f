#!/usr/bin/env python3
"""Render _build/src/NNN_x.src into docs/NNN_x.txt, simulating PDF text extraction damage.

Source syntax:
  plain line            -> one paragraph, re-wrapped at random widths (14-46 chars)
  '‖' inside a line     -> forced line break at that point (used to break inside names/文号)
  '{PB}' / '{PB|foot}'  -> page break: optional footnote line(s) ('¦' separates lines),
                           page-number line and running header, inserted mid-line
  '@RAW' ... '@END'     -> lines copied verbatim (flattened tables, signatures)
  first line '#CFG {json}' -> {"seed":int,"lo":int,"hi":int,"pages":int,"style":str,"header":str|null,
                                "header_first":bool}
"""
import json, random, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "docs"

def pageno(style, n, total):
    return {
        "dash": f"— {n} —",
        "hyph": f"- {n} -",
        "of": f"第{n}页 共{total}页",
        "slash": f"{n}/{total}",
        "dot": f"·{n}·",
        "of2": f"第 {n} 页",
        "slash2": f"{n} / {total}",
    }[style]

def render(src):
    lines = src.split("\n")
    cfg = json.loads(lines[0][5:])
    rnd = random.Random(cfg["seed"])
    lo, hi = cfg.get("lo", 14), cfg.get("hi", 46)
    out = []
    page = [1]
    def furniture(foot, header=True):
        if foot:
            for fl in foot.split("¦"):
                while fl:
                    w = rnd.randint(max(lo, 24), hi + 6)
                    out.append(fl[:w]); fl = fl[w:]
        out.append(pageno(cfg["style"], page[0], cfg["pages"]))
        page[0] += 1
        if header and cfg.get("header"):
            out.append(cfg["header"])
    raw = False
    for line in lines[1:]:
        if line == "@RAW":
            raw = True; continue
        if line == "@END":
            raw = False; continue
        if raw:
            if line == "{PN}":
                furniture(None, header=False)
            elif line.startswith("{PB"):
                foot = line[4:-1] if line.startswith("{PB|") else None
                furniture(foot)
            else:
                out.append(line)
            continue
        if not line.strip():
            continue
        # tokenise into text pieces, forced breaks and page breaks
        i = 0; cur = ""; width = rnd.randint(lo, hi)
        while i < len(line):
            if line.startswith("{PB", i):
                j = line.index("}", i)
                tag = line[i+1:j]
                foot = tag[3:] if tag.startswith("PB|") else None
                if cur:
                    out.append(cur); cur = ""
                furniture(foot)
                width = rnd.randint(lo, hi)
                i = j + 1; continue
            ch = line[i]
            if ch == "‖":
                out.append(cur); cur = ""; width = rnd.randint(lo, hi); i += 1; continue
            cur += ch
            if len(cur) >= width:
                out.append(cur); cur = ""; width = rnd.randint(lo, hi)
            i += 1
        if cur:
            out.append(cur)
    return "\n".join(out) + "\n"

def main():
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "src").glob("*.src"))]
    for name in names:
        src = (HERE / "src" / f"{name}.src").read_text(encoding="utf-8")
        text = render(src)
        (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
        print(f"{name}: {len(text)} chars")

if __name__ == "__main__":
    main()
