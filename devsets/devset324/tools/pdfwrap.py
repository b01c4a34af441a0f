"""Simulate PDF text extraction: hard-wrap paragraphs at a fixed width and insert page
footers/headers between lines.  usage: pdfwrap.py SRC OUT WIDTH LINES_PER_PAGE [HEADER]"""
import sys
src, out, width, per_page = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
header = sys.argv[5] if len(sys.argv) > 5 else None
lines = []
for para in open(src, encoding="utf-8").read().split("\n"):
    para = para.rstrip()
    if not para:
        lines.append("")
        continue
    while len(para) > width:
        lines.append(para[:width])
        para = para[width:]
    lines.append(para)
res, page, count = [], 1, 0
for ln in lines:
    res.append(ln)
    count += 1
    if count >= per_page and ln and ln[-1] in "，。；：、）,;:)":
        page += 1
        res.append("")
        res.append(f"— {page - 1} —")
        res.append("")
        if header:
            res.append(header)
        count = 0
open(out, "w", encoding="utf-8").write("\n".join(res).rstrip() + "\n")
