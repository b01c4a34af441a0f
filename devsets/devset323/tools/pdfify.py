#!/usr/bin/env python3
"""Turn a paragraph text into PDF-extracted style: hard wraps at N chars, page footers."""
import sys
src, dst, width, per_page = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
lines = []
for para in open(src, encoding="utf-8").read().splitlines():
    if not para.strip():
        lines.append("")
        continue
    while len(para) > width:
        lines.append(para[:width]); para = para[width:]
    lines.append(para)
out, page = [], 1
for i, l in enumerate(lines, 1):
    out.append(l)
    if i % per_page == 0:
        out.append(""); out.append(f"— {page} —"); out.append(""); page += 1
out.append(""); out.append(f"— {page} —")
open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
