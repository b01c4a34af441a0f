#!/usr/bin/env python3
"""Turn a tools/src/*.src file into a PDF-extracted-looking text: hard line breaks every
WIDTH characters, page footers '— N —' between paragraphs about every PAGE lines.
Paragraphs in the source are lines starting with '@@' (the marker is dropped); other lines are kept as is."""
import sys
from pathlib import Path

src, dst = Path(sys.argv[1]), Path(sys.argv[2])
width = int(sys.argv[3]) if len(sys.argv) > 3 else 34
page = int(sys.argv[4]) if len(sys.argv) > 4 else 24
out, since, pno = [], 0, 1
for line in src.read_text(encoding="utf-8").splitlines():
    if line.startswith("@@"):
        para = line[2:]
        chunks = [para[i:i + width] for i in range(0, len(para), width)] or [""]
        if since + len(chunks) > page and since > 0:
            out += ["", f"— {pno} —", ""]
            pno += 1
            since = 0
        out += chunks
        since += len(chunks)
    else:
        out.append(line)
        since += 1
out += ["", f"— {pno} —", ""]
dst.write_text("\n".join(out), encoding="utf-8")
print(dst, sum(len(l) for l in out))
