#!/usr/bin/env python3
"""Validate the devset66 gold files against their documents (rules: /work/shared/ANNOTATION.md).

usage: python3 validate.py [--quiet]

Errors (exit 1): JSON does not load; wrong keys or value types; unknown type/relation;
doc_number not in the normalised form 代字〔年份〕序号号; report fields missing; an entity none of
whose forms (name or aliases, after removing 《》〈〉 and whitespace) occurs in the text; the same
normalised form given to two entities of one kind; duplicate aliases.
Notes (printed, not errors): canonical names that do not occur verbatim (resolved names) and
aliases that do not occur (accepted forms) — listed so they can be reviewed.
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
DOCNUM = re.compile(r"^[^\s〔〕]+〔(19|20)\d\d〕\d+号$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def strip(t):
    return re.sub(r"[《》〈〉\s]", "", t)


def norm(t):  # the scorer's normalisation
    t = unicodedata.normalize("NFKC", t)
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError("undecodable")


def main():
    quiet = "--quiet" in sys.argv
    errors, notes = [], []
    golds = sorted(GOLD.glob("*.json"))
    docs = {p.name for p in DOCS.glob("*.txt")}
    if len(golds) != len(docs):
        errors.append(f"{len(golds)} gold files but {len(docs)} documents")
    for gp in golds:
        tag = gp.name
        try:
            g = json.loads(gp.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{tag}: JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}"); continue
        if g["doc"] != gp.stem + ".txt" or g["doc"] not in docs:
            errors.append(f"{tag}: doc field {g['doc']!r} does not name its document"); continue
        text = read_text(DOCS / g["doc"])
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{tag}: document length {n} outside 1500-5000")
        st, nt = strip(text), norm(text)
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys"); continue
        for k in ("publisher", "region"):
            if not isinstance(rep[k], str) or not rep[k]:
                errors.append(f"{tag}: report.{k} empty")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{tag}: report.year {rep['year']!r}")
        if rep["title"] is not None and (not isinstance(rep["title"], str) or strip(rep["title"]) not in st):
            errors.append(f"{tag}: report.title not in text")
        if rep["date"] is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", str(rep["date"])):
            errors.append(f"{tag}: report.date {rep['date']!r}")
        org_forms = {norm(f) for o in g["organizations"] for f in [o["name"], *o["aliases"]]}
        if norm(rep["publisher"]) not in org_forms:
            errors.append(f"{tag}: publisher is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            if not isinstance(g[kind], list):
                errors.append(f"{tag}: {kind} not a list"); continue
            for e in g[kind]:
                keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != keys:
                    errors.append(f"{tag}: {kind} {e.get('name')}: keys {sorted(e)}"); continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    errors.append(f"{tag}: {kind}: empty name"); continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {e['name']}: aliases not a list of strings"); continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {e['name']}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {e['name']}: relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        errors.append(f"{tag}: {e['name']}: doc_number {e['doc_number']!r}")
                    if e["doc_number"] is not None:
                        m = re.match(r"^(.+)〔(\d{4})〕(\d+)号$", e["doc_number"])
                        if m and m.group(1) not in st:
                            errors.append(f"{tag}: {e['name']}: doc_number agency {m.group(1)!r} not in text")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{tag}: {e['name']}: issuer type")
                forms = [e["name"], *e["aliases"]]
                if len({norm(f) for f in forms}) != len(forms):
                    notes.append(f"{tag}: {kind} {e['name']}: aliases repeat a form after normalisation")
                for f in {norm(f) for f in forms}:
                    if f in seen:
                        errors.append(f"{tag}: {kind}: form {f!r} given to both {seen[f]!r} and {e['name']!r}")
                    seen[f] = e["name"]
                found = [f for f in forms if strip(f) in st]
                if not found:
                    loose = [f for f in forms if norm(f) in nt]
                    if loose:
                        notes.append(f"{tag}: {kind} {e['name']}: occurs only after quote/bracket normalisation ({loose[0]})")
                    else:
                        errors.append(f"{tag}: {kind} {e['name']}: neither name nor any alias occurs in the text")
                    continue
                if strip(e["name"]) not in st and norm(e["name"]) not in nt:
                    notes.append(f"{tag}: {kind} resolved name {e['name']!r} (occurs as {found[0]!r})")
                for a in e["aliases"]:
                    if strip(a) not in st and norm(a) not in nt:
                        notes.append(f"{tag}: {kind} {e['name']}: alias {a!r} not in text (accepted form)")
    if not quiet:
        for line in notes:
            print("note:", line)
    for line in errors:
        print("ERROR:", line)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(notes)} notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
