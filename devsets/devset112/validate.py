#!/usr/bin/env python3
"""Validate devset112 gold files: format, types, alias occurrence, report fields."""
import json, re, sys, unicodedata
from pathlib import Path
HERE = Path(__file__).resolve().parent
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
         "party_document", "plan", "publication", "other"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
         "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
REL = {"issues", "implements", "studies", "mentions"}
DN = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
problems = 0
def bad(f, msg):
    global problems
    problems += 1
    print(f"{f}: {msg}")
golds = sorted((HERE / "gold").glob("*.json"))
for gf in golds:
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e:
        bad(gf.name, f"JSON error {e}"); continue
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        bad(gf.name, f"keys {sorted(g)}")
    if g.get("doc") != gf.stem + ".txt":
        bad(gf.name, "doc field does not match file name")
    txt_path = HERE / "docs" / g["doc"]
    if not txt_path.exists():
        bad(gf.name, "text missing"); continue
    raw = txt_path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    n = len(text)
    if not 1500 <= n <= 5000:
        bad(gf.name, f"text length {n}")
    T = norm(text)
    r = g["report"]
    if set(r) != {"title", "publisher", "region", "year", "date"}:
        bad(gf.name, f"report keys {sorted(r)}")
    for k in ("publisher", "region", "year"):
        if not r.get(k):
            bad(gf.name, f"report.{k} empty")
    if not isinstance(r.get("year"), int):
        bad(gf.name, "year not int")
    if r.get("date") is not None and not re.match(r"^\d{4}-\d\d-\d\d$", r["date"]):
        bad(gf.name, f"date format {r['date']}")
    if r.get("title") and norm(r["title"]) not in T:
        bad(gf.name, f"title not in text: {r['title']}")
    orgnames = {o["name"] for o in g["organizations"]}
    if r.get("publisher") not in orgnames:
        bad(gf.name, "publisher not among organizations")
    for kind, types, extra in (("regulations", REG_T, ("doc_number", "issuer", "relation")),
                               ("organizations", ORG_T, ()), ("measures", MEA_T, ())):
        seen = {}
        for e in g[kind]:
            want = {"name", "aliases", "type", *extra}
            if set(e) != want:
                bad(gf.name, f"{kind} keys {sorted(e)} for {e.get('name')}")
            if not isinstance(e.get("name"), str) or not e["name"]:
                bad(gf.name, f"{kind} empty name")
            if not isinstance(e.get("aliases"), list):
                bad(gf.name, f"{kind} aliases not list: {e['name']}")
            if e.get("type") not in types:
                bad(gf.name, f"{kind} bad type {e.get('type')} for {e['name']}")
            if kind == "regulations":
                if e["relation"] not in REL:
                    bad(gf.name, f"bad relation {e['relation']} for {e['name']}")
                if e["doc_number"] is not None:
                    if not DN.match(e["doc_number"]):
                        bad(gf.name, f"doc_number not normalised: {e['doc_number']}")
                    dn = norm(e["doc_number"])
                    if dn not in T:
                        print(f"{gf.name}: note: doc_number {e['doc_number']} only in repaired form")
                if e["issuer"] is not None:
                    for part in e["issuer"].split():
                        if part not in orgnames:
                            bad(gf.name, f"issuer part {part} not among organizations")
            forms = [e["name"], *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    bad(gf.name, f"{kind}: form {f} used by {seen[k]} and {e['name']}")
                seen[k] = e["name"]
            occurring = [f for f in forms if norm(f) in T]
            if not occurring:
                bad(gf.name, f"{kind}: neither name nor any alias occurs: {e['name']}")
            for a in e["aliases"]:
                if norm(a) not in T:
                    print(f"{gf.name}: note: alias not in text (accepted form): {a}")
print(f"{len(golds)} gold files, {problems} problems")
sys.exit(1 if problems else 0)
