#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [-v]

Checks, for every gold/*.json:
  * the JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> and the gold file name matches it;
  * report has title, publisher, region, year, date; publisher, region and year are filled,
    year is an int in 2015..2026, date is YYYY-MM-DD or null, and the publisher is one of the
    gold organizations (by name or alias);
  * every entity has the keys of its kind with valid value types and enum values
    (regulation type / relation, organization type, measure type); doc_number, when given,
    has the normalised form 机关代字〔YYYY〕N号;
  * every entity's name or at least one alias occurs in the text once 《》〈〉<> and all
    whitespace are removed from both; canonical names that do not occur themselves (resolved
    names) are listed as exceptions, which are fine when an alias occurs;
  * no normalised name/alias is claimed by two entities of the same kind (it would make the
    scorer's matching ambiguous), and no entity is listed twice.
Exit status 1 if any error is found.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
KEYS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
TYPESETS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEASURE_TYPES}
DOCNO = re.compile(r"^[^〔〕\s]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# the scorer's normalisation (score.py), used for the collision check
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def score_norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def occ_norm(text):
    """Remove title marks and whitespace (the occurrence check)."""
    return re.sub(r"[《》〈〉<>\s\u3000]", "", text)


def check(gf, verbose):
    errors, notes = [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], notes
    if set(g) != {"doc", "report", *KEYS}:
        errors.append(f"top-level keys {sorted(g)}")
    doc = g.get("doc")
    if not isinstance(doc, str) or Path(doc).stem != gf.stem:
        errors.append(f"doc field {doc!r} does not match file name {gf.name}")
    txt_path = ROOT / "docs" / str(doc)
    if not txt_path.exists():
        return errors + [f"text {txt_path} missing"], notes
    raw = txt_path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
        notes.append("text is not UTF-8 (decoded as GB18030)")
    n_chars = len(re.sub(r"\s", "", text))
    if not 1500 <= n_chars <= 5000:
        notes.append(f"text has {n_chars} non-space characters (outside 1500-5000)")
    flat = occ_norm(text)

    rep = g.get("report")
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep!r}")
        rep = rep if isinstance(rep, dict) else {}
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errors.append(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2026:
        errors.append(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
        errors.append(f"report.date {rep.get('date')!r}")
    if rep.get("title") is not None:
        if not isinstance(rep["title"], str) or occ_norm(rep["title"]) not in flat:
            errors.append(f"report.title does not occur in the text: {rep['title']!r}")
    else:
        notes.append("report.title is null")
    if rep.get("date") is None:
        notes.append("report.date is null")

    for kind, keys in KEYS.items():
        items = g.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        claimed = {}
        for i, e in enumerate(items):
            where = f"{kind}[{i}]"
            if not isinstance(e, dict) or set(e) != keys:
                errors.append(f"{where}: keys {sorted(e) if isinstance(e, dict) else e!r}")
                continue
            name, aliases = e["name"], e["aliases"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{where}: empty name")
                continue
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                errors.append(f"{where} {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in TYPESETS[kind]:
                errors.append(f"{where} {name}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{where} {name}: bad relation {e['relation']!r}")
                if e["doc_number"] is not None and not (isinstance(e["doc_number"], str) and DOCNO.match(e["doc_number"])):
                    errors.append(f"{where} {name}: doc_number not normalised: {e['doc_number']!r}")
                if e["issuer"] is not None and not (isinstance(e["issuer"], str) and e["issuer"].strip()):
                    errors.append(f"{where} {name}: bad issuer {e['issuer']!r}")
            forms = [name, *aliases]
            if len({score_norm(f) for f in forms}) < len(forms) and verbose:
                notes.append(f"{where} {name}: some aliases equal the name or each other after normalisation")
            for f in forms:
                k = score_norm(f)
                if k in claimed and claimed[k] != i:
                    errors.append(f"{kind}: form {f!r} claimed by both {items[claimed[k]]['name']!r} and {name!r}")
                claimed.setdefault(k, i)
            found = [f for f in forms if occ_norm(f) in flat]
            if not found:
                errors.append(f"{where}: neither name nor any alias occurs in the text: {name!r} {aliases}")
            elif name not in found:
                notes.append(f"exception (resolved name, alias occurs): {kind} {name!r} <- {found}")
            missing_aliases = [a for a in aliases if a not in found]
            if missing_aliases and verbose:
                notes.append(f"{kind} {name!r}: aliases not literally in text: {missing_aliases}")
    orgs = g.get("organizations") or []
    pub = rep.get("publisher")
    if pub and not any(score_norm(pub) in {score_norm(x) for x in [o["name"], *o["aliases"]]}
                       for o in orgs if isinstance(o, dict) and "name" in o):
        errors.append(f"publisher {pub!r} is not among the gold organizations")
    return errors, notes


def main():
    verbose = "-v" in sys.argv
    files = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    bad = 0
    gold_stems = {f.stem for f in files}
    for d in docs:
        if d.stem not in gold_stems:
            print(f"{d.name}: ERROR no gold file")
            bad += 1
    for gf in files:
        errors, notes = check(gf, verbose)
        status = "OK" if not errors else f"{len(errors)} ERROR(S)"
        print(f"{gf.name}: {status}")
        for e in errors:
            print(f"  ERROR {e}")
        for n in notes:
            print(f"  note  {n}")
        bad += bool(errors)
    print(f"\n{len(files)} gold files, {bad} with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
