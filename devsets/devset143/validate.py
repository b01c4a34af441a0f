#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks, per gold file: JSON loads; top-level keys and types; report fields filled
(title may be null, date YYYY-MM-DD or null); entity keys, types, relations and
doc_number format; no two entities of one kind share a normalised name/alias; every
entity's name or one of its aliases occurs in the text (after NFKC and removing
title marks, quotation marks and whitespace, so PDF line breaks do not matter);
doc_number occurs in the text (brackets unified); issuer parts and the publisher
are gold organizations; document length 1,500-5,000 characters.
Canonical names that do not occur but have an occurring alias are listed as info.
Exit status 1 if there is any error.
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
DOCNUM = re.compile(r"^.+〔\d{4}〕\d+[号號]$|^.*令第\d+[号號]$")
PAGE_FOOTER = re.compile(r"^\s*[—\-－]\s*\d+\s*[—\-－]\s*$", re.M)
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError(f"cannot decode {path}")


def check(gold_path, docs_dir, errors, infos):
    def err(msg):
        errors.append(f"{gold_path.name}: {msg}")
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        err(f"top-level keys {sorted(g)}")
        return
    if g["doc"] != gold_path.stem + ".txt":
        err(f"doc {g['doc']!r} does not match file name")
    doc = docs_dir / g["doc"]
    if not doc.exists():
        err(f"document {doc} missing")
        return
    text = read_text(doc)
    if not 1500 <= len(text.strip()) <= 5000:
        err(f"document length {len(text.strip())} outside 1500-5000")
    ntext = norm(PAGE_FOOTER.sub("", text))  # PDF page footers may split a name
    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {rep!r}")
        return
    if rep["title"] is not None and (not isinstance(rep["title"], str) or norm(rep["title"]) not in ntext):
        err(f"report title not a string occurring in the text: {rep['title']!r}")
    for f in ("publisher", "region"):
        if not isinstance(rep[f], str) or not rep[f]:
            err(f"report {f} empty")
    if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
        err(f"report year {rep['year']!r}")
    if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
        err(f"report date {rep['date']!r}")
    spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
            "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
            "measures": (MEA_TYPES, {"name", "aliases", "type"})}
    org_names = {norm(o["name"]) for o in g["organizations"] if isinstance(o, dict) and "name" in o}
    for kind, (types, keys) in spec.items():
        items = g[kind]
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != keys:
                err(f"{kind}: bad keys {e!r}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                err(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                err(f"{kind}: {name}: type {e['type']!r} not allowed")
            for form in [name, *e["aliases"]]:
                k = norm(form)
                if k in seen and seen[k] != name:
                    err(f"{kind}: {form!r} is both under {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            occurring = [f for f in [name, *e["aliases"]] if norm(f) in ntext]
            if not occurring:
                err(f"{kind}: neither name nor any alias occurs in text: {name!r}")
            elif norm(name) not in ntext:
                infos.append(f"{gold_path.name}: {kind}: canonical {name!r} resolved; occurs as {occurring[0]!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None:
                    if not isinstance(dn, str) or not DOCNUM.match(dn):
                        err(f"{name}: doc_number {dn!r} not normalised")
                    elif norm(dn) not in ntext:
                        err(f"{name}: doc_number {dn!r} not in text")
                iss = e["issuer"]
                if iss is not None:
                    for part in str(iss).split():
                        if norm(part) not in org_names:
                            err(f"{name}: issuer part {part!r} is not a gold organization")
    if norm(rep["publisher"]) not in org_names:
        err(f"publisher {rep['publisher']!r} is not a gold organization")


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_files = sorted((base / "gold").glob("*.json"))
    docs = sorted((base / "docs").glob("*.txt"))
    errors, infos = [], []
    if len(gold_files) != len(docs):
        errors.append(f"{len(gold_files)} gold files but {len(docs)} documents")
    for gf in gold_files:
        check(gf, base / "docs", errors, infos)
    for line in infos:
        print("info:", line)
    for line in errors:
        print("ERROR:", line)
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(infos)} resolved canonical names")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
