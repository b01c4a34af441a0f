import json, re, sys
from pathlib import Path
sys.path.insert(0, '.')
from validate import strip_artifacts, norm
for gf in sorted(Path('gold').glob('*.json')):
    g = json.loads(gf.read_text())
    t = re.sub(r'\s', '', strip_artifacts(Path('docs', g['doc']).read_text()))
    forms = set()
    for k in ('regulations', 'organizations', 'measures'):
        for e in g[k]:
            for a in [e['name'], *e['aliases']]:
                forms.add(norm(a))
    out = []
    for m in re.finditer(r'[^，。、；：（）《》“”\d]{2,10}?(?:制度|机制|改革|平台|清单|活动|行动|工程|网|热线|系统|模式|品牌|责任制|专项斗争|教育|创建|普法)', t):
        s = m.group(0)
        if not any(norm(s)[-6:] in f for f in forms):
            out.append(s)
    print('==', gf.stem, ' | '.join(out))
