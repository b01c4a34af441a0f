"""Turn a raw report (paragraphs separated by @@ lines) into PDF-extraction style text:
hard wraps, page footers and a repeated running header. Used for the docs marked 'PDF breaks'."""
import sys
def wrap(src, dst, width=38, per_page=24, header=None, indent='　　', footer='— {} —'):
    paras = open(src, encoding='utf-8').read().strip().split('\n@@\n')
    lines = []
    for para in paras:
        para = para.strip()
        short = len(para) < 30
        first = True
        while para:
            w = width - (2 if first and not short else 0)
            chunk, para = para[:w], para[w:]
            lines.append((indent if first and not short else '') + chunk)
            first = False
    out, page = [], 1
    for i, l in enumerate(lines):
        out.append(l)
        if (i + 1) % per_page == 0 and i + 1 < len(lines):
            out += ['', footer.format(page), '']
            page += 1
            if header:
                out.append(header)
    out += ['', footer.format(page)]
    open(dst, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
if __name__ == '__main__':
    a = sys.argv
    wrap(a[1], a[2], int(a[3]), int(a[4]), a[5] if len(a) > 5 else None)
