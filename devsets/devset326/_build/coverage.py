import json,re,sys
from pathlib import Path
sys.path.insert(0,'.')
def sq(t): return re.sub(r'[《》〈〉<>\s\u3000]','',t)
for gf in sorted(Path('gold').glob('*.json')):
    g=json.load(open(gf,encoding='utf-8'))
    raw=open('docs/'+g['doc'],encoding='utf-8').read()
    text=re.sub(r'\s','',raw)
    forms={k:[sq(f) for e in g[k] for f in [e['name'],*e['aliases']]] for k in ('regulations','organizations','measures')}
    allforms=[f for v in forms.values() for f in v]
    miss=[]
    for m in re.finditer(r'《([^《》]+)》',text):
        t=sq(m.group(1))
        if t not in forms['regulations']: miss.append(('REG?',t))
    for m in re.finditer(r'[“"]([^”"]{1,20})[”"]',text):
        t=m.group(1)
        if not any(t in f for f in allforms): miss.append(('QUOTE?',t))
    # org-like tokens
    for m in re.finditer(r'[\u4e00-\u9fff]{1,12}?(?:局|委|办|院|中心|政府|所|小组|常委会|党组|法庭|工委|委员会|办公室|大会|主席团)(?=[，、。,.;；：:（(和与及等的\s对在向]|$)',text):
        t=m.group(0)
        if not any(t.endswith(f) or f.endswith(t) for f in forms['organizations']): miss.append(('ORG?',t))
    seen=set()
    out=[x for x in miss if not (x in seen or seen.add(x))]
    print('==',gf.name)
    for k,t in out: print('  ',k,t)
