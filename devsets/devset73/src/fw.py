import re
def fullwidth(t):
    t = t.replace(',', '，').replace(':', '：').replace(';', '；').replace('(', '（').replace(')', '）')
    out = []; openq = True
    for ch in t:
        if ch == '"':
            out.append('“' if openq else '”'); openq = not openq
        else:
            out.append(ch)
    return ''.join(out)
def pdfbreak(t, W=36, pages=()):
    out = []
    for ln in t.split('\n'):
        while len(ln) > W:
            out.append(ln[:W]); ln = ln[W:]
        out.append(ln)
    for i, p in sorted(pages, reverse=True):
        out.insert(i, '\n— %d —\n' % p)
    return '\n'.join(out) + '\n'
