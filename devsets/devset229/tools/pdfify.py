#!/usr/bin/env python3
"""Simulate PDF text extraction: hard line breaks every N chars, page footers between lines."""
import sys
src, dst, width, per_page = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
lines = []
for para in open(src, encoding="utf-8").read().split("\n"):
    if not para.strip():
        lines.append("")
        continue
    indent = "　　" if len(para) > 30 else ""
    p = indent + para
    while len(p) > width:
        lines.append(p[:width]); p = p[width:]
    lines.append(p)
out, page, n = [], 1, 0
for ln in lines:
    out.append(ln); n += 1
    if n >= per_page and ln and ln[-1] in '，。；：、,;':
        out.append(""); out.append(f"— {page} —"); out.append("")
        page += 1; n = 0
out.append(""); out.append(f"— {page} —")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
