#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [-v]

Checks, for every gold/*.json:
  * the JSON loads; top-level keys, field types and enum values follow ANNOTATION.md section 5;
  * `doc` names an existing docs/*.txt of 1,500-5,000 characters;
  * the report fields publisher, region and year are filled (title and date may be null,
    but are reported), year is 2015-2025, date is YYYY-MM-DD, and the publisher is one of
    the gold organizations;
  * every entity is found in the text: its name or one of its aliases occurs after removing
    whitespace (PDF line breaks), title marks 《》〈〉<> and applying NFKC.  A canonical name
    that does not occur is fine when an alias occurs (listed with -v); an entity with no
    occurring form is an ERROR; an alias that does not occur is an ERROR too (aliases are
    meant to be forms as written);
  * no normalised form is shared by two entities of the same kind (that would make the
    scorer's matching ambiguous);
  * doc_number has the normalised shape 代字〔YYYY〕N号 (a 令 number without year is
    accepted and listed), and its digits occur in the text; an issuer is one of the gold
    organizations.
Exit status 1 if there is any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
TOP = {"doc", "report", "regulations", "organizations", "measures"}
REPORT = {"title", "publisher", "region", "year", "date"}

_DROP_TEXT = set("《》〈〉<> \t\r\n\u3000")
# scorer-style normalisation, used for the ambiguity check
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def textnorm(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if c not in _DROP_TEXT)


def scorenorm(s):
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(_MAP.get(c, c) for c in s if c not in _DROP)


def main():
    verbose = "-v" in sys.argv
    errors, notes = [], []
    files = sorted((HERE / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    counts = {"regulations": 0, "organizations": 0, "measures": 0}
    for gf in files:
        tag = gf.name

        def err(msg):
            errors.append(f"ERROR {tag}: {msg}")

        def note(msg):
            notes.append(f"note  {tag}: {msg}")

        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        if set(gold) != TOP:
            err(f"top-level keys {sorted(gold)}")
            continue
        if gold["doc"] != gf.stem + ".txt":
            err(f"doc {gold['doc']!r} does not match file name")
        tp = HERE / "docs" / gold["doc"]
        if not tp.exists():
            err("text file missing")
            continue
        raw = tp.read_bytes().decode("utf-8")
        if not 1500 <= len(raw) <= 5000:
            err(f"text length {len(raw)} outside 1500-5000")
        text = textnorm(raw)
        rep = gold["report"]
        if not isinstance(rep, dict) or set(rep) != REPORT:
            err(f"report keys {rep!r}")
        else:
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    err(f"report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                err(f"report.year {rep['year']!r}")
            if rep["date"] is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", str(rep["date"])):
                err(f"report.date {rep['date']!r}")
            for f in ("title", "date"):
                if rep[f] is None:
                    note(f"report.{f} is null")
            if rep["title"] is not None and textnorm(rep["title"]) not in text:
                err(f"report.title does not occur: {rep['title']}")
            orgnames = {o.get("name") for o in gold["organizations"]}
            if rep["publisher"] not in orgnames:
                err(f"publisher {rep['publisher']!r} is not a gold organization")
        orgforms = {scorenorm(a) for o in gold["organizations"] for a in [o.get("name", ""), *o.get("aliases", [])]}
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEASURE_TYPES)):
            items = gold[kind]
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            counts[kind] += len(items)
            seen = {}
            for e in items:
                keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != keys:
                    err(f"{kind} keys {sorted(e)} for {e.get('name')}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind} {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    err(f"{kind} {name}: bad type {e['type']!r}")
                forms = [name, *e["aliases"]]
                found = [f for f in forms if textnorm(f) in text]
                if not found:
                    err(f"{kind} {name}: neither the name nor an alias occurs in the text")
                elif name not in found:
                    note(f"{kind} {name}: canonical name resolved, occurs as {found[0]!r}")
                for a in e["aliases"]:
                    if textnorm(a) not in text:
                        err(f"{kind} {name}: alias {a!r} does not occur in the text")
                for f in forms:
                    k = scorenorm(f)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not isinstance(dn, str):
                            err(f"{name}: doc_number not a string")
                        elif re.fullmatch(r"[^〔〕]+〔(19|20)\d\d〕\d+号", dn):
                            year, num = re.search(r"〔(\d{4})〕(\d+)号", dn).groups()
                            if not re.search(year + r"\D{0,3}" + num + "[号號]", text):
                                note(f"{name}: doc_number {dn} repaired (not literally in text)")
                        elif re.fullmatch(r".+令第\d+号", dn):
                            note(f"{name}: doc_number {dn} is an order number (no year)")
                            if textnorm(dn) not in text:
                                err(f"{name}: doc_number {dn} does not occur")
                        else:
                            err(f"{name}: doc_number {dn!r} not normalised")
                    iss = e["issuer"]
                    if iss is not None:
                        for part in iss.split():
                            if scorenorm(part) not in orgforms:
                                err(f"{name}: issuer part {part!r} is not a gold organization")
    for n in notes if verbose else []:
        print(n)
    for e in errors:
        print(e)
    print(f"{len(files)} gold files, {counts['regulations']} regulations, {counts['organizations']} organizations, "
          f"{counts['measures']} measures; {len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
