import json,re,glob,unicodedata
for gf in sorted(glob.glob('gold/*.json')):
    g=json.load(open(gf)); t=open('docs/'+g['doc'],encoding='utf-8').read()
    t=re.sub(r'(?m)^[—－-]\s*\S+\s*[—－-]$','',t); flat=''.join(t.split())
    forms=[]
    for k in ('regulations','organizations','measures'):
        for e in g[k]:
            for a in [e['name']]+e['aliases']:
                forms.append(re.sub(r'[《》“”"<>]','',''.join(a.split())))
    spans=re.findall(r'《([^》]{2,80})》|“([^”]{2,30})”|"([^"]{2,30})"|<<([^>]{2,80})>>|(\S{0,2}(?:县|州|旗|市|乡|镇|苏木|区)\S{0,1}(?:委|政府|人大|政协|司法局|法院|检察院|\S{1,8}(?:局|办|中心|所|团|组|委员会|庭)))',flat)
    miss=set()
    for s in spans:
        s=[x for x in s if x][0]
        s2=re.sub(r'[《》“”"<>]','',s)
        if not any(s2 in f or f in s2 for f in forms if f): miss.add(s)
    print(gf, sorted(miss))
