#!/usr/bin/env python3
"""Render clean sources (tools/src/*.txt) into PDF-extraction-damaged docs (docs/*.txt).

Source format: leading '#key: value' config lines, then one paragraph per line.
Markers inside paragraphs:
  ¦              forced line break (used to put a break inside a 文号 / title / name)
  ⟦PB⟧           page break (footer page number, then running header), mid-sentence allowed
  ⟦PB:text‖text⟧ page break with footnote lines printed above the page number
Lines starting with ⟦RAW⟧ are emitted verbatim (flattened table cells, signatures).
"""
import random
import re
import sys
from pathlib import Path

CLOSE = set("，。、；：？！）》”’〕】」』…%,.;:)")
OUT = Path(__file__).resolve().parent.parent / "docs"


def render(src: Path):
    cfg, paras = {}, []
    for line in src.read_text(encoding="utf-8").splitlines():
        m = re.match(r"#(\w+):\s?(.*)$", line)
        if m and not paras:
            cfg[m.group(1)] = m.group(2)
            continue
        if line.strip():
            paras.append(line)
    rng = random.Random(int(cfg.get("seed", "1")))
    wmin, wmax = int(cfg.get("wmin", "16")), int(cfg.get("wmax", "44"))
    footer = cfg.get("footer", "— {n} —")
    header = cfg.get("header", "")
    indent = cfg.get("indent", "no") == "yes"
    page = int(cfg.get("startpage", "1"))
    total = page + sum(p.count("⟦PB") for p in paras)
    out = []
    pagelines = set()

    def pagebreak(notes):
        nonlocal page
        for n in notes:
            out.append(n)
        out.append(footer.format(n=page, N=total))
        pagelines.add(out[-1])
        page += 1
        if header:
            out.append(header)
            pagelines.add(header)

    for para in paras:
        if para.startswith("⟦RAW⟧"):
            rest = para[len("⟦RAW⟧"):]
            m = re.fullmatch(r"⟦PB(?::(.*?))?⟧", rest)
            if m:
                pagebreak(m.group(1).split("‖") if m.group(1) else [])
            else:
                out.append(rest)
            continue
        tokens = re.split(r"(¦|⟦PB(?::.*?)?⟧)", para)
        line = "　　" if indent and len(para) > 40 and not re.match(r"[一二三四五六七八九十]+、|[（(]", para) else ""
        width = rng.randint(wmin, wmax)
        for tok in tokens:
            if tok == "¦":
                if 0 < len(line.strip()) < 8 and out and out[-1] not in pagelines:
                    out[-1] += line.strip()
                    line = ""
                if line:
                    out.append(line)
                line, width = "", rng.randint(wmin, wmax)
                continue
            m = re.fullmatch(r"⟦PB(?::(.*?))?⟧", tok)
            if m:
                if line:
                    out.append(line)
                pagebreak(m.group(1).split("‖") if m.group(1) else [])
                line, width = "", rng.randint(wmin, wmax)
                continue
            for ch in tok:
                if len(line) >= width and ch not in CLOSE:
                    out.append(line)
                    line, width = "", rng.randint(wmin, wmax)
                line += ch
        if line:
            out.append(line)
    out.append(footer.format(n=page, N=total))
    text = "\n".join(out) + "\n"
    dest = OUT / src.name
    dest.write_text(text, encoding="utf-8")
    return dest, len(text)


if __name__ == "__main__":
    srcs = sorted((Path(__file__).resolve().parent / "src").glob("*.txt"))
    for s in srcs:
        if len(sys.argv) > 1 and not any(a in s.name for a in sys.argv[1:]):
            continue
        d, n = render(s)
        print(f"{d.name}\t{n} chars")
