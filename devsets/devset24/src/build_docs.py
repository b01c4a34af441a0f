"""Turn the clean drafts in src/NNN.txt into the messy documents in docs/ (the messiness is part of the test)."""
import re, sys
from pathlib import Path
import opencc

ROOT = Path(__file__).resolve().parent.parent
NAMES = {
    "001": "001_xian_gaoxin", "002": "002_lanzhou_xinqu", "003": "003_qianhai_hk",
    "004": "004_alaer_bingtuan", "005": "005_shennongjia", "006": "006_zz_gangqu",
    "007": "007_shichahai", "008": "008_qibao", "009": "009_huangpu_gz",
    "010": "010_jiulongpo", "011": "011_yulin_cd", "012": "012_huafu_sz",
}
HALF = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"}


def pdf_wrap(text, width=37, lines_per_page=26):
    out, n, page = [], 0, 1
    for para in text.split("\n"):
        if not para.strip():
            continue
        chunks = [para[i:i + width] for i in range(0, len(para), width)] or [""]
        for c in chunks:
            out.append(c)
            n += 1
            if n % lines_per_page == 0:
                page += 1
                out.append("")
                out.append(f"— {page} —")
                out.append("")
    return "\n".join(out) + "\n"


def half_width(text, keep_quotes=False):
    return "".join(HALF.get(c, c) for c in text)


def build(key, text):
    if key == "001":
        return pdf_wrap(text)
    if key == "002":
        return half_width(text).replace("“", '"').replace("”", '"')
    if key == "003":
        return opencc.OpenCC("s2hk").convert(text)
    if key == "008":
        return half_width(text)
    if key == "012":
        return half_width(text)
    return text


def main():
    for key, name in NAMES.items():
        src = ROOT / "src" / f"{key}.txt"
        if not src.exists():
            continue
        text = src.read_text(encoding="utf-8")
        (ROOT / "docs" / f"{name}.txt").write_text(build(key, text), encoding="utf-8")


if __name__ == "__main__":
    main()
