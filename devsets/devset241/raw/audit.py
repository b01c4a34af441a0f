import json, re, sys, unicodedata
sys.path.insert(0, '.')
from validate import norm, depdf, read_text
from pathlib import Path
for g in sorted(Path('gold').glob('*.json')):
    d = json.loads(g.read_text())
    text = depdf(read_text(Path('docs')/d['doc']))
    flat = re.sub(r'\s+', '', text)
    forms = {k: set() for k in ('regulations','organizations','measures')}
    for k in forms:
        for e in d[k]:
            for a in [e['name']] + e['aliases']:
                forms[k].add(norm(a))
    allforms = set().union(*forms.values())
    print('=====', g.name)
    titles = re.findall(r'[《<]{1,2}([^《》<>]{2,80}?)[》>]', flat)
    for t in titles:
        if norm(t) not in forms['regulations']:
            print('  TITLE not in regs:', t)
    quotes = re.findall(r'[“"]([^”"]{1,30})[”"]', flat)
    for q in quotes:
        nq = norm(q)
        if not any(nq in f for f in allforms):
            print('  QUOTE not covered:', q)
    for m in re.finditer(r'(?:省|市|县|区|镇|州|中共)[\u4e00-\u9fa5]{1,9}?(?:局|办|委|院|厅|中心|所|组|团|庭|会)(?![\u4e00-\u9fa5]{0,1}(?:发|字))', flat):
        s = m.group(0)
        ns = norm(s)
        if not any(ns in f for f in forms['organizations']):
            print('  ORG?', s)
