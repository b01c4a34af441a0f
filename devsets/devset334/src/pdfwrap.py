import sys
def pdfwrap(text, width=31, per_page=24, start_page=1, footer="— {n} —"):
    lines=[]
    for para in text.split("\n"):
        if len(para) <= width:
            lines.append(para); continue
        first=True
        while para:
            w = width-2 if first else width
            if first: lines.append("　　"+para[:w]) if False else lines.append(para[:w])
            else: lines.append(para[:w])
            para=para[w:]; first=False
    out=[]; n=start_page
    for i,l in enumerate(lines,1):
        out.append(l)
        if i % per_page == 0:
            out.append(""); out.append(footer.format(n=n)); out.append("")
            n+=1
    out.append(""); out.append(footer.format(n=n))
    return "\n".join(out)+"\n"
if __name__=="__main__":
    src,dst=sys.argv[1],sys.argv[2]
    open(dst,'w',encoding='utf-8').write(pdfwrap(open(src,encoding='utf-8').read()))
