"""Lay a raw text out like text copied from a PDF: hard wraps, page footers, running header."""
import sys
def wrap(src, dst, head, header, foot_date=None, W=34, per_page=24, page_fmt='— {} —', start=1):
    paras=[l for l in open(src,encoding='utf-8').read().split('\n') if l.strip()]
    lines=[]
    for p in paras:
        t = p if p[:2] in ('一、','二、','三、','四、','五、','六、','七、','八、') else '　　'+p
        while t:
            lines.append(t[:W]); t=t[W:]
    out=list(head)+['','']
    page=start
    for i,l in enumerate(lines):
        out.append(l)
        if (i+1)%per_page==0:
            out += ['', page_fmt.format(page), '']
            if header: out.append(header)
            page+=1
    if foot_date: out += ['', '', '　'*16+foot_date]
    out += ['', page_fmt.format(page)]
    open(dst,'w',encoding='utf-8').write('\n'.join(out)+'\n')
