import html, json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from validate import norm
D = Path(__file__).resolve().parent.parent
for gp in sorted((D/'gold').glob('*.json')):
    if len(sys.argv) > 1 and not any(a in gp.stem for a in sys.argv[1:]): continue
    g = json.loads(gp.read_text())
    raw = html.unescape((D/'docs'/g['doc']).read_text())
    forms = set()
    for k in ('regulations','organizations','measures'):
        for e in g[k]:
            for f in [e['name'], *e['aliases']]:
                forms.add(norm(f))
    cands = set()
    cands.update(re.findall(r'《([^》]{2,80})》', raw))
    cands.update(re.findall(r'〈([^〉]{2,80})〉', raw))
    cands.update(re.findall(r'“([^”]{1,30})”', raw))
    for m in re.finditer(r'[\u4e00-\u9fa5]{1,12}?(?:局|办|委员会|委|院|中心|政府|所|庭|组|厅|部|支队|大队|团|室|平台|网|系统|App|机制|制度|改革|模式|品牌|行动|活动|清单|工程|经验|责任制|普法)', raw):
        cands.add(m.group(0))
    miss = []
    for c in sorted(cands):
        n = norm(c)
        if not any(n in f or f in n for f in forms if len(f) >= 2):
            miss.append(c)
    print('==', gp.stem, len(miss))
    print(' | '.join(miss))
