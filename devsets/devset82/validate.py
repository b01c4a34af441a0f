#!/usr/bin/env python3
"""Validate devset82 gold files against ANNOTATION.md: JSON loads, keys/types valid,
every entity's name or an alias occurs in the text (after normalisation), report fields filled."""
import json, re, sys, unicodedata
from pathlib import Path
HERE = Path(__file__).resolve().parent
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)
REG_T = {"law","administrative_regulation","departmental_rule","local_regulation","normative_document","party_document","plan","publication","other"}
ORG_T = {"government","department","party","legislature","judiciary","committee","institution","enterprise","social","other"}
MEA_T = {"reform","system","mechanism","campaign","model","platform","service","other"}
REL = {"issues","implements","studies","mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
errors = []; notes = []
def err(f, m): errors.append(f"{f}: {m}")
golds = sorted((HERE/"gold").glob("*.json"))
docs = {p.name for p in (HERE/"docs").glob("*.txt")}
for g in golds:
    try: d = json.loads(g.read_text(encoding="utf-8"))
    except Exception as e: err(g.name, f"JSON error {e}"); continue
    if set(d) != {"doc","report","regulations","organizations","measures"}: err(g.name, f"keys {sorted(d)}")
    if d.get("doc") != g.stem + ".txt" or d["doc"] not in docs: err(g.name, "doc field / txt file mismatch")
    text = (HERE/"docs"/d["doc"]).read_text(encoding="utf-8")
    nt = norm(text)
    n = len(text)
    if not 1500 <= n <= 5000: err(g.name, f"text length {n}")
    r = d["report"]
    if set(r) != {"title","publisher","region","year","date"}: err(g.name, "report keys")
    for k in ("publisher","region","year"):
        if not r.get(k): err(g.name, f"report.{k} empty")
    if not isinstance(r.get("year"), int): err(g.name, "year not int")
    if r.get("date") is not None and not re.match(r"^\d{4}-\d\d-\d\d$", r["date"]): err(g.name, "bad date")
    if r.get("title") and norm(r["title"]) not in nt: err(g.name, "title not in text")
    orgnames = {norm(x) for o in d["organizations"] for x in [o["name"], *o["aliases"]]}
    if norm(r["publisher"]) not in orgnames: err(g.name, "publisher not among organizations")
    for kind, types in (("regulations",REG_T),("organizations",ORG_T),("measures",MEA_T)):
        seen = {}
        for e in d[kind]:
            need = {"name","aliases","type"} | ({"doc_number","issuer","relation"} if kind=="regulations" else set())
            if set(e) != need: err(g.name, f"{kind} keys {sorted(e)} for {e.get('name')}")
            if e["type"] not in types: err(g.name, f"{kind} bad type {e['type']} for {e['name']}")
            if not isinstance(e["aliases"], list): err(g.name, f"aliases not list: {e['name']}")
            forms = [e["name"], *e["aliases"]]
            for fm in forms:
                k = norm(fm)
                if k in seen and seen[k] != e["name"]: err(g.name, f"{kind}: form '{fm}' shared by '{seen[k]}' and '{e['name']}'")
                seen[k] = e["name"]
            hits = [fm for fm in forms if norm(fm) in nt]
            if not hits: err(g.name, f"{kind}: neither name nor alias in text: {e['name']}")
            elif norm(e["name"]) not in nt: notes.append(f"{g.name}: resolved name not in text (alias found): {e['name']} <- {hits[0]}")
            for a in e["aliases"]:
                if norm(a) not in nt: notes.append(f"{g.name}: extra alias form not in text: {a} ({e['name']})")
            if kind == "regulations":
                if e["relation"] not in REL: err(g.name, f"bad relation {e['relation']}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]): err(g.name, f"bad doc_number {e['doc_number']}")
                if e["issuer"] is not None:
                    for part in e["issuer"].split():
                        if norm(part) not in orgnames: err(g.name, f"issuer '{part}' not a gold organization")
                if e["doc_number"]:
                    m = re.match(r"^(.+)〔(\d{4})〕(\d+)号$", e["doc_number"])
                    pat = re.escape(norm(m.group(1))) + r"\(" + m.group(2) + r"\)" + m.group(3) + "号"
                    if not re.search(pat, nt): err(g.name, f"doc_number not in text: {e['doc_number']}")
print(f"{len(golds)} gold files checked")
for x in notes: print("NOTE", x)
for x in errors: print("ERROR", x)
print("CLEAN" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
