#!/usr/bin/env python3
"""Validate the gold files of this dev set (see /work/shared/ANNOTATION.md).
usage: python3 validate.py   -> exits 1 on errors; prints INFO for canonical names that
do not occur verbatim (resolved names) and WARN for aliases that do not occur."""
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
errors, warns, infos = [], [], []
def read_text(p):
    raw = p.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try: return raw.decode(enc), enc
        except UnicodeDecodeError: pass
    raise ValueError("undecodable")
golds = sorted((HERE/"gold").glob("*.json"))
if len(golds) != len(list((HERE/"docs").glob("*.txt"))): errors.append("docs/ and gold/ counts differ")
for gf in golds:
    tag = gf.name
    try: g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e: errors.append(f"{tag}: JSON error {e}"); continue
    if set(g) != {"doc","report","regulations","organizations","measures"}: errors.append(f"{tag}: top-level keys {sorted(g)}")
    if g.get("doc") != gf.stem + ".txt": errors.append(f"{tag}: doc field {g.get('doc')!r}")
    tp = HERE/"docs"/g.get("doc","")
    if not tp.exists(): errors.append(f"{tag}: missing text"); continue
    text, enc = read_text(tp)
    n = len(text)
    if not 1500 <= n <= 5000: errors.append(f"{tag}: text length {n}")
    if enc != "utf-8": infos.append(f"{tag}: text encoded {enc}")
    nt = norm(text)
    r = g.get("report", {})
    if set(r) != {"title","publisher","region","year","date"}: errors.append(f"{tag}: report keys {sorted(r)}")
    for f in ("publisher","region","year"):
        if not r.get(f): errors.append(f"{tag}: report.{f} empty")
    if not r.get("title"): warns.append(f"{tag}: report.title null")
    if not r.get("date"): warns.append(f"{tag}: report.date null")
    if not isinstance(r.get("year"), int) or not 2015 <= r["year"] <= 2025: errors.append(f"{tag}: year {r.get('year')!r}")
    if r.get("date") and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]): errors.append(f"{tag}: date {r['date']!r}")
    if r.get("title") and norm(r["title"]) not in nt: warns.append(f"{tag}: title not verbatim in text (line-broken?)")
    orgnames = {norm(x) for o in g.get("organizations", []) for x in [o["name"], *o.get("aliases", [])]}
    if r.get("publisher") and norm(r["publisher"]) not in orgnames: errors.append(f"{tag}: publisher not among organizations")
    for kind, types in (("regulations",REG_T),("organizations",ORG_T),("measures",MEA_T)):
        seen = {}
        items = g.get(kind)
        if not isinstance(items, list): errors.append(f"{tag}: {kind} not a list"); continue
        for e in items:
            want = {"name","aliases","type"} | ({"doc_number","issuer","relation"} if kind == "regulations" else set())
            if set(e) != want: errors.append(f"{tag}: {kind} {e.get('name')}: keys {sorted(e)}")
            if not isinstance(e.get("name"), str) or not e["name"].strip(): errors.append(f"{tag}: {kind} empty name"); continue
            if not isinstance(e.get("aliases"), list): errors.append(f"{tag}: {e['name']}: aliases not list")
            if e.get("type") not in types: errors.append(f"{tag}: {e['name']}: bad type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in REL: errors.append(f"{tag}: {e['name']}: bad relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None and not DOCNUM.match(dn): errors.append(f"{tag}: {e['name']}: doc_number {dn!r} not normalised")
                if dn is not None and norm(dn) not in nt: errors.append(f"{tag}: {e['name']}: doc_number {dn!r} not in text")
                if e.get("issuer") is not None and not isinstance(e["issuer"], str): errors.append(f"{tag}: {e['name']}: issuer")
            forms = [e["name"], *e.get("aliases", [])]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]: errors.append(f"{tag}: {kind}: '{f}' used by both {seen[k]!r} and {e['name']!r}")
                seen[k] = e["name"]
            if len(set(map(norm, forms))) != len(forms): warns.append(f"{tag}: {e['name']}: alias equal to name/another alias after normalisation")
            hits = [f for f in forms if norm(f) in nt]
            if not hits: errors.append(f"{tag}: {kind}: neither name nor alias of {e['name']!r} occurs in text")
            elif norm(e["name"]) not in nt: infos.append(f"{tag}: {kind}: resolved name {e['name']!r} (occurs as {hits[0]!r})")
            for a in e.get("aliases", []):
                if norm(a) not in nt: warns.append(f"{tag}: {e['name']}: alias {a!r} not in text")
for x in infos: print("INFO ", x)
for x in warns: print("WARN ", x)
for x in errors: print("ERROR", x)
print(f"{len(golds)} gold files: {len(errors)} errors, {len(warns)} warnings")
sys.exit(1 if errors else 0)
