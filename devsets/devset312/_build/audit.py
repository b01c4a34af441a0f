import json, re, sys, unicodedata
from pathlib import Path
sys.path.insert(0, '.')
from validate import norm, strip_furniture
root = Path('.')
for gf in sorted((root/'gold').glob('*.json')):
    if len(sys.argv) > 1 and not any(a in gf.stem for a in sys.argv[1:]): continue
    g = json.loads(gf.read_text())
    text = (root/'docs'/g['doc']).read_text()
    t = strip_furniture(text).replace('\n', '')
    forms = set()
    for k in ('regulations','organizations','measures'):
        for e in g[k]:
            for f in [e['name'], *e['aliases']]:
                forms.add(norm(f))
    print('=====', gf.stem)
    # titles
    for m in re.finditer(r'《([^》]+)》', t):
        if norm(m.group(1)) not in forms: print('  TITLE?', m.group(1))
    for m in re.finditer(r'〈([^〉]+)〉', t):
        if norm(m.group(1)) not in forms: print('  INNER?', m.group(1))
    for m in re.finditer(r'“([^”]+)”', t):
        q = norm(m.group(1))
        if not any(q in f for f in forms): print('  QUOTE?', m.group(1))
    # org-like tokens
    for m in re.finditer(r'[\u4e00-\u9fa5]{1,12}?(局|委|办|法院|检察院|所|中心|政府|党委|党工委|人大|政协|小组|队|厅|室|部|团|工委)(?![\u4e00-\u9fa5]{0,0})', t):
        s = norm(m.group(0))
        if not any(s[-4:] in f for f in forms):
            pass
