import sys
src, dst = sys.argv[1], sys.argv[2]
W = 34
lines = []
for para in open(src, encoding='utf-8').read().split('\n'):
    if not para.strip():
        continue
    while len(para) > W:
        lines.append(para[:W]); para = para[W:]
    lines.append(para)
out = []; count = 0; page = 1
for i, l in enumerate(lines):
    out.append(l); count += 1
    # page break only after a line that ends a paragraph-ish (short line) and page full
    if count >= 26 and len(l) < W and i < len(lines) - 1:
        out.append(''); out.append(f'— {page} —'); out.append('')
        page += 1; count = 0
out.append(''); out.append(f'— {page} —')
open(dst, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
