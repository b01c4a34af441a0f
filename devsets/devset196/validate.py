#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

Checks: JSON loads; keys and value types; enum values of type/relation; doc_number format;
report fields filled (title may be null only if the text has none); the doc file exists;
every entity's name or one of its aliases occurs in the text (after the scorer's normalisation:
NFKC, whitespace / quotes / title marks removed, brackets and dashes unified; PDF page
numbers and running headers are also removed before searching); no two entities of one kind
share a normalised name/alias (that would make the scorer merge them); the publisher is
among the organizations.  Canonical names that do not occur (resolved jurisdiction) are
listed as information, not errors, as long as an alias occurs.
usage: python3 validate.py [--quiet]
"""
import json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•\f")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNUM = re.compile(r"^[^〔〕\[\]()（）【】]+〔(19|20)\d\d〕\d+号$|^.+令第\d+号$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def searchable(text):
    """Text with PDF page numbers and repeated running headers removed, then normalised."""
    lines = text.replace("\f", "\n").split("\n")
    counts = Counter(l.strip() for l in lines if l.strip())
    keep = []
    for l in lines:
        s = l.strip()
        if re.fullmatch(r"[-—·\s]*\d+[-—·\s]*", s):
            continue  # page number
        if counts[s] >= 2 and len(s) <= 30 and "《" not in s and "，" not in s and "," not in s:
            continue  # running header repeated on every page
        keep.append(l)
    return norm("\n".join(keep)), norm(text)


def main():
    quiet = "--quiet" in sys.argv
    errors, infos = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    if len(golds) != len(docs):
        errors.append(f"{len(golds)} gold files but {len(docs)} docs")
    for gf in golds:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{tag}: doc field {g['doc']!r} does not match file name")
        tp = ROOT / "docs" / g["doc"]
        if not tp.exists():
            errors.append(f"{tag}: missing text {tp}")
            continue
        raw = tp.read_text(encoding="utf-8")
        n = len(raw)
        if not 1500 <= n <= 5000:
            errors.append(f"{tag}: text length {n} outside 1500-5000")
        text, text_plain = searchable(raw)
        # report
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        else:
            for k in ("publisher", "region", "year"):
                if rep[k] in (None, ""):
                    errors.append(f"{tag}: report.{k} empty")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                errors.append(f"{tag}: report.year {rep['year']!r}")
            if rep["date"] is not None and not DATE.match(rep["date"]):
                errors.append(f"{tag}: report.date {rep['date']!r}")
            if rep["title"] is not None and norm(rep["title"]) not in text_plain:
                errors.append(f"{tag}: title not in text")
            if rep["date"] is None:
                infos.append(f"{tag}: report.date is null")
            orgnames = {norm(x) for o in g["organizations"] for x in [o["name"], *o["aliases"]]}
            if norm(rep["publisher"]) not in orgnames:
                errors.append(f"{tag}: publisher {rep['publisher']} not among organizations")
        # entities
        spec = {"regulations": (REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
                "organizations": (ORG_TYPES, ("name", "aliases", "type")),
                "measures": (MEASURE_TYPES, ("name", "aliases", "type"))}
        for kind, (types, keys) in spec.items():
            if not isinstance(g[kind], list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            seen = {}
            for e in g[kind]:
                if not isinstance(e, dict) or set(e) != set(keys):
                    errors.append(f"{tag}: {kind} entry has keys {sorted(e) if isinstance(e, dict) else e}")
                    continue
                if not isinstance(e["name"], str) or not e["name"]:
                    errors.append(f"{tag}: {kind} empty name")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {e['name']}: aliases not a list of strings")
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {e['name']}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {e['name']}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None:
                        if not DOCNUM.match(e["doc_number"]):
                            errors.append(f"{tag}: {e['name']}: doc_number {e['doc_number']!r} not normalised")
                        digits = re.sub(r"\D", "", e["doc_number"])
                        if digits not in re.sub(r"\D", "", text_plain):
                            errors.append(f"{tag}: {e['name']}: doc_number digits not in text")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{tag}: {e['name']}: issuer not a string")
                forms = [e["name"], *e["aliases"]]
                hits = [f for f in forms if norm(f) and norm(f) in text]
                if not hits:
                    errors.append(f"{tag}: {kind} {e['name']!r}: neither name nor any alias occurs in text")
                elif norm(e["name"]) not in text:
                    infos.append(f"{tag}: {kind} {e['name']!r} resolved; occurs as {hits}")
                for f in set(norm(x) for x in forms):
                    if f in seen and seen[f] != e["name"]:
                        errors.append(f"{tag}: {kind}: form {f!r} shared by {seen[f]!r} and {e['name']!r}")
                    seen[f] = e["name"]
                if len(forms) != len(set(forms)):
                    errors.append(f"{tag}: {kind} {e['name']}: duplicate alias")
    if not quiet:
        for i in infos:
            print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} infos")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
