#!/usr/bin/env python3
"""Validate devset179 gold files against ANNOTATION.md conventions and the texts.

usage: python3 validate.py [OUTDIR]
Checks: JSON loads; keys/types; enum values; doc_number form; report fields filled;
every entity's name or an alias occurs in the text (after removing 《》〈〉 and whitespace);
every alias occurs in the text; no duplicate entities after scorer normalisation;
publisher is a gold organization; issuers are gold organizations; text length 1500-5000.
Exit status 1 if any ERROR.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
         "normative_document", "party_document", "plan", "publication", "other"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee",
         "institution", "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
REL = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def snorm(t):  # scorer normalisation
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)

def strip(t):  # what the brief asks: remove title marks and whitespace
    return re.sub(r"[《》〈〉\s\u3000]", "", t)

def read(p):
    raw = p.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError(f"{p}: cannot decode")

errors = warnings = 0
def err(f, m):
    global errors; errors += 1; print(f"ERROR {f}: {m}")
def warn(f, m):
    global warnings; warnings += 1; print(f"warn  {f}: {m}")

golds = sorted((ROOT / "gold").glob("*.json"))
docs = sorted((ROOT / "docs").glob("*.txt"))
if len(golds) != len(docs):
    err("-", f"{len(docs)} docs but {len(golds)} gold files")
resolved = 0
for g in golds:
    f = g.name
    try:
        d = json.loads(g.read_text(encoding="utf-8"))
    except Exception as e:
        err(f, f"JSON: {e}"); continue
    if set(d) != {"doc", "report", "regulations", "organizations", "measures"}:
        err(f, f"top keys {sorted(d)}")
        continue
    if d["doc"] != g.stem + ".txt":
        err(f, f"doc field {d['doc']!r} does not match file name")
    tp = ROOT / "docs" / d["doc"]
    if not tp.exists():
        err(f, "text missing"); continue
    text = read(tp)
    n = len(text)
    if not 1500 <= n <= 5000:
        err(f, f"text length {n}")
    st = strip(text)
    rep = d["report"]
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f, f"report keys {sorted(rep)}")
    for k in ("publisher", "region"):
        if not isinstance(rep.get(k), str) or not rep.get(k):
            err(f, f"report.{k} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        err(f, f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
        err(f, f"report.date {rep['date']!r}")
    if rep.get("date") is None:
        warn(f, "report.date is null")
    if rep.get("title") is not None and strip(rep["title"]) not in st:
        err(f, f"title not in text: {rep['title']}")
    orgnames = {}
    for o in d["organizations"]:
        for a in [o["name"], *o["aliases"]]:
            orgnames[snorm(a)] = o["name"]
    if snorm(rep.get("publisher", "")) not in orgnames:
        err(f, f"publisher {rep.get('publisher')} is not a gold organization")
    for kind, tset, extra in (("regulations", REG_T, ("doc_number", "issuer", "relation")),
                              ("organizations", ORG_T, ()), ("measures", MEA_T, ())):
        seen = {}
        for e in d[kind]:
            want = {"name", "aliases", "type", *extra}
            if set(e) != want:
                err(f, f"{kind} keys {sorted(e)} for {e.get('name')}"); continue
            if not isinstance(e["name"], str) or not e["name"] or not isinstance(e["aliases"], list):
                err(f, f"{kind} bad name/aliases {e}"); continue
            if e["type"] not in tset:
                err(f, f"{kind} {e['name']}: type {e['type']}")
            if kind == "regulations":
                if e["relation"] not in REL:
                    err(f, f"{e['name']}: relation {e['relation']}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    err(f, f"{e['name']}: doc_number {e['doc_number']}")
                if e["doc_number"] is not None:
                    core = e["doc_number"].split("〔")[0]
                    if core not in st:
                        err(f, f"{e['name']}: doc_number agency code {core} not in text")
                if e["issuer"] is not None:
                    for part in e["issuer"].split():
                        if snorm(part) not in orgnames:
                            warn(f, f"{e['name']}: issuer part {part} not among gold organizations")
            for a in [e["name"], *e["aliases"]]:
                k = snorm(a)
                if k in seen and seen[k] is not e:
                    err(f, f"{kind}: {a!r} in two entities ({seen[k]['name']} / {e['name']})")
                seen[k] = e
            name_in = strip(e["name"]) in st
            alias_in = [a for a in e["aliases"] if strip(a) in st]
            for a in e["aliases"]:
                if strip(a) not in st:
                    err(f, f"{kind}: alias {a!r} of {e['name']} not in text")
            if not name_in:
                if alias_in:
                    resolved += 1
                else:
                    err(f, f"{kind}: neither name nor any alias of {e['name']!r} occurs in text")
    print(f"ok    {f}: {n} chars, R{len(d['regulations'])} O{len(d['organizations'])} M{len(d['measures'])}")
print(f"\n{len(golds)} gold files, {errors} errors, {warnings} warnings, "
      f"{resolved} entities whose canonical name is resolved (only aliases occur)")
sys.exit(1 if errors else 0)
