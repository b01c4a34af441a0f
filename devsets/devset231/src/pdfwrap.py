"""Turn a raw paragraph file into PDF-extracted-looking text: hard line wraps and page footers."""
import sys
def wrap(raw, width=33, per_page=24, footer=lambda n: f"— {n} —", header=None, first_page=1):
    lines=[]
    for para in raw.split("\n"):
        para=para.rstrip()
        if not para:
            continue
        while len(para)>width:
            lines.append(para[:width]); para=para[width:]
        lines.append(para)
    out=[]; page=first_page
    for i,l in enumerate(lines,1):
        out.append(l)
        if i%per_page==0 and i<len(lines):
            out.append(""); out.append(footer(page)); out.append("")
            if header: out.append(header)
            page+=1
    out.append(""); out.append(footer(page))
    return "\n".join(out).replace("{TOTAL}",str(page))+"\n"
if __name__=="__main__":
    src,dst,width,per=sys.argv[1],sys.argv[2],int(sys.argv[3]),int(sys.argv[4])
    style=sys.argv[5] if len(sys.argv)>5 else "dash"
    if style=="dash":
        f=lambda n: f"— {n} —"; h=None
    else:
        f=lambda n: f"第 {n} 页 共 "+"{TOTAL}"+" 页"; h="安顺市市场监督管理局2024年法治政府建设年度报告"
    open(dst,"w",encoding="utf-8").write(wrap(open(src,encoding="utf-8").read(),width,per,f,h))
