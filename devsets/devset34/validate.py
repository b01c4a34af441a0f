#!/usr/bin/env python3
"""Validate the gold files of this dev set (see README.md).

usage: python3 validate.py [DEVSET_DIR]

Checks for every gold/*.json:
  * JSON loads; top-level keys exactly doc, report, regulations, organizations, measures;
    `doc` names an existing file in docs/;
  * report has title/publisher/region/year/date; publisher, region, year filled; year an int
    in 2000..2030; date null or YYYY-MM-DD; publisher is one of the gold organizations;
  * every entity has the right fields and types; `type` / `relation` values are those of
    ANNOTATION.md; doc_number null or of the form 机关代字〔YYYY〕N号; no duplicate names/aliases
    across entities of one kind;
  * every entity's name or one of its aliases occurs in the text (after decoding the file —
    UTF-8, else Big5 — unescaping HTML entities and removing 《》〈〉<> and whitespace).
    A match that only holds after the scorer's full normalisation (NFKC, quotes removed,
    brackets unified) is listed as a note; no match at all is an error.
    Canonical names that do not occur are fine when an alias occurs (listed with -v).
Exit status 1 if there is any error.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

KEYS = ["doc", "report", "regulations", "organizations", "measures"]
REPORT_KEYS = ["title", "publisher", "region", "year", "date"]
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def strict(s):
    return re.sub(r"[《》〈〉<>\s\u3000]", "", s)


def loose(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(_MAP.get(c, c) for c in s if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "big5", "cp950"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise ValueError(f"{path}: cannot decode")


def check(devset, verbose=False):
    errors, notes = [], []
    gold_dir, doc_dir = devset / "gold", devset / "docs"
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        errors.append("no gold files")
    for gf in files:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{where}: JSON does not load: {exc}")
            continue
        if list(g.keys()) != KEYS:
            errors.append(f"{where}: keys {list(g.keys())} != {KEYS}")
        doc = g.get("doc")
        if doc != gf.stem + ".txt":
            errors.append(f"{where}: doc {doc!r} does not match the gold file name")
        tp = doc_dir / str(doc)
        if not tp.exists():
            errors.append(f"{where}: no document {tp}")
            continue
        text, enc = read_text(tp)
        text = html.unescape(text)
        t_strict, t_loose = strict(text), loose(text)
        n = len(text)
        if not 2500 <= n <= 5000:
            notes.append(f"{where}: length {n} outside 2500-5000 ({enc})")
        rep = g.get("report")
        if not isinstance(rep, dict) or list(rep.keys()) != REPORT_KEYS:
            errors.append(f"{where}: report keys wrong")
            rep = rep if isinstance(rep, dict) else {}
        for k in ("publisher", "region", "year"):
            if not rep.get(k):
                errors.append(f"{where}: report.{k} empty")
        if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
            errors.append(f"{where}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            errors.append(f"{where}: report.date {rep['date']!r}")
        if rep.get("title") is not None and strict(rep["title"]) not in t_strict and loose(rep["title"]) not in t_loose:
            # a title set over two lines still counts: compare without whitespace
            errors.append(f"{where}: report.title not in text: {rep['title']}")
        org_names = {loose(a) for o in g.get("organizations", []) for a in [o.get("name", "")] + o.get("aliases", [])}
        if rep.get("publisher") and loose(rep["publisher"]) not in org_names:
            errors.append(f"{where}: publisher {rep['publisher']} is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{where}: {kind} is not a list")
                continue
            seen = {}
            fields = ["name", "aliases", "type"] + (["doc_number", "issuer", "relation"] if kind == "regulations" else [])
            for e in items:
                if not isinstance(e, dict) or sorted(e.keys()) != sorted(fields):
                    errors.append(f"{where}: {kind} entry has fields {sorted(e) if isinstance(e, dict) else e}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{where}: {kind} empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    errors.append(f"{where}: {kind} {name}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{where}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{where}: {name}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        errors.append(f"{where}: {name}: doc_number {e['doc_number']!r} not normalised")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{where}: {name}: issuer must be a string or null")
                for a in [name] + e["aliases"]:
                    key = loose(a)
                    if key in seen and seen[key] != name:
                        errors.append(f"{where}: {kind}: '{a}' is listed under both {seen[key]} and {name}")
                    seen.setdefault(key, name)
                forms = [name] + e["aliases"]
                hit_strict = [a for a in forms if strict(a) and strict(a) in t_strict]
                hit_loose = [a for a in forms if loose(a) and loose(a) in t_loose]
                if not hit_strict and not hit_loose:
                    errors.append(f"{where}: {kind}: neither name nor any alias occurs: {name} {e['aliases']}")
                elif not hit_strict:
                    notes.append(f"{where}: {kind}: only after full normalisation: {name}")
                elif verbose and name not in hit_strict:
                    notes.append(f"{where}: {kind}: resolved name (alias occurs): {name}")
    return errors, notes


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    devset = Path(args[0]) if args else Path(__file__).resolve().parent
    errors, notes = check(devset, verbose="-v" in sys.argv)
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
