#!/usr/bin/env python3
"""Simulate PDF text extraction: hard-wrap paragraphs at a fixed width (breaking inside
words, names and titles) and insert page footers between paragraphs."""
import sys

def wrap(text, width, page_chars, footer_fmt):
    out, count, page = [], 0, 1
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        lines = [para[i:i + width] for i in range(0, len(para), width)]
        out.extend(lines)
        count += len(para)
        if count > page_chars:
            out.append("")
            out.append(footer_fmt.format(page))
            out.append("")
            page += 1
            count = 0
    return "\n".join(out) + "\n"

if __name__ == "__main__":
    src, dst, width, page_chars, fmt = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
    text = open(src, encoding="utf-8").read()
    open(dst, "w", encoding="utf-8").write(wrap(text, width, page_chars, fmt))
