#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

Checks, for every gold/*.json: JSON loads; keys and value types; entity types and
relations are from the allowed sets; report fields are filled (title may be null only
when the text has none, date may be null); every entity has its name or at least one
alias occurring in the document text (after removing 《》〈〉, quotes and whitespace,
NFKC, unified brackets/dashes, and after dropping PDF page-number lines); no alias is
shared by two entities of the same kind; doc_number has the 〔年份〕 form or is a 令 number.
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
PAGE_LINE = re.compile(r"^\s*(?:[-—－–]\s*\d+\s*[-—－–]|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)\s*$")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def text_forms(text):
    lines = [l for l in text.splitlines() if not PAGE_LINE.match(l)]
    return norm(text), norm("\n".join(lines))


def main():
    errors, warnings = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    docs = sorted((HERE / "docs").glob("*.txt"))
    if {g.stem for g in golds} != {d.stem for d in docs}:
        errors.append(f"docs/gold mismatch: {sorted({g.stem for g in golds} ^ {d.stem for d in docs})}")
    for gf in golds:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            err(f"doc field {g['doc']!r} does not match file name")
        tpath = HERE / "docs" / g["doc"]
        if not tpath.exists():
            err("text file missing")
            continue
        text = read_text(tpath)
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500-5000")
        forms = text_forms(text)
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            err(f"report.date {rep['date']!r}")
        if rep.get("date") is None:
            warnings.append(f"{gf.name}: report.date is null")
        if rep.get("title") is not None and not any(norm(rep["title"]) in t for t in forms):
            err(f"report.title not in text: {rep['title']}")
        orgnames = set()
        for o in g["organizations"]:
            orgnames.update(norm(a) for a in [o["name"], *o["aliases"]])
        if norm(rep.get("publisher", "")) not in orgnames:
            err(f"publisher {rep.get('publisher')!r} is not an organization of the gold")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEAS_TYPES)):
            seen = {}
            if not isinstance(g[kind], list):
                err(f"{kind} is not a list")
                continue
            for e in g[kind]:
                keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != keys:
                    err(f"{kind} {e.get('name')}: keys {sorted(e)}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    err(f"{kind}: empty name")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind} {e['name']}: aliases must be a list of strings")
                if e["type"] not in types:
                    err(f"{kind} {e['name']}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{e['name']}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not (re.search(r"〔\d{4}〕\d+号$", dn) or re.search(r"令第\d+号$", dn)):
                        err(f"{e['name']}: doc_number {dn!r} not normalised")
                    if dn is not None and norm(dn) not in forms[0] and norm(dn) not in forms[1]:
                        warnings.append(f"{gf.name}: doc_number {dn} does not occur verbatim (repaired)")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{e['name']}: issuer must be string or null")
                    if e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if norm(part) not in orgnames:
                                err(f"{e['name']}: issuer part {part!r} is not an organization of the gold")
                names = [e["name"], *e["aliases"]]
                found = [a for a in names if any(norm(a) in t for t in forms)]
                if not found:
                    err(f"{kind} {e['name']}: neither name nor any alias occurs in the text")
                elif norm(e["name"]) not in forms[0] and norm(e["name"]) not in forms[1]:
                    warnings.append(f"{gf.name}: {kind} canonical name resolved, not in text: {e['name']} (alias found: {found[0]})")
                for a in names:
                    k = norm(a)
                    if k in seen and seen[k] != e["name"]:
                        err(f"{kind}: alias {a!r} shared by {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
    if "-v" in sys.argv:
        for w in warnings:
            print("note:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(warnings)} notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
