#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py [-v]

Errors (exit 1): JSON does not load; wrong/missing keys; bad types or enum values;
malformed doc_number/date/year; duplicate entities; an entity none of whose forms
(name or aliases, after removing 《》〈〉 and whitespace, or after the scorer's
normalisation) occurs in the text; report publisher/region/year missing.
Notes (-v): canonical names that do not occur verbatim (resolved names, fine when an
alias occurs), aliases that do not occur (extra accepted forms), null title/date.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^[^\s〔〕\[\]()（）【】]+〔(19|20)\d{2}〕\d+号$")
DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")

# scorer normalisation (ANNOTATION.md section 6)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def plain(text):
    """The brief's check: remove 《》〈〉 and whitespace."""
    return re.sub(r"[《》〈〉\s]", "", text)


def occurs(form, text_plain, text_norm):
    return plain(form) in text_plain or norm(form) in text_norm


def check(path, verbose):
    errs, notes = [], []
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], notes
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errs.append(f"top-level keys {sorted(g)}")
        return errs, notes
    if g["doc"] != path.stem + ".txt":
        errs.append(f"doc field {g['doc']!r} != {path.stem}.txt")
    txt = HERE / "docs" / g["doc"]
    if not txt.exists():
        return errs + [f"missing text {txt}"], notes
    text = txt.read_text(encoding="utf-8")
    tp, tn = plain(text), norm(text)
    n = len(text)
    if not 1500 <= n <= 5000:
        errs.append(f"text length {n} outside 1500-5000")
    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
    else:
        for k in ("publisher", "region"):
            if not isinstance(rep[k], str) or not rep[k]:
                errs.append(f"report.{k} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            errs.append(f"report.year {rep['year']!r}")
        if rep["date"] is None:
            notes.append("report.date is null")
        elif not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            errs.append(f"report.date {rep['date']!r}")
        if rep["title"] is None:
            notes.append("report.title is null")
        elif not occurs(rep["title"], tp, tn):
            errs.append(f"report.title does not occur: {rep['title']}")
        orgnames = {norm(o.get("name", "")) for o in g["organizations"]} | \
                   {norm(a) for o in g["organizations"] for a in o.get("aliases", [])}
        if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in orgnames:
            errs.append(f"publisher {rep['publisher']} is not a gold organization")
    spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
            "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
            "measures": ({"name", "aliases", "type"}, MEA_TYPES)}
    for kind, (keys, types) in spec.items():
        if not isinstance(g[kind], list):
            errs.append(f"{kind} is not a list"); continue
        seen = {}
        for e in g[kind]:
            if not isinstance(e, dict) or set(e) != keys:
                errs.append(f"{kind}: bad keys {e}"); continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{kind}: empty name"); continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errs.append(f"{kind} {name}: aliases must be a list of strings")
                continue
            if e["type"] not in types:
                errs.append(f"{kind} {name}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"{name}: relation {e['relation']!r}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    errs.append(f"{name}: doc_number {e['doc_number']!r} not normalised")
                if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"]):
                    errs.append(f"{name}: issuer {e['issuer']!r}")
            for form in [name] + e["aliases"]:
                k = norm(form)
                if k in seen and seen[k] != name:
                    errs.append(f"{kind}: form {form!r} belongs to both {seen[k]!r} and {name!r}")
                elif k in seen and form != name and k == norm(name):
                    notes.append(f"{kind} {name}: alias {form!r} equals name after normalisation")
                seen[k] = name
            forms_in = [f for f in [name] + e["aliases"] if occurs(f, tp, tn)]
            if not forms_in:
                errs.append(f"{kind}: neither name nor any alias occurs: {name} {e['aliases']}")
            elif not occurs(name, tp, tn):
                notes.append(f"{kind}: resolved name not in text (alias does): {name}")
            for a in e["aliases"]:
                if not occurs(a, tp, tn):
                    notes.append(f"{kind} {name}: extra accepted form not in text: {a}")
    return errs, notes


def main():
    verbose = "-v" in sys.argv
    files = sorted((HERE / "gold").glob("*.json"))
    bad = 0
    for p in files:
        errs, notes = check(p, verbose)
        status = "OK " if not errs else "ERR"
        print(f"{status} {p.name}  ({len(errs)} errors, {len(notes)} notes)")
        for e in errs:
            print("   ERROR", e)
        if verbose:
            for n in notes:
                print("   note ", n)
        bad += bool(errs)
    docs = sorted(p.stem for p in (HERE / "docs").glob("*.txt"))
    if docs != [p.stem for p in files]:
        print("ERR docs and gold files differ:", set(docs) ^ {p.stem for p in files}); bad += 1
    print(f"{len(files)} gold files, {bad} with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
