import json, glob, os
base='/work/devsets/devset153'
for g in sorted(glob.glob(base+'/src/*.g')):
    stem=os.path.basename(g)[:-2]
    d={"doc":stem+".txt","report":None,"regulations":[],"organizations":[],"measures":[]}
    for line in open(g,encoding='utf-8'):
        line=line.rstrip('\n')
        if not line.strip(): continue
        f=line.split('|')
        al=lambda s:[a for a in s.split(';') if a]
        nz=lambda s:s if s else None
        if f[0]=='REPORT':
            assert len(f)==6,line
            d['report']={"title":nz(f[1]),"publisher":f[2],"region":f[3],"year":int(f[4]),"date":nz(f[5])}
        elif f[0]=='R':
            assert len(f)==7,line
            d['regulations'].append({"name":f[1],"aliases":al(f[2]),"type":f[3],"doc_number":nz(f[4]),"issuer":nz(f[5]),"relation":f[6]})
        elif f[0]=='O':
            assert len(f)==4,line
            d['organizations'].append({"name":f[1],"aliases":al(f[2]),"type":f[3]})
        elif f[0]=='M':
            assert len(f)==4,line
            d['measures'].append({"name":f[1],"aliases":al(f[2]),"type":f[3]})
        else: raise SystemExit(line)
    json.dump(d,open(f'{base}/gold/{stem}.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
    print(stem,len(d['regulations']),len(d['organizations']),len(d['measures']))
