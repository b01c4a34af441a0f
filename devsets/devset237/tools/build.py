#!/usr/bin/env python3
"""Build docs/ (damaged renderings) and gold/ from src/ (clean Simplified sources) and gold_src.py.

Damage applied per document (see CONFIG): character-by-character Traditional conversion with
fixed wrong picks, Taiwan vocabulary, target encoding (utf-8 / gbk / big5), BOM.
Gold aliases for converted documents get the converted written form added automatically.
"""
import json, sys
from pathlib import Path
import opencc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from gold_src import GOLD  # noqa

S2TW = opencc.OpenCC("s2tw")
WRONG = {"干": "乾", "发": "髮", "复": "覆", "制": "製", "周": "週"}
TAIWAN = [("信息", "资讯"), ("网络", "网路"), ("软件", "软体")]

CONFIG = {
    "001_gansu": dict(trad=True, wrong="干发复制", taiwan=False, enc="utf-8", bom=True),
    "002_shaoguan": dict(trad=False, enc="gbk"),
    "003_jiangan": dict(trad=True, wrong="", taiwan=True, enc="big5"),
    "004_jiangan_wh": dict(trad=False, enc="utf-8"),
    "005_zhenze": dict(trad=True, wrong="周制干发", taiwan=True, enc="utf-8"),
    "006_hunanlu": dict(trad=False, enc="utf-8"),
    "007_shouguang": dict(trad=False, enc="utf-8"),
    "008_binchuan": dict(trad=True, wrong="干制周复发", taiwan=False, enc="utf-8"),
    "009_yizhang": dict(trad=False, enc="utf-8"),
    "010_jilin": dict(trad=False, enc="utf-8"),
    "011_xingping": dict(trad=False, enc="utf-8", bom=True),
    "012_xiaozhailu": dict(trad=False, enc="utf-8"),
}


def render(text, cfg):
    if not cfg.get("trad"):
        return text
    if cfg.get("taiwan"):
        for a, b in TAIWAN:
            text = text.replace(a, b)
    for ch in cfg.get("wrong", ""):
        text = text.replace(ch, WRONG[ch])
    return S2TW.convert(text)


def main():
    (ROOT / "docs").mkdir(exist_ok=True)
    (ROOT / "gold").mkdir(exist_ok=True)
    for stem, cfg in CONFIG.items():
        src = (ROOT / "src" / f"{stem}.txt").read_text(encoding="utf-8")
        out = render(src, cfg)
        data = out.encode(cfg["enc"])  # strict: fails if a char is not encodable
        if cfg.get("bom"):
            data = b"\xef\xbb\xbf" + data
        (ROOT / "docs" / f"{stem}.txt").write_bytes(data)
        g = json.loads(json.dumps(GOLD[stem], ensure_ascii=False))
        g["doc"] = f"{stem}.txt"
        if cfg.get("trad"):
            for kind in ("regulations", "organizations", "measures"):
                for e in g[kind]:
                    forms = [e["name"], *e["aliases"]]
                    for f in forms:
                        t = render(f, cfg)
                        if t != f and t not in e["aliases"] and t != e["name"]:
                            e["aliases"].append(t)
        (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(stem, len(out), "chars", cfg["enc"], "bom" if cfg.get("bom") else "")


if __name__ == "__main__":
    main()
