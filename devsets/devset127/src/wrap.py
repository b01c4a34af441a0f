"""Simulate PDF extraction: hard line breaks every W characters, page footers."""
import sys
def wrap(text, width=37, page_lines=30, start_page=1, footer="— {n} —"):
    out, n, count = [], start_page, 0
    for para in text.split("\n"):
        if not para.strip():
            continue
        para = para.strip()
        while para:
            out.append(para[:width]); para = para[width:]
            count += 1
            if count % page_lines == 0:
                out.append(""); out.append(footer.format(n=n)); out.append("")
                n += 1
    out.append(""); out.append(footer.format(n=n))
    return "\n".join(out) + "\n"
if __name__ == "__main__":
    src, dst = sys.argv[1], sys.argv[2]
    w = int(sys.argv[3]) if len(sys.argv) > 3 else 37
    open(dst, "w", encoding="utf-8").write(wrap(open(src, encoding="utf-8").read(), w))
