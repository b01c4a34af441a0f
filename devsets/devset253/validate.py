#!/usr/bin/env python3
"""Check every gold file in gold/ against its document in docs/ (rules: /work/shared/ANNOTATION.md).

- the JSON loads; top-level keys and entity fields are the ones of the gold format, with valid types;
- report fields are filled (title may be null only if the text has none; publisher is one of the
  gold organizations; region, year, date well-formed);
- doc_number has the normalised form 机关代字〔年份〕序号号; relation and issuer are valid;
- every entity is found in the text under its name or one of its aliases, compared after
  NFKC and removal of whitespace, quotation and title marks (score.py's normalisation);
  canonical names that do not occur (resolved names) are listed as info, not as errors;
- no alias is shared by two entities of the same kind (it would make matching ambiguous).
Documents may be UTF-8 (with or without BOM), GBK or Big5; the encoding is detected.
usage: python3 validate.py [-v]
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
KINDS = ("regulations", "organizations", "measures")
TYPES = {
    "regulations": {"law", "administrative_regulation", "departmental_rule", "local_regulation",
                    "normative_document", "party_document", "plan", "publication", "other"},
    "organizations": {"government", "department", "party", "legislature", "judiciary", "committee",
                      "institution", "enterprise", "social", "other"},
    "measures": {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"},
}
FIELDS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "big5", "gbk"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        if "法" in text:
            return text, enc
    raise ValueError(f"{path.name}: cannot decode")


def check(gold_path, verbose):
    errors, infos = [], []
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], infos
    if set(gold) != {"doc", "report", *KINDS}:
        errors.append(f"top-level keys {sorted(gold)}")
    doc = ROOT / "docs" / gold.get("doc", "")
    if gold.get("doc") != gold_path.stem + ".txt" or not doc.exists():
        return errors + [f"doc {gold.get('doc')!r} missing or not matching file name"], infos
    text, enc = read_doc(doc)
    infos.append(f"encoding {enc}, {len(text)} characters")
    if not 1500 <= len(text) <= 5000:
        errors.append(f"length {len(text)} outside 1500-5000")
    ntext = norm(text)
    rep = gold.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            errors.append(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errors.append(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
        errors.append(f"report.date {rep['date']!r}")
    if rep.get("title") is None:
        infos.append("report.title is null")
    elif norm(rep["title"]) not in ntext:
        errors.append(f"report.title not in text: {rep['title']}")
    orgs = {norm(x) for o in gold.get("organizations", []) for x in [o["name"], *o["aliases"]]}
    if rep.get("publisher") and norm(rep["publisher"]) not in orgs:
        errors.append(f"publisher {rep['publisher']} is not a gold organization")
    for kind in KINDS:
        seen = {}
        items = gold.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        for e in items:
            if set(e) != FIELDS[kind]:
                errors.append(f"{kind} {e.get('name')}: fields {sorted(e)}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                errors.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errors.append(f"{kind} {e['name']}: aliases must be a list of strings")
                continue
            if e["type"] not in TYPES[kind]:
                errors.append(f"{kind} {e['name']}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"regulation {e['name']}: relation {e['relation']!r}")
                if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                    errors.append(f"regulation {e['name']}: doc_number {e['doc_number']!r}")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errors.append(f"regulation {e['name']}: issuer {e['issuer']!r}")
                if e["doc_number"] is not None:
                    # the number must be in the text too, up to bracket style and scraping damage
                    digits = re.sub(r"\D", "", e["doc_number"])
                    if digits not in re.sub(r"\D", "", text) and norm(e["doc_number"]) not in ntext:
                        errors.append(f"regulation {e['name']}: doc_number {e['doc_number']} not in text")
            forms = [e["name"], *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    errors.append(f"{kind}: form {f!r} used by {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
            found = [f for f in forms if norm(f) in ntext]
            if not found:
                errors.append(f"{kind} {e['name']}: neither name nor any alias occurs in the text")
            elif norm(e["name"]) not in ntext:
                infos.append(f"{kind} {e['name']}: resolved name, found as {found[0]!r}")
        if not items:
            errors.append(f"{kind}: empty")
    return errors, infos


def main():
    verbose = "-v" in sys.argv
    files = sorted((ROOT / "gold").glob("*.json"))
    bad = 0
    for gf in files:
        errors, infos = check(gf, verbose)
        print(f"{gf.name}: {'OK' if not errors else str(len(errors)) + ' error(s)'}")
        for e in errors:
            print("   ERROR", e)
        if verbose:
            for i in infos:
                print("   info ", i)
        bad += bool(errors)
    docs = sorted(p.stem for p in (ROOT / "docs").glob("*.txt"))
    missing = set(docs) - {p.stem for p in files}
    for m in sorted(missing):
        print(f"{m}.txt: no gold file")
        bad += 1
    print(f"{len(files)} gold files, {bad} with problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
