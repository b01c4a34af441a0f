"""Simulate PDF text extraction: hard-wrap paragraphs, add page footers/headers."""
import sys

def wrap(text, width=34, lines_per_page=24, header=None, footer="— {n} —", breaks=()):
    out, count, page = [], 0, 1
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        chunks = [para[i:i + width] for i in range(0, len(para), width)] or [""]
        for c in chunks:
            out.append(c)
            count += 1
            if count >= lines_per_page:
                out.append("")
                out.append(footer.format(n=page))
                page += 1
                if header:
                    out.append(header)
                out.append("")
                count = 0
    s = "\n".join(out) + "\n"
    for a, b in breaks:  # force breaks inside given strings
        s = s.replace(a, b, 1)
    return s

if __name__ == "__main__":
    src, dst, width = sys.argv[1], sys.argv[2], int(sys.argv[3])
    header = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] else None
    text = open(src, encoding="utf-8").read()
    open(dst, "w", encoding="utf-8").write(wrap(text, width, header=header))
