import sys
src, dst, W, per = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
lines = open(src, encoding='utf-8').read().strip('\n').split('\n')
out = []; n = 0; page = 1
for para in lines:
    s = para
    while s:
        out.append(s[:W]); s = s[W:]; n += 1
        if n % per == 0:
            page += 1; out += ['', f'— {page} —', '']
open(dst, 'w', encoding='utf-8').write('— 1 —\n' + '\n'.join(out) + '\n')
