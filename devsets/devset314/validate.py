#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--quiet]

Checks, for every gold/*.json:
  * the JSON loads, has exactly the keys doc/report/regulations/organizations/measures,
    `doc` names an existing docs/<doc> file whose stem equals the gold file's stem;
  * report: title (str or null), publisher and region (non-empty str), year (int 2015-2025),
    date (YYYY-MM-DD or null); the publisher is one of the gold organizations (name or alias);
  * every entity has a non-empty name, a list of string aliases, a valid type; regulations
    have doc_number (null, `代字〔YYYY〕N号`, or a 规章's `…令第N号`), issuer (null or str) and a valid relation;
  * no two entities of the same kind share a normalised name/alias (that would make the
    scorer count one mention as a duplicate);
  * every entity is attested in the text: its name or one of its aliases occurs in the text
    after HTML entities are decoded and title marks, quotation marks and whitespace removed. A canonical name
    that does not occur (resolved jurisdiction, repaired damage) is reported as INFO as long as
    an alias occurs. Matches that need the scorer's full normalisation (quotes removed,
    brackets/dashes unified, NFKC) are reported as INFO too; no match at all is an ERROR;
  * a regulation's doc_number is attested (its year and serial number occur in the text);
  * the document is 1,500-5,000 characters long.
Exit status 1 if any ERROR.
"""
import html
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
KINDS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^\S+〔(\d{4})〕(\d+)号$")
ORDERNUM = re.compile(r"^\S+令第(\d+)号$")  # 政府令 numbers of 规章 carry no year
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# the scorer's normalisation (score.py, ANNOTATION.md section 6)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def light(text):
    """HTML entities decoded, title marks, quotation marks and whitespace removed."""
    text = html.unescape(html.unescape(text))
    return re.sub(r"[《》〈〉“”‘’\"\s\u3000]", "", text)


def main():
    quiet = "--quiet" in sys.argv
    errors, infos = [], []
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        tag = gf.stem
        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(gold) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: keys {sorted(gold)}")
            continue
        doc = gold["doc"]
        if not isinstance(doc, str) or Path(doc).stem != tag:
            errors.append(f"{tag}: doc field {doc!r} does not match the file name")
        path = DOCS / str(doc)
        if not path.exists():
            errors.append(f"{tag}: missing text {path}")
            continue
        raw = path.read_text(encoding="utf-8")
        if not 1500 <= len(raw) <= 5000:
            errors.append(f"{tag}: length {len(raw)} outside 1500-5000")
        text_l, text_n = light(raw), norm(html.unescape(html.unescape(raw)))
        digits = re.sub(r"\s", "", html.unescape(raw))

        rep = gold["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        else:
            if rep["title"] is not None and (not isinstance(rep["title"], str) or not rep["title"]):
                errors.append(f"{tag}: report.title must be a non-empty string or null")
            if rep["title"] is None:
                infos.append(f"{tag}: report.title is null (no title in the text)")
            elif norm(rep["title"]) not in text_n:
                errors.append(f"{tag}: report.title not in text: {rep['title']}")
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    errors.append(f"{tag}: report.{f} empty")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                errors.append(f"{tag}: report.year {rep['year']!r}")
            if rep["date"] is None:
                infos.append(f"{tag}: report.date is null")
            elif not isinstance(rep["date"], str) or not DATE.match(rep["date"]):
                errors.append(f"{tag}: report.date {rep['date']!r}")
            orgnames = {norm(a) for o in gold.get("organizations", []) if isinstance(o, dict)
                        for a in [o.get("name", ""), *o.get("aliases", [])]}
            if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in orgnames:
                errors.append(f"{tag}: publisher {rep['publisher']} is not a gold organization")

        for kind, types in KINDS.items():
            items = gold[kind]
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            seen = {}
            for e in items:
                if not isinstance(e, dict):
                    errors.append(f"{tag}: {kind}: entry is not an object: {e!r}")
                    continue
                want = {"name", "aliases", "type"}
                if kind == "regulations":
                    want |= {"doc_number", "issuer", "relation"}
                if set(e) != want:
                    errors.append(f"{tag}: {kind}: keys {sorted(e)} for {e.get('name')}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind}: aliases of {name} must be a list of strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind}: bad type {e['type']!r} for {name}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: bad relation {e['relation']!r} for {name}")
                    dn = e["doc_number"]
                    if dn is not None:
                        m = DOCNUM.match(dn) if isinstance(dn, str) else None
                        if not m and isinstance(dn, str) and ORDERNUM.match(dn):
                            if norm(dn) not in text_n:
                                errors.append(f"{tag}: order number {dn} of {name} not attested in text")
                        elif not m:
                            errors.append(f"{tag}: doc_number {dn!r} of {name} not in 代字〔年〕号 form")
                        elif not re.search(m.group(1) + r"\D{0,3}" + m.group(2) + r"\s*号", digits):
                            errors.append(f"{tag}: doc_number {dn} of {name} not attested in text")
                    if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"]):
                        errors.append(f"{tag}: bad issuer for {name}")
                for a in [name, *e["aliases"]]:
                    k = norm(a)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: '{a}' belongs to both {seen[k]} and {name}")
                    seen[k] = name
                forms = [name, *e["aliases"]]
                if light(name) in text_l:
                    continue
                hit = [a for a in e["aliases"] if light(a) in text_l]
                if hit:
                    infos.append(f"{tag}: {kind}: canonical '{name}' not in text; alias '{hit[0]}' is")
                    continue
                hitn = [a for a in forms if norm(a) in text_n]
                if hitn:
                    infos.append(f"{tag}: {kind}: '{name}' attested only after full normalisation ('{hitn[0]}')")
                    continue
                errors.append(f"{tag}: {kind}: neither '{name}' nor any alias occurs in the text")
    if not quiet:
        for i in infos:
            print("INFO ", i)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
