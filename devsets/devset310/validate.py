#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py            (run from anywhere; uses the directory of this file)

Checks per gold file: JSON loads; top-level keys; report fields filled and typed; every
entity has the right keys and an allowed type / relation; doc_number is normalised
(机关代字〔年份〕序号号); no two entities of one kind share a normalised name or alias;
the publisher is among the organizations; every issuer part is among the organizations
(warning); and every entity's name or one of its aliases occurs in the text (after removing
《》〈〉 and whitespace). Canonical names that do not occur themselves (resolved names) are
listed as INFO when an alias occurs; an entity none of whose forms occurs is an ERROR.
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNO = re.compile(r"^\S+〔\d{4}〕\d+号$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    """The scorer's normalisation (score.py)."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip(text):
    return re.sub(r"[\s《》〈〉]", "", text)


def main():
    errors, warnings, infos = [], [], []
    golds = sorted((BASE / "gold").glob("*.json"))
    docs = sorted((BASE / "docs").glob("*.txt"))
    if len(golds) != len(docs):
        errors.append(f"{len(docs)} docs but {len(golds)} gold files")
    for gf in golds:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        keys = set(g)
        if keys != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(keys)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{tag}: doc field {g['doc']!r} does not match file name")
        tp = BASE / "docs" / g["doc"]
        if not tp.exists():
            errors.append(f"{tag}: text {g['doc']} missing")
            continue
        raw = tp.read_text(encoding="utf-8")
        n = len(raw)
        if not 1500 <= n <= 5000:
            warnings.append(f"{tag}: text length {n} outside 1500-5000")
        text = strip(raw)
        ntext = norm(raw)
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                errors.append(f"{tag}: report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{tag}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            errors.append(f"{tag}: report.date {rep['date']!r}")
        if rep.get("title") is not None and strip(rep["title"]) not in text:
            errors.append(f"{tag}: title does not occur in text")
        if rep.get("date") is None:
            warnings.append(f"{tag}: no date")
        org_forms = {}
        for o in g["organizations"]:
            for a in [o["name"], *o["aliases"]]:
                org_forms[norm(a)] = o["name"]
        if norm(rep.get("publisher", "")) not in org_forms:
            errors.append(f"{tag}: publisher {rep.get('publisher')!r} not among organizations")
        spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
                "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
                "measures": ({"name", "aliases", "type"}, MEA_TYPES)}
        for kind, (fields, types) in spec.items():
            seen = {}
            for e in g[kind]:
                name = e.get("name")
                if set(e) != fields:
                    errors.append(f"{tag}: {kind} {name!r}: keys {sorted(e)}")
                    continue
                if not isinstance(name, str) or not name or not isinstance(e["aliases"], list) \
                        or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {name!r}: bad name/aliases")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {name!r}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name!r}: relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                        errors.append(f"{tag}: {name!r}: doc_number not normalised {e['doc_number']!r}")
                    if e["doc_number"] is not None:
                        num = re.search(r"〔(\d{4})〕(\d+)号", e["doc_number"] or "")
                        if num and not re.search(re.escape(num.group(1)) + r"\D{1,3}" + num.group(2) + "号", ntext):
                            warnings.append(f"{tag}: {name!r}: doc_number {e['doc_number']} year/serial not found in text")
                    if e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if norm(part) not in org_forms:
                                warnings.append(f"{tag}: {name!r}: issuer part {part!r} not an organization")
                forms = [name, *e["aliases"]]
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: form {a!r} of {name!r} also belongs to {seen[k]!r}")
                    seen[k] = name
                found = [a for a in forms if strip(a) in text]
                if not found:
                    loose = [a for a in forms if norm(a) in ntext]
                    if loose:
                        infos.append(f"{tag}: {kind} {name!r}: occurs only after scorer normalisation ({loose[0]!r})")
                    else:
                        errors.append(f"{tag}: {kind} {name!r}: no form occurs in text")
                elif name not in found:
                    infos.append(f"{tag}: {kind} {name!r}: resolved canonical name; occurs as {found[0]!r}")
                for a in e["aliases"]:
                    if strip(a) not in text and norm(a) not in ntext:
                        infos.append(f"{tag}: {kind} {name!r}: alias {a!r} is an accepted form that does not occur in text")
        print(f"{tag}: {len(g['regulations'])} regulations, {len(g['organizations'])} organizations, "
              f"{len(g['measures'])} measures, {n} chars")
    for label, items in (("INFO", infos), ("WARNING", warnings), ("ERROR", errors)):
        for i in items:
            print(f"{label}\t{i}")
    print(f"{len(golds)} gold files: {len(errors)} errors, {len(warnings)} warnings, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
