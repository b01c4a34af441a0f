#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [OUTDIR]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file, and the gold file is named after it;
  * report fields title/publisher/region/year/date present; publisher, region, year filled;
    year an int in 2015..2025; date null or YYYY-MM-DD; publisher is one of the gold
    organizations' names (so the scorer can match it through aliases);
  * every entity has the right keys and value types; `type` (and `relation`) from the
    ANNOTATION.md vocabularies; doc_number null or normalised `…〔YYYY〕N号`;
  * the name or at least one alias (after removing 《》〈〉<> and whitespace; quote marks are
    also tried removed) occurs in the text -> ERROR if none does;
    aliases that do not occur are listed as NOTE (accepted forms are allowed);
  * no two entities of one kind in one document share a normalised name/alias
    (the scorer would credit only the first), no duplicate aliases;
  * document length 1500..5000 characters.
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(19|20)\d\d-\d\d-\d\d$")

# the scorer's normalisation (score.py, section 6 of ANNOTATION.md)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip_marks(s):
    return re.sub(r"[《》〈〉<>\s\u3000]", "", s)


def strip_quotes(s):
    return re.sub(r"[“”\"'‘’「」『』]", "", s)


def occurs(form, text_plain, text_noq, text_norm):
    f = strip_marks(form)
    return (f in text_plain or strip_quotes(f) in text_noq or norm(form) in text_norm)


def main():
    errors, notes = [], []
    resolved = 0
    gold_files = sorted((ROOT / "gold").glob("*.json"))
    if not gold_files:
        print("no gold files")
        return 1
    for gf in gold_files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
        doc = g.get("doc")
        if not isinstance(doc, str) or gf.stem + ".txt" != doc:
            errors.append(f"{tag}: doc field {doc!r} does not match file name")
        dpath = ROOT / "docs" / str(doc)
        if not dpath.exists():
            errors.append(f"{tag}: missing text {dpath}")
            continue
        raw = dpath.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
        if not 1500 <= len(text) <= 5000:
            errors.append(f"{tag}: text length {len(text)} outside 1500..5000")
        text_plain = strip_marks(text)
        text_noq = strip_quotes(text_plain)
        text_norm = norm(text)
        rep = g.get("report")
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys wrong: {rep}")
        else:
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    errors.append(f"{tag}: report.{f} empty")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                errors.append(f"{tag}: report.year {rep['year']!r}")
            if rep["date"] is not None and not DATE.match(str(rep["date"])):
                errors.append(f"{tag}: report.date {rep['date']!r}")
            if rep["title"] is not None and not occurs(rep["title"], text_plain, text_noq, text_norm):
                errors.append(f"{tag}: report.title not in text")
            if rep["publisher"] not in {o.get("name") for o in g.get("organizations", [])}:
                errors.append(f"{tag}: publisher {rep['publisher']!r} is not a gold organization name")
        for kind, types, keys in (
                ("regulations", REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                ("organizations", ORG_TYPES, {"name", "aliases", "type"}),
                ("measures", MEA_TYPES, {"name", "aliases", "type"})):
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != keys:
                    errors.append(f"{tag}: {kind}: bad keys {e}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind}: {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind}: {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        errors.append(f"{tag}: {name}: doc_number not normalised: {e['doc_number']!r}")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{tag}: {name}: issuer not a string")
                forms = [name] + e["aliases"]
                for f in {norm(x) for x in forms}:
                    if f in seen and seen[f] != name:
                        errors.append(f"{tag}: {kind}: form {f!r} shared by {seen[f]!r} and {name!r}")
                    seen[f] = name
                found = [f for f in forms if occurs(f, text_plain, text_noq, text_norm)]
                if not found:
                    errors.append(f"{tag}: {kind}: neither {name!r} nor an alias occurs in the text")
                else:
                    if name not in found:
                        resolved += 1
                    for a in e["aliases"]:
                        if a not in found:
                            notes.append(f"{tag}: {kind}: {name}: alias {a!r} not in text (accepted form)")
    for n in notes:
        print("NOTE ", n)
    for e in errors:
        print("ERROR", e)
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(notes)} notes, "
          f"{resolved} canonical names resolved (not verbatim in text, matched through an alias)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
