#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md and the texts.

usage: python3 validate.py [DEVSET_DIR]

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ (decoded as UTF-8) of 1,500-5,000 characters;
  * report: title str|null, publisher/region non-empty str, year int 2015-2025, date YYYY-MM-DD|null;
    the publisher is one of the gold organizations (name or alias);
  * every entity has the fields of its kind, with valid types/relations, aliases a list of str,
    doc_number null or normalised to 机关代字〔YYYY〕N号;
  * every entity's name or one of its aliases occurs in the text (after the scorer's
    normalisation: NFKC, whitespace/quotes/title marks removed, brackets and dashes unified);
  * no normalised name/alias is shared by two entities of one kind (the scorer would
    silently send it to the first one);
  * issuers, where given, are either organizations of the document or national bodies.
Errors make the exit status 1. Informational notes (canonical names that are resolved and do
not occur verbatim, aliases listed as accepted forms that do not occur) are printed with -v.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
KINDS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
FIELDS = {"regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
          "organizations": {"name", "aliases", "type"},
          "measures": {"name", "aliases", "type"}}
DOCNUM = re.compile(r"^[^〔〕\[\]()（）【】]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def check(path, docs_dir, verbose):
    errors, notes = [], []
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], notes
    keys = set(gold) if isinstance(gold, dict) else set()
    if keys != {"doc", "report", "regulations", "organizations", "measures"}:
        return [f"top-level keys {sorted(keys)}"], notes
    if gold["doc"] != path.stem + ".txt":
        errors.append(f"doc field {gold['doc']!r} does not match file name")
    txt_path = docs_dir / gold["doc"]
    if not txt_path.exists():
        return errors + [f"text {txt_path} missing"], notes
    try:
        text = txt_path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return errors + [f"text is not UTF-8: {exc}"], notes
    if not 1500 <= len(text) <= 5000:
        errors.append(f"text length {len(text)} outside 1500-5000")
    ntext = norm(text)

    rep = gold["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        rep = {}
    if rep.get("title") is not None and not isinstance(rep["title"], str):
        errors.append("report.title not str/null")
    if rep.get("title") and norm(rep["title"]) not in ntext:
        errors.append(f"report.title not in text: {rep['title']}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errors.append(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errors.append(f"report.year invalid: {rep.get('year')!r}")
    if rep.get("date") is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
        errors.append(f"report.date invalid: {rep.get('date')!r}")
    if rep.get("date") is None:
        notes.append("report.date is null")

    org_names = set()
    for kind, types in KINDS.items():
        items = gold[kind]
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            where = f"{kind}[{i}]"
            if not isinstance(e, dict) or set(e) != FIELDS[kind]:
                errors.append(f"{where}: fields {sorted(e) if isinstance(e, dict) else e}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                errors.append(f"{where}: empty name")
                continue
            where = f"{kind} {e['name']!r}"
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errors.append(f"{where}: aliases must be a list of non-empty str")
                continue
            if e["type"] not in types:
                errors.append(f"{where}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{where}: bad relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                    errors.append(f"{where}: doc_number not normalised: {dn!r}")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errors.append(f"{where}: issuer not str/null")
            forms = [e["name"], *e["aliases"]]
            found = [f for f in forms if norm(f) in ntext]
            if not found:
                errors.append(f"{where}: neither name nor any alias occurs in the text")
            else:
                if norm(e["name"]) not in ntext:
                    notes.append(f"{where}: canonical name resolved (occurs as {found[0]!r})")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        notes.append(f"{where}: alias {a!r} is an accepted form not in the text")
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    errors.append(f"{where}: form {f!r} also belongs to {seen[k]!r}")
                seen.setdefault(k, e["name"])
                if kind == "organizations":
                    org_names.add(k)
            if len({norm(f) for f in forms}) != len(forms):
                notes.append(f"{where}: aliases repeat the name after normalisation")
    if rep.get("publisher") and norm(rep["publisher"]) not in org_names:
        errors.append(f"publisher {rep['publisher']!r} is not among the organizations")
    national = {"中共中央", "国务院", "中共中央办公厅", "国务院办公厅", "全国人民代表大会",
                "全国人民代表大会常务委员会", "司法部"}
    for e in gold.get("regulations", []):
        iss = e.get("issuer") if isinstance(e, dict) else None
        if iss:
            for part in str(iss).replace("、", " ").split():
                if norm(part) not in org_names and part not in national:
                    notes.append(f"issuer part {part!r} of {e['name']!r} is not an organization of the doc")
    return errors, notes


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    root = Path(args[0]) if args else Path(__file__).resolve().parent
    files = sorted((root / "gold").glob("*.json"))
    docs = sorted((root / "docs").glob("*.txt"))
    bad = 0
    if len(files) != len(docs):
        print(f"WARNING: {len(docs)} docs but {len(files)} gold files")
    stems = {f.stem for f in files}
    for d in docs:
        if d.stem not in stems:
            print(f"ERROR {d.name}: no gold file")
            bad += 1
    for f in files:
        errors, notes = check(f, root / "docs", verbose)
        g = json.loads(f.read_text(encoding="utf-8")) if not errors or "JSON" not in errors[0] else {}
        counts = " ".join(f"{k[:3]}={len(g.get(k, []))}" for k in KINDS) if g else ""
        print(f"{'OK ' if not errors else 'BAD'} {f.name}  {counts}")
        for e in errors:
            print(f"    ERROR {e}")
        if verbose:
            for n in notes:
                print(f"    note  {n}")
        bad += bool(errors)
    print(f"{len(files)} gold files, {bad} with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
