#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ and equals the gold file's stem + .txt;
  * report has title/publisher/region/year/date; publisher, region, year filled; year is an
    int in 2015..2025; date is null or YYYY-MM-DD; publisher is one of the gold organizations
    (by name or alias);
  * every entity has the fields of its kind with valid values (type, relation, doc_number
    format 机关代字〔年份〕序号号, issuer string or null, aliases a list of strings);
  * every entity's name or at least one alias occurs in the text after removing 《》〈〉 and
    whitespace (for PDF line breaks); a looser match (NFKC, quotes dropped, brackets
    unified, as score.py normalises) is accepted too and reported as a note;
  * no two entities of one kind share a normalised name/alias (they would be the same node);
Notes (not errors): canonical names that do not occur (resolved names) where an alias does,
and aliases that do not occur in the text (extra accepted forms).
Exit status 1 if any error.
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
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def strict(text):
    """Remove title marks and whitespace only."""
    return re.sub(r"[《》〈〉\s\u3000]", "", text)


def loose(text):
    """score.py's normalisation."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def check(devset):
    errors, notes = [], []
    docs_dir, gold_dir = devset / "docs", devset / "gold"
    gold_files = sorted(gold_dir.glob("*.json"))
    txt_files = sorted(docs_dir.glob("*.txt"))
    if not gold_files:
        errors.append("no gold files")
    if {p.stem for p in gold_files} != {p.stem for p in txt_files}:
        errors.append(f"docs/gold mismatch: {sorted({p.stem for p in gold_files} ^ {p.stem for p in txt_files})}")
    for gf in gold_files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        keys = set(g)
        if keys != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(keys)}")
        doc = g.get("doc")
        if doc != gf.stem + ".txt":
            errors.append(f"{tag}: doc {doc!r} != {gf.stem + '.txt'!r}")
        tpath = docs_dir / str(doc)
        if not tpath.exists():
            errors.append(f"{tag}: text {tpath} missing")
            continue
        text = tpath.read_text(encoding="utf-8")
        n = len(text)
        if not 1500 <= n <= 5000:
            notes.append(f"{tag}: text length {n} outside 1500..5000")
        s_text, l_text = strict(text), loose(text)

        rep = g.get("report")
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report fields {sorted(rep) if isinstance(rep, dict) else rep!r}")
            rep = rep if isinstance(rep, dict) else {}
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                errors.append(f"{tag}: report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{tag}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            errors.append(f"{tag}: report.date {rep.get('date')!r}")
        if rep.get("title") is None:
            notes.append(f"{tag}: report.title is null")
        elif strict(rep["title"]) not in s_text:
            errors.append(f"{tag}: title does not occur in text")

        org_forms = set()
        for o in g.get("organizations", []):
            for a in [o.get("name"), *o.get("aliases", [])]:
                if isinstance(a, str):
                    org_forms.add(loose(a))
        if rep.get("publisher") and loose(rep["publisher"]) not in org_forms:
            errors.append(f"{tag}: publisher {rep['publisher']!r} is not a gold organization")

        for kind, types, fields in (
                ("regulations", REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
                ("organizations", ORG_TYPES, ("name", "aliases", "type")),
                ("measures", MEA_TYPES, ("name", "aliases", "type"))):
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != set(fields):
                    errors.append(f"{tag}: {kind} entry has fields {sorted(e) if isinstance(e, dict) else e!r}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind} entry with empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {name}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                        errors.append(f"{tag}: {name}: doc_number {e['doc_number']!r} not normalised")
                    if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"].strip()):
                        errors.append(f"{tag}: {name}: bad issuer {e['issuer']!r}")
                forms = [name, *e["aliases"]]
                hit_strict = [f for f in forms if strict(f) in s_text]
                hit_loose = [f for f in forms if loose(f) in l_text]
                if not hit_strict and not hit_loose:
                    errors.append(f"{tag}: {kind} {name}: neither name nor any alias occurs in the text")
                elif not hit_strict:
                    notes.append(f"{tag}: {kind} {name}: occurs only under score.py normalisation")
                if name not in hit_strict and name not in hit_loose and (hit_strict or hit_loose):
                    notes.append(f"{tag}: {kind} {name}: resolved canonical name (alias occurs)")
                for a in e["aliases"]:
                    if a not in hit_strict and a not in hit_loose:
                        notes.append(f"{tag}: {kind} {name}: alias {a!r} does not occur (extra accepted form)")
                for f in forms:
                    k = loose(f)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
    return errors, notes


def main():
    devset = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, notes = check(devset)
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
