#!/usr/bin/env python3
"""Check every gold file of this devset: JSON loads, keys/types valid per ANNOTATION.md,
every entity's name or one alias occurs in the text (NFKC, whitespace/title/quote marks removed),
report fields filled. Docs may be UTF-8 or Big5 (cp950)."""
import json, sys, unicodedata
from pathlib import Path
D = Path(__file__).resolve().parent
RT = {"law","administrative_regulation","departmental_rule","local_regulation","normative_document","party_document","plan","publication","other"}
OT = {"government","department","party","legislature","judiciary","committee","institution","enterprise","social","other"}
MT = {"reform","system","mechanism","campaign","model","platform","service","other"}
REL = {"issues","implements","studies","mentions"}
# names broken by a running header (page header inserted inside the title): documented exceptions
KNOWN = {}
def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if not c.isspace() and c not in "《》〈〉<>“”\"'‘’「」『』·•")
def read(p):
    b = p.read_bytes()
    for enc in ("utf-8", "cp950"):
        try: return b.decode(enc), enc
        except UnicodeDecodeError: pass
    raise ValueError(p)
errs = 0; warn = 0
for gf in sorted((D/"gold").glob("*.json")):
    try: g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e: print(gf.name, "JSON error", e); errs += 1; continue
    def E(msg):
        global errs; errs += 1; print(f"{gf.name}: ERROR {msg}")
    if set(g) != {"doc","report","regulations","organizations","measures"}: E(f"keys {set(g)}")
    tp = D/"docs"/g["doc"]
    if not tp.exists(): E("missing doc"); continue
    text, enc = read(tp); nt = norm(text)
    n = len(text)
    if not 1500 <= n <= 5000: E(f"length {n}")
    r = g["report"]
    if set(r) != {"title","publisher","region","year","date"}: E("report keys")
    for f in ("publisher","region","year"):
        if not r.get(f): E(f"report.{f} empty")
    if not isinstance(r["year"], int) or not 2015 <= r["year"] <= 2025: E("year")
    if r["date"] is not None and not (len(r["date"]) == 10 and r["date"][4] == "-"): E("date format")
    orgnames = {norm(x) for o in g["organizations"] for x in [o["name"], *o["aliases"]]}
    if norm(r["publisher"]) not in orgnames: E("publisher not among organizations")
    seen = {}
    for kind, types in (("regulations", RT), ("organizations", OT), ("measures", MT)):
        for e in g[kind]:
            keys = {"name","aliases","type"} | ({"doc_number","issuer","relation"} if kind == "regulations" else set())
            if set(e) != keys: E(f"{kind} keys {e['name']}")
            if e["type"] not in types: E(f"{kind} type {e['type']} {e['name']}")
            if not isinstance(e["aliases"], list): E(f"aliases not list {e['name']}")
            if kind == "regulations":
                if e["relation"] not in REL: E(f"relation {e['name']}")
                dn = e["doc_number"]
                if dn is not None and not ("〔" in dn and "〕" in dn and dn.endswith("号")): E(f"doc_number {dn}")
            for a in [e["name"], *e["aliases"]]:
                k = (kind, norm(a))
                if k in seen and seen[k] != e["name"]: E(f"alias {a} shared by {seen[k]} and {e['name']}")
                seen[k] = e["name"]
            forms = [e["name"], *e["aliases"]]
            if not any(norm(a) in nt for a in forms):
                if e["name"] in KNOWN.get(gf.stem, ()): warn += 1; print(f"{gf.name}: known exception (running header inside name): {e['name']}")
                else: E(f"{kind} not in text: {e['name']} {e['aliases']}")
            elif norm(e["name"]) not in nt:
                pass  # canonical resolved name; an alias occurs
    print(f"{gf.name}: {enc}, {n} chars, R{len(g['regulations'])} O{len(g['organizations'])} M{len(g['measures'])}")
print("errors:", errs, "documented exceptions:", warn)
sys.exit(1 if errs else 0)
