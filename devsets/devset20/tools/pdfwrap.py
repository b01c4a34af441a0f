"""Turn a raw text into a PDF-extracted looking text: hard line breaks every N chars,
forced breaks at '|' markers, page footers every K lines."""
import sys
def wrap(text, width=34, page_lines=28, first_page=1):
    out, n_lines, page = [], 0, first_page
    for para in text.split("\n"):
        if not para.strip():
            out.append(""); continue
        col, line = 0, ""
        for ch in para:
            if ch == "|":
                out.append(line); line = ""; col = 0; n_lines += 1
                continue
            line += ch; col += 1
            if col >= width:
                out.append(line); line = ""; col = 0; n_lines += 1
                if n_lines >= page_lines:
                    page += 1; out.append(""); out.append(f"— {page} —"); out.append(""); n_lines = 0
        if line:
            out.append(line); n_lines += 1
    return "\n".join(out) + "\n"
if __name__ == "__main__":
    src, dst = sys.argv[1], sys.argv[2]
    open(dst, "w", encoding="utf-8").write(wrap(open(src, encoding="utf-8").read()))
