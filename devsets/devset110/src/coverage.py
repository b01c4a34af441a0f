import json,re,sys
sys.path.insert(0,".")
from validate import norm, PAGE_LINE
from pathlib import Path
for gf in sorted(Path("gold").glob("*.json")):
    g=json.loads(gf.read_text()); t=PAGE_LINE.sub("\n",Path("docs",g["doc"]).read_text())
    t=re.sub(r"\s","",t)
    forms={k:[norm(f) for e in g[k] for f in [e["name"],*e["aliases"]]] for k in ("regulations","organizations","measures")}
    allf=[f for v in forms.values() for f in v]
    miss=[]
    for m in re.findall(r"《([^》]+)》",t):
        if norm(m) not in forms["regulations"]: miss.append("TITLE:"+m)
    for m in re.findall(r"[“\"「]([^”\"」]{1,30})[”\"」]",t):
        if not any(norm(m) in f for f in allf): miss.append("QUOTE:"+m)
    for m in set(re.findall(r"[\u4e00-\u9fff]{1,12}?(?:局|委员会|办公室|办|中心|司法所|派出所|法院|法庭|检察院|政府|党委|党工委|人大|政协|团|领导小组|大队|执法队|工作站|律师事务所|主席团|常委会)",t)):
        if not any(norm(m)[-4:] in f for f in forms["organizations"]): miss.append("ORG?:"+m)
    print(gf.name, miss)
