#!/usr/bin/env python3
"""Validate gold files of this devset against ANNOTATION.md (format, types, presence in text)."""
import json, re, sys, unicodedata
from pathlib import Path
BASE = Path(__file__).resolve().parent
REG_T = {"law","administrative_regulation","departmental_rule","local_regulation","normative_document","party_document","plan","publication","other"}
REL = {"issues","implements","studies","mentions"}
ORG_T = {"government","department","party","legislature","judiciary","committee","institution","enterprise","social","other"}
MEA_T = {"reform","system","mechanism","campaign","model","platform","service","other"}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
def strip(s, nfkc=False):
    s = re.sub(r"[《》\s]", "", s)
    if nfkc:
        s = unicodedata.normalize("NFKC", s)
        s = re.sub(r"[〈〉<>“”\"'‘’]", "", s)
    return s
problems = 0; notes = []
def bad(msg):
    global problems; problems += 1; print("ERROR", msg)
for gf in sorted((BASE/"gold").glob("*.json")):
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e:
        bad(f"{gf.name}: JSON: {e}"); continue
    if set(g) != {"doc","report","regulations","organizations","measures"}:
        bad(f"{gf.name}: keys {sorted(g)}")
    tp = BASE/"docs"/g.get("doc","")
    if g.get("doc") != gf.stem + ".txt" or not tp.exists():
        bad(f"{gf.name}: doc field / file {g.get('doc')}"); continue
    text = tp.read_text(encoding="utf-8")
    # PDF page-number lines (— 3 —, －2－) are removed before matching: names broken by a page break count as present
    body = re.sub(r"(?m)^\s*[－—\-]\s*[0-9０-９]+\s*[－—\-]\s*$", "", text)
    flat = strip(body); flatn = strip(body, True)
    n = len(text)
    if not 1500 <= n <= 5000: bad(f"{gf.name}: length {n}")
    rep = g["report"]
    if set(rep) != {"title","publisher","region","year","date"}: bad(f"{gf.name}: report keys")
    for k in ("publisher","region","year"):
        if not rep.get(k): bad(f"{gf.name}: report.{k} empty")
    if not isinstance(rep.get("year"), int): bad(f"{gf.name}: year not int")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]): bad(f"{gf.name}: date {rep['date']}")
    if rep.get("title") is not None and strip(rep["title"]) not in flat and strip(rep["title"],True) not in flatn:
        bad(f"{gf.name}: title not in text")
    orgnames = {o["name"] for o in g["organizations"]}
    if rep["publisher"] not in orgnames: bad(f"{gf.name}: publisher not among organizations")
    kinds = {"regulations": REG_T, "organizations": ORG_T, "measures": MEA_T}
    for kind, types in kinds.items():
        seen = {}
        names = [e["name"] for e in g[kind]]
        for dup in {x for x in names if names.count(x) > 1}:
            bad(f"{gf.name}: {kind}: duplicate entity {dup}")
        for e in g[kind]:
            need = {"name","aliases","type"} | ({"doc_number","issuer","relation"} if kind=="regulations" else set())
            if set(e) != need: bad(f"{gf.name}: {kind} {e.get('name')}: fields {sorted(e)}")
            if e["type"] not in types: bad(f"{gf.name}: {kind} {e['name']}: type {e['type']}")
            if not isinstance(e["aliases"], list): bad(f"{gf.name}: aliases not list")
            if kind == "regulations":
                if e["relation"] not in REL: bad(f"{gf.name}: {e['name']}: relation {e['relation']}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]): bad(f"{gf.name}: {e['name']}: doc_number {e['doc_number']}")
                if e["doc_number"] is not None:
                    dn = unicodedata.normalize("NFKC", e["doc_number"])
                    core = re.sub(r"[〔〕]", "", dn)
                    if core not in re.sub(r"[\[\]()（）〔〕【】]", "", flatn): bad(f"{gf.name}: doc_number {e['doc_number']} not in text")
            forms = [e["name"], *e["aliases"]]
            for f in forms:
                k = strip(f, True)
                if k in seen and seen[k] != e["name"]: bad(f"{gf.name}: {kind}: form {f} used by {seen[k]} and {e['name']}")
                seen[k] = e["name"]
            if strip(e["name"]) in flat: pass
            elif any(strip(a) in flat for a in e["aliases"]):
                notes.append(f"{gf.name}: {kind}: canonical not in text (resolved): {e['name']}")
            elif any(strip(a,True) in flatn for a in forms):
                notes.append(f"{gf.name}: {kind}: found only after NFKC/quote normalisation: {e['name']}")
            else:
                bad(f"{gf.name}: {kind}: neither name nor alias in text: {e['name']}")
            for a in e["aliases"]:
                if strip(a) not in flat and strip(a,True) not in flatn:
                    bad(f"{gf.name}: {kind}: alias not in text: {a} ({e['name']})")
if "-v" in sys.argv:
    for n_ in notes: print("note ", n_)
print(f"{problems} problem(s)")
sys.exit(1 if problems else 0)
