#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py            (run from anywhere; checks OUTDIR/gold against OUTDIR/docs)

Checks: JSON loads; keys and value types; enumerated types and relations; doc_number format;
`doc` names an existing text; report fields filled (title may be null only if the text has none);
every entity has its name or at least one alias occurring in the text (after NFKC, removing
quotation/title marks and whitespace, unifying brackets and dashes); duplicates inside a kind;
an alias shared by two entities of the same kind.  Exit status 1 on any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELS = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
PAGE = re.compile(r"^[ \t\u3000]*(?:[-—–][ \t]*\d+[ \t]*[-—–]|.*第 ?\d+ ?页)[ \t\u3000]*\n?", re.M)
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")


def norm(s):
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(MAP.get(c, c) for c in s if c not in DROP)


def read_text(p):
    raw = p.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def main():
    errors, notes = [], []
    gold_files = sorted((ROOT / "gold").glob("*.json"))
    docs = {p.name for p in (ROOT / "docs").glob("*.txt")}
    if len(gold_files) != len(docs):
        errors.append(f"{len(gold_files)} gold files but {len(docs)} docs")
    for gf in gold_files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt" or g["doc"] not in docs:
            errors.append(f"{tag}: doc field {g['doc']!r} does not name its text")
            continue
        text = read_text(ROOT / "docs" / g["doc"])
        ntext = norm(text)
        # PDF page furniture ("- 3 -", "— 2 —", "第 2 页" headers) may split a name; a name
        # found only after removing those lines is accepted with a note.
        ptext = norm(PAGE.sub("", text))
        n = len(re.sub(r"\s", "", text))
        if not 1500 <= len(text) <= 5000:
            errors.append(f"{tag}: text length {len(text)} outside 1500-5000")
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {rep}")
        else:
            for f in ("publisher", "region", "year"):
                if not rep[f]:
                    errors.append(f"{tag}: report.{f} empty")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                errors.append(f"{tag}: report.year {rep['year']!r}")
            if rep["date"] is not None and not re.match(r"^\d{4}-\d\d-\d\d$", rep["date"]):
                errors.append(f"{tag}: report.date {rep['date']!r}")
            if rep["date"] is None:
                notes.append(f"{tag}: report.date is null")
            if rep["title"] is None:
                notes.append(f"{tag}: report.title is null")
            elif norm(rep["title"]) not in ntext:
                errors.append(f"{tag}: title not in text")
            orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
            if rep["publisher"] and norm(rep["publisher"]) not in orgnames:
                errors.append(f"{tag}: publisher {rep['publisher']} is not a gold organization")
        spec = {"regulations": (REG_TYPES, ["name", "aliases", "type", "doc_number", "issuer", "relation"]),
                "organizations": (ORG_TYPES, ["name", "aliases", "type"]),
                "measures": (MEA_TYPES, ["name", "aliases", "type"])}
        for kind, (types, keys) in spec.items():
            if not isinstance(g[kind], list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            seen = {}
            for e in g[kind]:
                if not isinstance(e, dict) or sorted(e) != sorted(keys):
                    errors.append(f"{tag}: {kind} entry has keys {sorted(e) if isinstance(e, dict) else e}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    errors.append(f"{tag}: {kind} entry with empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {e['name']}: aliases must be a list of strings")
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {e['name']}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELS:
                        errors.append(f"{tag}: {e['name']}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        errors.append(f"{tag}: {e['name']}: doc_number {e['doc_number']!r} not normalised")
                    if e["doc_number"] is not None:
                        digits = re.sub(r"\D", "", e["doc_number"])
                        if digits not in re.sub(r"\D", "", text):
                            errors.append(f"{tag}: {e['name']}: doc_number digits not in text")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{tag}: {e['name']}: issuer must be string or null")
                forms = [e["name"], *e["aliases"]]
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{tag}: {kind}: form {a!r} belongs to both {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
                found = [a for a in forms if norm(a) in ntext]
                if not found:
                    split = [a for a in forms if norm(a) in ptext]
                    if split:
                        notes.append(f"{tag}: {kind} {e['name']!r}: occurs only across a page break ({split[0]!r})")
                        continue
                if not found:
                    errors.append(f"{tag}: {kind} {e['name']!r}: neither name nor any alias occurs in the text")
                elif norm(e["name"]) not in ntext:
                    notes.append(f"{tag}: {kind} {e['name']!r}: canonical (resolved) name absent, alias {found[0]!r} occurs")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        notes.append(f"{tag}: {kind} {e['name']!r}: alias {a!r} does not occur verbatim")
    for line in notes:
        print("note:", line)
    for line in errors:
        print("ERROR:", line)
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(notes)} notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
