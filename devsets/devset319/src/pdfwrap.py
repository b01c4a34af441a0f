"""Turn a plain text into PDF-extracted style text: hard line breaks every W characters,
indented paragraph starts, page footers inserted at given line numbers."""
import sys


def wrap(src, dst, width=34, footers=(), indent="  "):
    out = []
    for para in open(src, encoding="utf-8").read().split("\n"):
        if not para.strip():
            out.append("")
            continue
        s = para
        first = True
        while s:
            w = width - (2 if first else 0)
            out.append((indent if first else "") + s[:w])
            s = s[w:]
            first = False
    res = []
    page = 2
    for i, line in enumerate(out, 1):
        res.append(line)
        if i in footers:
            res.append("")
            res.append(f"— {page} —")
            res.append("")
            page += 1
    open(dst, "w", encoding="utf-8").write("\n".join(res) + "\n")


if __name__ == "__main__":
    src, dst, width, *f = sys.argv[1:]
    wrap(src, dst, int(width), {int(x) for x in f})
