"""Turn a clean source text (paragraphs separated by lines '@@') into a
PDF-extraction-like text: hard line breaks every WIDTH characters, a page
number line every LINES lines."""
import sys

def pdfify(src, width, lines_per_page, pagefmt, header=None):
    paras = [p.strip("\n") for p in src.split("\n@@\n")]
    out = []
    for p in paras:
        for raw in p.split("\n"):
            while len(raw) > width:
                cut = width
                while cut < len(raw) and raw[cut] in "，。、；：）〕】”》！？%":
                    cut += 1
                out.append(raw[:cut]); raw = raw[cut:]
            out.append(raw)
    pages, page, n = [], [], 1
    res = []
    for i, line in enumerate(out):
        page.append(line)
        if len(page) == lines_per_page:
            res.extend(page); res.append(""); res.append(pagefmt.format(n=n)); res.append("")
            if header: res.append(header)
            n += 1; page = []
    res.extend(page); res.append(""); res.append(pagefmt.format(n=n))
    return "\n".join(res) + "\n"

if __name__ == "__main__":
    src, dst, width, lpp, fmt = sys.argv[1:6]
    header = sys.argv[6] if len(sys.argv) > 6 else None
    text = open(src, encoding="utf-8").read()
    open(dst, "w", encoding="utf-8").write(pdfify(text, int(width), int(lpp), fmt, header))
