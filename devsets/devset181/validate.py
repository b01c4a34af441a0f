#!/usr/bin/env python3
"""Validate devset181 gold files against ANNOTATION.md conventions and the texts."""
import json, re, sys, unicodedata
from pathlib import Path
ROOT = Path(__file__).resolve().parent
REG_T = {"law","administrative_regulation","departmental_rule","local_regulation","normative_document","party_document","plan","publication","other"}
ORG_T = {"government","department","party","legislature","judiciary","committee","institution","enterprise","social","other"}
MEA_T = {"reform","system","mechanism","campaign","model","platform","service","other"}
REL = {"issues","implements","studies","mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—":"-","–":"-","－":"-","―":"-","（":"(","）":")","〔":"(","〕":")","[":"(","]":")","【":"(","】":")","﹝":"(","﹞":")","，":",","、":","}
def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(MAP.get(c, c) for c in t if c not in DROP)
problems = 0
def bad(doc, msg):
    global problems; problems += 1; print(f"{doc}: {msg}")
for gf in sorted((ROOT/"gold").glob("*.json")):
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e:
        bad(gf.name, f"JSON error {e}"); continue
    doc = g.get("doc")
    if set(g) != {"doc","report","regulations","organizations","measures"}: bad(gf.name, f"keys {sorted(g)}")
    if doc != gf.stem + ".txt": bad(gf.name, f"doc field {doc!r}")
    tp = ROOT/"docs"/doc
    if not tp.exists(): bad(gf.name, "text missing"); continue
    raw = tp.read_bytes()
    try: text = raw.decode("utf-8")
    except UnicodeDecodeError: text = raw.decode("gb18030")
    n = len(text)
    if not 1500 <= n <= 5000: bad(doc, f"length {n}")
    nt = norm(text)
    rep = g["report"]
    if set(rep) != {"title","publisher","region","year","date"}: bad(doc, f"report keys {sorted(rep)}")
    for f in ("publisher","region","year"):
        if not rep.get(f): bad(doc, f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025: bad(doc, "year")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]): bad(doc, "date format")
    if rep.get("title") and norm(rep["title"]) not in nt: bad(doc, "title not in text")
    orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
    if norm(rep["publisher"]) not in orgnames: bad(doc, "publisher not among organizations")
    for kind, types, fields in (("regulations", REG_T, {"name","aliases","type","doc_number","issuer","relation"}),
                                ("organizations", ORG_T, {"name","aliases","type"}),
                                ("measures", MEA_T, {"name","aliases","type"})):
        seen = {}
        for e in g[kind]:
            if set(e) != fields: bad(doc, f"{kind} fields {sorted(e)} for {e.get('name')}")
            if not isinstance(e.get("name"), str) or not e["name"]: bad(doc, f"{kind} empty name"); continue
            if not isinstance(e.get("aliases"), list): bad(doc, f"{kind} aliases not list: {e['name']}")
            if e.get("type") not in types: bad(doc, f"{kind} type {e.get('type')!r}: {e['name']}")
            if kind == "regulations":
                if e["relation"] not in REL: bad(doc, f"relation {e['relation']!r}: {e['name']}")
                dn = e["doc_number"]
                if dn is not None and not re.fullmatch(r"\S+〔(19|20)\d\d〕\d+号", dn): bad(doc, f"doc_number not normalised {dn!r}")
                if dn is not None and norm(dn) not in nt: bad(doc, f"doc_number not in text {dn!r}")
                if e["issuer"] is not None and norm(e["issuer"]) not in orgnames and not all(norm(x) in orgnames for x in e["issuer"].split()):
                    bad(doc, f"issuer not an organization: {e['issuer']}")
            forms = [e["name"], *e["aliases"]]
            if not any(norm(f) in nt for f in forms): bad(doc, f"{kind}: neither name nor alias in text: {e['name']}")
            for a in e["aliases"]:
                if norm(a) not in nt: bad(doc, f"{kind}: alias not in text: {a} (of {e['name']})")
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]: bad(doc, f"{kind}: form {f!r} shared by {seen[k]!r} and {e['name']!r}")
                seen[k] = e["name"]
print(f"{problems} problem(s)")
sys.exit(1 if problems else 0)
