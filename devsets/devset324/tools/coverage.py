import json, re, sys
from pathlib import Path
sys.path.insert(0, '.')
from validate import norm
root = Path('.')
for gf in sorted((root/'gold').glob('*.json')):
    g = json.load(open(gf))
    text = (root/'docs'/g['doc']).read_text()
    flat = re.sub(r'\s', '', text)
    forms = {k: set() for k in ('regulations','organizations','measures')}
    for k in forms:
        for e in g[k]:
            for f in [e['name'], *e['aliases']]:
                forms[k].add(norm(f))
    allforms = set().union(*forms.values())
    miss = []
    for m in re.finditer(r'《([^》]{2,80})》|<<([^>]{2,80})>>|〈([^〉]{2,60})〉', flat):
        t = norm(next(x for x in m.groups() if x))
        if t not in forms['regulations']:
            miss.append(('REG?', t))
    for m in re.finditer(r'[“"]([^”"]{1,30})[”"]', flat):
        t = norm(m.group(1))
        if not any(t in f for f in allforms):
            miss.append(('QUOTE?', t))
    for m in re.finditer(r'[\u4e00-\u9fff]{0,8}(?:厅|局|委员会|委|办|人大|政协|法院|检察院|中心|协会|领导小组|党组|党委|公司|部)(?=[,，、。;；:：和与及的)）开全依在对召牵完指]|$)', flat):
        t = norm(m.group(0))
        if len(t) >= 3 and not any(t in f or f in t for f in forms['organizations']):
            miss.append(('ORG?', t))
    print(gf.stem, len(miss))
    for x in sorted(set(miss)):
        print('   ', *x)
