#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [-v]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing docs/*.txt file whose stem equals the gold file's stem;
  * report: title (str or null), publisher (str), region (str), year (int, 2015-2025),
    date (YYYY-MM-DD or null); the publisher is one of the gold organizations (name or alias);
  * every entity has exactly the fields of its kind, with types / relations from ANNOTATION.md,
    doc_number null or normalised to 机关代字〔年份〕序号号, aliases a list of distinct strings;
  * no two entities of one kind share a normalised name/alias (the scorer would merge them);
  * every entity's name or one of its aliases occurs in the text after removing 《》〈〉<> and
    whitespace from both.  The text is read as UTF-8, falling back to GB18030.  Occurrence is
    tried on the raw text first and then on the text with HTML entities decoded and tags
    removed (some documents are raw web captures).  Canonical names that do not occur
    themselves (resolved names) are listed as notes when an alias occurs; an entity with no
    occurring form at all is an error;
  * the text has 1,500-5,000 characters.
Exit status 1 if any error.
"""
import datetime
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
FIELDS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")

# same normalisation as score.py (section 6 of ANNOTATION.md)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def squeeze(text):
    """Remove title marks and whitespace only (the occurrence test of the brief)."""
    return re.sub(r"[《》〈〉<>\s\u3000]", "", text)


def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def cleaned(text):
    text = re.sub(r"<[^<>]{0,200}?>", "", text)      # tags
    return html.unescape(html.unescape(text))          # entities (also double-escaped)


def main():
    verbose = "-v" in sys.argv
    errors, notes = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    if len(golds) != len(docs):
        errors.append(f"{len(golds)} gold files but {len(docs)} docs")
    for gf in golds:
        where = gf.name
        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{where}: does not load: {exc}")
            continue
        if set(gold) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{where}: top-level keys {sorted(gold)}")
            continue
        doc = ROOT / "docs" / str(gold["doc"])
        if Path(gold["doc"]).stem != gf.stem or not doc.exists():
            errors.append(f"{where}: doc {gold['doc']!r} missing or misnamed")
            continue
        text, enc = read_text(doc)
        if not 1500 <= len(text) <= 5000:
            errors.append(f"{where}: text has {len(text)} characters")
        raw_sq, clean_sq = squeeze(text), squeeze(cleaned(text))

        rep = gold["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys {rep!r}")
            continue
        if rep["title"] is not None and not isinstance(rep["title"], str):
            errors.append(f"{where}: report.title not str/null")
        if rep["title"] is None:
            notes.append(f"{where}: report.title is null (the text has no title)")
        elif squeeze(rep["title"]) not in clean_sq:
            errors.append(f"{where}: report.title not in text: {rep['title']}")
        for field in ("publisher", "region"):
            if not isinstance(rep[field], str) or not rep[field]:
                errors.append(f"{where}: report.{field} empty")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{where}: report.year {rep['year']!r}")
        if rep["date"] is not None:
            try:
                datetime.date.fromisoformat(rep["date"])
            except (TypeError, ValueError):
                errors.append(f"{where}: report.date {rep['date']!r}")
        else:
            notes.append(f"{where}: report.date is null")
        org_forms = {norm(f) for o in gold["organizations"] for f in [o["name"], *o["aliases"]]}
        if norm(rep["publisher"]) not in org_forms:
            errors.append(f"{where}: publisher {rep['publisher']} is not a gold organization")

        for kind in ("regulations", "organizations", "measures"):
            seen = {}
            if not isinstance(gold[kind], list):
                errors.append(f"{where}: {kind} is not a list")
                continue
            for ent in gold[kind]:
                label = f"{where}: {kind[:-1]} {ent.get('name')!r}"
                if not isinstance(ent, dict) or set(ent) != FIELDS[kind]:
                    errors.append(f"{label}: fields {sorted(ent) if isinstance(ent, dict) else ent}")
                    continue
                if not isinstance(ent["name"], str) or not ent["name"].strip():
                    errors.append(f"{label}: empty name")
                    continue
                if ent["type"] not in TYPES[kind]:
                    errors.append(f"{label}: type {ent['type']!r}")
                al = ent["aliases"]
                if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
                    errors.append(f"{label}: aliases must be a list of non-empty strings")
                    continue
                if ent["name"] in al or len(set(al)) != len(al):
                    errors.append(f"{label}: alias repeats the name or another alias")
                if kind == "regulations":
                    if ent["relation"] not in RELATIONS:
                        errors.append(f"{label}: relation {ent['relation']!r}")
                    if ent["doc_number"] is not None and not DOCNUM.match(ent["doc_number"]):
                        errors.append(f"{label}: doc_number not normalised: {ent['doc_number']!r}")
                    if ent["issuer"] is not None and (not isinstance(ent["issuer"], str) or not ent["issuer"]):
                        errors.append(f"{label}: issuer must be a non-empty string or null")
                for form in [ent["name"], *al]:
                    key = norm(form)
                    if key in seen and seen[key] != ent["name"]:
                        errors.append(f"{label}: form {form!r} also belongs to {seen[key]!r}")
                    seen.setdefault(key, ent["name"])
                forms = [ent["name"], *al]
                raw_hit = [f for f in forms if squeeze(f) and squeeze(f) in raw_sq]
                clean_hit = [f for f in forms if squeeze(f) and squeeze(f) in clean_sq]
                if not clean_hit:
                    errors.append(f"{label}: neither name nor any alias occurs in the text")
                    continue
                if not raw_hit:
                    notes.append(f"{label}: occurs only after HTML entities/tags are decoded")
                if ent["name"] not in clean_hit:
                    notes.append(f"{label}: canonical name resolved (does not occur); alias occurs: {clean_hit[0]!r}")
        if verbose:
            print(f"{where}: {enc}, {len(text)} chars, "
                  + ", ".join(f"{k}={len(gold[k])}" for k in ("regulations", "organizations", "measures")))
    if verbose:
        for n in notes:
            print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(notes)} notes"
          + ("" if verbose else " (-v lists the notes)"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
