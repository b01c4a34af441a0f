#!/usr/bin/env python3
"""Build docs/*.txt and gold/*.json from src/NNN_short.py.

Each src module defines:
  META  = dict(title, publisher, region, year, date, width, cellw, indent, header, pagefmt, seed, page0)
  TEXT  = marked-up clean text (see below)
  REGS  = [(name, [aliases], type, doc_number, issuer, relation), ...]
  ORGS  = [(name, [aliases], type), ...]
  MEAS  = [(name, [aliases], type), ...]

Markup of TEXT (one paragraph per line):
  =line        emitted as is (no wrapping)
  |a|b|c       table row, one cell per line (long cells wrapped at META['cellw'])
  <<PB>>       page break (may stand inside a paragraph, i.e. mid-sentence):
               emits page number of the ending page and the running header
  <<PB|fn>>    the same, with footnote line(s) (separated by ';;') at the page bottom
"""
import importlib.util
import json
import random
import re
from pathlib import Path

NOSTART = set("，。、；：？！）》”’〕】」』%")
HERE = Path(__file__).resolve().parent


def wrap(text, width, rng, first_indent=""):
    out = []
    s = first_indent + text
    while s:
        w = max(14, min(46, width + rng.choice((-1, 0, 0, 0, 1))))
        # line-start prohibition: closing punctuation stays on the previous line
        while w < len(s) and s[w] in NOSTART:
            w += 1
        out.append(s[:w])
        s = s[w:]
    return out


def render(meta, text):
    rng = random.Random(meta.get("seed", 1))
    width = meta["width"]
    page = [meta.get("page0", 1)]
    lines = []

    def pb(fn):
        if fn:
            for f in fn.split(";;"):
                lines.extend(wrap(f, width + 4, rng))
        lines.append(meta["pagefmt"].format(n=page[0]))
        page[0] += 1
        if meta.get("header"):
            lines.append(meta["header"])

    for para in text.strip("\n").split("\n"):
        if not para.strip():
            continue
        if para.startswith("="):
            parts = re.split(r"<<PB(?:\|([^>]*))?>>", para[1:])
            lines.append(parts[0]) if parts[0] else None
            for i in range(1, len(parts), 2):
                pb(parts[i])
                if parts[i + 1]:
                    lines.append(parts[i + 1])
            continue
        if para.startswith("|"):
            for cell in para[1:].split("|"):
                cw = meta.get("cellw", 12)
                while len(cell) > cw:
                    lines.append(cell[:cw])
                    cell = cell[cw:]
                lines.append(cell)
            continue
        parts = re.split(r"<<PB(?:\|([^>]*))?>>", para)
        chunk = parts[0]
        segs = [chunk]
        fns = []
        for i in range(1, len(parts), 2):
            fns.append(parts[i])
            segs.append(parts[i + 1])
        for j, seg in enumerate(segs):
            if seg:
                lines.extend(wrap(seg, width, rng, meta.get("indent", "") if j == 0 else ""))
            if j < len(fns):
                pb(fns[j])
    # last page number
    if meta.get("lastpage", True):
        lines.append(meta["pagefmt"].format(n=page[0]))
    return "\n".join(lines) + "\n"


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem.replace("-", "_"), path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    for src in sorted((HERE / "src").glob("[0-9][0-9][0-9]_*.py")):
        mod = load(src)
        stem = src.stem
        meta = mod.META
        txt = render(meta, mod.TEXT)
        (HERE / "docs" / f"{stem}.txt").write_text(txt, encoding=meta.get("encoding", "utf-8"))
        gold = {
            "doc": f"{stem}.txt",
            "report": {k: meta[k] for k in ("title", "publisher", "region", "year", "date")},
            "regulations": [
                {"name": n, "aliases": list(a), "type": t, "doc_number": d, "issuer": i, "relation": r}
                for (n, a, t, d, i, r) in mod.REGS
            ],
            "organizations": [{"name": n, "aliases": list(a), "type": t} for (n, a, t) in mod.ORGS],
            "measures": [{"name": n, "aliases": list(a), "type": t} for (n, a, t) in mod.MEAS],
        }
        (HERE / "gold" / f"{stem}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{stem}: {len(txt)} chars, {len(mod.REGS)} regs, {len(mod.ORGS)} orgs, {len(mod.MEAS)} measures")


if __name__ == "__main__":
    main()
