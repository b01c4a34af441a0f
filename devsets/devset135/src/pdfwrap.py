import sys
def wrap(src_path, out_path, width=37, per_page=26):
    src = open(src_path, encoding='utf-8').read().splitlines()
    out = []; page = 1; count = 0
    for para in src:
        lines = [para[j:j + width] for j in range(0, len(para), width)] or ['']
        out += lines; count += len(lines)
        if count >= per_page:
            page += 1; out += ['', f'— {page} —', '']; count = 0
    out += ['', f'— {page + 1} —']
    open(out_path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
if __name__ == '__main__':
    wrap(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 37)
