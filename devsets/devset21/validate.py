#!/usr/bin/env python3
"""Validate the devset21 gold files against ANNOTATION.md and their texts.

usage: python3 validate.py [-v]

Checks, for every gold/*.json:
  * JSON loads; top-level keys and report keys are exactly those of the seed gold;
  * `doc` names an existing docs/*.txt, which is 1,500-5,000 characters long;
  * every regulation / organization / measure has the right keys and a valid `type`
    (and `relation`) per ANNOTATION.md; doc_number is null or `代字〔年份〕序号号`;
    issuer is null or a string;
  * the gold name or at least one alias occurs in the text, comparing after NFKC and after
    removing whitespace (incl. PDF line breaks), PDF page-number lines (— 3 —),
    title marks 《》〈〉 and quotation marks
    (canonical names that are resolved and so do not occur are reported with -v only);
  * every alias occurs in the text (an alias is a form *as written*);
  * no two entities of one kind share a normalised name/alias (the scorer would merge them);
  * report fields: publisher, region, year filled; date null or YYYY-MM-DD; the publisher
    is one of the gold organizations.
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
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000")
# the scorer's normalisation (score.py), used for the collision check
_SDROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_SMAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
         "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


PAGE_FOOTER = re.compile(r"^[ \t\u3000]*[—–-]+[ \t\u3000]*\d+[ \t\u3000]*[—–-]+[ \t\u3000]*$", re.M)


def textnorm(s):
    s = PAGE_FOOTER.sub("", s)  # PDF page numbers such as "— 3 —" that cut through names
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if c not in _DROP and not c.isspace())


def scorenorm(s):
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(_SMAP.get(c, c) for c in s if c not in _SDROP)


def check(gold_path, verbose):
    errs, notes = [], []
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], notes
    if set(g) != TOP_KEYS:
        errs.append(f"top-level keys {sorted(g)}")
    doc = g.get("doc", "")
    if doc != gold_path.stem + ".txt":
        errs.append(f"doc field {doc!r} does not match file name")
    txt_path = HERE / "docs" / doc
    if not txt_path.exists():
        return errs + [f"missing text {txt_path}"], notes
    raw = txt_path.read_text(encoding="utf-8")
    n = len(raw)
    if not 1500 <= n <= 5000:
        errs.append(f"text length {n} outside 1500-5000")
    text = textnorm(raw)

    rep = g.get("report") or {}
    if set(rep) != REPORT_KEYS:
        errs.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if rep.get(f) in (None, ""):
            errs.append(f"report.{f} empty")
    if not isinstance(rep.get("year"), int):
        errs.append("report.year not int")
    elif not 2015 <= rep["year"] <= 2025:
        errs.append(f"report.year {rep['year']} out of range")
    if rep.get("date") is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", str(rep["date"])):
        errs.append(f"report.date {rep['date']!r} not YYYY-MM-DD")
    if rep.get("date") is None:
        notes.append("report.date is null")
    if rep.get("title") is not None and textnorm(rep["title"]) not in text:
        errs.append(f"report.title not in text: {rep['title']}")
    orgs = g.get("organizations", [])
    if rep.get("publisher") and rep["publisher"] not in {o.get("name") for o in orgs}:
        errs.append(f"publisher {rep['publisher']!r} is not a gold organization")

    specs = {
        "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
        "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
        "measures": ({"name", "aliases", "type"}, MEA_TYPES),
    }
    for kind, (keys, types) in specs.items():
        items = g.get(kind)
        if not isinstance(items, list):
            errs.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != keys:
                errs.append(f"{kind}: bad keys {e}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) for a in e["aliases"]):
                errs.append(f"{kind}: {name}: aliases not a list of strings")
                continue
            if e["type"] not in types:
                errs.append(f"{kind}: {name}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"{kind}: {name}: bad relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not DOCNUM.match(dn):
                    errs.append(f"{kind}: {name}: doc_number {dn!r} not normalised")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errs.append(f"{kind}: {name}: issuer not a string")
            name_in = textnorm(name) in text
            alias_in = [a for a in e["aliases"] if textnorm(a) in text]
            missing = [a for a in e["aliases"] if textnorm(a) not in text]
            if not name_in and not alias_in:
                errs.append(f"{kind}: neither name nor any alias in text: {name}")
            elif not name_in:
                notes.append(f"{kind}: resolved name not in text (alias found): {name}")
            for a in missing:
                errs.append(f"{kind}: {name}: alias not in text: {a}")
            for form in [name, *e["aliases"]]:
                k = scorenorm(form)
                if k in seen and seen[k] != name:
                    errs.append(f"{kind}: {form!r} collides with {seen[k]!r}")
                seen.setdefault(k, name)
    return errs, notes


def main():
    verbose = "-v" in sys.argv[1:]
    files = sorted((HERE / "gold").glob("*.json"))
    docs = sorted((HERE / "docs").glob("*.txt"))
    bad = 0
    if len(files) != len(docs):
        print(f"ERROR: {len(docs)} texts but {len(files)} gold files")
        bad += 1
    for f in files:
        errs, notes = check(f, verbose)
        g = json.loads(f.read_text(encoding="utf-8")) if not errs or "JSON" not in errs[0] else {}
        counts = "/".join(str(len(g.get(k, []))) for k in ("regulations", "organizations", "measures"))
        print(f"{f.name}: {'OK' if not errs else 'ERRORS'}  (reg/org/measure {counts})")
        for e in errs:
            print("   ERROR", e)
        if verbose:
            for nt in notes:
                print("   note ", nt)
        bad += bool(errs)
    print("clean" if not bad else f"{bad} file(s) with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
