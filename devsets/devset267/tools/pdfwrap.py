"""Simulate PDF text extraction for a source text: fixed-width line breaks,
page footers and a repeated running header."""
import sys
src_path, out_path, header = sys.argv[1], sys.argv[2], sys.argv[3]
W = 31
lines = []
for para in open(src_path, encoding='utf-8').read().split('\n'):
    while para:
        chunk, para = para[:W], para[W:]
        lines.append(chunk)
out, page = [], 1
for i, ln in enumerate(lines, 1):
    out.append(ln)
    if i % 24 == 0:
        out += ['', f'— {page} —', '', header]
        page += 1
out += ['', f'— {page} —']
open(out_path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
