"""Write docs/ from src/ (encoding and line endings per doc) and gold/ from golds/g*.py."""
import os, sys, glob, runpy
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, '..', 'docs')
# stem -> (encoding, crlf)
FORMAT = {
    '001_xiaoxita': ('utf-8', True),
    '002_huaminglou': ('gb18030', False),
    '003_zishan': ('utf-8', False),
    '004_huashi': ('utf-8', False),
    '005_wenshu': ('utf-8', False),
    '006_guicheng': ('utf-8', False),
    '007_lianhua': ('gb18030', True),
    '008_boao': ('utf-8', False),
    '009_xiamao': ('utf-8', True),
    '010_qiliping': ('gb18030', False),
    '011_shuanglong': ('utf-8', False),
    '012_hongcun': ('utf-8', True),
}
# stem -> (line width, lines per page, footer style)
PDF = {
    '003_zishan': (34, 24, '－ {} －'),
    '005_wenshu': (38, 26, '- {} -'),
    '009_xiamao': (33, 22, '— {} —'),
}


def pdfify(text, width, per_page, footer):
    """Hard-wrap paragraphs like text copied out of a PDF and put a page footer every page."""
    lines = []
    for para in text.split('\n'):
        if not para.strip():
            lines.append('')
            continue
        while len(para) > width:
            lines.append(para[:width])
            para = para[width:]
        lines.append(para)
    out, n, page = [], 0, 1
    for line in lines:
        out.append(line)
        if line:
            n += 1
        if n == per_page:
            out.extend(['', footer.format(page), ''])
            n, page = 0, page + 1
    out.extend(['', footer.format(page)])
    return '\n'.join(out) + '\n'


for src in sorted(glob.glob(os.path.join(HERE, 'src', '*.txt.src'))):
    stem = os.path.basename(src)[:-len('.txt.src')]
    enc, crlf = FORMAT[stem]
    text = open(src, encoding='utf-8').read()
    if stem in PDF:
        text = pdfify(text, *PDF[stem])
    if crlf:
        text = text.replace('\r\n', '\n').replace('\n', '\r\n')
    with open(os.path.join(DOCS, stem + '.txt'), 'wb') as fh:
        fh.write(text.encode(enc))
sys.path.insert(0, HERE)
for g in sorted(glob.glob(os.path.join(HERE, 'golds', 'g*.py'))):
    runpy.run_path(g)
print('built')
