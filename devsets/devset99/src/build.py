#!/usr/bin/env python3
"""Build devset99: clean source + damage transforms -> docs/*.txt and gold/*.json."""
import itertools, json, re, sys, unicodedata
from pathlib import Path
import opencc
sys.path.insert(0, str(Path(__file__).parent))
from docs_a import DOCS as A
from docs_b import DOCS as B
from padding import pad

OUT = Path(__file__).resolve().parent.parent
_S2T = opencc.OpenCC("s2t")


class S2T:
    @staticmethod
    def convert(s):
        return _S2T.convert(s).replace("爲", "為").replace("僞", "偽").replace("羣", "群").replace("衆", "眾")
KANGXI = {"人": "⼈", "民": "⺠", "行": "⾏", "文": "⽂", "工": "⼯", "一": "⼀", "方": "⽅", "长": "⻓",
          "见": "⻅", "生": "⽣", "用": "⽤", "立": "⽴", "自": "⾃", "入": "⼊", "力": "⼒", "大": "⼤",
          "心": "⼼", "日": "⽇", "面": "⾯", "首": "⾸", "西": "⻄", "门": "⻔", "车": "⻋", "手": "⼿",
          "口": "⼝", "十": "⼗", "金": "⾦", "言": "⾔", "高": "⾼", "小": "⼩", "山": "⼭", "水": "⽔"}
# naive character-level Simplified->Traditional choices (wrong one-to-many picks), applied after s2t
WRONG = {"松": "鬆", "復": "覆", "複": "覆", "制": "製", "幹": "乾", "發": "髮", "臺": "檯", "台": "檯",
         "歷": "曆", "面": "麵", "麪": "麵", "範": "范", "後": "后", "准": "準", "餘": "余", "鐘": "鍾"}
TYPES_R = {"law": "law", "ar": "administrative_regulation", "dr": "departmental_rule", "lr": "local_regulation",
           "nd": "normative_document", "pd": "party_document", "plan": "plan", "pub": "publication", "other": "other"}
REL = {"iss": "issues", "imp": "implements", "stu": "studies", "men": "mentions"}
HEAD = re.compile(r"^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")


def kangxi(s):
    return "".join(KANGXI.get(c, c) for c in s)


def wrong(s):
    return "".join(WRONG.get(c, c) for c in s)


def fw(s, letters):
    out = []
    for c in s:
        if c.isdigit() and c.isascii() or (letters and c.isascii() and c.isalpha()):
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def spaced(line):
    return " ".join(c for c in line)


def char_fn(name):
    """string-level function of a transform (for alias forms)."""
    base = name.split(":")[0]
    return {"kangxi": kangxi, "kangxi_paras": kangxi, "s2t": S2T.convert, "s2t_paras": S2T.convert,
            "naive_wrong": wrong, "s2t_paras_wrong": lambda s: wrong(S2T.convert(s)),
            "fullwidth_digits": lambda s: fw(s, False), "fullwidth_all": lambda s: fw(s, True),
            "spaced_headings": None}[base]


def apply(text, transforms):
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if l.strip()]  # non-empty line indices = paragraphs
    for t in transforms:
        base, _, arg = t.partition(":")
        if base == "spaced_headings":
            title_i = idx[0]
            lines = [spaced(l) if (i == title_i or HEAD.match(l)) else l for i, l in enumerate(lines)]
            continue
        f = char_fn(t)
        if arg:
            sel = {idx[int(k)] for k in arg.split(",")}
            lines = [f(l) if i in sel else l for i, l in enumerate(lines)]
        else:
            lines = [f(l) for l in lines]
    return "\n".join(lines)


def squash(s):
    return re.sub(r"\s+", "", s)


def variants(s, transforms):
    fns = [char_fn(t) for t in transforms if char_fn(t)]
    out = []
    for mask in itertools.product([0, 1], repeat=len(fns)):
        v = s
        for on, f in zip(mask, fns):
            if on:
                v = f(v)
        if v not in out:
            out.append(v)
    return out


def parse_gold(block, text, transforms):
    flat = squash(text)
    regs, orgs, meas = [], [], []

    def forms(name, aliases):
        al = []
        for s in [name] + aliases:
            for v in variants(s, transforms):
                if v == name or v in al:
                    continue
                # clean (repaired) forms are always kept as accepted forms; damaged ones only if written
                if v == s or squash(v.replace("《", "").replace("》", "")) in flat.replace("《", "").replace("》", ""):
                    al.append(v)
        return al

    for line in block.strip().splitlines():
        parts = line.split("|")
        kind = parts[0]
        if kind == "R":
            _, name, typ, rel, dn, iss, al = parts
            aliases = [a for a in al.split(";") if a]
            regs.append({"name": name, "aliases": forms(name, aliases), "type": TYPES_R[typ],
                         "doc_number": dn or None, "issuer": iss or None, "relation": REL[rel]})
        elif kind == "O":
            _, name, typ, al = parts
            orgs.append({"name": name, "aliases": forms(name, [a for a in al.split(";") if a]), "type": typ})
        elif kind == "M":
            _, name, typ, al = parts
            meas.append({"name": name, "aliases": forms(name, [a for a in al.split(";") if a]), "type": typ})
    return regs, orgs, meas


def main():
    for d in A + B:
        fname = f"{d['id']}_{d['short']}"
        text = apply(pad(d), d["transforms"])
        (OUT / "docs" / f"{fname}.txt").write_bytes(text.encode(d["enc"]))
        regs, orgs, meas = parse_gold(d["gold"], text, d["transforms"])
        gold = {"doc": f"{fname}.txt", "report": d["report"], "regulations": regs,
                "organizations": orgs, "measures": meas}
        (OUT / "gold" / f"{fname}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                                    encoding="utf-8")
        print(fname, d["enc"], len(text), "chars", len(regs), len(orgs), len(meas))


if __name__ == "__main__":
    main()
