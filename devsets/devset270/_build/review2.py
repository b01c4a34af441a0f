import json,re,sys,glob
sys.path.insert(0,'.')
from validate import norm
for gf in sorted(glob.glob('gold/*.json')):
    g=json.load(open(gf,encoding='utf-8'))
    text=open('docs/'+g['doc'],encoding='utf-8').read()
    forms=[norm(f) for k in ('regulations','organizations','measures') for e in g[k] for f in [e['name'],*e['aliases']]]
    miss=set()
    for m in re.finditer(r'[\u4e00-\u9fff“”"+、·]{2,14}?(?:制度|機制|机制|改革|行动|行動|活动|活動|工程|平台|系统|系統|热线|熱線|模式|品牌|清单|清單|创建|創建|责任制|責任制|App|专项整治|專項整治|网|網)',text):
        t=norm(m.group(0))
        if not any(f and f in t or (t in f) for f in forms if len(f)>=3):
            miss.add(m.group(0))
    print('==',g['doc']); print(' | '.join(sorted(miss)))
