import json, re, os, textwrap, unicodedata
from pathlib import Path
import opencc
RAW=Path('/tmp/ds17/raw'); SPEC=Path('/tmp/ds17/spec'); OUT=Path('/work/devsets/devset17')
s2t=opencc.OpenCC('s2t').convert
RT={'law':'law','ar':'administrative_regulation','dr':'departmental_rule','lr':'local_regulation','nd':'normative_document','pd':'party_document','plan':'plan','pub':'publication','other':'other'}
OT={'gov':'government','dept':'department','party':'party','leg':'legislature','jud':'judiciary','com':'committee','inst':'institution','ent':'enterprise','soc':'social','other':'other'}
MT={'reform':'reform','system':'system','mech':'mechanism','camp':'campaign','model':'model','plat':'platform','serv':'service','other':'other'}
REL={'is':'issues','im':'implements','st':'studies','me':'mentions'}
HW=str.maketrans({'，':',','。':'.','：':':','；':';','（':'(','）':')','“':'"','”':'"','〔':'[','〕':']','—':'-','！':'!','？':'?'})
_DROP=set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP={"—":"-","–":"-","－":"-","―":"-","（":"(","）":")","〔":"(","〕":")","[":"(","]":")","【":"(","】":")","﹝":"(","﹞":")","，":",","、":","}
def norm(t):
    t=unicodedata.normalize("NFKC",str(t)); return "".join(_MAP.get(c,c) for c in t if c not in _DROP)

def pdfify(text):
    lines=[]
    for para in text.split('\n'):
        if not para.strip(): continue
        ws=textwrap.wrap(para, 34) if len(para)>34 else [para]
        for w in ws:
            if lines and len(w)<=2 and all(c in '。，；：、）”' for c in w): lines[-1]+=w
            else: lines.append(w)
    out=[]; page=1
    for i,l in enumerate(lines):
        out.append(l)
        if (i+1) in (24, 50, 77):
            out.append(''); out.append(f'— {page} —'); out.append(''); page+=1
    out.append(''); out.append(f'— {page} —')
    return '\n'.join(out)+'\n'

def transform(stem, text):
    if stem.endswith('_pdf'): return pdfify(text), (lambda a:a)
    if stem.endswith('_halfwidth'): return text.translate(HW), (lambda a:a.translate(HW))
    if stem.endswith('_trad'): return s2t(text), s2t
    return text, (lambda a:a)

for raw in sorted(RAW.glob('*.txt')):
    stem=raw.stem
    text,conv=transform(stem, raw.read_text(encoding='utf-8'))
    (OUT/'docs').mkdir(parents=True,exist_ok=True)
    (OUT/'docs'/raw.name).write_text(text,encoding='utf-8')
    nt=norm(text)
    trad=stem.endswith('_trad')
    g={'doc':raw.name,'report':None,'regulations':[],'organizations':[],'measures':[]}
    def aliases(name, al):
        res=[]
        cands=[a for a in al.split(';') if a]
        if trad: cands=[name]+cands
        for a in cands:
            a2=conv(a)
            if trad and norm(a2) not in nt: continue
            if a2!=name and a2 not in res: res.append(a2)
        return res
    for line in (SPEC/raw.name).read_text(encoding='utf-8').splitlines():
        if not line.strip(): continue
        f=line.split('|')
        k=f[0]
        if k=='T':
            title=f[1] or None
            if trad and title: title=s2t(title)
            g['report']={'title':title,'publisher':f[2],'region':f[3],'year':int(f[4]),'date':f[5] or None}
        elif k=='R':
            assert len(f)==7,line
            g['regulations'].append({'name':f[1],'aliases':aliases(f[1],f[2]),'type':RT[f[3]],'doc_number':f[4] or None,'issuer':f[5] or None,'relation':REL[f[6]]})
        elif k=='O':
            assert len(f)==4,line
            g['organizations'].append({'name':f[1],'aliases':aliases(f[1],f[2]),'type':OT[f[3]]})
        elif k=='M':
            assert len(f)==4,line
            g['measures'].append({'name':f[1],'aliases':aliases(f[1],f[2]),'type':MT[f[3]]})
        else: raise SystemExit('bad line '+line)
    (OUT/'gold').mkdir(parents=True,exist_ok=True)
    (OUT/'gold'/(stem+'.json')).write_text(json.dumps(g,ensure_ascii=False,indent=1)+'\n',encoding='utf-8')
    print(stem, len(text), len(g['regulations']),len(g['organizations']),len(g['measures']))
