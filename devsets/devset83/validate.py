#!/usr/bin/env python3
"""Validate the devset83 gold files against ANNOTATION.md and their texts.

usage: python3 validate.py [DIR]   (DIR defaults to this script's directory)

Checks, for each gold/*.json: JSON loads; keys and value types; enum values for
regulation/organization/measure types and relations; doc_number shape; report fields
filled (title may be null when the text has none); the doc file exists; every entity
name or one of its aliases occurs in the text after normalisation (NFKC, whitespace and
line breaks, quotation and title marks removed — the scorer's norm()); duplicate names
or aliases inside one kind. Resolved canonical names that do not occur themselves are
listed as INFO (fine as long as an alias occurs). Exit status 1 on any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, infos = [], []
    files = sorted((base / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    docs = {p.name for p in (base / "docs").glob("*.txt")}
    seen_docs = set()
    for gf in files:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{where}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{where}: top-level keys {sorted(g)}")
            continue
        doc = g["doc"]
        if doc[:-4] != gf.stem or not doc.endswith(".txt"):
            errors.append(f"{where}: doc field {doc!r} does not match file name")
        path = base / "docs" / doc
        if not path.exists():
            errors.append(f"{where}: missing text {doc}")
            continue
        seen_docs.add(doc)
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
            infos.append(f"{where}: text is not UTF-8 (decoded as GB18030)")
        nlen = len(text)
        if not 1500 <= nlen <= 5000:
            errors.append(f"{where}: text length {nlen} outside 1500-5000")
        ntext = norm(text)
        # report
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys wrong: {rep}")
        else:
            for f in ("publisher", "region", "year"):
                if rep[f] in (None, ""):
                    errors.append(f"{where}: report.{f} empty")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                errors.append(f"{where}: report.year {rep['year']!r} not an int 2015-2025")
            if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
                errors.append(f"{where}: report.date {rep['date']!r} not YYYY-MM-DD")
            if rep["title"] is not None and norm(rep["title"]) not in ntext:
                errors.append(f"{where}: report.title not in text")
            if rep["title"] is None:
                infos.append(f"{where}: report.title is null")
            if rep["date"] is None:
                infos.append(f"{where}: report.date is null")
            orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
            if norm(rep["publisher"] or "") not in orgnames:
                errors.append(f"{where}: publisher {rep['publisher']!r} is not a gold organization")
        # entities
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g[kind]
            if not isinstance(items, list):
                errors.append(f"{where}: {kind} is not a list")
                continue
            keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            index = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != keys:
                    errors.append(f"{where}: {kind} entry keys wrong: {e}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{where}: {kind} empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{where}: {kind} {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{where}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{where}: {name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not re.fullmatch(r"\S+〔\d{4}〕\d+号", dn):
                        errors.append(f"{where}: {name}: doc_number {dn!r} not 机关代字〔年份〕序号号")
                    if dn is not None and norm(dn) not in ntext:
                        infos.append(f"{where}: {name}: doc_number {dn!r} normalised from a different written form")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{where}: {name}: issuer not a string")
                forms = [name, *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in index and index[k] != name:
                        errors.append(f"{where}: {kind}: form {f!r} used by both {index[k]!r} and {name!r}")
                    index.setdefault(k, name)
                found = [f for f in forms if norm(f) in ntext]
                if not found:
                    errors.append(f"{where}: {kind}: neither {name!r} nor an alias occurs in the text")
                elif norm(name) not in ntext:
                    infos.append(f"{where}: {kind}: resolved name {name!r} not in text; alias {found[0]!r} is")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        infos.append(f"{where}: {kind}: alias {a!r} of {name!r} not in text (accepted form)")
    for d in sorted(docs - seen_docs):
        errors.append(f"docs/{d}: no gold file")
    for line in infos:
        print("INFO ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(infos)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
