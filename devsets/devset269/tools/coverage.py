import json,re,sys,unicodedata
from pathlib import Path
sys.path.insert(0,'.')
from validate import norm
for g in sorted(Path('gold').glob('*.json')):
    gold=json.loads(g.read_text(encoding='utf-8'))
    text=Path('docs',gold['doc']).read_text(encoding='utf-8')
    flat=re.sub(r'\s','',text)
    forms={k:set() for k in ('regulations','organizations','measures')}
    for k in forms:
        for e in gold[k]:
            for a in [e['name'],*e['aliases']]: forms[k].add(norm(a))
    allforms=set().union(*forms.values())
    print('==',g.stem)
    # titles
    for m in re.finditer(r'《([^《》]*(?:《[^》]*》[^《》]*)?)》',flat):
        if norm(m.group(1)) not in forms['regulations']:
            print('  TITLE not covered:',m.group(1))
    for m in re.finditer(r'〈([^〉]*)〉',flat):
        if norm(m.group(1)) not in forms['regulations']:
            print('  INNER not covered:',m.group(1))
    for m in re.finditer(r'“([^”]*)”',flat):
        q=norm(m.group(1))
        if not any(q in f for f in allforms):
            print('  QUOTE not covered:',m.group(1))
