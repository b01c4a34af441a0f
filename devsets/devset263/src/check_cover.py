import json, re, glob, sys
sys.path.insert(0, '/work/devsets/devset263')
from validate import norm
for gf in sorted(glob.glob('gold/*.json')):
    g = json.load(open(gf))
    raw = open('docs/' + g['doc']).read()
    text = re.sub(r'\n(?!\n)', '', raw) if g['doc'].startswith('001') else raw
    text = re.sub(r'\n\n— \d+ —\n\n', '', text)
    forms = {k: set() for k in ('regulations', 'organizations', 'measures')}
    for k in forms:
        for e in g[k]:
            for a in [e['name'], *e['aliases']]:
                forms[k].add(norm(a))
    allf = set().union(*forms.values())
    miss = []
    for t in re.findall(r'《([^《》]+)》', text):
        if norm(t) not in forms['regulations']:
            miss.append('REG? ' + t)
        for inner in re.findall(r'[〈<]([^〈〉<>]+)[〉>]', t):
            if norm(inner) not in forms['regulations']:
                miss.append('REG-inner? ' + inner)
    for t in re.findall(r'“([^“”]+)”', text):
        if not any(norm(t) in f for f in allf):
            miss.append('QUOTE? ' + t)
    print(g['doc'], miss)
