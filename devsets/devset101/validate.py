#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

Checks per gold file: JSON loads; top-level keys; report fields (publisher, region,
year filled; title/date typed); entity fields and enumerated types; doc_number format;
every entity's name or one of its aliases occurs in the text (after NFKC, removing
whitespace, quotation and title marks, unifying brackets and dashes, as score.py does);
every alias occurs in the text; no two entities of one kind share a normalised form;
the publisher is one of the gold organizations; the text is 1,500-5,000 characters.
Exit status 1 if any ERROR.  usage: python3 validate.py [DEVSET_DIR]
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP and not c.isspace())

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNUM = re.compile(r"^[^\s〔〕\[\]()（）【】]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

errors = warnings = 0
def err(f, m):
    global errors; errors += 1; print(f"ERROR {f}: {m}")
def warn(f, m):
    global warnings; warnings += 1; print(f"WARN  {f}: {m}")
def info(f, m):
    print(f"info  {f}: {m}")

gold_files = sorted((ROOT / "gold").glob("*.json"))
docs = sorted((ROOT / "docs").glob("*.txt"))
if len(gold_files) != len(docs):
    err("-", f"{len(gold_files)} gold files but {len(docs)} docs")
for gf in gold_files:
    f = gf.name
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e:
        err(f, f"JSON does not load: {e}"); continue
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        err(f, f"top-level keys {sorted(g)}")
        continue
    if g["doc"] != gf.stem + ".txt":
        err(f, f"doc field {g['doc']!r} does not match file name")
    tp = ROOT / "docs" / g["doc"]
    if not tp.exists():
        err(f, f"text {tp} missing"); continue
    raw = tp.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030"); info(f, "text is not UTF-8 (decoded as GB18030)")
    n, n_ns = len(text), len(re.sub(r"\s", "", text))
    if not 1500 <= n <= 5000:
        err(f, f"text length {n} outside 1500-5000")
    if not 1500 <= n_ns <= 5000:
        warn(f, f"text length without whitespace {n_ns} outside 1500-5000")
    nt = norm(text)
    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f, f"report keys {rep if not isinstance(rep, dict) else sorted(rep)}")
    else:
        for k in ("publisher", "region"):
            if not isinstance(rep[k], str) or not rep[k]:
                err(f, f"report.{k} empty")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            err(f, f"report.year {rep['year']!r}")
        if rep["title"] is not None:
            if not isinstance(rep["title"], str) or norm(rep["title"]) not in nt:
                err(f, f"report.title not in text: {rep['title']!r}")
        else:
            warn(f, "report.title is null")
        if rep["date"] is None:
            warn(f, "report.date is null")
        elif not isinstance(rep["date"], str) or not DATE.match(rep["date"]):
            err(f, f"report.date {rep['date']!r}")
    for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
        ents = g[kind]
        if not isinstance(ents, list):
            err(f, f"{kind} not a list"); continue
        seen = {}
        for e in ents:
            keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if not isinstance(e, dict) or set(e) != keys:
                err(f, f"{kind} entry keys wrong: {e}"); continue
            name, aliases = e["name"], e["aliases"]
            if not isinstance(name, str) or not name.strip():
                err(f, f"{kind} empty name"); continue
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                err(f, f"{kind} {name}: aliases must be a list of strings"); continue
            if e["type"] not in types:
                err(f, f"{kind} {name}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f, f"{name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None:
                    if not isinstance(dn, str) or not DOCNUM.match(dn):
                        err(f, f"{name}: doc_number {dn!r} not normalised")
                    elif norm(dn) not in nt:
                        info(f, f"{name}: doc_number {dn} repaired (as written differs)")
                if e["issuer"] is not None and not (isinstance(e["issuer"], str) and e["issuer"].strip()):
                    err(f, f"{name}: issuer {e['issuer']!r}")
            forms = [name] + aliases
            for form in forms:
                k = norm(form)
                if k in seen and seen[k] != name:
                    err(f, f"{kind}: form {form!r} used by both {seen[k]!r} and {name!r}")
                seen[k] = name
            if norm(name) in nt:
                pass
            elif any(norm(a) in nt for a in aliases):
                info(f, f"{kind} {name}: canonical (resolved) name not in text; alias occurs")
            else:
                err(f, f"{kind} {name}: neither name nor any alias occurs in text")
            for a in aliases:
                if norm(a) not in nt:
                    err(f, f"{kind} {name}: alias {a!r} does not occur in text")
                if norm(a) == norm(name):
                    info(f, f"{kind} {name}: alias {a!r} equals name after normalisation")
    if isinstance(rep, dict) and rep.get("publisher"):
        pubs = {norm(o["name"]) for o in g["organizations"]} | {norm(a) for o in g["organizations"] for a in o["aliases"]}
        if norm(rep["publisher"]) not in pubs:
            err(f, f"publisher {rep['publisher']!r} is not a gold organization")
print(f"{len(gold_files)} gold files, {errors} errors, {warnings} warnings")
sys.exit(1 if errors else 0)
