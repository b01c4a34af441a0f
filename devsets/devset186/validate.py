#!/usr/bin/env python3
"""Validate the gold files of this dev set (see README.md).

Checks per gold file: JSON loads; keys and value types follow ANNOTATION.md (section 5);
types / relations are from the allowed sets; doc_number has the normalised form; the report
fields are filled; every entity's name or one of its aliases occurs in the text (after removing
title/quotation marks and whitespace on both sides); no two entities of one kind share a
normalised name/alias (the scorer would silently shadow one); the cited document number occurs
in the text (with any bracket style); the text is 1,500-5,000 characters.
Canonical names that do not occur verbatim (resolved names) are listed as INFO, not errors.
Exit status 1 if any ERROR.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000")
BR = {"【": "〔", "】": "〕", "[": "〔", "]": "〕", "(": "〔", ")": "〕", "（": "〔", "）": "〕", "﹝": "〔", "﹞": "〕"}


def squash(s):
    return "".join(c for c in s if c not in DROP)


def scorer_norm(s):
    s = unicodedata.normalize("NFKC", s)
    mp = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
          "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
    return "".join(mp.get(c, c) for c in s if c not in DROP | set("·•"))


def main():
    errors, infos = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    for gf in golds:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
        doc = g.get("doc")
        if doc != gf.stem + ".txt":
            errors.append(f"{tag}: doc field {doc!r} does not match file name")
        tp = ROOT / "docs" / str(doc)
        if not tp.exists():
            errors.append(f"{tag}: text {tp} missing")
            continue
        text = tp.read_text(encoding="utf-8")
        if not 1500 <= len(text) <= 5000:
            errors.append(f"{tag}: text length {len(text)} outside 1500-5000")
        flat = squash(text)
        flat_br = "".join(BR.get(c, c) for c in flat)
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        for f in ("title", "publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                errors.append(f"{tag}: report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{tag}: report.year {rep.get('year')!r}")
        d = rep.get("date")
        if d is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(d)):
            errors.append(f"{tag}: report.date {d!r}")
        if d is None:
            infos.append(f"{tag}: report.date is null")
        if rep.get("title") and squash(rep["title"]) not in flat:
            infos.append(f"{tag}: title not verbatim in text (joined from several lines?)")
        org_forms = {}
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            seen = {}
            for e in items:
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind}: bad name {name!r}")
                    continue
                al = e.get("aliases")
                if not isinstance(al, list) or not all(isinstance(a, str) and a for a in al):
                    errors.append(f"{tag}: {kind}: {name}: bad aliases {al!r}")
                    al = []
                if e.get("type") not in types:
                    errors.append(f"{tag}: {kind}: {name}: bad type {e.get('type')!r}")
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{tag}: {kind}: {name}: keys {sorted(e)}")
                for form in [name, *al]:
                    k = scorer_norm(form)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: form {form!r} of {name!r} collides with {seen[k]!r}")
                    seen.setdefault(k, name)
                    if kind == "organizations":
                        org_forms[k] = name
                for a in al:
                    if squash(a) not in flat:
                        infos.append(f"{tag}: {kind}: alias {a!r} of {name!r} is an accepted form not written in the text")
                found = [f for f in [name, *al] if squash(f) and squash(f) in flat]
                if not found:
                    errors.append(f"{tag}: {kind}: neither {name!r} nor its aliases occur in the text")
                elif squash(name) not in flat:
                    infos.append(f"{tag}: {kind}: canonical {name!r} resolved; occurs as {found[0]!r}")
                if kind == "regulations":
                    dn = e.get("doc_number")
                    if dn is not None:
                        if not re.fullmatch(r".+〔\d{4}〕\d+号|.+令第\d+号", dn):
                            errors.append(f"{tag}: {name}: doc_number {dn!r} not normalised")
                        elif squash(dn) not in flat_br:
                            errors.append(f"{tag}: {name}: doc_number {dn!r} not in text")
                    if e.get("relation") not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e.get('relation')!r}")
                    iss = e.get("issuer")
                    if iss is not None and not isinstance(iss, str):
                        errors.append(f"{tag}: {name}: bad issuer {iss!r}")
            if kind == "organizations":
                pass
        pub = rep.get("publisher")
        if pub and scorer_norm(pub) not in org_forms:
            errors.append(f"{tag}: publisher {pub!r} is not among the organizations")
        for e in g.get("regulations", []):
            if e.get("issuer"):
                for part in e["issuer"].split():
                    if scorer_norm(part) not in org_forms:
                        errors.append(f"{tag}: issuer {part!r} of {e['name']!r} not among the organizations")
    for i in infos:
        print("INFO ", i)
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
