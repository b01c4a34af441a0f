import json, re, sys
from pathlib import Path
sys.path.insert(0, '.')
from validate import strip_artifacts, norm
for gf in sorted(Path('gold').glob('*.json')):
    g = json.loads(gf.read_text())
    t = strip_artifacts(Path('docs', g['doc']).read_text())
    t = re.sub(r'\s', '', t)
    forms = {k: set() for k in ('regulations', 'organizations', 'measures')}
    for k in forms:
        for e in g[k]:
            for a in [e['name'], *e['aliases']]:
                forms[k].add(norm(a))
    allm = forms['measures']
    print('==', gf.stem)
    for m in re.finditer(r'《([^《》]*)》', t):
        if norm(m.group(1)) not in forms['regulations']:
            print('  REG?', m.group(1))
    for m in re.finditer(r'〈([^〈〉]*)〉', t):
        if norm(m.group(1)) not in forms['regulations']:
            print('  INNER?', m.group(1))
    for m in re.finditer(r'“([^“”]*)”', t):
        q = norm(m.group(1))
        if not any(q in f for f in allm | forms['organizations'] | forms['regulations']):
            print('  QUOTE?', m.group(1))
    for m in re.finditer(r'(?:[省市县区镇]|街道)[^，。、；：（）《》“”\d]{1,12}?(?:局|办|所|中心|委员会|委|院|庭|队|组|团|室|会)', t):
        s = m.group(0)
        if not any(norm(s) in f or f in norm(s) for f in forms['organizations']):
            print('  ORG?', s)
