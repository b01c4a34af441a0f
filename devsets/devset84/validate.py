#!/usr/bin/env python3
"""Validate devset84 gold files against ANNOTATION.md and the document texts.

usage: python3 validate.py            (run from anywhere; checks OUTDIR/gold against OUTDIR/docs)
Documents are decoded as UTF-8, falling back to Big5 (cp950) for the files saved in Big5.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」 \t\r\n\u3000")
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")


def squeeze(s):
    return "".join(c for c in unicodedata.normalize("NFKC", s) if c not in DROP)


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "cp950"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise ValueError(f"{path}: neither UTF-8 nor Big5")


def main():
    errors, notes = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    docs = {p.name for p in (ROOT / "docs").glob("*.txt")}
    if len(golds) != len(docs):
        errors.append(f"{len(golds)} gold files but {len(docs)} docs")
    for gf in golds:
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{gf.name}: JSON does not load: {exc}")
            continue
        tag = gf.stem
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt" or g["doc"] not in docs:
            errors.append(f"{tag}: doc field {g['doc']!r} does not name its text")
            continue
        text, enc = read_doc(ROOT / "docs" / g["doc"])
        flat = squeeze(text)
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{tag}: length {n} outside 1500-5000")
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                errors.append(f"{tag}: report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{tag}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            errors.append(f"{tag}: report.date {rep['date']!r}")
        if rep.get("title") and squeeze(rep["title"]) not in flat:
            errors.append(f"{tag}: title not in text")
        org_names = {o["name"] for o in g["organizations"]}
        if rep.get("publisher") not in org_names:
            errors.append(f"{tag}: publisher {rep.get('publisher')!r} is not a gold organization")
        seen = {}
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            if not isinstance(g[kind], list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            for e in g[kind]:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    errors.append(f"{tag}: {kind} {e.get('name')!r}: keys {sorted(e)}")
                    continue
                if not isinstance(e["name"], str) or not e["name"] or not isinstance(e["aliases"], list):
                    errors.append(f"{tag}: {kind}: bad name/aliases {e!r}")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {e['name']}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {e['name']}: relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        errors.append(f"{tag}: {e['name']}: doc_number {e['doc_number']!r} not normalised")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{tag}: {e['name']}: issuer {e['issuer']!r}")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    key = (kind, squeeze(f))
                    if key in seen and seen[key] != e["name"]:
                        errors.append(f"{tag}: {kind} form {f!r} used by {seen[key]!r} and {e['name']!r}")
                    seen.setdefault(key, e["name"])
                present = [f for f in forms if squeeze(f) and squeeze(f) in flat]
                if not present:
                    errors.append(f"{tag}: {kind} {e['name']!r}: neither name nor any alias occurs in the text")
                elif squeeze(e["name"]) not in flat:
                    notes.append(f"{tag}: {kind} {e['name']!r} resolved (not in text); found as {present[0]!r}")
        print(f"{tag}: {enc}, {n} chars, {len(g['regulations'])} regulations, "
              f"{len(g['organizations'])} organizations, {len(g['measures'])} measures")
    if "-v" in sys.argv:
        for n_ in notes:
            print("note:", n_)
    print(f"{len(notes)} resolved canonical names (fine: an alias occurs); use -v to list them")
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
