import json,sys,re
OUT='/work/devsets/devset138/gold/'
DOCS='/work/devsets/devset138/docs/'
QUOTES='“”"\'‘’「」'
EQ={'（':'（(','(':'（(','）':'）)',')':'）)','—':'—-－','-':'—-－','，':'，,',',':'，,','：':'：:',':':'：:','·':'·•'}
FURN=[re.compile(r'^\s*[-—]\s*\d+\s*[-—]\s*$'),re.compile(r'^\s*第\s*\d+\s*页\s*共\s*\d+\s*页\s*$'),re.compile(r'^\f.*$')]
def clean(raw):
    lines=[l for l in raw.split('\n') if not any(p.match(l) for p in FURN)]
    return re.sub(r'[《》〈〉\s]','',''.join(lines))
def strip(s): return re.sub(r'[《》〈〉\s]','',s)
def surface(form,text):
    chars=[c for c in strip(form) if c not in QUOTES]
    if not chars: return None
    q='[%s]*'%re.escape(QUOTES)
    pat='[“"]?'+q.join('[%s]'%re.escape(EQ.get(c,c)) for c in chars)+'[”"]?'
    m=re.search(pat,text)
    return m.group(0) if m else None
def R(name,type,rel,aliases=(),dn=None,iss=None):
    return {"name":name,"aliases":list(aliases),"type":type,"doc_number":dn,"issuer":iss,"relation":rel}
def O(name,type,aliases=()):
    return {"name":name,"aliases":list(aliases),"type":type}
def M(name,type,aliases=()):
    return {"name":name,"aliases":list(aliases),"type":type}
def fix(items,text,log):
    for e in items:
        new=[]
        for a in e["aliases"]:
            if strip(a) in text or a in new: new.append(a) if a not in new else None; continue
            s=surface(a,text)
            if s and s!=e["name"] and s not in new:
                new.append(s); log.append(f'  {e["name"]}: alias {a!r} -> {s!r}')
            elif not s:
                new.append(a)
        e["aliases"]=new
        forms=[e["name"]]+e["aliases"]
        if not any(strip(f) in text for f in forms):
            s=surface(e["name"],text)
            if s:
                e["aliases"].append(s); log.append(f'  {e["name"]}: + {s!r}')
            else:
                log.append(f'  !! {e["name"]}: no surface found')
def write(doc,report,regs,orgs,meas):
    text=clean(open(DOCS+doc+'.txt',encoding='utf-8').read())
    log=[]
    for items in (regs,orgs,meas): fix(items,text,log)
    if log: print(doc); print('\n'.join(log))
    g={"doc":doc+".txt","report":report,"regulations":regs,"organizations":orgs,"measures":meas}
    json.dump(g,open(OUT+doc+".json","w",encoding="utf-8"),ensure_ascii=False,indent=2)
