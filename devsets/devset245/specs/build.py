#!/usr/bin/env python3
"""Build docs/*.txt and gold/*.json from the simplified-Chinese sources in specs/s0NN.py.

Each spec holds the clean source text and the gold (canonical names in Simplified Chinese).
The VARIANT decides the damage applied to the text (and to the gold aliases where the
surface form changes: Traditional conversion)."""
import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
S2TW = opencc.OpenCC("s2tw")
WRONG = [("幹部", "乾部"), ("發展", "髮展"), ("複議", "覆議"), ("復議", "覆議"), ("面對", "麵對")]

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def conv_for(variant):
    if variant in ("trad", "big5"):
        return S2TW.convert
    if variant == "trad_quotes":
        return lambda s: S2TW.convert(s).replace("“", "「").replace("”", "」")
    if variant == "trad_wrong":
        def f(s):
            t = S2TW.convert(s)
            for a, b in WRONG:
                t = t.replace(a, b)
            return t
        return f
    return None


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if (c.isascii() and c.isalnum()) else c for c in s)


def html_damage(s):
    s = s.replace("“", "&ldquo;").replace("”", "&rdquo;")
    s = re.sub(r"(?m)^　　", "&nbsp;&nbsp;&nbsp;&nbsp;", s)
    return s


def dedupe_aliases(name, aliases):
    seen = {norm(name)}
    out = []
    for a in aliases:
        k = norm(a)
        if k in seen:
            continue
        seen.add(k)
        out.append(a)
    return out


def build(spec):
    variant = spec.VARIANT
    conv = conv_for(variant)
    text = spec.TEXT
    if conv:
        text = conv(text)
    if variant == "fullwidth":
        text = fullwidth(text)
    if variant == "html":
        text = html_damage(text)
    path = OUT / "docs" / f"{spec.FILE}.txt"
    if variant == "gbk":
        data = text.encode("gbk")
    elif variant == "big5":
        data = text.encode("big5")
    elif variant == "bom_crlf":
        data = ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8")
    else:
        data = text.encode("utf-8")
    path.write_bytes(data)

    def al(name, aliases):
        forms = list(aliases)
        if conv:
            forms += [conv(x) for x in [name, *aliases]]
        return dedupe_aliases(name, forms)

    report = dict(spec.REPORT)
    if conv and report.get("title"):
        report["title"] = conv(report["title"])
    gold = {
        "doc": f"{spec.FILE}.txt",
        "report": report,
        "regulations": [
            {"name": n, "aliases": al(n, a), "type": t, "doc_number": d, "issuer": i, "relation": r}
            for (n, a, t, d, i, r) in spec.R
        ],
        "organizations": [{"name": n, "aliases": al(n, a), "type": t} for (n, a, t) in spec.O],
        "measures": [{"name": n, "aliases": al(n, a), "type": t} for (n, a, t) in spec.M],
    }
    (OUT / "gold" / f"{spec.FILE}.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path, len(text)


def main():
    for p in sorted(HERE.glob("s0*.py")):
        sp = importlib.util.spec_from_file_location(p.stem, p)
        mod = importlib.util.module_from_spec(sp)
        sp.loader.exec_module(mod)
        path, n = build(mod)
        print(f"{path.name}\t{mod.VARIANT}\t{n} chars")


if __name__ == "__main__":
    main()
