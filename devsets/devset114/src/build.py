#!/usr/bin/env python3
"""Build garbled docs + gold from clean sources in src/NNN_<short>.txt and src/NNN_<short>.spec.

Clean source: simplified Chinese; each line may start with a marker:
  @T  convert this line to Traditional (half-converted documents)
  @H  heading line: letter-space it when the doc has transform 'spaced'
Spec: first line '#meta key=value|key=value...' with doc, title, publisher, region, year, date,
tf (comma list of transforms: kangxi, spaced, fullwidth, halfpunct, wrong, s2t, s2tw, big5).
Then lines 'R name | aliases(;) | type | doc_number | issuer | relation', 'O name | aliases | type',
'M name | aliases | type'; '-' = empty/null.
The gold lists the clean canonical name, the clean aliases, and, added automatically, every
garbled form of the name/aliases that really occurs in the garbled text (aliases as written).
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
_S2T = opencc.OpenCC("s2t")
_S2TW = opencc.OpenCC("s2tw")

KANGXI = dict(zip("人民行大力工用长门见高立生文方入自目老言心十面水",
                  "⼈⺠⾏⼤⼒⼯⽤⻓⻔⻅⾼⽴⽣⽂⽅⼊⾃⽬⽼⾔⼼⼗⾯⽔"))
WRONG = [("干部", "乾部"), ("发展", "髮展"), ("制度", "製度"), ("复议", "覆议"), ("全面", "全麵"),
         ("方面", "方麵"), ("面向", "麵向"), ("层面", "层麵"), ("面对", "麵对"), ("面貌", "麵貌")]
HALF = {"，": ",", "（": "(", "）": ")", "：": ":", "；": ";", "！": "!", "？": "?"}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if (c.isascii() and c.isalnum()) else c for c in s)


def pipeline(s, tf, trad):
    if "wrong" in tf:
        for a, b in WRONG:
            s = s.replace(a, b)
    if trad:
        s = (_S2TW if "s2tw" in tf or "big5" in tf else _S2T).convert(s)
    if "kangxi" in tf:
        s = "".join(KANGXI.get(c, c) for c in s)
    if "fullwidth" in tf:
        s = fullwidth(s)
    if "halfpunct" in tf:
        s = "".join(HALF.get(c, c) for c in s)
    return s


def spaced(line):
    return " ".join(ch for ch in line if not ch.isspace())


def build(stem):
    spec_lines = (SRC / f"{stem}.spec").read_text(encoding="utf-8").splitlines()
    meta = dict(kv.split("=", 1) for kv in spec_lines[0][len("#meta "):].split("|"))
    tf = set(filter(None, meta.get("tf", "").split(",")))
    all_trad = bool(tf & {"s2t", "s2tw", "big5"})
    clean_lines, out_lines, pipes = [], [], set()
    for line in (SRC / f"{stem}.txt").read_text(encoding="utf-8").splitlines():
        marks = set()
        while line[:2] in ("@T", "@H"):
            marks.add(line[:2])
            line = line[2:].lstrip(" ")
        clean_lines.append(line)
        trad = all_trad or "@T" in marks
        pipes.add(trad)
        g = pipeline(line, tf, trad)
        if "@H" in marks and "spaced" in tf:
            g = spaced(g)
        out_lines.append(g)
    clean = "\n".join(clean_lines) + "\n"
    text = "\n".join(out_lines) + "\n"
    ntext, nclean = norm(text), norm(clean)
    doc = f"{stem}.txt"
    enc = "big5" if "big5" in tf else "utf-8"
    (ROOT / "docs" / doc).write_bytes(text.encode(enc))
    problems = []

    def aliases_for(name, al):
        al = [a for a in al if a and a != "-"]
        out, seen = list(al), {norm(name)} | {norm(a) for a in al}
        for form in [name, *al]:
            if norm(form) not in nclean and form == name:
                pass
            for trad in sorted(pipes):
                v = pipeline(form, tf, trad)
                if norm(v) not in seen and norm(v) in ntext:
                    out.append(v)
                    seen.add(norm(v))
        # clean-source check: every alias as written must occur in the clean text
        for a in al:
            if norm(a) not in nclean:
                problems.append(f"{stem}: alias not in clean text: {a!r} (of {name})")
        if norm(name) not in nclean and not any(norm(a) in nclean for a in al):
            problems.append(f"{stem}: neither name nor alias in clean text: {name}")
        return out

    gold = {"doc": doc,
            "report": {"title": meta.get("title") or None, "publisher": meta["publisher"],
                       "region": meta["region"], "year": int(meta["year"]),
                       "date": meta.get("date") or None},
            "regulations": [], "organizations": [], "measures": []}
    if gold["report"]["title"]:
        t = gold["report"]["title"]
        gold["report"]["title"] = pipeline(t, tf, all_trad)
    names = {"R": set(), "O": set(), "M": set()}
    for ln in spec_lines[1:]:
        ln = ln.strip()
        if not ln or ln.startswith("#"):
            continue
        kind, rest = ln[0], ln[1:].strip()
        f = [x.strip() for x in rest.split("|")]
        name, al = f[0], [a.strip() for a in f[1].split(";")] if f[1] != "-" else []
        if norm(name) in names[kind]:
            problems.append(f"{stem}: duplicate {kind} {name}")
        names[kind].add(norm(name))
        al = aliases_for(name, al)
        nul = lambda x: None if x == "-" else x
        if kind == "R":
            gold["regulations"].append({"name": name, "aliases": al, "type": f[2],
                                        "doc_number": nul(f[3]), "issuer": nul(f[4]),
                                        "relation": f[5]})
        elif kind == "O":
            gold["organizations"].append({"name": name, "aliases": al, "type": f[2]})
        elif kind == "M":
            gold["measures"].append({"name": name, "aliases": al, "type": f[2]})
        else:
            problems.append(f"{stem}: bad line {ln}")
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                               encoding="utf-8")
    print(f"{doc}: {len(text)} chars, R{len(gold['regulations'])} O{len(gold['organizations'])} "
          f"M{len(gold['measures'])} enc={enc}")
    return problems


if __name__ == "__main__":
    stems = sys.argv[1:] or sorted(p.stem for p in SRC.glob("*.spec"))
    probs = []
    for s in stems:
        probs += build(s)
    print("\n".join(probs) or "clean-source checks OK")
