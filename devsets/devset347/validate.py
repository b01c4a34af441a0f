#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--verbose]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ (decoded as UTF-8, else GB18030);
  * report fields: title (str or null), publisher/region (non-empty str), year (int 2015-2025),
    date (YYYY-MM-DD or null); the publisher is one of the gold organizations (name or alias);
  * every entity has the fields ANNOTATION.md requires with valid values
    (type / relation enums, doc_number shaped 代字〔年〕序号号 or a 令 number, aliases a list);
  * every entity's name or at least one alias occurs in the text. Comparison uses the
    scorer's normalisation (NFKC, whitespace / quotes / title marks removed, brackets and dashes
    unified) on both sides, so PDF line breaks and half-width punctuation do not matter.
    Canonical names that do not occur themselves (resolved names) are listed with -v;
  * no normalised alias is shared by two entities of the same kind in one document;
  * no duplicate canonical names.
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


DOCNUM = re.compile(r"^[\u4e00-\u9fa5A-Za-z]+〔(19|20)\d\d〕\d+号$|^[\u4e00-\u9fa5]+令第\d+号$")


def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def check(gf, verbose):
    errs, notes = [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], notes
    if set(g) != KEYS:
        errs.append(f"top-level keys {sorted(g)}")
    doc = g.get("doc")
    if doc != gf.stem + ".txt":
        errs.append(f"doc field {doc!r} does not match file name")
    tpath = ROOT / "docs" / str(doc)
    if not tpath.exists():
        return errs + [f"text file {tpath} missing"], notes
    text, enc = read_text(tpath)
    if enc != "utf-8":
        notes.append(f"text decoded as {enc}")
    ntext = norm(text)
    n = len(re.sub(r"\s", "", text))
    if not 1500 <= n <= 5000:
        errs.append(f"text length {n} outside 1500-5000 (non-space chars)")

    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    if rep.get("title") is not None:
        if not isinstance(rep["title"], str) or norm(rep["title"]) not in ntext:
            errs.append(f"report title not in text: {rep.get('title')!r}")
    else:
        notes.append("report title is null")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errs.append(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errs.append(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", str(rep["date"])):
        errs.append(f"report.date {rep.get('date')!r}")
    if rep.get("date") is None:
        notes.append("report date is null")
    orgforms = {norm(a) for o in g.get("organizations", []) for a in [o.get("name", ""), *o.get("aliases", [])]}
    if rep.get("publisher") and norm(rep["publisher"]) not in orgforms:
        errs.append(f"publisher {rep['publisher']!r} is not a gold organization")

    spec = {
        "regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
        "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
        "measures": (MEA_TYPES, {"name", "aliases", "type"}),
    }
    for kind, (types, fields) in spec.items():
        items = g.get(kind)
        if not isinstance(items, list):
            errs.append(f"{kind} is not a list")
            continue
        seen_alias, seen_name = {}, set()
        for e in items:
            if set(e) != fields:
                errs.append(f"{kind}: {e.get('name')!r} fields {sorted(e)}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{kind}: empty name")
                continue
            if name in seen_name:
                errs.append(f"{kind}: duplicate name {name!r}")
            seen_name.add(name)
            if e["type"] not in types:
                errs.append(f"{kind}: {name!r} bad type {e['type']!r}")
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errs.append(f"{kind}: {name!r} aliases must be a list of strings")
                continue
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"{kind}: {name!r} bad relation {e['relation']!r}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    errs.append(f"{kind}: {name!r} doc_number not normalised: {e['doc_number']!r}")
                if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"]):
                    errs.append(f"{kind}: {name!r} bad issuer")
            forms = [name, *e["aliases"]]
            present = [f for f in forms if norm(f) in ntext]
            if not present:
                errs.append(f"{kind}: neither name nor any alias occurs in text: {name!r}")
            elif norm(name) not in ntext:
                notes.append(f"{kind}: resolved name not in text (alias {present[0]!r} is): {name!r}")
            for f in forms:
                k = norm(f)
                if k in seen_alias and seen_alias[k] != name:
                    errs.append(f"{kind}: form {f!r} used by both {seen_alias[k]!r} and {name!r}")
                seen_alias.setdefault(k, name)
    return errs, notes


def main():
    verbose = "-v" in sys.argv or "--verbose" in sys.argv
    files = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    bad = 0
    if len(files) != len(docs):
        print(f"ERROR: {len(files)} gold files for {len(docs)} docs")
        bad += 1
    for gf in files:
        errs, notes = check(gf, verbose)
        status = "OK " if not errs else "ERR"
        print(f"{status} {gf.name}")
        for e in errs:
            print(f"    ERROR {e}")
        if verbose:
            for n in notes:
                print(f"    note  {n}")
        bad += bool(errs)
    print(f"{len(files)} gold files, {bad} with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
