import json,re,sys,unicodedata
sys.path.insert(0,'.')
from validate import norm
from pathlib import Path
for gf in sorted(Path('gold').glob('*.json')):
    g=json.load(open(gf,encoding='utf-8'))
    t=Path('docs',g['doc']).read_text(encoding='utf-8')
    tt=re.sub(r'\s','',t)
    forms={k:set() for k in ('regulations','organizations','measures')}
    for k in forms:
        for e in g[k]:
            for f in [e['name'],*e['aliases']]: forms[k].add(norm(f))
    allf=set().union(*forms.values())
    print('=====',gf.name)
    titles=re.findall(r'《([^》]+)》',tt)
    miss=[x for x in titles if norm(x) not in forms['regulations']]
    if miss: print(' titles not reg:',miss)
    quotes=re.findall(r'[“"]([^”"]{1,30})[”"]',tt)
    qm=[q for q in quotes if not any(norm(q) in f for f in allf)]
    if qm: print(' quotes not covered:',qm)
    orgs=set(re.findall(r'[\u4e00-\u9fff（）()]{2,14}?(?:局|委员会|管委会|办公室|中心|法院|检察院|人民政府|政府|办|所|领导小组|大学|公司|党委|工委|街道|队)',tt))
    om=[o for o in orgs if not any(norm(f) in norm(o) for f in forms['organizations'] if len(f)>=2)]
    if om: print(' org-like not covered:',sorted(om))
