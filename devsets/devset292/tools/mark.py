import json,sys,re
sys.path.insert(0,'.')
from validate import read_text
from pathlib import Path
for gf in sorted(Path('gold').glob('*.json')):
    if len(sys.argv)>1 and not gf.stem.startswith(sys.argv[1]): continue
    g=json.loads(gf.read_text())
    t,_=read_text(Path('docs')/g['doc'])
    forms=[]
    for k,tag in (('regulations','R'),('organizations','O'),('measures','M')):
        for e in g[k]:
            for f in [e['name'],*e['aliases']]:
                forms.append((f,tag))
    forms.sort(key=lambda x:-len(x[0]))
    # mark with placeholders to avoid nested replacement
    ph=[]
    for f,tag in forms:
        for cand in {f, f.replace('“','').replace('”','')}:
            if cand and cand in t:
                idx=len(ph); ph.append(f'[{tag}:{cand}]')
                t=t.replace(cand, f'\x00{idx}\x01')
    t=re.sub('\x00(\\d+)\x01', lambda m: ph[int(m.group(1))], t)
    print('=====',gf.name); print(t)
