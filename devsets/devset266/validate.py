#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [-v] [DEVSET_DIR]   (-v also lists resolved names)

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ (UTF-8, or GB18030 for documents meant to be
    in a legacy encoding) and the text is 1,500-5,000 characters long;
  * report: title (str or null), publisher, region (non-empty str), year (int 2015-2025),
    date (YYYY-MM-DD or null); the publisher is one of the gold organizations (name or alias);
    a non-null title occurs in the text;
  * every entity: name non-empty str, aliases list of distinct str, type from ANNOTATION.md;
    regulations also doc_number (null or 机关代字〔YYYY〕N号), issuer (null or str) and
    relation (issues/implements/studies/mentions);
  * no two entities of one kind share a name or alias after the scorer's normalisation
    (that would make the scorer count one mention against two gold entities);
  * occurrence: after removing 《》〈〉 and whitespace, the name or at least one alias of
    every entity occurs in the text (ERROR otherwise).  Canonical names that are resolved
    (full names with jurisdiction, official titles of laws) need not occur if an alias does;
    they are listed as INFO.  An alias that does not occur is a WARNING.
Exit status 1 if any ERROR.
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
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# scorer normalisation (score.py), to detect clashes between entities
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip(text):
    """Remove title marks and whitespace (the occurrence test of the brief)."""
    return re.sub(r"[《》〈〉\s\u3000]", "", text)


def read_doc(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    base = Path(args[0] if args else Path(__file__).resolve().parent)
    errors, warnings, infos = [], [], []
    golds = sorted((base / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    docs = {p.name for p in (base / "docs").glob("*.txt")}
    seen_docs = set()
    for gf in golds:
        tag = gf.name
        def err(msg):
            errors.append(f"{tag}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
            continue
        doc = g["doc"]
        if doc[:-4] != gf.stem:
            err(f"doc {doc!r} does not match gold file name")
        if doc not in docs:
            err(f"doc {doc!r} not in docs/")
            continue
        seen_docs.add(doc)
        text, enc = read_doc(base / "docs" / doc)
        if enc != "utf-8":
            infos.append(f"{tag}: document is {enc}")
        if not 1500 <= len(text) <= 5000:
            err(f"text length {len(text)} outside 1500-5000")
        flat = strip(text)
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        else:
            if rep["title"] is not None and (not isinstance(rep["title"], str) or strip(rep["title"]) not in flat):
                err(f"title {rep['title']!r} not in text")
            for k in ("publisher", "region"):
                if not isinstance(rep[k], str) or not rep[k]:
                    err(f"report.{k} empty")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                err(f"report.year {rep['year']!r}")
            if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
                err(f"report.date {rep['date']!r}")
            orgnames = {norm(x) for o in g["organizations"] for x in [o.get("name", ""), *o.get("aliases", [])]}
            if norm(rep["publisher"]) not in orgnames:
                err(f"publisher {rep['publisher']!r} is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g[kind]
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            owner = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != keys:
                    err(f"{kind}: bad keys {e}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind}: {name}: aliases must be a list of strings")
                    continue
                if len(set(e["aliases"])) != len(e["aliases"]) or name in e["aliases"]:
                    warnings.append(f"{tag}: {kind}: {name}: repeated alias")
                if e["type"] not in types:
                    err(f"{kind}: {name}: type {e['type']!r}")
                if kind == "regulations":
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        err(f"{kind}: {name}: doc_number {e['doc_number']!r} not normalised")
                    if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"]):
                        err(f"{kind}: {name}: issuer {e['issuer']!r}")
                    if e["relation"] not in RELATIONS:
                        err(f"{kind}: {name}: relation {e['relation']!r}")
                for form in {norm(x) for x in [name, *e["aliases"]]}:
                    if form in owner and owner[form] != name:
                        err(f"{kind}: {name!r} and {owner[form]!r} share the form {form!r}")
                    owner[form] = name
                found = [x for x in [name, *e["aliases"]] if strip(x) in flat]
                if not found:
                    err(f"{kind}: {name!r}: neither name nor any alias occurs in the text")
                    continue
                if strip(name) not in flat:
                    infos.append(f"{tag}: {kind}: resolved name {name!r} (occurs as {found[0]!r})")
                for a in e["aliases"]:
                    if strip(a) not in flat:
                        warnings.append(f"{tag}: {kind}: {name}: alias {a!r} not in text")
    for d in sorted(docs - seen_docs):
        errors.append(f"docs/{d}: no gold file")
    if "-v" in sys.argv:
        for i in infos:
            print("INFO ", i)
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(warnings)} warnings, {len(infos)} resolved names")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
