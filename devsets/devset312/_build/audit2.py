import json, re, sys
from pathlib import Path
sys.path.insert(0, '.')
from validate import norm, strip_furniture
SUF = r'(人民政府|政府|办事处|党工委|党委|党组|委员会|委|办公厅|办公室|办|司法局|局|厅|人民法院|法院|法庭|人民检察院|检察院|司法所|派出所|中心|工作站|小组|执法队|队|团|人大常委会|人大|政协|工委|主席团|中心组|部|室)'
for gf in sorted(Path('gold').glob('*.json')):
    if len(sys.argv) > 1 and not any(a in gf.stem for a in sys.argv[1:]): continue
    g = json.loads(gf.read_text())
    t = strip_furniture(Path('docs', g['doc']).read_text()).replace('\n', '')
    t2 = re.sub(r'《[^》]*》', '《》', t)
    forms = []
    for k in ('organizations','measures','regulations'):
        for e in g[k]:
            forms += [norm(f) for f in [e['name'], *e['aliases']]]
    seen = set()
    out = []
    for m in re.finditer(r'([\u4e00-\u9fa5]{2,6}?)' + SUF, t2):
        s = m.group(0)
        # find covering form: any form that contains the suffix-ending token's last 3+ chars at this position
        start, end = m.span()
        ok = False
        for f in forms:
            if len(f) < 2: continue
            for mm in re.finditer(re.escape(f), norm(t2)):
                pass
        ctx = t2[max(0,start-4):end]
        if s in seen: continue
        seen.add(s)
        if not any(norm(s)[-3:] in f and (norm(s)[-4:] in f or len(norm(s))<4) for f in forms):
            out.append(s)
    print('=====', gf.stem, ' '.join(out))
