#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py [--strict-aliases]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * doc names an existing docs/<doc> file whose stem equals the gold file's stem;
  * report has title, publisher, region, year, date; publisher, region and year are filled;
    year is an int in 2015..2025; date is YYYY-MM-DD or null; publisher is a gold organization;
  * every entity has the right keys and field types; type / relation values are from
    ANNOTATION.md; doc_number is normalised (机关代字〔年份〕序号号) or null;
  * no two entities of one kind share a (normalised) name or alias (the scorer could not
    tell them apart);
  * the canonical name or at least one alias occurs in the text (after the scorer's
    normalisation: NFKC, whitespace, quotation and title marks removed, brackets and dashes
    unified). Names that do not occur but have an occurring alias are listed as info
    (resolved canonical names); with --strict-aliases, aliases that occur nowhere are errors.
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

# same normalisation as /work/shared/score.py
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def main():
    strict = "--strict-aliases" in sys.argv
    errors, infos = [], []
    files = sorted((HERE / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")

        def info(msg):
            infos.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != TOP_KEYS:
            err(f"top-level keys {sorted(g)}")
            continue
        doc = g["doc"]
        if not isinstance(doc, str) or not doc.endswith(".txt") or Path(doc).stem != gf.stem:
            err(f"doc field {doc!r} does not match file name")
        dpath = HERE / "docs" / str(doc)
        if not dpath.exists():
            err(f"document {doc} missing")
            continue
        text = read_doc(dpath)
        ntext = norm(text)
        if not 1500 <= len(text) <= 5000:
            info(f"length {len(text)} characters outside 1500..5000")
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
            err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        else:
            for f in ("publisher", "region", "year"):
                if rep[f] in (None, ""):
                    err(f"report.{f} empty")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                err(f"report.year {rep['year']!r}")
            if rep["date"] is not None and not DATE.match(str(rep["date"])):
                err(f"report.date {rep['date']!r}")
            if rep["title"] is not None and norm(rep["title"]) not in ntext:
                err(f"report.title does not occur: {rep['title']}")
            if rep["title"] is None:
                info("report.title is null")
            if rep["date"] is None:
                info("report.date is null")
        org_forms = {}
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEASURE_TYPES)):
            items = g[kind]
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            seen = {}
            for i, e in enumerate(items):
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != want:
                    err(f"{kind}[{i}] keys {sorted(e) if isinstance(e, dict) else e}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}[{i}] empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    err(f"{kind} {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    err(f"{kind} {name}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{name}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                        err(f"{name}: doc_number not normalised: {dn!r}")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{name}: issuer {e['issuer']!r}")
                forms = [name, *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != i:
                        err(f"{kind}: form {f!r} of {name!r} collides with {items[seen[k]]['name']!r}")
                    seen.setdefault(k, i)
                if kind == "organizations":
                    for f in forms:
                        org_forms[norm(f)] = name
                present = [f for f in forms if norm(f) in ntext]
                if not present:
                    err(f"{kind}: neither name nor any alias occurs in text: {name} {e['aliases']}")
                elif norm(name) not in ntext:
                    info(f"{kind}: resolved name not in text (alias occurs): {name} <- {present}")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        (err if strict else info)(f"{kind}: alias does not occur: {name} / {a}")
        if isinstance(rep, dict) and rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            err(f"publisher {rep['publisher']} is not a gold organization")
        for e in g.get("regulations", []):
            iss = e.get("issuer") if isinstance(e, dict) else None
            if iss:
                for part in re.split(r"[ 、，]+", iss):
                    if part and norm(part) not in org_forms:
                        err(f"issuer {part!r} of {e['name']} is not a gold organization")
    for line in infos:
        print("info ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
