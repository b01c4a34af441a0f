"""Turn a .raw file into a PDF-extracted looking text: hard wraps every W chars,
page footers '- n -' every L lines (never inside a paragraph's first line). '@@' = blank line."""
import sys
src, dst, W, L = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
lines = []
for para in open(src, encoding="utf-8").read().split("\n"):
    if para == "@@":
        lines.append("")
        continue
    if not para:
        continue
    s = para
    while len(s) > W:
        lines.append(s[:W]); s = s[W:]
    lines.append(s)
out, page = [], 1
for i, ln in enumerate(lines, 1):
    out.append(ln)
    if i % L == 0:
        page += 1
        out.append(f"\n- {page - 1} -\n\f")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
