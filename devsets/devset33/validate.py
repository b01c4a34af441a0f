#!/usr/bin/env python3
"""Validate the devset33 gold files against ANNOTATION.md conventions and the texts.

usage: python3 validate.py [--verbose]

Checks, for every gold/*.json:
  * JSON loads; top-level keys and report keys are exactly the ones of the seed gold format;
  * `doc` names an existing docs/*.txt file and matches the gold file name;
  * entity fields and types/relations are valid per ANNOTATION.md; doc_number normalised
    (机关代字〔年份〕序号号) or null; issuer null or a body listed among the organizations;
  * no two entities of one kind share a normalised name/alias (a duplicate node);
  * every entity's name or at least one alias occurs in the text (after removing 《》, quotes,
    whitespace and PDF line breaks, NFKC, HTML entities decoded). Canonical names that do not
    occur verbatim (resolved jurisdiction) are listed as notes, not errors, when an alias occurs;
  * report fields publisher/region/year are filled; publisher is one of the organizations;
    date is YYYY-MM-DD or null; the text is 2,500-5,000 characters.
Exit status 1 if any error.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
KINDS = ("regulations", "organizations", "measures")
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•\u00a0")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def text_forms(raw):
    """Normalised forms of the document text a mention may be found in."""
    forms = {norm(raw), norm(html.unescape(raw))}
    # page footers of PDF extractions ("— 3 —") may interrupt a name
    forms.add(norm(re.sub(r"\n\s*—\s*\d+\s*—\s*\n", "\n", raw)))
    return forms


def main():
    verbose = "--verbose" in sys.argv
    errors, notes = [], []
    gold_files = sorted((ROOT / "gold").glob("*.json"))
    if not gold_files:
        sys.exit("no gold files")
    for gf in gold_files:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{where}: JSON does not load: {exc}")
            continue
        if set(g) != TOP_KEYS:
            errors.append(f"{where}: top-level keys {sorted(g)}")
            continue
        doc = g["doc"]
        if doc[:-4] != gf.stem or not doc.endswith(".txt"):
            errors.append(f"{where}: doc field {doc!r} does not match the file name")
        tp = ROOT / "docs" / doc
        if not tp.exists():
            errors.append(f"{where}: missing text {doc}")
            continue
        raw = tp.read_text(encoding="utf-8")
        if not 2500 <= len(raw) <= 5000:
            errors.append(f"{where}: text length {len(raw)} outside 2,500-5,000")
        forms = text_forms(raw)

        def occurs(s):
            n = norm(s)
            return bool(n) and any(n in f for f in forms)

        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
            errors.append(f"{where}: report keys {rep if not isinstance(rep, dict) else sorted(rep)}")
            rep = {k: (rep or {}).get(k) for k in REPORT_KEYS} if isinstance(rep, dict) else dict.fromkeys(REPORT_KEYS)
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                errors.append(f"{where}: report.{f} is empty")
        if rep.get("year") is not None and (not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025):
            errors.append(f"{where}: report.year {rep['year']!r} not an int in 2015-2025")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            errors.append(f"{where}: report.date {rep['date']!r} not YYYY-MM-DD")
        if rep.get("title") is not None and not occurs(rep["title"]):
            errors.append(f"{where}: report.title not found in text")

        org_names = set()
        for o in g.get("organizations", []):
            for a in [o.get("name"), *o.get("aliases", [])]:
                if a:
                    org_names.add(norm(a))
        if rep.get("publisher") and norm(rep["publisher"]) not in org_names:
            errors.append(f"{where}: publisher {rep['publisher']!r} is not among the organizations")

        for kind in KINDS:
            items = g[kind]
            if not isinstance(items, list):
                errors.append(f"{where}: {kind} is not a list")
                continue
            seen = {}
            for i, e in enumerate(items):
                label = f"{where}: {kind}[{i}] {e.get('name')!r}"
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{label}: keys {sorted(e)}")
                if not isinstance(e.get("name"), str) or not e["name"].strip():
                    errors.append(f"{label}: empty name")
                    continue
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    errors.append(f"{label}: aliases must be a list of non-empty strings")
                    continue
                types = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}[kind]
                if e.get("type") not in types:
                    errors.append(f"{label}: bad type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        errors.append(f"{label}: bad relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not re.fullmatch(r"[^〔〕\s]+〔\d{4}〕\d+号", dn):
                        errors.append(f"{label}: doc_number {dn!r} not normalised")
                    if dn is not None and not occurs(dn) and not occurs(dn.replace("〔", "").replace("〕", "")):
                        notes.append(f"{label}: doc_number {dn!r} written differently in the text")
                    iss = e.get("issuer")
                    if iss is not None:
                        for part in iss.split():
                            if norm(part) not in org_names:
                                errors.append(f"{label}: issuer part {part!r} is not among the organizations")
                for a in [e["name"], *e["aliases"]]:
                    k = norm(a)
                    if k in seen and seen[k] != i:
                        errors.append(f"{label}: form {a!r} also belongs to {items[seen[k]]['name']!r}")
                    seen.setdefault(k, i)
                if norm(e["name"]) in {norm(a) for a in e["aliases"]}:
                    notes.append(f"{label}: an alias repeats the name")
                if not occurs(e["name"]):
                    found = [a for a in e["aliases"] if occurs(a)]
                    if found:
                        notes.append(f"{label}: canonical not in text; via alias {found[0]!r}")
                    else:
                        errors.append(f"{label}: neither name nor any alias occurs in the text")
                missing = [a for a in e["aliases"] if not occurs(a)]
                if missing:
                    notes.append(f"{label}: accepted forms not in text: {missing}")
    for e in errors:
        print("ERROR", e)
    if verbose:
        for n in notes:
            print("note ", n)
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
