import json,re,sys
from pathlib import Path
pat=re.compile(r"[\u4e00-\u9fff]{1,12}?(?:人民政府办公室|人民政府|政府办公室|政府办|办事处|管委会|管理委员会|党工委|党委|市委|县委|区委|州委|省委|依法治[省市县区州]办|委员会办公室|委员会|领导小组|办公室|法制办|司法局|司法厅|司法所|派出所|法院|检察院|法庭|局|厅|中心|人大常委会|人大|政协|党组|中心组|服务团|顾问团|顾问室|督查室|调解室|工作室|事务所|公证处|中队|执法队|主席团|指挥部|工作委员会)")
for gf in sorted(Path('gold').glob('*.json')):
    if len(sys.argv)>1 and sys.argv[1] not in gf.name: continue
    g=json.loads(gf.read_text())
    text=re.sub(r"\s","",Path('docs',g['doc']).read_text())
    cov=[False]*len(text)
    forms=[]
    for k in ('regulations','organizations','measures'):
        for e in g[k]:
            forms += [e['name'],*e['aliases']]
    for f in forms:
        f=re.sub(r"[\s《》〈〉]","",f)
        for m in re.finditer(re.escape(f),text):
            for i in range(m.start(),m.end()): cov[i]=True
    # also cover inside 《》 titles
    for m in re.finditer(r"《[^《》]*》",text):
        for i in range(m.start(),m.end()): cov[i]=True
    miss=set()
    for m in pat.finditer(text):
        if not all(cov[m.end()-2:m.end()]):
            miss.add(text[max(0,m.start()-4):m.end()])
    print(gf.name, sorted(miss))
