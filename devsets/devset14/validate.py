#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--verbose]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file and matches the gold file name;
  * report has title/publisher/region/year/date; publisher, region and year are filled
    (title and date may be null only when the text has none: reported as a note);
    year is an int in 2015..2026, date is YYYY-MM-DD or null; the publisher is one of the
    gold organizations;
  * every entity has the fields of its kind with valid values (type, relation from
    ANNOTATION.md; doc_number normalised as 机关代字〔年份〕序号号 or null; issuer str or null);
  * no duplicate canonical names and no alias shared by two entities of the same kind
    (after the scorer's normalisation);
  * the entity name or at least one alias occurs in the text, after removing 《》〈〉<>
    and whitespace from both. Canonical names that do not occur but have an alias that
    does are fine (resolved names); they are listed with --verbose.
Exit status 1 if any error is found.
"""
import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
KINDS = ("regulations", "organizations", "measures")
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
FIELDS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNO = re.compile(r"^[^〔〕\[\]【】()（）\s]+〔(19|20)\d\d〕\d+号$")
STRIP = re.compile(r"[《》〈〉<>\s\u3000]")

# scorer normalisation (score.py), for the duplicate-alias check
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip(text):
    return STRIP.sub("", text)


def check(path, verbose):
    errors, notes = [], []
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], notes
    if not isinstance(g, dict) or set(g) != {"doc", *KINDS, "report"}:
        return [f"top-level keys {sorted(g) if isinstance(g, dict) else type(g)}"], notes
    docname = g["doc"]
    if not isinstance(docname, str) or Path(docname).stem != path.stem:
        errors.append(f"doc {docname!r} does not match gold file name")
    txt_path = DOCS / str(docname)
    if not txt_path.exists():
        return errors + [f"missing text {txt_path}"], notes
    text = strip(txt_path.read_text(encoding="utf-8"))

    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys {rep!r}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f].strip():
                errors.append(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2026:
            errors.append(f"report.year {rep['year']!r}")
        if rep["title"] is None:
            notes.append("report.title is null (text has no title)")
        elif not isinstance(rep["title"], str) or strip(rep["title"]) not in text:
            errors.append(f"report.title not in text: {rep['title']!r}")
        if rep["date"] is None:
            notes.append("report.date is null (text has no date)")
        else:
            try:
                date.fromisoformat(rep["date"])
            except Exception:  # noqa: BLE001
                errors.append(f"report.date {rep['date']!r}")
        orgs = {norm(n) for o in g["organizations"] for n in [o.get("name", ""), *o.get("aliases", [])]}
        if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in orgs:
            errors.append(f"publisher {rep['publisher']!r} is not a gold organization")

    for kind in KINDS:
        items = g[kind]
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != FIELDS[kind]:
                errors.append(f"{kind}: bad fields {e!r}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name {e!r}")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                errors.append(f"{kind}: {name}: aliases must be a list of strings")
                continue
            if e["type"] not in TYPES[kind]:
                errors.append(f"{kind}: {name}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{kind}: {name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and (not isinstance(dn, str) or not DOCNO.match(dn)):
                    errors.append(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"].strip()):
                    errors.append(f"{kind}: {name}: issuer {e['issuer']!r}")
            for form in [name, *e["aliases"]]:
                k = norm(form)
                if k in seen and seen[k] != name:
                    errors.append(f"{kind}: form {form!r} belongs to both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            forms = [f for f in [name, *e["aliases"]] if strip(f) in text]
            if not forms:
                errors.append(f"{kind}: neither name nor any alias occurs in text: {name!r} {e['aliases']!r}")
            elif strip(name) not in text:
                notes.append(f"{kind}: resolved name not in text (alias {forms[0]!r} is): {name}")
            missing = [a for a in e["aliases"] if strip(a) not in text]
            if missing and verbose:
                notes.append(f"{kind}: {name}: extra accepted forms not in text: {missing}")
    return errors, notes


def main():
    verbose = "--verbose" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    docs = sorted(p.name for p in DOCS.glob("*.txt"))
    bad = 0
    if len(files) != len(docs):
        print(f"ERROR: {len(docs)} texts but {len(files)} gold files")
        bad += 1
    for p in files:
        errors, notes = check(p, verbose)
        g = json.loads(p.read_text(encoding="utf-8")) if not errors or "JSON" not in errors[0] else {}
        counts = " ".join(f"{k[:3]}={len(g.get(k, []))}" for k in KINDS) if g else ""
        print(f"{p.name}: {'OK' if not errors else 'ERRORS'} {counts}")
        for e in errors:
            print(f"  ERROR {e}")
        bad += len(errors)
        if verbose:
            for n in notes:
                print(f"  note  {n}")
    for d in docs:
        n = len((DOCS / d).read_text(encoding="utf-8"))
        if not 1500 <= n <= 5000:
            print(f"ERROR: {d}: {n} characters (must be 1500-5000)")
            bad += 1
    print("clean" if not bad else f"{bad} error(s)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
