import json, re, sys
from pathlib import Path
sys.path.insert(0, '.')
from validate import norm, strip_furniture
SUF = r'(制度|机制|改革|平台|清单|行动|活动|模式|工作法|品牌|热线|网站|系统|App|试点|专项整治|专项斗争|服务|规划|督察|评查|整治|创建|教育)'
for gf in sorted(Path('gold').glob('*.json')):
    g = json.loads(gf.read_text())
    t = strip_furniture(Path('docs', g['doc']).read_text()).replace('\n', '')
    t2 = re.sub(r'《[^》]*》', '《》', t)
    nt = norm(t2)
    # spans covered by any measure/org/reg form
    cov = [False]*len(nt)
    for k in ('organizations','measures','regulations'):
        for e in g[k]:
            for f in [e['name'], *e['aliases']]:
                f = norm(f)
                if not f: continue
                for m in re.finditer(re.escape(f), nt):
                    for i in range(*m.span()): cov[i] = True
    out = []
    for m in re.finditer(SUF, nt):
        s, e = m.span()
        if not cov[s]:
            out.append(nt[max(0,s-10):e])
    print('=====', gf.stem)
    for o in out: print('   ', o)
