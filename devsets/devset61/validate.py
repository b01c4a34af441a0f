#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

Checks: JSON loads; keys and value types; enumerated types/relations; doc_number shape;
the text file exists and decodes; every entity has its name or one alias occurring in the
text (after removing title marks, quotes and whitespace, NFKC on both sides); canonical
names that do not occur are listed as 'resolved' (fine when an alias occurs); report
fields filled; the publisher is one of the gold organizations.
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000")
DOCNO = re.compile(r"^(\S+〔\d{4}〕\d+号|\S+令第\d+号)$")


def clean(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if c not in DROP)


def read_text(p):
    raw = p.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise ValueError("undecodable")


def main():
    errors, notes = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(golds) != 10:
        errors.append(f"expected 10 gold files, found {len(golds)}")
    for gf in golds:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            errors.append(f"{where}: JSON: {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{where}: keys {sorted(g)}")
        doc = g.get("doc", "")
        if doc[:-4] != gf.stem:
            errors.append(f"{where}: doc {doc!r} does not match file name")
        tp = HERE / "docs" / doc
        if not tp.exists():
            errors.append(f"{where}: missing text {doc}"); continue
        text, enc = read_text(tp)
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{where}: text length {n} outside 1500-5000")
        flat = clean(text)
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                errors.append(f"{where}: report.{f} empty")
        if not isinstance(rep.get("year"), int):
            errors.append(f"{where}: report.year not int")
        if rep.get("date") is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", rep["date"]):
            errors.append(f"{where}: bad date {rep['date']!r}")
        for f in ("title", "date"):
            if rep.get(f) is None:
                notes.append(f"{where}: report.{f} is null")
        orgnames = {clean(x) for o in g.get("organizations", []) for x in [o["name"], *o["aliases"]]}
        if rep.get("publisher") and clean(rep["publisher"]) not in orgnames:
            errors.append(f"{where}: publisher not among organizations")
        spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
                "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
                "measures": ({"name", "aliases", "type"}, MEAS_TYPES)}
        for kind, (keys, types) in spec.items():
            seen = {}
            for e in g.get(kind, []):
                if set(e) != keys:
                    errors.append(f"{where}: {kind} keys {sorted(e)} for {e.get('name')}")
                    continue
                if not isinstance(e["name"], str) or not e["name"]:
                    errors.append(f"{where}: {kind} empty name"); continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) for a in e["aliases"]):
                    errors.append(f"{where}: {kind} aliases not list of str: {e['name']}")
                if e["type"] not in types:
                    errors.append(f"{where}: {kind} bad type {e['type']!r}: {e['name']}")
                if kind == "regulations":
                    if e["relation"] not in RELS:
                        errors.append(f"{where}: bad relation {e['relation']!r}: {e['name']}")
                    if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                        errors.append(f"{where}: odd doc_number {e['doc_number']!r}: {e['name']}")
                    if e["doc_number"] is not None and clean(e["doc_number"])[:3] not in flat and not re.search(r"令第", e["doc_number"]):
                        notes.append(f"{where}: doc_number {e['doc_number']} (normalised) not literally in text")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{where}: issuer not str: {e['name']}")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    k = clean(f)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{where}: {kind} form {f!r} used by {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
                hits = [f for f in forms if clean(f) and clean(f) in flat]
                if not hits:
                    errors.append(f"{where}: {kind} not in text: {e['name']} {e['aliases']}")
                elif clean(e["name"]) not in flat:
                    notes.append(f"{where}: {kind} canonical resolved (alias occurs): {e['name']}")
                for a in e["aliases"]:
                    if clean(a) not in flat:
                        notes.append(f"{where}: {kind} extra accepted alias not in text: {a}")
        notes.append(f"{where}: ok-checked ({enc}, {n} chars, R{len(g['regulations'])} O{len(g['organizations'])} M{len(g['measures'])})")
    for x in notes:
        print("note :", x)
    for x in errors:
        print("ERROR:", x)
    print(f"{len(golds)} gold files, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
