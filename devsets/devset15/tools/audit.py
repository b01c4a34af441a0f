import json,re,glob,sys
sys.path.insert(0,'/work/devsets/devset15')
from validate import norm
for gf in sorted(glob.glob('gold/*.json')):
    g=json.load(open(gf)); t=open('docs/'+g['doc']).read()
    regs=set(); 
    for e in g['regulations']:
        for a in [e['name'],*e['aliases']]: regs.add(norm(a))
    meas=set()
    for e in g['measures']:
        for a in [e['name'],*e['aliases']]: meas.add(norm(a))
    orgs=set()
    for e in g['organizations']:
        for a in [e['name'],*e['aliases']]: orgs.add(norm(a))
    print('==',gf)
    flat=''.join(t.split())
    for m in re.finditer(r'《([^》]+)》',flat):
        if norm(m.group(1)) not in regs: print('  REG?',m.group(1))
    for m in re.finditer(r'〈([^〉]+)〉',flat):
        if norm(m.group(1)) not in regs: print('  INNER?',m.group(1))
    for m in re.finditer(r'[“"]([^”"]{1,30})[”"]',flat):
        q=norm(m.group(1))
        if not any(q in x for x in meas|regs|orgs): print('  QUOTE?',m.group(1))
    for m in re.finditer(r'[\u4e00-\u9fff]{0,6}(局|厅|委|办|院|中心|所|队|组|政府|部|站|科|股|处|会)(?=[，。、和与及的对）\)开在等发为将,;:])',flat):
        s=m.group(0)
        if not any(norm(s).endswith(x) or x.endswith(norm(s)) for x in orgs if len(x)>=2) : print('  ORG?',s)
