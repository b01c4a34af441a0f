#!/usr/bin/env python3
"""Validate the gold files of this dev set (see README.md).

Checks, per gold file: JSON loads; top-level keys and field types follow ANNOTATION.md;
enum values (types, relations) are legal; doc_number looks like 机关代字〔年份〕序号号;
every entity's canonical name or one of its aliases occurs in the document text (after
removing 《》 and whitespace) — canonical names that are resolved and do not occur are
listed as notes; no normalised alias is shared by two entities of the same kind; the
report fields are filled and the publisher is one of the gold organizations.
Exit status 1 if any error was found.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNO = re.compile(r"^[\u4e00-\u9fff]+〔(19|20)\d\d〕\d+号$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):  # same normalisation as score.py
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip(text):  # the occurrence test: remove 《》 and whitespace only
    return re.sub(r"[《》\s\u3000]", "", text)


def check(path):
    errors, notes = [], []
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], notes
    if set(gold) != {"doc", "report", "regulations", "organizations", "measures"}:
        errors.append(f"top-level keys {sorted(gold)}")
        return errors, notes
    if gold["doc"] != path.stem + ".txt":
        errors.append(f"doc {gold['doc']!r} != file name")
    txt = ROOT / "docs" / gold["doc"]
    if not txt.exists():
        return errors + [f"missing text {txt}"], notes
    raw = txt.read_text(encoding="utf-8")
    text = strip(raw)
    n = len(raw)
    if not 1500 <= n <= 5000:
        notes.append(f"length {n} chars outside 1500-5000")
    rep = gold["report"]
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys {sorted(rep)}")
    else:
        for f in ("publisher", "region", "year", "date", "title"):
            if rep[f] in (None, ""):
                (errors if f in ("publisher", "region", "year") else notes).append(f"report.{f} empty")
        if not isinstance(rep["year"], int):
            errors.append("report.year not int")
        if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
            errors.append(f"report.date {rep['date']!r}")
        if rep["title"] and strip(rep["title"]) not in text:
            errors.append(f"title not in text: {rep['title']}")
        orgnames = {norm(a) for o in gold["organizations"] for a in [o["name"], *o["aliases"]]}
        if rep["publisher"] and norm(rep["publisher"]) not in orgnames:
            errors.append(f"publisher {rep['publisher']!r} is not a gold organization")
    spec = {
        "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
        "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
        "measures": ({"name", "aliases", "type"}, MEASURE_TYPES),
    }
    for kind, (keys, types) in spec.items():
        if not isinstance(gold[kind], list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in gold[kind]:
            if set(e) != keys:
                errors.append(f"{kind} keys {sorted(e)} in {e.get('name')}")
                continue
            if not isinstance(e["name"], str) or not e["name"]:
                errors.append(f"{kind}: bad name {e['name']!r}")
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errors.append(f"{kind}: bad aliases in {e['name']}")
            if e["type"] not in types:
                errors.append(f"{kind}: bad type {e['type']!r} for {e['name']}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"bad relation {e['relation']!r} for {e['name']}")
                if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                    errors.append(f"doc_number not normalised: {e['doc_number']!r} ({e['name']})")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errors.append(f"bad issuer for {e['name']}")
            forms = [e["name"], *e["aliases"]]
            if not any(strip(f) in text for f in forms):
                errors.append(f"{kind}: neither name nor any alias occurs in text: {e['name']} {e['aliases']}")
            elif strip(e["name"]) not in text:
                notes.append(f"{kind}: canonical name does not occur (alias does): {e['name']}")
            for a in e["aliases"]:
                if strip(a) not in text:
                    notes.append(f"{kind}: alias not found verbatim: {a!r} ({e['name']})")
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    errors.append(f"{kind}: form {f!r} shared by {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
    return errors, notes


def main():
    files = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    bad = 0
    if len(files) != len(docs):
        print(f"ERROR: {len(docs)} docs but {len(files)} gold files"); bad += 1
    verbose = "-v" in sys.argv
    for f in files:
        errors, notes = check(f)
        bad += len(errors)
        print(f"{f.name}: {len(errors)} errors, {len(notes)} notes")
        for e in errors:
            print("  ERROR", e)
        if verbose:
            for n in notes:
                print("  note ", n)
    print("OK" if not bad else f"{bad} errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
