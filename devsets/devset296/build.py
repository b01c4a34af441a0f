#!/usr/bin/env python3
"""Render the clean sources in src/ into PDF-extraction-damaged texts in docs/.

Source format (one file per document, src/NNN_short.txt):
  #header: running header text (optional; several alternatives separated by ' | ')
  #page: page number format, {n} = page, {m} = total pages
  #seed: random seed
  #lines: min-max body lines per page
  #width: min-max characters per line (default 15-45)
  plain line   -> paragraph, wrapped at random widths, first line indented with two U+3000
  =line        -> paragraph without indent (titles, headings, signature)
  |line        -> emitted verbatim as one line (tables, merged columns, 抄送 block)
  ^line        -> footnote text, emitted at the bottom of the current page
Blank lines are ignored.
"""
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def parse(path):
    meta = {"header": "", "page": "— {n} —", "seed": "1", "lines": "22-32", "width": "15-45"}
    items = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#") and ":" in raw and not items:
            key, val = raw[1:].split(":", 1)
            meta[key.strip()] = val.strip()
            continue
        if not raw.strip():
            continue
        if raw[0] in "=|^":
            items.append((raw[0], raw[1:]))
        else:
            items.append(("p", raw.strip()))
    return meta, items


def wrap(text, rnd, lo, hi):
    out = []
    while text:
        w = rnd.randint(lo, hi)
        if len(text) - w < 4:  # do not leave a tiny tail
            w = len(text)
        out.append(text[:w])
        text = text[w:]
    return out


def render(path):
    meta, items = parse(path)
    rnd = random.Random(int(meta["seed"]))
    lo, hi = (int(x) for x in meta["width"].split("-"))
    plo, phi = (int(x) for x in meta["lines"].split("-"))
    headers = [h.strip() for h in meta["header"].split(" | ") if h.strip()]
    # body lines, footnotes kept as markers
    body = []
    for kind, text in items:
        if kind == "p":
            body.extend(("l", s) for s in wrap("\u3000\u3000" + text, rnd, lo, hi))
        elif kind == "=":
            body.extend(("l", s) for s in wrap(text, rnd, lo, hi))
        elif kind == "|":
            body.append(("l", text))
        else:
            body.append(("f", text))
    # paginate
    pages, cur, notes, limit = [], [], [], rnd.randint(plo, phi)
    for kind, text in body:
        if kind == "f":
            notes.append(text)
            continue
        cur.append(text)
        if len(cur) >= limit:
            pages.append((cur, notes))
            cur, notes, limit = [], [], rnd.randint(plo, phi)
    if cur or notes:
        pages.append((cur, notes))
    total = len(pages)
    out = []
    for i, (lines, notes) in enumerate(pages, 1):
        if i > 1 and headers:
            out.append(headers[(i - 2) % len(headers)])
        out.extend(lines)
        out.extend(notes)
        out.append(meta["page"].format(n=i, m=total))
    return "\n".join(out) + "\n"


def main():
    srcs = sorted((ROOT / "src").glob("*.txt"))
    if len(sys.argv) > 1:
        srcs = [s for s in srcs if any(a in s.name for a in sys.argv[1:])]
    for s in srcs:
        text = render(s)
        (ROOT / "docs" / s.name).write_text(text, encoding="utf-8")
        print(f"{s.name}: {len(text)} chars")


if __name__ == "__main__":
    main()
