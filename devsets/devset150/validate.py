#!/usr/bin/env python3
"""Validate devset gold files against ANNOTATION.md rules and their texts.
usage: python3 validate.py [-v] [DEVSET_DIR]   (-v also lists resolved canonical names that do not occur literally)"""
import json, re, sys, unicodedata
from pathlib import Path
args=[a for a in sys.argv[1:] if a!="-v"]; VERBOSE="-v" in sys.argv
root=Path(args[0]) if args else Path(__file__).resolve().parent
REG_T={"law","administrative_regulation","departmental_rule","local_regulation","normative_document","party_document","plan","publication","other"}
ORG_T={"government","department","party","legislature","judiciary","committee","institution","enterprise","social","other"}
MEA_T={"reform","system","mechanism","campaign","model","platform","service","other"}
REL={"issues","implements","studies","mentions"}
DROP=set('《》〈〉<>“”"\'‘’「」『』 \t\r\n\u3000·•')
MAP={"—":"-","–":"-","－":"-","―":"-","（":"(","）":")","〔":"(","〕":")","[":"(","]":")","【":"(","】":")","﹝":"(","﹞":")","，":",","、":","}
def norm(s): s=unicodedata.normalize("NFKC",s); return "".join(MAP.get(c,c) for c in s if c not in DROP)
DOCNO=re.compile(r'^\S*〔\d{4}〕\d+号$')
errs=0; warns=0
def err(f,msg):
    global errs; errs+=1; print(f"ERROR {f}: {msg}")
def warn(f,msg):
    global warns; warns+=1
    if VERBOSE: print(f"note  {f}: {msg}")
golds=sorted((root/'gold').glob('*.json'))
if not golds: err(root,'no gold files')
for gp in golds:
    f=gp.name
    try: g=json.load(open(gp,encoding='utf-8'))
    except Exception as e: err(f,f'JSON: {e}'); continue
    if set(g)!={"doc","report","regulations","organizations","measures"}: err(f,f'keys {sorted(g)}')
    if g.get('doc','')[:-4]!=gp.stem: err(f,'doc field does not match file name')
    tp=root/'docs'/g['doc']
    if not tp.exists(): err(f,'text missing'); continue
    raw=tp.read_bytes()
    try: text=raw.decode('utf-8')
    except UnicodeDecodeError: text=raw.decode('gb18030'); warn(f,'text is not UTF-8 (decoded as GB18030)')
    n=len(re.sub(r'\s','',text))
    if not 1500<=n<=5000: err(f,f'text length {n} (non-space chars) outside 1500-5000')
    nt=norm(text)
    rep=g['report']
    if set(rep)!={"title","publisher","region","year","date"}: err(f,f'report keys {sorted(rep)}')
    for k in ("publisher","region","year"):
        if not rep.get(k): err(f,f'report.{k} empty')
    if not isinstance(rep.get('year'),int) or not 2015<=rep['year']<=2025: err(f,'report.year not int 2015-2025')
    if rep.get('date') is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}',rep['date']): err(f,'report.date format')
    if rep.get('title') and norm(rep['title']) not in nt: err(f,'title not in text')
    orgnames={norm(o['name']) for o in g['organizations']}|{norm(a) for o in g['organizations'] for a in o['aliases']}
    if rep.get('publisher') and norm(rep['publisher']) not in orgnames: err(f,'publisher not among organizations')
    for kind,types,keys in (("regulations",REG_T,{"name","aliases","type","doc_number","issuer","relation"}),
                            ("organizations",ORG_T,{"name","aliases","type"}),("measures",MEA_T,{"name","aliases","type"})):
        seen={}
        for e in g[kind]:
            if set(e)!=keys: err(f,f'{kind} {e.get("name")} keys {sorted(e)}'); continue
            if not isinstance(e['name'],str) or not e['name'].strip(): err(f,f'{kind} empty name')
            if not isinstance(e['aliases'],list) or not all(isinstance(a,str) for a in e['aliases']): err(f,f'{kind} {e["name"]} aliases not list of str')
            if e['type'] not in types: err(f,f'{kind} {e["name"]} bad type {e["type"]}')
            if kind=="regulations":
                if e['relation'] not in REL: err(f,f'{e["name"]} bad relation')
                if e['doc_number'] is not None and not DOCNO.match(e['doc_number']): err(f,f'{e["name"]} doc_number not normalised: {e["doc_number"]}')
                if e['doc_number'] and norm(e['doc_number']) not in nt: warn(f,f'doc_number {e["doc_number"]} not literally in text (repaired?)')
                if e['issuer'] is not None and not isinstance(e['issuer'],str): err(f,'issuer type')
            forms=[e['name']]+e['aliases']
            for x in forms:
                k=norm(x)
                if k in seen and seen[k]!=e['name']: err(f,f'{kind}: form {x!r} used by both {seen[k]!r} and {e["name"]!r}')
                seen[k]=e['name']
            occ=[x for x in forms if norm(x) in nt]
            if not occ: err(f,f'{kind} {e["name"]!r}: neither name nor any alias occurs in text')
            elif norm(e['name']) not in nt: warn(f,f'{kind} canonical {e["name"]!r} not in text (resolved; alias {occ[0]!r} occurs)')
            for a in e['aliases']:
                if norm(a) not in nt: err(f,f'{kind} {e["name"]!r}: alias {a!r} not in text')
print(f'{len(golds)} gold files, {errs} errors, {warns} notes')
sys.exit(1 if errs else 0)
