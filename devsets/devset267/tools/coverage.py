"""Heuristic completeness check: list 《》 titles, quoted terms and org-like tokens
that no gold entity covers. Used while annotating; not part of validation."""
import json, re, sys, unicodedata
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from validate import norm
root = Path(__file__).resolve().parent.parent
for gf in sorted((root / 'gold').glob('*.json')):
    g = json.loads(gf.read_text())
    text = (root / 'docs' / g['doc']).read_text()
    flat = re.sub(r'\s+', '', text)
    forms = {k: set() for k in ('regulations', 'organizations', 'measures')}
    for k in forms:
        for e in g[k]:
            for a in [e['name'], *e['aliases']]:
                forms[k].add(norm(a))
    allforms = set().union(*forms.values())
    miss = []
    for t in re.findall(r'《([^》]+)》', flat):
        if norm(t) not in forms['regulations']:
            miss.append('REG? ' + t)
    for t in re.findall(r'[“"]([^”"]{1,30})[”"]', flat):
        nt = norm(t)
        if not any(nt in f for f in allforms):
            miss.append('QUOTE? ' + t)
    pat = r'((?:[区县市州镇乡省]|自治区)[^，、。；：,;:（）()“”"《》\s]{0,14}?(?:分局|局|委|办|院|所|中心|小组|处|部|室|厅|政府|常委会|政协|法庭|居委会|村委会|委员会|工作站|联络处|分会|指挥部|联席会议|事务所))'
    for t in set(re.findall(pat, flat)):
        nt = norm(t)
        if not any(nt in f or f in nt for f in forms['organizations']):
            miss.append('ORG? ' + t)
    for t in set(re.findall(r'([\u4e00-\u9fff]{2,8}律师事务所)', flat)):
        if not any(norm(t) in f for f in forms['organizations']):
            miss.append('LAW? ' + t)
    print(gf.stem, len(miss))
    for m in sorted(set(miss)):
        print('   ', m)
