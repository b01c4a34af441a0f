#!/usr/bin/env python3
"""Validate devset18 gold files against ANNOTATION.md conventions and the texts.

usage: python3 validate.py [-v]
Errors make the exit status 1; warnings (-v shows all info lines) do not.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS, GOLD = ROOT / "docs", ROOT / "gold"
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(s):
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(_MAP.get(c, c) for c in s if c not in _DROP)


def main():
    verbose = "-v" in sys.argv
    errors, warnings, infos = [], [], []
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{tag}: doc field {g['doc']!r} does not match file name")
        tp = DOCS / g["doc"]
        if not tp.exists():
            errors.append(f"{tag}: text {tp} missing")
            continue
        raw = tp.read_text(encoding="utf-8")
        n = len(raw)
        if not 1500 <= n <= 5000:
            errors.append(f"{tag}: text length {n} outside 1500-5000")
        text = norm(raw)
        # report
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                errors.append(f"{tag}: report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2026:
            errors.append(f"{tag}: report.year {rep.get('year')!r} not an int in range")
        if rep.get("date") is not None and not DATE.match(rep["date"]):
            errors.append(f"{tag}: report.date {rep['date']!r} not YYYY-MM-DD")
        if rep.get("date") is None:
            infos.append(f"{tag}: report.date is null")
        if rep.get("title") is None:
            infos.append(f"{tag}: report.title is null")
        elif norm(rep["title"]) not in text:
            errors.append(f"{tag}: report.title not in text")
        orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
            errors.append(f"{tag}: publisher {rep['publisher']!r} is not a gold organization")
        # entities
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            for e in g[kind]:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    errors.append(f"{tag}: {kind} {e.get('name')!r} keys {sorted(e)}")
                    continue
                if not isinstance(e["name"], str) or not e["name"]:
                    errors.append(f"{tag}: {kind} entry with bad name {e['name']!r}")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {e['name']!r} aliases must be a list of non-empty strings")
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {e['name']!r} bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: regulation {e['name']!r} bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        errors.append(f"{tag}: regulation {e['name']!r} doc_number {e['doc_number']!r} not normalised")
                    if e["doc_number"] is not None:
                        dn = norm(e["doc_number"])
                        if dn not in text:
                            infos.append(f"{tag}: doc_number {e['doc_number']} written differently in text (repaired/normalised)")
                    if e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if norm(part) not in orgnames:
                                warnings.append(f"{tag}: issuer part {part!r} of {e['name']!r} is not a gold organization")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{tag}: {kind} form {f!r} used by both {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
                hits = [f for f in forms if norm(f) in text]
                if not hits:
                    errors.append(f"{tag}: {kind} {e['name']!r}: neither name nor any alias occurs in the text")
                elif norm(e["name"]) not in text:
                    infos.append(f"{tag}: {kind} canonical {e['name']!r} resolved (not in text); found via {hits[0]!r}")
                for a in e["aliases"]:
                    if norm(a) not in text:
                        warnings.append(f"{tag}: {kind} {e['name']!r}: alias {a!r} not in text")
    for line in errors:
        print("ERROR  ", line)
    for line in warnings:
        print("WARN   ", line)
    if verbose:
        for line in infos:
            print("INFO   ", line)
    print(f"{len(files)} gold files; {len(errors)} errors, {len(warnings)} warnings, {len(infos)} info")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
