#!/usr/bin/env python3
"""Validate devset80 gold files against ANNOTATION.md conventions and the texts."""
import json, sys, re, unicodedata
from pathlib import Path
D = Path(__file__).resolve().parent
REG_T = {"law","administrative_regulation","departmental_rule","local_regulation","normative_document","party_document","plan","publication","other"}
ORG_T = {"government","department","party","legislature","judiciary","committee","institution","enterprise","social","other"}
MEA_T = {"reform","system","mechanism","campaign","model","platform","service","other"}
REL = {"issues","implements","studies","mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000")
MAP = {"（":"(", "）":")", "〔":"(", "〕":")", "[":"(", "]":")", "【":"(", "】":")", "—":"-", "–":"-", "－":"-", "，":",", "、":","}
def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(MAP.get(c, c) for c in s if c not in DROP)
errs, warns = [], []
files = sorted((D/"gold").glob("*.json"))
if len(files) != 10: errs.append(f"expected 10 gold files, found {len(files)}")
for gf in files:
    try: g = json.load(open(gf, encoding="utf-8"))
    except Exception as e: errs.append(f"{gf.name}: JSON error {e}"); continue
    if set(g) != {"doc","report","regulations","organizations","measures"}: errs.append(f"{gf.name}: bad keys {sorted(g)}")
    if g.get("doc") != gf.stem + ".txt": errs.append(f"{gf.name}: doc field {g.get('doc')}")
    tp = D/"docs"/g["doc"]
    if not tp.exists(): errs.append(f"{gf.name}: missing text"); continue
    raw = tp.read_text(encoding="utf-8"); text = norm(raw)
    if not 1500 <= len(raw) <= 5000: errs.append(f"{gf.name}: text length {len(raw)}")
    r = g["report"]
    if set(r) != {"title","publisher","region","year","date"}: errs.append(f"{gf.name}: report keys")
    for k in ("publisher","region"):
        if not isinstance(r.get(k), str) or not r[k]: errs.append(f"{gf.name}: report.{k} empty")
    if not isinstance(r.get("year"), int) or not 2015 <= r["year"] <= 2025: errs.append(f"{gf.name}: report.year")
    if r.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]): errs.append(f"{gf.name}: report.date")
    if r.get("title") is not None and norm(r["title"]) not in text: warns.append(f"{gf.name}: title not in text")
    onames = set()
    for kind, types, extra in (("regulations",REG_T,("doc_number","issuer","relation")),("organizations",ORG_T,()),("measures",MEA_T,())):
        seen = {}
        if not isinstance(g[kind], list): errs.append(f"{gf.name}: {kind} not a list"); continue
        for e in g[kind]:
            want = {"name","aliases","type",*extra}
            if set(e) != want: errs.append(f"{gf.name}: {kind} {e.get('name')} keys {sorted(e)}")
            if not isinstance(e.get("name"), str) or not e["name"]: errs.append(f"{gf.name}: {kind} empty name"); continue
            if not isinstance(e.get("aliases"), list) or not all(isinstance(a,str) and a for a in e["aliases"]): errs.append(f"{gf.name}: {e['name']} aliases")
            if e.get("type") not in types: errs.append(f"{gf.name}: {e['name']} type {e.get('type')}")
            if kind == "regulations":
                if e["relation"] not in REL: errs.append(f"{gf.name}: {e['name']} relation")
                dn = e["doc_number"]
                if dn is not None and not re.fullmatch(r"\S+〔\d{4}〕\d+[号號]", dn): errs.append(f"{gf.name}: {e['name']} doc_number {dn}")
                if dn is not None and norm(dn) not in text: errs.append(f"{gf.name}: doc_number {dn} not in text")
                if e["issuer"] is not None and not isinstance(e["issuer"], str): errs.append(f"{gf.name}: issuer type")
            forms = [e["name"], *e.get("aliases", [])]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]: errs.append(f"{gf.name}: form {f!r} used by two {kind}: {seen[k]} / {e['name']}")
                seen[k] = e["name"]
            hits = [f for f in forms if norm(f) in text]
            if not hits: errs.append(f"{gf.name}: {kind} {e['name']!r}: neither name nor any alias occurs in text")
            elif norm(e["name"]) not in text: warns.append(f"{gf.name}: resolved name {e['name']!r} (found via alias {hits[0]!r})")
            for a in e.get("aliases", []):
                if norm(a) not in text: errs.append(f"{gf.name}: alias {a!r} of {e['name']!r} not in text")
            if kind == "organizations": onames.add(norm(e["name"])); [onames.add(norm(a)) for a in e["aliases"]]
    if norm(r["publisher"]) not in onames: errs.append(f"{gf.name}: publisher not among organizations")
    for e in g["regulations"]:
        if e["issuer"]:
            for part in e["issuer"].split():
                if norm(part) not in onames: warns.append(f"{gf.name}: issuer part {part} not an annotated organization")
for w in warns: print("note:", w)
for e in errs: print("ERROR:", e)
print(f"{len(files)} gold files, {len(errs)} errors, {len(warns)} notes")
sys.exit(1 if errs else 0)
