#!/usr/bin/env python3
"""Validate devset154 gold files against ANNOTATION.md (keys, types, presence in text)."""
import json, re, sys, unicodedata
from pathlib import Path
HERE = Path(__file__).resolve().parent
REG_T = {"law","administrative_regulation","departmental_rule","local_regulation","normative_document","party_document","plan","publication","other"}
ORG_T = {"government","department","party","legislature","judiciary","committee","institution","enterprise","social","other"}
MEA_T = {"reform","system","mechanism","campaign","model","platform","service","other"}
REL = {"issues","implements","studies","mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—":"-","–":"-","－":"-","―":"-","（":"(","）":")","〔":"(","〕":")","[":"(","]":")","【":"(","】":")","﹝":"(","﹞":")","，":",","、":","}
def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(MAP.get(c, c) for c in t if c not in DROP)
PAGE = re.compile(r"^\s*[—\-－]\s*\d+\s*[—\-－]\s*$", re.M)   # PDF page footers
errors, warnings = [], []
def err(f, m): errors.append(f"{f}: {m}")
files = sorted((HERE/"gold").glob("*.json"))
for gf in files:
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e:
        err(gf.name, f"JSON error {e}"); continue
    if set(g) != {"doc","report","regulations","organizations","measures"}:
        err(gf.name, f"keys {sorted(g)}")
    doc = HERE/"docs"/g.get("doc","")
    if not doc.exists() or doc.stem != gf.stem:
        err(gf.name, f"doc file {doc.name} missing or misnamed"); continue
    text = doc.read_text(encoding="utf-8")
    n = len(text)
    if not 1500 <= n <= 5000: err(gf.name, f"length {n}")
    T = norm(text); T2 = norm(PAGE.sub("", text))
    def occurs(s): return norm(s) in T or norm(s) in T2
    r = g["report"]
    if set(r) != {"title","publisher","region","year","date"}: err(gf.name, "report keys")
    for k in ("publisher","region","year"):
        if not r.get(k): err(gf.name, f"report.{k} empty")
    if not isinstance(r.get("year"), int) or not 2015 <= r["year"] <= 2025: err(gf.name, "report.year")
    if r.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]): err(gf.name, "report.date format")
    if r.get("title") and not occurs(r["title"]): err(gf.name, "title not in text")
    orgnames = {norm(x) for o in g["organizations"] for x in [o["name"], *o["aliases"]]}
    if norm(r["publisher"]) not in orgnames: err(gf.name, "publisher not among organizations")
    for kind, types in (("regulations",REG_T),("organizations",ORG_T),("measures",MEA_T)):
        seen = {}
        for e in g[kind]:
            need = {"name","aliases","type"} | ({"doc_number","issuer","relation"} if kind=="regulations" else set())
            if set(e) != need: err(gf.name, f"{kind} {e.get('name')} keys {sorted(e)}")
            if not isinstance(e["aliases"], list): err(gf.name, f"{e['name']} aliases not list")
            if e["type"] not in types: err(gf.name, f"{e['name']} bad type {e['type']}")
            if kind == "regulations":
                if e["relation"] not in REL: err(gf.name, f"{e['name']} bad relation")
                dn = e["doc_number"]
                if dn is not None:
                    if not re.fullmatch(r"\S+〔\d{4}〕\d+号", dn): err(gf.name, f"{e['name']} doc_number {dn}")
                    y, q = re.search(r"〔(\d{4})〕(\d+)号", dn).groups()
                    if not re.search(y + r"\s*[\]】〕)）]\s*" + q + "号", text): err(gf.name, f"doc_number {dn} not in text")
                if e["issuer"] is not None and norm(e["issuer"]) not in orgnames:
                    warnings.append(f"{gf.name}: issuer {e['issuer']} not an organization of the doc")
            forms = [e["name"], *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]: err(gf.name, f"form {f} shared by {seen[k]} and {e['name']}")
                seen[k] = e["name"]
            hits = [f for f in forms if occurs(f)]
            if not hits: err(gf.name, f"{kind}: neither {e['name']} nor aliases occur in text")
            if not occurs(e["name"]) and hits: warnings.append(f"{gf.name}: canonical {e['name']} resolved (alias {hits[0]} occurs)")
            for a in e["aliases"]:
                if not occurs(a): warnings.append(f"{gf.name}: alias {a} of {e['name']} not in text (accepted form)")
print(f"{len(files)} gold files checked")
for w in warnings: print("note:", w)
for e in errors: print("ERROR:", e)
print("CLEAN" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
