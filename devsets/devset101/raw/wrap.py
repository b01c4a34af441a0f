import sys
src, dst, width, per_page = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
out=[]; n=0; page=1
for para in open(src, encoding='utf-8').read().split('\n'):
    if not para.strip():
        continue
    chunks=[para[i:i+width] for i in range(0,len(para),width)]
    for c in chunks:
        out.append(c); n+=1
        if n % per_page == 0:
            page+=1; out.append(''); out.append(f'— {page-1} —'); out.append('')
open(dst,'w',encoding='utf-8').write('\n'.join(out)+'\n')
