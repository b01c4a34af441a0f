import sys
def wrap(src, dst, width=32, per_page=24, footer="— {} —", header=None):
    paras = open(src, encoding="utf-8").read().split("\n")
    lines = []
    for p in paras:
        if not p.strip():
            continue
        if len(p) <= width:
            lines.append(p); continue
        indent = "　　"
        s = indent + p
        while s:
            lines.append(s[:width]); s = s[width:]
    out = []; page = 1
    for i, l in enumerate(lines):
        out.append(l)
        if (i + 1) % per_page == 0 and i + 1 < len(lines):
            out.append("")
            out.append(footer.format(page))
            if header: out.append(header)
            out.append("")
            page += 1
    out.append("")
    out.append(footer.format(page))
    open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
if __name__ == "__main__":
    wrap(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5] if len(sys.argv) > 5 else "— {} —", sys.argv[6] if len(sys.argv) > 6 else None)
