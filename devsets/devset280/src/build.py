#!/usr/bin/env python3
"""Build the damaged-PDF text of each doc from its clean source and write gold JSON.

Source markup (src/NNN_x.src):
  blank line        paragraph separator
  !line|line        raw block: '|' separates lines, no wrapping (titles, tables, 抄送)
  |                 (inside a wrapped paragraph) forced line break
  @P@ / @P{note}@   page break (optional footnote text printed before the page number)
  @COLS@ ... @ENDCOLS@  two-column block: left text, a line '@RIGHT@', right text
Gold: src/NNN_x_gold.py defines REPORT, REGS, ORGS, MEAS.
"""
import json, random, re, runpy, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


class Pager:
    def __init__(self, style, rng):
        self.style, self.rng = style, rng
        self.page = style.get("first_page", 1)

    def artifact(self, note=None):
        st = self.style
        lines = []
        if note:
            lines.append(note)
        n = self.page
        fmt = st.get("page_fmt", "— {n} —")
        if isinstance(fmt, list):
            fmt = fmt[n % len(fmt)]
        lines.append(fmt.format(n=n, total=st.get("total", 9)))
        self.page += 1
        if st.get("header"):
            lines.append(st["header"])
        return lines


def wrap(text, rng, lo, hi, pager, indent=""):
    """Wrap one paragraph at random widths; handle | and @P@ markers."""
    tokens = re.split(r"(@P(?:\{[^}]*\})?@|\|)", text)
    out, cur = [], indent
    w = rng.randint(lo, hi)
    for tok in tokens:
        if not tok:
            continue
        if tok == "|":
            out.append(cur); cur = ""; w = rng.randint(lo, hi); continue
        if tok.startswith("@P"):
            m = re.match(r"@P\{([^}]*)\}@", tok)
            if cur:
                out.append(cur); cur = ""
            out.extend(pager.artifact(m.group(1) if m else None))
            w = rng.randint(lo, hi)
            continue
        for ch in tok:
            cur += ch
            if len(cur) >= w:
                out.append(cur); cur = ""; w = rng.randint(lo, hi)
    if cur:
        out.append(cur)
    return out


def columns(block, rng, pager):
    left, right = block.split("@RIGHT@")
    L, R = [], []
    for para in [p.strip() for p in left.strip().split("\n\n") if p.strip()]:
        L += wrap(para.replace("\n", ""), rng, 17, 21, pager, "　　")
    for para in [p.strip() for p in right.strip().split("\n\n") if p.strip()]:
        R += wrap(para.replace("\n", ""), rng, 17, 21, pager, "　　")
    out = []
    for i in range(max(len(L), len(R))):
        l = L[i] if i < len(L) else ""
        r = R[i] if i < len(R) else ""
        pad = 46 - dwidth(l)
        out.append((l + " " * max(pad, 4) + r).rstrip())
    return out


def build(stem):
    src = (HERE / f"{stem}.src").read_text(encoding="utf-8")
    gold = runpy.run_path(str(HERE / f"{stem}_gold.py"))
    style = gold.get("STYLE", {})
    rng = random.Random(stem)
    pager = Pager(style, rng)
    lo, hi = style.get("widths", (18, 40))
    lines = []
    parts = re.split(r"(@COLS@.*?@ENDCOLS@)", src, flags=re.S)
    for part in parts:
        if part.startswith("@COLS@"):
            lines += columns(part[6:-9], rng, pager)
            continue
        for para in [p.strip("\n") for p in part.split("\n\n") if p.strip()]:
            para = para.strip()
            if para.startswith("!"):
                for l in para[1:].split("|"):
                    if l.startswith("@P"):
                        m = re.match(r"@P\{([^}]*)\}@", l)
                        lines += pager.artifact(m.group(1) if m else None)
                    else:
                        lines.append(l)
            else:
                ind = style.get("indent", "　　")
                lines += wrap(para.replace("\n", ""), rng, lo, hi, pager, ind)
                if style.get("blank_between"):
                    lines.append("")
    text = "\n".join(lines).rstrip() + "\n"
    (OUT / "docs" / f"{stem}.txt").write_text(text, encoding="utf-8")

    def reg(t):
        name, aliases, typ, docno, issuer, rel = t
        return {"name": name, "aliases": list(aliases), "type": typ, "doc_number": docno,
                "issuer": issuer, "relation": rel}
    g = {
        "doc": f"{stem}.txt",
        "report": gold["REPORT"],
        "regulations": [reg(t) for t in gold["REGS"]],
        "organizations": [{"name": n, "aliases": list(a), "type": t} for n, a, t in gold["ORGS"]],
        "measures": [{"name": n, "aliases": list(a), "type": t} for n, a, t in gold["MEAS"]],
    }
    (OUT / "gold" / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(text)


if __name__ == "__main__":
    stems = sys.argv[1:] or sorted(p.stem for p in HERE.glob("*.src"))
    for s in stems:
        print(s, build(s))
