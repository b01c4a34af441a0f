#!/usr/bin/env python3
"""Build docs/ and gold/ from src/*.txt (clean simplified sources) and spec/*.spec.

Spec lines: T|title|publisher|region|year|date ; R|name|aliases(;)|type|doc_number|issuer|relation ;
O|name|aliases|type ; M|name|aliases|type.  '~' = null.
Per-doc transforms reproduce the messiness (full-width digits, PDF breaks, Traditional, garbling, GB18030).
"""
import json, re, sys
from pathlib import Path
import opencc

ROOT = Path(__file__).resolve().parent
S2T = opencc.OpenCC("s2t")
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def pdf_wrap(text, width=36, per_page=22):
    out, page, n = [], 1, 0
    for para in text.split("\n"):
        chunks = [para[i:i + width] for i in range(0, len(para), width)] or [""]
        for c in chunks:
            out.append(c)
            n += 1
            if n % per_page == 0:
                out.append("")
                out.append(f"— {page} —")
                out.append("")
                page += 1
    out.append("")
    out.append(f"— {page} —")
    return "\n".join(out) + "\n"


def garble(text):
    return text.translate(str.maketrans({"〔": "?", "〕": "?", "“": "?", "”": "?"}))


TRANSFORMS = {
    "002_pingyao": ("fullwidth", lambda t: t.translate(FW)),
    "003_yanchuan": ("pdf", pdf_wrap),
    "004_tongwei": ("trad", S2T.convert),
    "005_huzhu": ("trad", S2T.convert),
    "006_yanchi": ("garble", garble),
}
ENCODING = {"010_fugu": "gb18030"}


def split(s):
    return [a for a in s.split(";") if a] if s else []


def nul(s):
    return None if s in ("~", "") else s


def main():
    (ROOT / "docs").mkdir(exist_ok=True)
    (ROOT / "gold").mkdir(exist_ok=True)
    for src in sorted((ROOT / "src").glob("*.txt")):
        key = src.stem
        text = src.read_text(encoding="utf-8")
        kind, fn = TRANSFORMS.get(key, (None, None))
        out = fn(text) if fn else text
        enc = ENCODING.get(key, "utf-8")
        (ROOT / "docs" / f"{key}.txt").write_bytes(out.encode(enc))
        flat = re.sub(r"\s+", "", out)

        def extra(forms):
            """Forms as the transformed text writes them (Traditional / garbled), if they occur."""
            if kind not in ("trad", "garble"):
                return []
            res = []
            for f in forms:
                g = fn(f)
                if g != f and re.sub(r"\s+", "", g) in flat and g not in res:
                    res.append(g)
            return res

        gold = {"doc": f"{key}.txt", "report": None, "regulations": [], "organizations": [], "measures": []}
        for line in (ROOT / "spec" / f"{key}.spec").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            f = line.split("|")
            if f[0] == "T":
                title = fn(f[1]) if kind in ("trad",) else f[1]
                gold["report"] = {"title": nul(title), "publisher": f[2], "region": f[3],
                                  "year": int(f[4]), "date": nul(f[5])}
                continue
            name, aliases = f[1], split(f[2])
            aliases = [a for a in aliases if a != name]
            aliases += [a for a in extra([name] + aliases) if a not in aliases and a != name]
            if f[0] == "R":
                gold["regulations"].append({"name": name, "aliases": aliases, "type": f[3],
                                            "doc_number": nul(f[4]), "issuer": nul(f[5]), "relation": f[6]})
            elif f[0] == "O":
                gold["organizations"].append({"name": name, "aliases": aliases, "type": f[3]})
            elif f[0] == "M":
                gold["measures"].append({"name": name, "aliases": aliases, "type": f[3]})
            else:
                sys.exit(f"{key}: bad line {line!r}")
        (ROOT / "gold" / f"{key}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(key, len(out), enc, kind or "-")


if __name__ == "__main__":
    main()
