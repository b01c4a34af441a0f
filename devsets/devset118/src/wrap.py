import sys
def wrap(src, dst, width=34, per=28):
    lines=open(src,encoding='utf-8').read().split('\n')
    out=[];st={'page':1,'count':0}
    def brk():
        out.extend(['','— %d —'%st['page'],'']);st['page']+=1;st['count']=0
    for ln in lines:
        chunks=[ln[i:i+width] for i in range(0,len(ln),width)] or ['']
        for c in chunks:
            out.append(c);st['count']+=1
            if st['count']>=per: brk()
    out.append('');out.append('— %d —'%st['page'])
    open(dst,'w',encoding='utf-8').write('\n'.join(out)+'\n')
if __name__=='__main__':
    wrap(sys.argv[1], sys.argv[2], *[int(x) for x in sys.argv[3:]])
