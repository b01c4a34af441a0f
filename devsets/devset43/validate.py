#!/usr/bin/env python3
"""Validate devset43 gold files against ANNOTATION.md conventions."""
import json, sys, re, html
from pathlib import Path
D = Path(__file__).parent
RT = {"law","administrative_regulation","departmental_rule","local_regulation","normative_document","party_document","plan","publication","other"}
OT = {"government","department","party","legislature","judiciary","committee","institution","enterprise","social","other"}
MT = {"reform","system","mechanism","campaign","model","platform","service","other"}
REL = {"issues","implements","studies","mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000")
def sq(s): return "".join(c for c in s if c not in DROP)
bad = 0
def err(f, m):
    global bad; bad += 1; print(f"{f}: {m}")
for g in sorted((D/"gold").glob("*.json")):
    try: d = json.loads(g.read_text(encoding="utf-8"))
    except Exception as e: err(g.name, f"JSON: {e}"); continue
    if set(d) != {"doc","report","regulations","organizations","measures"}: err(g.name, f"keys {set(d)}")
    txtp = D/"docs"/d.get("doc","")
    if d.get("doc") != g.stem + ".txt" or not txtp.exists(): err(g.name, "doc field / txt missing"); continue
    raw = txtp.read_text(encoding="utf-8")
    if not 1500 <= len(raw) <= 5000: err(g.name, f"length {len(raw)} outside 1500-5000")
    text = sq(raw); text2 = sq(html.unescape(raw))
    r = d["report"]
    if set(r) != {"title","publisher","region","year","date"}: err(g.name, "report keys")
    for k in ("publisher","region","year"):
        if not r.get(k): err(g.name, f"report.{k} empty")
    if not isinstance(r.get("year"), int): err(g.name, "year not int")
    if r.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]): err(g.name, "date format")
    if r.get("publisher") not in {o["name"] for o in d["organizations"]}: err(g.name, "publisher not among organizations")
    for kind, TT in (("regulations",RT),("organizations",OT),("measures",MT)):
        seen = set()
        for e in d[kind]:
            keys = {"name","aliases","type"} | ({"doc_number","issuer","relation"} if kind=="regulations" else set())
            if set(e) != keys: err(g.name, f"{kind} {e.get('name')}: keys {set(e)}")
            if e["type"] not in TT: err(g.name, f"{kind} {e['name']}: bad type {e['type']}")
            if not isinstance(e["aliases"], list): err(g.name, f"{e['name']}: aliases not list")
            if kind == "regulations":
                if e["relation"] not in REL: err(g.name, f"{e['name']}: bad relation")
                dn = e["doc_number"]
                if dn and not (re.fullmatch(r".+〔\d{4}〕\d+号", dn) or re.fullmatch(r".+令第\d+号", dn)):
                    err(g.name, f"{e['name']}: doc_number not normalised: {dn}")
            forms = [e["name"]] + e["aliases"]
            mine = {sq(f_) for f_ in forms}
            for f_ in mine & seen: err(g.name, f"{kind}: form {f_} used by two entities")
            seen |= mine
            if not any(sq(f_) in text or sq(f_) in text2 or sq(html.unescape(f_)) in text2 for f_ in forms):
                err(g.name, f"{kind} {e['name']}: neither name nor alias occurs in text")
print("errors:", bad); sys.exit(1 if bad else 0)
