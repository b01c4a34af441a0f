import json,re,sys,unicodedata
from pathlib import Path
sys.path.insert(0,'.')
from validate import read_doc, loose
for gf in sorted(Path('gold').glob('*.json')):
    g=json.load(open(gf))
    text,_=read_doc(Path('docs')/g['doc'])
    names=[]
    for k in ('regulations','organizations','measures'):
        for e in g[k]:
            names += [loose(x) for x in [e['name']]+e['aliases']]
    out=[]
    for m in re.finditer(r'[“"]([^”"\n]{1,40})[”"]', text):
        t=loose(m.group(1))
        if not any(t in n for n in names):
            out.append(m.group(0))
    # org-like short forms
    for m in re.finditer(r'(?:县|市|省|区|局|院|委)[\u4e00-\u9fa5]{1,8}?(?:局|委员会|办公室|办|院|庭|部|科|股|室|大队|支队|中心|所|组)', text):
        t=loose(m.group(0))
        if not any(t in n or n in t for n in names):
            out.append('ORG?'+m.group(0))
    print(gf.stem, sorted(set(out)))
