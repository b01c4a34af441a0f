#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

Checks: JSON loads; keys and value types; enumerated types/relations; doc file exists and is
1,500-5,000 characters; report fields filled (title may be null only if the text has none);
doc_number shape 机关代字〔YYYY〕N号; every entity's name or one alias occurs in the text
(after NFKC and removal of title/quotation marks and whitespace); no normalised alias is shared
by two entities of the same kind; the publisher is one of the gold organizations.
Exit status 1 if any error is found.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(MAP.get(c, c) for c in t if c not in DROP)


def main():
    errors, notes = [], []
    files = sorted(GOLD.glob("*.json"))
    if len(files) != 10:
        errors.append(f"expected 10 gold files, found {len(files)}")
    for gf in files:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{where}: JSON: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{where}: top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{where}: doc field {g['doc']!r} does not match file name")
        tp = DOCS / g["doc"]
        if not tp.exists():
            errors.append(f"{where}: missing text {tp}"); continue
        raw = tp.read_text(encoding="utf-8")
        if not 1500 <= len(raw) <= 5000:
            errors.append(f"{where}: text length {len(raw)} outside 1500-5000")
        text = norm(raw)
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "date"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                errors.append(f"{where}: report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{where}: report.year {rep.get('year')!r}")
        if rep.get("date") and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
            errors.append(f"{where}: report.date {rep['date']!r}")
        if rep.get("title") is not None and norm(rep["title"]) not in text:
            errors.append(f"{where}: title not in text: {rep['title']}")
        kinds = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
        for kind, types in kinds.items():
            seen = {}
            if not isinstance(g[kind], list):
                errors.append(f"{where}: {kind} not a list"); continue
            for e in g[kind]:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{where}: {kind} keys {sorted(e)} for {e.get('name')}"); continue
                if not isinstance(e["name"], str) or not e["name"] or not isinstance(e["aliases"], list):
                    errors.append(f"{where}: {kind} bad name/aliases {e}"); continue
                if e["type"] not in types:
                    errors.append(f"{where}: {kind} {e['name']}: bad type {e['type']}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{where}: {e['name']}: bad relation {e['relation']}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        errors.append(f"{where}: {e['name']}: doc_number shape {e['doc_number']}")
                    if e["doc_number"] is not None and norm(e["doc_number"]) not in text:
                        notes.append(f"{where}: doc_number {e['doc_number']} repaired (not verbatim in text)")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{where}: {e['name']}: issuer not a string")
                forms = [e["name"], *e["aliases"]]
                hits = [f for f in forms if norm(f) and norm(f) in text]
                if not hits:
                    errors.append(f"{where}: {kind} {e['name']}: neither name nor any alias occurs in text")
                elif norm(e["name"]) not in text:
                    notes.append(f"{where}: {kind} {e['name']}: resolved name, occurs as {hits[0]}")
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{where}: {kind} form {f!r} shared by {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
        orgforms = {norm(f) for o in g["organizations"] for f in [o["name"], *o["aliases"]]}
        if norm(rep.get("publisher") or "") not in orgforms:
            errors.append(f"{where}: publisher {rep.get('publisher')} not among organizations")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
