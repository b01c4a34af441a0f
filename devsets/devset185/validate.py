#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py            (checks gold/*.json against docs/*.txt)

Checks: JSON loads; top-level and report keys; field types; allowed values of
type / relation; doc_number shape; date shape; the doc file exists and is
1,500-5,000 characters; every entity's name or one of its aliases occurs in the
text (after NFKC, removing whitespace, title marks and quotation marks, and
unifying brackets/dashes, as score.py does); no two entities of one kind share a
normalised form; the publisher is one of the organizations; every issuer part
is a gold organization (warning only). Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ("regulations", "organizations", "measures")
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(s):
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(_MAP.get(c, c) for c in s if c not in _DROP and not c.isspace())


def check(gf, errors, warnings):
    def err(msg):
        errors.append(f"{gf.name}: {msg}")
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return
    if set(g) != {"doc", "report", *KINDS}:
        err(f"top-level keys {sorted(g)}")
        return
    if g["doc"] != gf.stem + ".txt":
        err(f"doc {g['doc']!r} does not match file name")
    txt = HERE / "docs" / g["doc"]
    if not txt.exists():
        err(f"missing text {txt}")
        return
    raw = txt.read_text(encoding="utf-8")
    if not 1500 <= len(raw) <= 5000:
        err(f"text length {len(raw)} outside 1500-5000")
    text = norm(raw)
    rep = g["report"]
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {sorted(rep)}")
    else:
        for f in ("publisher", "region", "year"):
            if rep[f] in (None, ""):
                err(f"report.{f} empty")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep['year']!r}")
        if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            err(f"report.date {rep['date']!r}")
        if rep["title"] is not None and norm(rep["title"]) not in text:
            err(f"report.title not in text: {rep['title']}")
        if rep["title"] is None:
            warnings.append(f"{gf.name}: report.title is null")
        if rep["date"] is None:
            warnings.append(f"{gf.name}: report.date is null")
    orgs = {}
    for o in g["organizations"]:
        for a in [o.get("name"), *o.get("aliases", [])]:
            orgs.setdefault(norm(a), o.get("name"))
    if rep.get("publisher") and norm(rep["publisher"]) not in orgs:
        err(f"publisher {rep['publisher']!r} is not a gold organization")
    allowed = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}
    for kind in KINDS:
        if not isinstance(g[kind], list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in g[kind]:
            keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != keys:
                err(f"{kind} entity keys {sorted(e)}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                err(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                err(f"{kind} {e['name']}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in allowed[kind]:
                err(f"{kind} {e['name']}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"regulation {e['name']}: bad relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not re.fullmatch(r"\S+〔\d{4}〕\d+[号號]", dn):
                    err(f"regulation {e['name']}: doc_number not normalised: {dn!r}")
                if dn is not None and not any(re.sub(r"[()]", "", norm(dn)) in re.sub(r"[()]", "", t)
                                              for t in [text]):
                    err(f"regulation {e['name']}: doc_number {dn!r} not found in text")
                if e["issuer"] is not None:
                    for part in str(e["issuer"]).split():
                        if norm(part) not in orgs:
                            warnings.append(f"{gf.name}: issuer part {part!r} of {e['name']} is not a gold organization")
            forms = [e["name"], *e["aliases"]]
            if not any(norm(f) in text for f in forms):
                err(f"{kind} {e['name']}: neither name nor any alias occurs in the text")
            missing = [a for a in e["aliases"] if norm(a) not in text]
            if missing:
                warnings.append(f"{gf.name}: {kind} {e['name']}: aliases not in text (accepted forms): {missing}")
            if norm(e["name"]) not in text:
                warnings.append(f"{gf.name}: {kind} canonical name not in text (resolved): {e['name']}")
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    err(f"{kind}: form {f!r} used by both {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])


def main():
    errors, warnings = [], []
    files = sorted((HERE / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        check(gf, errors, warnings)
    docs = {p.stem for p in (HERE / "docs").glob("*.txt")}
    for d in sorted(docs - {f.stem for f in files}):
        errors.append(f"{d}.txt has no gold file")
    if "-v" in sys.argv:
        for w in warnings:
            print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(warnings)} warnings (-v to list)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
