#!/usr/bin/env python3
"""Validate devset52 gold files against ANNOTATION.md: keys/types, names occurring in the text, report fields."""
import json, re, sys, importlib.util
from pathlib import Path
here = Path(__file__).parent
spec = importlib.util.spec_from_file_location("score", "/work/shared/score.py")
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
norm = score.norm
try:
    import opencc
    _t2 = opencc.OpenCC("s2tw").convert   # the Traditional document: doc numbers are normalised to Simplified
except ImportError:
    _t2 = lambda s: s
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
         "party_document", "plan", "publication", "other"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee", "institution", "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
REL = {"issues", "implements", "studies", "mentions"}
problems = 0; notes = 0
def bad(f, msg):
    global problems; problems += 1; print(f"ERROR {f}: {msg}")
def note(f, msg):
    global notes; notes += 1; print(f"note  {f}: {msg}")
golds = sorted((here / "gold").glob("*.json"))
docs = sorted((here / "docs").glob("*.txt"))
if {g.stem for g in golds} != {d.stem for d in docs}:
    bad("*", f"docs and gold differ: {sorted({g.stem for g in golds} ^ {d.stem for d in docs})}")
for gf in golds:
    f = gf.name
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e:
        bad(f, f"JSON: {e}"); continue
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        bad(f, f"keys {sorted(g)}")
    if g.get("doc") != gf.stem + ".txt":
        bad(f, f"doc field {g.get('doc')!r}")
    tp = here / "docs" / (gf.stem + ".txt")
    if not tp.exists():
        bad(f, "no text"); continue
    raw = tp.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    n = len(re.sub(r"\s", "", text))
    if not 1500 <= len(text) <= 5000:
        bad(f, f"length {len(text)} chars")
    ntext = norm(text)
    r = g.get("report") or {}
    if set(r) != {"title", "publisher", "region", "year", "date"}:
        bad(f, f"report keys {sorted(r)}")
    for k in ("publisher", "region", "year"):
        if not r.get(k):
            bad(f, f"report.{k} empty")
    if not isinstance(r.get("year"), int) or not 2015 <= r["year"] <= 2025:
        bad(f, f"year {r.get('year')!r}")
    if r.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]):
        bad(f, f"date {r['date']!r}")
    if r.get("date") is None:
        note(f, "report.date is null")
    if r.get("title") is None:
        note(f, "report.title is null")
    orgnames = {norm(x) for o in g.get("organizations", []) for x in [o["name"], *o.get("aliases", [])]}
    if norm(r.get("publisher")) not in orgnames:
        bad(f, f"publisher {r.get('publisher')!r} is not a gold organization")
    for kind, types in (("regulations", REG_T), ("organizations", ORG_T), ("measures", MEA_T)):
        items = g.get(kind)
        if not isinstance(items, list):
            bad(f, f"{kind} not a list"); continue
        seen = {}
        for it in items:
            want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(it) != want:
                bad(f, f"{kind} {it.get('name')!r} keys {sorted(it)}")
            if not isinstance(it.get("name"), str) or not it["name"].strip():
                bad(f, f"{kind} empty name"); continue
            if not isinstance(it.get("aliases"), list) or not all(isinstance(a, str) for a in it["aliases"]):
                bad(f, f"{kind} {it['name']!r} aliases not list of str")
            if it.get("type") not in types:
                bad(f, f"{kind} {it['name']!r} type {it.get('type')!r}")
            if kind == "regulations":
                if it.get("relation") not in REL:
                    bad(f, f"{it['name']!r} relation {it.get('relation')!r}")
                dn = it.get("doc_number")
                if dn is not None and not (re.fullmatch(r".+〔\d{4}〕\d+号", dn) or re.fullmatch(r".+令第\d+号", dn) or re.fullmatch(r".+公告\d{4}年第\d+号", dn)):
                    bad(f, f"{it['name']!r} doc_number not normalised: {dn!r}")
                if dn is not None and norm(dn) not in ntext and norm(_t2(dn)) not in ntext:
                    bad(f, f"{it['name']!r} doc_number {dn!r} not in text")
                iss = it.get("issuer")
                if iss is not None:
                    for part in iss.split():
                        if norm(part) not in orgnames:
                            bad(f, f"{it['name']!r} issuer part {part!r} is not a gold organization")
            forms = [it["name"], *it.get("aliases", [])]
            for form in forms:
                key = norm(form)
                if key in seen and seen[key] != it["name"]:
                    bad(f, f"{kind}: form {form!r} used by both {seen[key]!r} and {it['name']!r}")
                seen[key] = it["name"]
            present = [x for x in forms if norm(x) in ntext]
            if not present:
                bad(f, f"{kind} {it['name']!r}: neither name nor any alias occurs in the text")
            elif norm(it["name"]) not in ntext:
                note(f, f"{kind} {it['name']!r} resolved; occurs as {present[0]!r}")
            for a in it.get("aliases", []):
                if norm(a) not in ntext:
                    note(f, f"{kind} {it['name']!r}: alias {a!r} not in text (accepted form)")
print(f"{len(golds)} gold files, {problems} errors, {notes} notes")
sys.exit(1 if problems else 0)
