import json, re, sys
sys.path.insert(0, '/work/devsets/devset240')
from validate import norm, read_doc
from pathlib import Path
R = Path('/work/devsets/devset240')
for gf in sorted((R/'gold').glob('*.json')):
    if len(sys.argv) > 1 and sys.argv[1] not in gf.name: continue
    g = json.loads(gf.read_text())
    text, _ = read_doc(R/'docs'/g['doc'])
    flat = re.sub(r'\s+', '', text)
    forms = {k: set() for k in ('regulations','organizations','measures')}
    for k in forms:
        for e in g[k]:
            for f in [e['name'], *e['aliases']]:
                forms[k].add(norm(f))
    allf = set().union(*forms.values())
    print('=====', gf.name)
    # quoted strings
    for m in re.finditer(r'[“"]([^“”"]{1,30})[”"]', flat):
        q = norm(m.group(1))
        if not any(q in f for f in allf):
            print('  QUOTE', m.group(0))
    # org-ish tokens
    for m in re.finditer(r'[\u4e00-\u9fff]{1,14}?(局|委员会|委|办公室|办|法院|检察院|中心|所|站|科|股|大队|支队|中队|分局|厅|部|政府|小组|院|会|组)(?=[，。、；,.;:：（）()和与及等的对在为全印向按联配设]|$)', flat):
        t = norm(m.group(0))
        if not any(t in f or f in t for f in forms['organizations']) :
            print('  ORG?', m.group(0))
