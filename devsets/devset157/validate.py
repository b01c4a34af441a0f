#!/usr/bin/env python3
"""Validate devset157 gold files against ANNOTATION.md rules and the document texts."""
import json, re, sys, html
from pathlib import Path
BASE=Path(__file__).resolve().parent
RT={"law","administrative_regulation","departmental_rule","local_regulation","normative_document","party_document","plan","publication","other"}
REL={"issues","implements","studies","mentions"}
OT={"government","department","party","legislature","judiciary","committee","institution","enterprise","social","other"}
MT={"reform","system","mechanism","campaign","model","platform","service","other"}
DN=re.compile(r"^.+〔\d{4}〕\d+[号號]$")
def read(p):
    b=p.read_bytes()
    for enc in ("utf-8","big5","gb18030"):
        try: return b.decode(enc),enc
        except UnicodeDecodeError: pass
    return b.decode("utf-8","replace"),"utf-8?"
import unicodedata
_DROP=set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000\f·•")
_MAP={"—":"-","–":"-","－":"-","―":"-","（":"(","）":")","〔":"(","〕":")","[":"(","]":")","【":"(","】":")","﹝":"(","﹞":")","，":",","、":","}
def squash(s):
    """Same normalisation as score.py (title marks, quotes, whitespace removed; brackets/dashes unified)."""
    s=unicodedata.normalize("NFKC",str(s))
    return "".join(_MAP.get(c,c) for c in s if c not in _DROP)
errs=[];warn=[]
for gf in sorted((BASE/"gold").glob("*.json")):
    try: g=json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e: errs.append(f"{gf.name}: JSON error {e}"); continue
    if set(g)!={"doc","report","regulations","organizations","measures"}: errs.append(f"{gf.name}: bad keys {sorted(g)}")
    if g.get("doc")!=gf.stem+".txt": errs.append(f"{gf.name}: doc field {g.get('doc')!r}")
    tp=BASE/"docs"/g["doc"]
    if not tp.exists(): errs.append(f"{gf.name}: missing text"); continue
    text,enc=read(tp); T=squash(text); TH=squash(html.unescape(text))
    n=len(text)
    if not 1500<=n<=5000: errs.append(f"{g['doc']}: length {n}")
    r=g["report"]
    if set(r)!={"title","publisher","region","year","date"}: errs.append(f"{gf.name}: report keys")
    for f in ("publisher","region","year"):
        if not r.get(f): errs.append(f"{gf.name}: report.{f} empty")
    if not isinstance(r.get("year"),int) or not 2015<=r["year"]<=2025: errs.append(f"{gf.name}: year {r.get('year')}")
    if r.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d",r["date"]): errs.append(f"{gf.name}: date {r['date']}")
    orgnames={o["name"] for o in g["organizations"]}
    if r.get("publisher") not in orgnames: errs.append(f"{gf.name}: publisher not among organizations")
    spec={"regulations":(RT,{"name","aliases","type","doc_number","issuer","relation"}),
          "organizations":(OT,{"name","aliases","type"}),"measures":(MT,{"name","aliases","type"})}
    for kind,(types,keys) in spec.items():
        seen={}
        for e in g[kind]:
            if set(e)!=keys: errs.append(f"{gf.name}: {kind} keys {sorted(e)} in {e.get('name')}")
            if not isinstance(e.get("name"),str) or not e["name"]: errs.append(f"{gf.name}: {kind} empty name"); continue
            if not isinstance(e.get("aliases"),list): errs.append(f"{gf.name}: {e['name']} aliases not list")
            if e.get("type") not in types: errs.append(f"{gf.name}: {kind} {e['name']} bad type {e.get('type')}")
            if kind=="regulations":
                if e["relation"] not in REL: errs.append(f"{gf.name}: {e['name']} bad relation")
                if e["doc_number"] is not None and not DN.match(e["doc_number"]): errs.append(f"{gf.name}: {e['name']} doc_number {e['doc_number']}")
                if e["doc_number"] is not None and squash(e["doc_number"]) not in T and squash(e["doc_number"]) not in TH:
                    warn.append(f"{g['doc']}: doc_number {e['doc_number']} repaired (not verbatim)")
            for form in [e["name"],*e.get("aliases",[])]:
                k=squash(form)
                if k in seen and seen[k]!=e["name"]: errs.append(f"{gf.name}: form {form!r} used by two {kind}")
                seen[k]=e["name"]
            forms=[e["name"],*e["aliases"]]
            hits=[f for f in forms if squash(f) in T]
            if not hits:
                hits2=[f for f in forms if squash(f) in TH]
                if hits2: warn.append(f"{g['doc']}: {kind} {e['name']} found only after HTML unescape")
                else: errs.append(f"{g['doc']}: {kind} {e['name']} — no form occurs in text")
            elif squash(e["name"]) not in T:
                warn.append(f"{g['doc']}: {kind} canonical {e['name']} resolved (text has {hits[0]})")
            for a in e["aliases"]:
                if squash(a) not in T and squash(a) not in TH: errs.append(f"{g['doc']}: alias {a!r} of {e['name']} not in text")
    print(f"{g['doc']}: {enc}, {n} chars, R{len(g['regulations'])} O{len(g['organizations'])} M{len(g['measures'])}")
if "-v" in sys.argv:
    for w in warn: print("note:",w)
for e in errs: print("ERROR:",e)
print(f"{len(errs)} errors, {len(warn)} notes (-v to list)")
sys.exit(1 if errs else 0)
