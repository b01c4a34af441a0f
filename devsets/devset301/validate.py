#!/usr/bin/env python3
"""Validate the gold files of this dev set (ANNOTATION.md format).

usage: python3 validate.py [--verbose]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc/report/regulations/organizations/measures;
    `doc` names an existing file in docs/ and matches the gold file name;
  * report: title/publisher/region/year/date present; publisher, region, year filled;
    year is an int; date is YYYY-MM-DD or null; the publisher is one of the gold
    organizations (by name or alias), as the scorer resolves it;
  * every entity: name a non-empty string, aliases a list of strings, type from the
    allowed set; regulations also doc_number (normalised 机关代字〔年份〕序号号 or null),
    issuer (string or null), relation (issues/implements/studies/mentions);
  * no two entities of one kind share a normalised name/alias (the scorer would merge them);
  * occurrence: the name or at least one alias occurs in the text after removing 《》〈〉
    and whitespace (PDF line breaks are whitespace). A second, looser pass also removes
    quotation marks and unifies brackets as score.py does. An entity found by neither is an
    ERROR. Every alias is expected to occur as well (WARN otherwise). Canonical names that
    do not occur themselves (resolved names) are listed as exceptions with --verbose;
  * document length 1,500-5,000 characters.
Exit status 1 if there is any ERROR or WARN.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS, GOLD = ROOT / "docs", ROOT / "gold"
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


def strict(text):
    return re.sub(r"[《》〈〉\s]", "", text)


def loose(text):  # the scorer's normalisation
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("unknown encoding")


def main():
    verbose = "--verbose" in sys.argv
    errors, warns, infos = [], [], []
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    counts = {"regulations": 0, "organizations": 0, "measures": 0}
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
            continue
        doc = g["doc"]
        if doc[:-4] != gf.stem or not doc.endswith(".txt"):
            errors.append(f"{tag}: doc field {doc!r} does not match file name")
        dp = DOCS / doc
        if not dp.exists():
            errors.append(f"{tag}: missing document {dp}")
            continue
        text = read_text(dp)
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{tag}: document length {n} outside 1500-5000")
        st, lo = strict(text), loose(text)

        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys wrong: {rep}")
        else:
            for f in ("publisher", "region", "year"):
                if rep[f] in (None, ""):
                    errors.append(f"{tag}: report.{f} empty")
            if not isinstance(rep["year"], int):
                errors.append(f"{tag}: report.year not int")
            if rep["date"] is not None and not DATE.match(rep["date"]):
                errors.append(f"{tag}: report.date {rep['date']!r} not YYYY-MM-DD")
            for f in ("title", "date"):
                if rep[f] is None:
                    infos.append(f"{tag}: report.{f} is null")
            if rep["title"] and strict(rep["title"]) not in st:
                warns.append(f"{tag}: report title does not occur in text")
            orgnames = {loose(x) for o in g["organizations"] for x in [o["name"], *o["aliases"]]}
            if rep["publisher"] and loose(rep["publisher"]) not in orgnames:
                errors.append(f"{tag}: publisher {rep['publisher']!r} is not a gold organization")

        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            for e in g[kind]:
                counts[kind] += 1
                name = e.get("name")
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{tag}: {kind} {name!r}: keys {sorted(e)}")
                    continue
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        errors.append(f"{tag}: {name}: doc_number {e['doc_number']!r} not normalised")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{tag}: {name}: issuer must be string or null")
                    if any(c in name for c in "《》"):
                        errors.append(f"{tag}: {name}: title marks in name")
                if kind == "measures" and any(c in name for c in "“”\""):
                    errors.append(f"{tag}: measure {name}: quotation marks in canonical name")
                if name in e["aliases"]:
                    warns.append(f"{tag}: {kind} {name}: name repeated among aliases")
                for form in [name, *e["aliases"]]:
                    k = loose(form)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: {form!r} shared by {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                found = [f for f in [name, *e["aliases"]] if strict(f) in st]
                found_loose = [f for f in [name, *e["aliases"]] if loose(f) in lo]
                if not found and not found_loose:
                    errors.append(f"{tag}: {kind} {name!r}: neither name nor any alias occurs in the text")
                    continue
                if not found:
                    infos.append(f"{tag}: {kind} {name!r}: found only after quote/bracket normalisation")
                for a in e["aliases"]:
                    if strict(a) not in st and loose(a) not in lo:
                        warns.append(f"{tag}: {kind} {name}: alias {a!r} does not occur")
                if strict(name) not in st and loose(name) not in lo:
                    infos.append(f"{tag}: {kind} {name!r}: resolved canonical name, occurs via alias {found_loose[0]!r}")
    for m in errors:
        print("ERROR", m)
    for m in warns:
        print("WARN ", m)
    if verbose:
        for m in infos:
            print("INFO ", m)
    print(f"{len(files)} gold files; {counts['regulations']} regulations, {counts['organizations']} organizations, "
          f"{counts['measures']} measures; {len(errors)} errors, {len(warns)} warnings, {len(infos)} exceptions/infos")
    sys.exit(1 if errors or warns else 0)


if __name__ == "__main__":
    main()
