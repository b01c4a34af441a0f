#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

Checks: JSON loads; top-level keys; report fields (publisher/region/year filled, year int,
date YYYY-MM-DD or null, publisher is one of the gold organizations); every entity has the
right keys and an allowed type/relation; doc_number is null or in 代字〔年〕号 form; every
entity's name or one of its aliases occurs in the text (compared after removing title marks,
quotes, whitespace and line breaks, with NFKC and unified brackets, as score.py does);
no alias is shared by two entities of the same kind; docs are 1,500-5,000 characters.
Prints exceptions (canonical names absent from the text but matched via an alias) as INFO.
Exit status 1 if any ERROR.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
         "normative_document", "party_document", "plan", "publication", "other"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee",
         "institution", "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
REL = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)


def read_text(p):
    raw = p.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def main():
    errors = infos = 0
    golds = sorted((ROOT / "gold").glob("*.json"))
    for gf in golds:
        def err(msg):
            nonlocal errors
            errors += 1
            print(f"ERROR {gf.name}: {msg}")
        def info(msg):
            nonlocal infos
            infos += 1
            print(f"INFO  {gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        doc = ROOT / "docs" / g.get("doc", "")
        if g.get("doc") != gf.stem + ".txt" or not doc.exists():
            err(f"doc field {g.get('doc')!r} does not name an existing docs/ file")
            continue
        text = read_text(doc)
        if not 1500 <= len(text) <= 5000:
            err(f"text length {len(text)} outside 1500-5000")
        ntext = norm(text)
        # PDF page footers ("— 2 —") can fall inside a title; the gold names the repaired
        # title (ANNOTATION.md 1: scraping damage repaired where certain), so match against
        # the text with those footer lines removed as well.
        ntext_fixed = norm(re.sub(r"\n\s*— ?\d+ ?—\s*\n", "\n", text))
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                err(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
            err(f"report.date {rep['date']!r}")
        if rep.get("date") is None:
            info("report.date is null")
        if rep.get("title") is None:
            info("report.title is null")
        elif norm(rep["title"]) not in ntext:
            info(f"report title not verbatim in text: {rep['title']}")
        orgnames = {norm(a) for o in g.get("organizations", []) for a in [o["name"], *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
            err("report.publisher is not among the organizations")
        for kind, types, keys in (("regulations", REG_T, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                                  ("organizations", ORG_T, {"name", "aliases", "type"}),
                                  ("measures", MEA_T, {"name", "aliases", "type"})):
            seen = {}
            for e in g.get(kind, []):
                if set(e) != keys:
                    err(f"{kind} {e.get('name')!r}: keys {sorted(e)}")
                    continue
                if not isinstance(e["aliases"], list):
                    err(f"{kind} {e['name']}: aliases not a list")
                if e["type"] not in types:
                    err(f"{kind} {e['name']}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in REL:
                        err(f"{e['name']}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not re.fullmatch(r"[^〔〕\[\]]+〔\d{4}〕\d+号", dn):
                        err(f"{e['name']}: doc_number not normalised: {dn!r}")
                    if dn is not None and norm(dn) not in ntext:
                        err(f"{e['name']}: doc_number {dn} not in text")
                    if e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if norm(part) not in orgnames:
                                err(f"{e['name']}: issuer part {part} not among organizations")
                forms = [e["name"], *e["aliases"]]
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != e["name"]:
                        err(f"{kind}: form {a!r} shared by {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
                found = [a for a in forms if norm(a) in ntext]
                if not found and any(norm(a) in ntext_fixed for a in forms):
                    info(f"{kind} {e['name']!r}: occurs only across a PDF page footer (repaired)")
                elif not found:
                    err(f"{kind} {e['name']!r}: neither name nor any alias occurs in the text")
                elif norm(e["name"]) not in ntext:
                    info(f"{kind} canonical {e['name']!r} resolved; occurs as {found[0]!r}")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        info(f"{kind} {e['name']!r}: alias {a!r} not in text (accepted variant)")
    print(f"{len(golds)} gold files, {errors} errors, {infos} info")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
