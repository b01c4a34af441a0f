#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]

Checks, per gold file: JSON loads; top-level keys; report fields (publisher, region, year
filled; date YYYY-MM-DD or null); entity keys and enumerated types/relations; doc_number
format; no alias shared by two entities of one kind; every entity's name or at least one
alias occurs in the text (after removing whitespace, title/quotation marks, HTML-escaped
title marks and PDF page-number lines). Canonical names that do not occur (resolved
names) are listed as info when an alias occurs. Aliases that occur nowhere are warnings.
Exit status 1 if any ERROR.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
PAGE = re.compile(r"^\s*[—\-－]\s*\d+\s*[—\-－]\s*$", re.M)   # PDF page-number lines


def norm(s):
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(MAP.get(c, c) for c in s if c not in DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def text_norm(text):
    text = PAGE.sub("", text)
    text = text.replace("&lt;", "").replace("&gt;", "").replace("&quot;", "")
    return norm(text)


def main():
    errors, warnings, infos = [], [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
        doc = ROOT / "docs" / str(g.get("doc"))
        if not doc.exists():
            errors.append(f"{tag}: doc file {doc.name} missing")
            continue
        if Path(g["doc"]).stem != gf.stem:
            errors.append(f"{tag}: doc name {g['doc']} does not match gold file name")
        text = read_text(doc)
        nt = text_norm(text)
        if not 1500 <= len(text) <= 5000:
            warnings.append(f"{tag}: text length {len(text)} outside 1500-5000")
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                errors.append(f"{tag}: report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
            errors.append(f"{tag}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            errors.append(f"{tag}: report.date {rep.get('date')!r}")
        if rep.get("date") is None:
            warnings.append(f"{tag}: report.date is null")
        if rep.get("title") is not None and norm(rep["title"]) not in nt:
            errors.append(f"{tag}: report.title does not occur in text")
        orgnames = {norm(a) for o in g.get("organizations", []) for a in [o["name"], *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
            errors.append(f"{tag}: publisher {rep['publisher']} is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            seen = {}
            for e in items:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{tag}: {kind} {e.get('name')}: keys {sorted(e)}")
                    continue
                if not isinstance(e["name"], str) or not e["name"]:
                    errors.append(f"{tag}: {kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {e['name']}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {e['name']}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {e['name']}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not re.fullmatch(r"\S+〔\d{4}〕\d+号", dn):
                        errors.append(f"{tag}: {e['name']}: doc_number not normalised: {dn!r}")
                    if dn is not None and norm(dn) not in nt:
                        errors.append(f"{tag}: {e['name']}: doc_number {dn} not in text")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{tag}: {e['name']}: issuer must be string or null")
                    elif e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if norm(part) not in orgnames:
                                warnings.append(f"{tag}: {e['name']}: issuer part {part} not among gold organizations")
                forms = [e["name"], *e["aliases"]]
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{tag}: {kind}: form {a!r} shared by {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
                hits = [a for a in forms if norm(a) in nt]
                if not hits:
                    errors.append(f"{tag}: {kind}: neither name nor any alias occurs: {e['name']}")
                elif norm(e["name"]) not in nt:
                    infos.append(f"{tag}: {kind}: resolved name not in text (alias occurs): {e['name']}")
                for a in e["aliases"]:
                    if norm(a) not in nt:
                        warnings.append(f"{tag}: {kind} {e['name']}: alias does not occur: {a}")
    for m in infos:
        print("info   ", m)
    for m in warnings:
        print("WARNING", m)
    for m in errors:
        print("ERROR  ", m)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(warnings)} warnings, {len(infos)} resolved names")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
