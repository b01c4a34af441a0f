#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

Checks: JSON loads; top-level keys; report fields filled and well-typed; entity fields and
enumerated types/relations; doc_number normalised form; every entity's name or one of its
aliases occurs in the text (compared after the scorer's normalisation: NFKC, quotes/title
marks/whitespace removed, brackets and dashes unified); no alias claimed by two entities of
the same kind; text length 1,500-5,000 characters.  Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)

def main():
    errors, warnings = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(golds) != 10:
        warnings.append(f"expected 10 gold files, found {len(golds)}")
    for gf in golds:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            errors.append(f"{where}: JSON error {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{where}: keys {sorted(g)}")
        doc = HERE / "docs" / g.get("doc", "")
        if g.get("doc") != gf.stem + ".txt" or not doc.exists():
            errors.append(f"{where}: doc {g.get('doc')!r} missing or misnamed"); continue
        text = doc.read_text(encoding="utf-8")
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{where}: text length {n} outside 1500-5000")
        ntext = norm(text)
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                errors.append(f"{where}: report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{where}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            errors.append(f"{where}: report.date {rep['date']!r}")
        if rep.get("date") is None:
            warnings.append(f"{where}: report.date is null")
        if rep.get("title") and norm(rep["title"]) not in ntext:
            errors.append(f"{where}: title not in text")
        orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
        if norm(rep.get("publisher", "")) not in orgnames:
            errors.append(f"{where}: publisher {rep.get('publisher')!r} is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            for e in g[kind]:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{where}: {kind} {e.get('name')!r} keys {sorted(e)}")
                if not isinstance(e.get("name"), str) or not e["name"] or not isinstance(e.get("aliases"), list):
                    errors.append(f"{where}: {kind} bad name/aliases {e!r}"); continue
                if e.get("type") not in types:
                    errors.append(f"{where}: {kind} {e['name']}: type {e.get('type')!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{where}: {e['name']}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not re.fullmatch(r"\S+〔\d{4}〕\d+号", dn):
                        errors.append(f"{where}: {e['name']}: doc_number not normalised {dn!r}")
                    if dn is not None and norm(dn) not in ntext:
                        warnings.append(f"{where}: {e['name']}: doc_number {dn} not literally in text")
                    if e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if norm(part) not in orgnames:
                                errors.append(f"{where}: {e['name']}: issuer part {part!r} is not a gold organization")
                forms = [e["name"], *e["aliases"]]
                if not any(norm(f) in ntext for f in forms):
                    errors.append(f"{where}: {kind} {e['name']!r}: neither name nor any alias occurs in text")
                elif norm(e["name"]) not in ntext:
                    warnings.append(f"{where}: {kind} {e['name']!r}: canonical name resolved (alias occurs)")
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{where}: {kind}: form {f!r} claimed by {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
    for w in warnings:
        print("note:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(warnings)} notes")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
