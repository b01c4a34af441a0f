import json,re,sys,glob,unicodedata
sys.path.insert(0,'.')
from validate import norm
for gf in sorted(glob.glob('gold/*.json')):
    g=json.load(open(gf,encoding='utf-8'))
    text=open('docs/'+g['doc'],encoding='utf-8').read()
    forms=[]
    for k in ('regulations','organizations','measures'):
        for e in g[k]:
            for f in [e['name'],*e['aliases']]:
                forms.append(norm(f))
    allf='|'.join(forms)
    miss=set()
    for m in re.finditer(r'[“"「]([^”"」]{1,30})[”"」]',text):
        t=norm(m.group(1))
        if t and t not in allf: miss.add('Q:'+m.group(1))
    for m in re.finditer(r'[\u4e00-\u9fff]{1,12}?(?:局|委员会|办公室|办|法院|检察院|政府|中心|司法所|派出所|厅|小组|室|队|处|党组|党委|党工委|市委|县委|区委|州委|省委|政协|人大|常委会|公司|协会)',text):
        t=norm(m.group(0))
        # check any form that is a suffix of t
        if not any(f and (t.endswith(f) ) for f in forms):
            miss.add('O:'+m.group(0))
    print('==',g['doc']); print(' '.join(sorted(miss)))
