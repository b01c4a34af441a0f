#!/usr/bin/env python3
"""Validate devset65 gold files against docs and ANNOTATION.md.

Checks: JSON loads; top-level keys; report fields (publisher/region/year filled, date
format, publisher is a gold organization); entity keys and enumerated types/relations;
doc_number format; no alias shared by two entities of one kind; every entity has its name
or at least one alias in the text (after removing 《》〈〉<> and whitespace); doc length.
Exit status 1 on any error. Canonical names that do not occur verbatim (resolved names)
are listed as notes, not errors, as long as an alias occurs.
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
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DROP = set("《》〈〉<> \t\r\n\u3000")


def clean(s):
    return "".join(c for c in s if c not in DROP)


def norm(s):
    # scorer-like normalisation, used for the duplicate-alias check
    s = unicodedata.normalize("NFKC", s)
    drop = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
    m = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
         "[": "(", "]": ")", "【": "(", "】": ")", "，": ",", "、": ","}
    return "".join(m.get(c, c) for c in s if c not in drop)


def main():
    errors, notes = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    if len(golds) != len(docs):
        errors.append(f"{len(docs)} docs but {len(golds)} gold files")
    for gp in golds:
        tag = gp.name
        try:
            g = json.loads(gp.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{tag}: JSON error {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
            continue
        if g["doc"] != gp.stem + ".txt":
            errors.append(f"{tag}: doc field {g['doc']!r}")
        tp = ROOT / "docs" / g["doc"]
        if not tp.exists():
            errors.append(f"{tag}: missing text {tp}")
            continue
        text = tp.read_text(encoding="utf-8")
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{tag}: text length {n} outside 1500-5000")
        ctext = clean(text)
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        for k in ("publisher", "region"):
            if not isinstance(rep.get(k), str) or not rep[k]:
                errors.append(f"{tag}: report.{k} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{tag}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", rep["date"]):
            errors.append(f"{tag}: report.date {rep['date']!r}")
        if rep.get("title") is None:
            notes.append(f"{tag}: report.title is null")
        elif clean(rep["title"]) not in ctext:
            errors.append(f"{tag}: title not in text: {rep['title']}")
        if rep.get("date") is None:
            notes.append(f"{tag}: report.date is null")
        org_names = {o["name"] for o in g["organizations"]}
        if rep.get("publisher") not in org_names:
            errors.append(f"{tag}: publisher {rep.get('publisher')!r} is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES),
                            ("measures", MEA_TYPES)):
            seen = {}
            for e in g[kind]:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"}
                                                      if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{tag}: {kind} keys {sorted(e)} for {e.get('name')}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    errors.append(f"{tag}: empty name in {kind}")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) for a in e["aliases"]):
                    errors.append(f"{tag}: aliases not a list of strings: {e['name']}")
                if e["type"] not in types:
                    errors.append(f"{tag}: bad {kind} type {e['type']!r} for {e['name']}")
                if kind == "regulations":
                    if e["relation"] not in RELS:
                        errors.append(f"{tag}: bad relation {e['relation']!r} for {e['name']}")
                    if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                        errors.append(f"{tag}: doc_number not normalised: {e['doc_number']}")
                    if e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if part not in org_names:
                                errors.append(f"{tag}: issuer {part!r} of {e['name']} not a gold organization")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{tag}: {kind} form {f!r} shared by {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
                present = [f for f in forms if clean(f) in ctext]
                if not present:
                    errors.append(f"{tag}: {kind} {e['name']!r}: neither name nor any alias occurs in text")
                elif clean(e["name"]) not in ctext:
                    notes.append(f"{tag}: {kind} {e['name']!r} resolved; occurs as {present[0]!r}")
                for a in e["aliases"]:
                    if clean(a) not in ctext:
                        notes.append(f"{tag}: {kind} alias {a!r} of {e['name']!r} not in text (accepted form)")
    for n_ in notes:
        print("note:", n_)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
