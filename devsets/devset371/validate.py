#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]

Checks per gold file: JSON loads; top-level keys; doc names an existing text; report fields
filled (title may be null, date null or YYYY-MM-DD); entity fields, types and relations are
valid; doc_numbers are normalised (机关代字〔年份〕序号号); no alias is shared by two entities
of one kind; the publisher is one of the gold organizations; every issuer part is a gold
organization; and every entity occurs in the text under its name or one of its aliases
(compared after removing title marks, quotation marks and whitespace, NFKC, brackets and
dashes unified — the scorer's normalisation).  Canonical names that are resolved and do not
occur verbatim are listed as notes, not errors, as long as an alias occurs.
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
TOP = {"doc", "report", "regulations", "organizations", "measures"}
REPORT = {"title", "publisher", "region", "year", "date"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError(f"{path}: cannot decode")


def check(gold_path, docs_dir):
    errors, notes = [], []
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], notes
    if set(g) != TOP:
        errors.append(f"top-level keys {sorted(g)} != {sorted(TOP)}")
    doc = g.get("doc")
    if doc != gold_path.stem + ".txt":
        errors.append(f"doc {doc!r} does not match file name {gold_path.stem}.txt")
    txt_path = docs_dir / str(doc)
    if not txt_path.exists():
        return errors + [f"text {txt_path} missing"], notes
    text = norm(read_text(txt_path))
    rep = g.get("report") or {}
    if set(rep) != REPORT:
        errors.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            errors.append(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errors.append(f"report.year {rep.get('year')!r} not an int in 2015-2025")
    if rep.get("date") is not None and not re.fullmatch(r"20\d\d-[01]\d-[0-3]\d", rep["date"]):
        errors.append(f"report.date {rep['date']!r} not YYYY-MM-DD")
    if rep.get("title") is not None and norm(rep["title"]) not in text:
        notes.append(f"title not found verbatim in text: {rep['title']}")
    org_forms = {}
    for o in g.get("organizations", []):
        for a in [o.get("name"), *o.get("aliases", [])]:
            org_forms.setdefault(norm(a), o.get("name"))
    if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        errors.append(f"publisher {rep['publisher']!r} is not a gold organization")
    for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
        items = g.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            name = e.get("name")
            keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != keys:
                errors.append(f"{kind} {name!r}: keys {sorted(e)}")
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name")
                continue
            al = e.get("aliases")
            if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
                errors.append(f"{kind} {name}: aliases must be a list of strings")
                al = []
            if e.get("type") not in types:
                errors.append(f"{kind} {name}: bad type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    errors.append(f"{name}: bad relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None and not DOCNUM.match(dn):
                    errors.append(f"{name}: doc_number {dn!r} not normalised")
                iss = e.get("issuer")
                if iss is not None:
                    for part in iss.split():
                        if norm(part) not in org_forms:
                            errors.append(f"{name}: issuer part {part!r} is not a gold organization")
            for a in [name, *al]:
                k = norm(a)
                if k in seen and seen[k] != name:
                    errors.append(f"{kind}: form {a!r} used by both {seen[k]!r} and {name!r}")
                seen[k] = name
            found = [a for a in [name, *al] if norm(a) in text]
            if not found:
                errors.append(f"{kind} {name!r}: neither name nor any alias occurs in the text")
                continue
            if norm(name) not in text:
                notes.append(f"{kind} {name!r}: canonical (resolved) name not in text; found as {found[0]!r}")
            for a in al:
                if norm(a) not in text:
                    notes.append(f"{kind} {name!r}: alias {a!r} not in text (accepted form)")
    return errors, notes


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_files = sorted((root / "gold").glob("*.json"))
    docs = sorted((root / "docs").glob("*.txt"))
    bad = 0
    if len(gold_files) != len(docs):
        print(f"ERROR: {len(docs)} docs but {len(gold_files)} gold files")
        bad += 1
    for d in docs:
        n = len(read_text(d))
        if not 1500 <= n <= 5000:
            print(f"WARN {d.name}: {n} characters (outside 1,500-5,000)")
    for gf in gold_files:
        errors, notes = check(gf, root / "docs")
        g = json.loads(gf.read_text(encoding="utf-8")) if not errors or "JSON" not in errors[0] else {}
        counts = " ".join(f"{k[:3]}={len(g.get(k, []))}" for k in ("regulations", "organizations", "measures"))
        print(f"{'OK ' if not errors else 'BAD'} {gf.name}  {counts}  notes={len(notes)}")
        for e in errors:
            print(f"    ERROR {e}")
        for n in notes:
            print(f"    note  {n}")
        bad += bool(errors)
    print(f"{len(gold_files)} gold files, {bad} with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
