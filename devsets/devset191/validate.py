#!/usr/bin/env python3
"""Validate every gold file of this dev set against ANNOTATION.md and its document text.

Checks: JSON loads; keys and value types; enumerated types/relations; doc file exists and
matches; report fields filled (title may be null only if absent); doc_number format;
every entity has its name or one alias occurring in the text (after removing 《》〈〉, quotes
and whitespace, and PDF page footers like '— 2 —'); duplicate names/aliases inside a kind.
Documents are read as UTF-8, falling back to GB18030.
usage: python3 validate.py [DIR]
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
         "normative_document", "party_document", "plan", "publication", "other"}
REL = {"issues", "implements", "studies", "mentions"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee",
         "institution", "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
FOOTER = re.compile(r"^\s*[—\-－]\s*\d+\s*[—\-－]\s*$", re.M)
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000")
MAP = {"（": "(", "）": ")", "〔": "(", "〕": ")", "[": "(", "]": ")", "【": "(", "】": ")",
       "—": "-", "–": "-", "－": "-", "，": ",", "、": ","}

def norm(t):
    t = unicodedata.normalize("NFKC", t)
    return "".join(MAP.get(c, c) for c in t if c not in DROP)

def read(p):
    b = p.read_bytes()
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("gb18030")

errors, notes = [], []
def err(f, m): errors.append(f"{f}: {m}")

golds = sorted((ROOT / "gold").glob("*.json"))
docs = {p.name for p in (ROOT / "docs").glob("*.txt")}
if {g.stem + ".txt" for g in golds} != docs:
    err("*", f"docs/gold mismatch: {sorted(docs ^ {g.stem + '.txt' for g in golds})}")
for g in golds:
    f = g.name
    try:
        d = json.loads(g.read_text(encoding="utf-8"))
    except Exception as e:
        err(f, f"JSON: {e}"); continue
    if set(d) != {"doc", "report", "regulations", "organizations", "measures"}:
        err(f, f"top keys {sorted(d)}")
    if d.get("doc") != g.stem + ".txt":
        err(f, f"doc field {d.get('doc')!r}")
    txtp = ROOT / "docs" / d.get("doc", "")
    if not txtp.exists():
        err(f, "document missing"); continue
    raw = read(txtp)
    n = len(raw)
    if not 1500 <= n <= 5000:
        err(f, f"length {n} outside 1500-5000")
    text = norm(FOOTER.sub("", raw))
    rep = d.get("report", {})
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f, f"report keys {sorted(rep)}")
    for k in ("publisher", "region", "year"):
        if not rep.get(k):
            err(f, f"report.{k} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        err(f, "report.year not int in 2015-2025")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
        err(f, "report.date format")
    if rep.get("title") and norm(rep["title"]) not in text:
        err(f, f"title not in text: {rep['title']}")
    orgnames = {norm(x) for o in d.get("organizations", []) for x in [o["name"], *o["aliases"]]}
    if norm(rep.get("publisher") or "") not in orgnames:
        err(f, "publisher is not a gold organization")
    for kind, types, keys in (("regulations", REG_T, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                              ("organizations", ORG_T, {"name", "aliases", "type"}),
                              ("measures", MEA_T, {"name", "aliases", "type"})):
        seen = {}
        items = d.get(kind)
        if not isinstance(items, list):
            err(f, f"{kind} not a list"); continue
        for e in items:
            if set(e) != keys:
                err(f, f"{kind} keys {sorted(e)} for {e.get('name')}")
            if not isinstance(e.get("name"), str) or not e["name"]:
                err(f, f"{kind} bad name"); continue
            if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) for a in e["aliases"]):
                err(f, f"{kind} bad aliases for {e['name']}")
            if e.get("type") not in types:
                err(f, f"{kind} bad type {e.get('type')} for {e['name']}")
            if kind == "regulations":
                if e.get("relation") not in REL:
                    err(f, f"bad relation for {e['name']}")
                dn = e.get("doc_number")
                if dn is not None and not (re.fullmatch(r".+〔\d{4}〕\d+号", dn) or re.fullmatch(r".+令第\d+号", dn)):
                    err(f, f"doc_number format {dn!r}")
                iss = e.get("issuer")
                if iss is not None:
                    for part in iss.split():
                        if norm(part) not in orgnames:
                            err(f, f"issuer part {part!r} of {e['name']} not a gold organization")
            forms = [e["name"], *e.get("aliases", [])]
            for x in forms:
                k = norm(x)
                if k in seen and seen[k] != e["name"]:
                    err(f, f"{kind}: form {x!r} used by {seen[k]!r} and {e['name']!r}")
                seen[k] = e["name"]
            found = [x for x in forms if norm(x) in text]
            if not found:
                err(f, f"{kind}: neither name nor any alias in text: {e['name']}")
            elif norm(e["name"]) not in text:
                notes.append(f"{f}: {kind}: resolved name not in text (alias occurs): {e['name']}")
            for a in e.get("aliases", []):
                if norm(a) not in text:
                    notes.append(f"{f}: {kind}: alias not in text (accepted form): {a}")
for n_ in notes:
    print("note  ", n_)
for e in errors:
    print("ERROR ", e)
print(f"{len(golds)} gold files, {len(errors)} errors, {len(notes)} notes")
sys.exit(1 if errors else 0)
