#!/usr/bin/env python3
"""Render the clean sources in src/ into PDF-extraction-damaged texts in docs/.

Damage: lines broken every wmin..wmax characters (no fixed width, also inside
titles, 文号, body names and quotes); page footers (page number) and running
headers inserted between pages, i.e. mid-sentence; footnote texts emitted at the
bottom of the page on which their marker stands; ⟦RAW⟧ blocks (flattened tables)
kept one cell per line.  Deterministic (seeded per document).
"""
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

CONF = {
    "001_jilin": dict(w=(24, 38), page=(17, 23), pn="— {n} —", header="吉林省人民政府关于2018年法治政府建设情况的报告", indent=True),
    "002_wuhu": dict(w=(30, 42), page=(16, 21), pn="第{n}页", header=None, indent=False),
    "003_zigui": dict(w=(20, 42), page=(18, 24), pn="{n}/{N}", header="秭归县人民政府文件", indent=False),
    "004_nanhai": dict(w=(20, 28), page=(22, 28), pn="- {n} -", header=None, indent=True),
    "005_tianhuangping": dict(w=(26, 36), page=(15, 20), pn="— {n} —", header="天荒坪镇2023年度法治政府建设情况报告", indent=False),
    "006_yulin": dict(w=(22, 40), page=(16, 21), pn="{n}/{N}", header="玉林街道办事处", indent=True),
    "007_zhucheng": dict(w=(28, 40), page=(15, 19), pn="第{n}页", header="诸城市人民政府文件", indent=False),
    "008_tianshui": dict(w=(32, 42), page=(14, 18), pn="- {n} -", header="天水市人民政府", indent=True),
    "009_pingbian": dict(w=(24, 34), page=(18, 22), pn="第{n}页", header="屏边苗族自治县人民政府文件", indent=False),
    "010_gulou": dict(w=(20, 32), page=(18, 24), pn="— {n} —", header="关于鼓楼区2024年度法治建设工作情况的报告", indent=False),
    "011_popohe": dict(w=(22, 34), page=(16, 21), pn="第{n}页", header=None, indent=False),
    "012_wangyuehu": dict(w=(26, 40), page=(15, 20), pn="{n}/{N}", header="望月湖街道2021年度法治建设工作报告", indent=True),
}

FN_RE = re.compile(r"⟦FN:(.*?)⟧")


def wrap(text, rng, w):
    out, pos = [], 0
    while pos < len(text):
        n = rng.randint(*w)
        out.append(text[pos:pos + n])
        pos += n
    return out


def body_lines(src, rng, conf):
    """Yield (line, footnotes_started_here) in reading order."""
    raw = False
    first = True
    for para in src.split("\n"):
        if para == "⟦RAW⟧":
            raw = True
            continue
        if para == "⟦/RAW⟧":
            raw = False
            continue
        if not para:
            continue
        if raw:
            yield para, []
            continue
        notes = FN_RE.findall(para)
        para = FN_RE.sub("", para)
        short = len(para) <= 16 or first  # headings, signature, addressee
        first = False
        if conf["indent"] and not short and not re.match(r"^[一二三四五六七八九十]+、", para):
            para = "\u3000\u3000" + para
        lines = wrap(para, rng, conf["w"])
        for i, ln in enumerate(lines):
            yield ln, (notes if i == len(lines) - 1 else [])


def render(name, conf, total=None):
    rng = random.Random(name)
    src = (HERE / "src" / f"{name}.txt").read_text(encoding="utf-8")
    out, pending, page, count = [], [], 1, 0
    limit = rng.randint(*conf["page"])

    def footer():
        nonlocal page
        for note in pending:
            out.extend(wrap(note, rng, conf["w"]))
        pending.clear()
        out.append(conf["pn"].format(n=page, N=total or 0))
        page += 1

    for line, notes in body_lines(src, rng, conf):
        if count >= limit:
            footer()
            if conf["header"]:
                out.append(conf["header"])
            count, limit = 0, rng.randint(*conf["page"])
        out.append(line)
        pending.extend(notes)
        count += 1
    footer()
    return "\n".join(out) + "\n", page - 1


def main():
    for name, conf in CONF.items():
        _, pages = render(name, conf)
        text, _ = render(name, conf, total=pages)
        (HERE / "docs" / f"{name}.txt").write_text(text, encoding="utf-8")
        print(f"{name}: {len(text)} chars, {pages} pages")


if __name__ == "__main__":
    main()
