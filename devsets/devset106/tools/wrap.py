"""Simulate PDF text extraction: hard line breaks every N chars, page footers."""
import sys
def wrap(text, width=37, lines_per_page=26, start_page=1, footer="— {} —"):
    out = []; n = 0; page = start_page
    for para in text.split("\n"):
        if not para.strip():
            continue
        while para:
            out.append(para[:width]); para = para[width:]; n += 1
            if n % lines_per_page == 0:
                out.append(""); out.append(footer.format(page)); out.append(""); page += 1
    out.append(""); out.append(footer.format(page))
    return "\n".join(out) + "\n"
if __name__ == "__main__":
    src, dst = sys.argv[1], sys.argv[2]
    w = int(sys.argv[3]) if len(sys.argv) > 3 else 37
    open(dst, "w", encoding="utf-8").write(wrap(open(src, encoding="utf-8").read(), w))
