#!/usr/bin/env python3
"""Validate devset203 gold files against ANNOTATION.md conventions and the texts."""
import json, re, sys, unicodedata
from pathlib import Path
ROOT = Path(__file__).resolve().parent
REG_T = {"law","administrative_regulation","departmental_rule","local_regulation","normative_document","party_document","plan","publication","other"}
ORG_T = {"government","department","party","legislature","judiciary","committee","institution","enterprise","social","other"}
MEA_T = {"reform","system","mechanism","campaign","model","platform","service","other"}
REL = {"issues","implements","studies","mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
def n(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if c not in DROP)
errors = warnings = 0
def err(m):
    global errors; errors += 1; print("ERROR", m)
def info(m):
    global warnings; warnings += 1; print("info ", m)
docs = sorted((ROOT/"docs").glob("*.txt")); golds = sorted((ROOT/"gold").glob("*.json"))
if {d.stem for d in docs} != {g.stem for g in golds}: err("docs and gold files do not pair up")
for gf in golds:
    try: g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e: err(f"{gf.name}: JSON: {e}"); continue
    if set(g) != {"doc","report","regulations","organizations","measures"}: err(f"{gf.name}: keys {sorted(g)}")
    if g.get("doc") != gf.stem + ".txt": err(f"{gf.name}: doc field {g.get('doc')}")
    txt = (ROOT/"docs"/g["doc"]).read_text(encoding="utf-8"); nt = n(txt)
    r = g["report"]
    if set(r) != {"title","publisher","region","year","date"}: err(f"{gf.name}: report keys")
    for f in ("publisher","region","year"):
        if not r.get(f): err(f"{gf.name}: report.{f} empty")
    if not isinstance(r.get("year"), int) or not 2015 <= r["year"] <= 2025: err(f"{gf.name}: year {r.get('year')}")
    if r.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]): err(f"{gf.name}: date {r['date']}")
    if r.get("date") is None: info(f"{gf.name}: report.date is null")
    if r.get("title") and n(r["title"]) not in nt: err(f"{gf.name}: title not in text")
    orgnames = {n(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
    if n(r["publisher"]) not in orgnames: err(f"{gf.name}: publisher not among organizations")
    for kind, types in (("regulations",REG_T),("organizations",ORG_T),("measures",MEA_T)):
        seen = {}
        for e in g[kind]:
            need = {"name","aliases","type"} | ({"doc_number","issuer","relation"} if kind=="regulations" else set())
            if set(e) != need: err(f"{gf.name}: {kind} {e.get('name')}: keys {sorted(e)}")
            if e["type"] not in types: err(f"{gf.name}: {kind} {e['name']}: type {e['type']}")
            if not isinstance(e["aliases"], list): err(f"{gf.name}: {e['name']}: aliases not a list")
            if kind == "regulations":
                if e["relation"] not in REL: err(f"{gf.name}: {e['name']}: relation {e['relation']}")
                dn = e["doc_number"]
                if dn is not None and not re.fullmatch(r"\S+〔\d{4}〕\d+号", dn): err(f"{gf.name}: {e['name']}: doc_number {dn}")
                if dn is not None and n(dn).replace("〔","").replace("〕","") not in nt.replace("〔","").replace("〕","").replace("[","").replace("]","").replace("(","").replace(")","").replace("【","").replace("】",""):
                    info(f"{gf.name}: doc_number {dn} not verbatim in text (normalised)")
                if e["issuer"] is not None:
                    for part in e["issuer"].split():
                        if n(part) not in orgnames: err(f"{gf.name}: issuer part {part} not an organization")
            forms = [e["name"], *e["aliases"]]
            for f in forms:
                k = n(f)
                if k in seen and seen[k] != e["name"]: err(f"{gf.name}: form {f} used by {seen[k]} and {e['name']}")
                seen[k] = e["name"]
            present = [f for f in forms if n(f) in nt]
            if not present: err(f"{gf.name}: {kind} {e['name']}: neither name nor alias occurs in text")
            else:
                if n(e["name"]) not in nt: info(f"{gf.name}: {kind} canonical '{e['name']}' resolved (alias occurs)")
                for a in e["aliases"]:
                    if n(a) not in nt: err(f"{gf.name}: {kind} {e['name']}: alias '{a}' not in text")
print(f"{len(golds)} gold files, {errors} errors, {warnings} notes")
sys.exit(1 if errors else 0)
