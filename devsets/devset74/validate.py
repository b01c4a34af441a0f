#!/usr/bin/env python3
"""Validate the devset74 gold files against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this file)

Checks, for every gold/*.json:
  * the JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file (read as UTF-8) of 1,500-5,000 characters;
  * report: title/publisher/region are non-empty strings, year is an int in 2015-2025,
    date is YYYY-MM-DD; the publisher is one of the gold organizations;
  * every entity has the fields and value types of ANNOTATION.md (types, relation,
    doc_number normalised to 机关代字〔年份〕序号号, issuer parts are gold organizations);
  * the name or at least one alias occurs in the text after normalisation (NFKC, HTML
    entities decoded, whitespace, title marks and quotation marks removed) - canonical
    names that are resolved and do not occur are listed as info, not errors;
  * every alias occurs in the text (an alias is "a form in this report");
  * no normalised name/alias is shared by two entities of the same kind (the scorer
    would match them ambiguously).
Exit status 1 if any error was found.
"""
import html
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
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    """Same normalisation as score.py, after decoding HTML entities."""
    text = unicodedata.normalize("NFKC", html.unescape(str(text)))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, infos = [], []
    files = sorted((root / "gold").glob("*.json"))
    if not files:
        sys.exit(f"no gold files in {root / 'gold'}")
    seen_docs = set()
    for gf in files:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        keys = set(g) if isinstance(g, dict) else set()
        if keys != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(keys)}")
            continue
        doc = g["doc"]
        if doc != gf.stem + ".txt":
            err(f"doc {doc!r} does not match the gold file name")
        seen_docs.add(doc)
        tpath = root / "docs" / doc
        try:
            text = tpath.read_text(encoding="utf-8")
        except Exception as exc:  # noqa: BLE001
            err(f"cannot read {tpath}: {exc}")
            continue
        if not 1500 <= len(text) <= 5000:
            err(f"text length {len(text)} outside 1500-5000")
        ntext = norm(text)

        # report
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep!r}")
        else:
            for f in ("title", "publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f].strip():
                    err(f"report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                err(f"report.year {rep['year']!r}")
            if not isinstance(rep["date"], str) or not DATE.match(rep["date"]):
                err(f"report.date {rep['date']!r} not YYYY-MM-DD")
            if isinstance(rep["title"], str) and norm(rep["title"]) not in ntext:
                err(f"report.title does not occur in the text: {rep['title']}")

        org_names = {}
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g[kind]
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            owner = {}
            for e in items:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != need:
                    err(f"{kind}: bad fields {sorted(e) if isinstance(e, dict) else e!r}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    err(f"{kind}: {name}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{kind}: {name}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                        err(f"{kind}: {name}: doc_number {dn!r} not normalised")
                    if dn is not None and norm(dn) not in ntext:
                        err(f"{kind}: {name}: doc_number {dn} does not occur in the text")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{kind}: {name}: issuer must be a string or null")
                forms = [name, *e["aliases"]]
                present = [f for f in forms if norm(f) and norm(f) in ntext]
                if not present:
                    err(f"{kind}: neither name nor any alias occurs in the text: {name}")
                elif norm(name) not in ntext:
                    infos.append(f"{gf.name}: {kind}: resolved name not in text (alias occurs): {name}  <- {present[0]}")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        err(f"{kind}: {name}: alias does not occur in the text: {a}")
                for f in forms:
                    k = norm(f)
                    if k in owner and owner[k] != name:
                        err(f"{kind}: form {f!r} shared by {owner[k]!r} and {name!r}")
                    owner.setdefault(k, name)
                if kind == "organizations":
                    for f in forms:
                        org_names.setdefault(norm(f), name)
        # publisher and issuers must be gold organizations
        if isinstance(rep, dict) and isinstance(rep.get("publisher"), str):
            if norm(rep["publisher"]) not in org_names:
                err(f"report.publisher {rep['publisher']} is not a gold organization")
        for e in g["regulations"]:
            if isinstance(e, dict) and isinstance(e.get("issuer"), str):
                for part in e["issuer"].replace("、", " ").split():
                    if norm(part) not in org_names:
                        err(f"regulations: {e['name']}: issuer part {part} is not a gold organization")
    docs = {p.name for p in (root / "docs").glob("*.txt")}
    for d in sorted(docs - seen_docs):
        errors.append(f"docs/{d}: no gold file")
    for line in infos:
        print("info:", line)
    for line in errors:
        print("ERROR:", line)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(infos)} resolved names")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
