"""Turn a plain report into PDF-extracted text: hard line breaks, page numbers, optional running header."""
import sys
src, dst, width, per_page = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
header = sys.argv[5] if len(sys.argv) > 5 else None
style = sys.argv[6] if len(sys.argv) > 6 else "dash"
lines = []
for para in open(src, encoding="utf-8").read().split("\n"):
    if not para.strip():
        continue
    text = ("　　" + para) if len(para) > width else para
    while len(text) > width:
        lines.append(text[:width]); text = text[width:]
    lines.append(text)
out, page = [], 1
for i, ln in enumerate(lines):
    if i and i % per_page == 0:
        out.append("")
        out.append(f"— {page} —" if style == "dash" else f"- {page} -")
        out.append("\f")
        page += 1
        if header:
            out.append(header)
    out.append(ln)
out.append("")
out.append(f"— {page} —" if style == "dash" else f"- {page} -")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
