import json, re, sys
from pathlib import Path
sys.path.insert(0, '.')
from validate import norm
for gf in sorted(Path('gold').glob('*.json')):
    g = json.load(open(gf))
    flat = norm((Path('docs')/g['doc']).read_text())
    forms = [norm(f) for k in ('regulations','organizations','measures') for e in g[k] for f in [e['name'], *e['aliases']]]
    out = set()
    for m in re.finditer(r'(制度|机制|改革|行动|活动|平台|系统|热线|清单|模式|工程|试点|专项|督察|考试|品牌|App|网|规划|服务)', flat):
        s, e = m.start(), m.end()
        # is this keyword inside any annotated form occurrence?
        covered = False
        for f in forms:
            if not f: continue
            for mm in re.finditer(re.escape(f), flat):
                if mm.start() <= s and mm.end() >= e:
                    covered = True; break
            if covered: break
        if not covered:
            out.add(flat[max(0, s-10):e])
    print(gf.stem, len(out))
    for x in sorted(out):
        print('    ', x)
