import sys
def wrap(raw_path, out_path, W=34, per_page=24):
    raw=open(raw_path,encoding='utf-8').read()
    lines=[]
    for para in raw.split('\n'):
        if not para: lines.append(''); continue
        while len(para)>W:
            lines.append(para[:W]); para=para[W:]
        lines.append(para)
    out=[];page=1;cnt=0
    for l in lines:
        if '@@PB@@' in l:
            a,b=l.split('@@PB@@'); page+=1
            out += [a,'',f'— {page} —','',b]; cnt=0; continue
        out.append(l); cnt+=1
        if cnt>=per_page:
            page+=1; out += ['',f'— {page} —','']; cnt=0
    open(out_path,'w',encoding='utf-8').write('\n'.join(out)+'\n')
if __name__=='__main__':
    wrap(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv)>3 else 34)
