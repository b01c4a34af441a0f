#!/usr/bin/env python3
"""Validate devset70 gold files against ANNOTATION.md conventions and the doc texts.

usage: python3 validate.py [--verbose]
Checks: JSON loads; keys and value types; allowed entity/relation types; doc_number shape;
report fields filled; publisher is one of the gold organizations; every entity has its name
or one alias occurring in the text (text and names compared after html-unescaping and removing
whitespace and 《》〈〉 title marks); no normalised name shared by two entities of one kind;
doc length 1500-5000 characters. Exit code 1 if any error.
"""
import html, json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
         "normative_document", "party_document", "plan", "publication", "other"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee",
         "institution", "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
REL = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+[号號]$")
verbose = "--verbose" in sys.argv


def strip(s):
    s = html.unescape(s)
    return re.sub(r"[\s《》〈〉]", "", s)


def norm(s):  # like score.py
    s = unicodedata.normalize("NFKC", s)
    drop = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
    m = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
         "[": "(", "]": ")", "【": "(", "】": ")", "，": ",", "、": ","}
    return "".join(m.get(c, c) for c in s if c not in drop)


errors, infos = [], []
files = sorted((ROOT / "gold").glob("*.json"))
for gf in files:
    tag = gf.name
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:
        errors.append(f"{tag}: JSON does not load: {exc}")
        continue
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errors.append(f"{tag}: top-level keys {sorted(g)}")
        continue
    doc = ROOT / "docs" / g["doc"]
    if g["doc"] != gf.stem + ".txt" or not doc.exists():
        errors.append(f"{tag}: doc {g['doc']!r} missing or misnamed")
        continue
    raw = doc.read_text(encoding="utf-8")
    n = len(raw)
    if not 1500 <= n <= 5000:
        errors.append(f"{tag}: document length {n} outside 1500-5000")
    text = strip(raw)
    rep = g["report"]
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"{tag}: report keys {sorted(rep)}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errors.append(f"{tag}: report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errors.append(f"{tag}: report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
        errors.append(f"{tag}: report.date {rep['date']!r}")
    if rep.get("title") is not None and strip(rep["title"]) not in text:
        errors.append(f"{tag}: report.title does not occur in text")
    orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
    if norm(rep.get("publisher") or "") not in orgnames:
        errors.append(f"{tag}: publisher {rep.get('publisher')!r} not among organizations")
    for kind, types, keys in (("regulations", REG_T, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                              ("organizations", ORG_T, {"name", "aliases", "type"}),
                              ("measures", MEA_T, {"name", "aliases", "type"})):
        seen = {}
        for e in g[kind]:
            if set(e) != keys:
                errors.append(f"{tag}: {kind} {e.get('name')!r} keys {sorted(e)}")
                continue
            if not isinstance(e["name"], str) or not e["name"] or not isinstance(e["aliases"], list):
                errors.append(f"{tag}: {kind} bad name/aliases {e!r}")
                continue
            if e["type"] not in types:
                errors.append(f"{tag}: {kind} {e['name']}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in REL:
                    errors.append(f"{tag}: {e['name']}: bad relation {e['relation']!r}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    errors.append(f"{tag}: {e['name']}: doc_number not normalised {e['doc_number']!r}")
                if e["doc_number"] is not None and strip(e["doc_number"]).replace("〔", "").replace("〕", "") not in \
                        re.sub(r"[\[\]()（）〔〕【】]", "", text):
                    errors.append(f"{tag}: {e['name']}: doc_number {e['doc_number']!r} not in text")
                if e["issuer"] is not None:
                    for part in e["issuer"].split():
                        if norm(part) not in orgnames:
                            errors.append(f"{tag}: {e['name']}: issuer part {part!r} not an organization")
            forms = [e["name"], *e["aliases"]]
            found = [f for f in forms if strip(f) and strip(f) in text]
            if not found:
                errors.append(f"{tag}: {kind} {e['name']!r}: neither name nor any alias occurs in text")
            elif strip(e["name"]) not in text:
                infos.append(f"{tag}: {kind} {e['name']!r} resolved (occurs as {found[0]!r})")
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    errors.append(f"{tag}: {kind} form {f!r} shared by {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
if verbose:
    print("\n".join(infos))
print(f"{len(files)} gold files, {len(errors)} errors, {len(infos)} resolved names")
print("\n".join(errors))
sys.exit(1 if errors else 0)
