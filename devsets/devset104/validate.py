#!/usr/bin/env python3
"""Validate devset104 gold files against ANNOTATION.md rules (format + presence in text)."""
import json, re, sys, unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent
DOCS, GOLD = BASE / "docs", BASE / "gold"
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNO = re.compile(r"^\S+〔\d{4}〕\d+号$|^\S*令第\d+号$")


def norm(t):
    t = unicodedata.normalize("NFKC", t)
    return "".join(MAP.get(c, c) for c in t if c not in DROP)


def main():
    errors, warnings = [], []
    golds = sorted(GOLD.glob("*.json"))
    if not golds:
        errors.append("no gold files")
    for gp in golds:
        where = gp.name
        try:
            g = json.loads(gp.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{where}: JSON error {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{where}: keys {sorted(g)}")
            continue
        if g["doc"] != gp.stem + ".txt":
            errors.append(f"{where}: doc field {g['doc']!r}")
        tp = DOCS / g["doc"]
        if not tp.exists():
            errors.append(f"{where}: missing text {tp}")
            continue
        text = tp.read_text(encoding="utf-8")
        ntext = norm(text)
        n = len(text)
        if not 1500 <= n <= 5000:
            warnings.append(f"{where}: text length {n}")
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys {sorted(rep)}")
        else:
            for k in ("publisher", "region", "year"):
                if not rep[k]:
                    errors.append(f"{where}: report.{k} empty")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                errors.append(f"{where}: bad year {rep['year']!r}")
            if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
                errors.append(f"{where}: bad date {rep['date']!r}")
            if rep["title"] is not None and norm(rep["title"]) not in ntext:
                errors.append(f"{where}: title not in text")
            orgnames = {norm(x) for o in g["organizations"] for x in [o["name"], *o["aliases"]]}
            if norm(rep["publisher"]) not in orgnames:
                errors.append(f"{where}: publisher {rep['publisher']} not among organizations")
        spec = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
        for kind, types in spec.items():
            seen = {}
            if not isinstance(g[kind], list):
                errors.append(f"{where}: {kind} not a list")
                continue
            for e in g[kind]:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    errors.append(f"{where}: {kind} {e.get('name')} keys {sorted(e)}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    errors.append(f"{where}: {kind} empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) for a in e["aliases"]):
                    errors.append(f"{where}: {kind} {e['name']} aliases not list of str")
                    continue
                if e["type"] not in types:
                    errors.append(f"{where}: {kind} {e['name']} bad type {e['type']}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{where}: {e['name']} bad relation {e['relation']}")
                    if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                        errors.append(f"{where}: {e['name']} doc_number not normalised: {e['doc_number']}")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{where}: {e['name']} issuer not str")
                    if e["doc_number"] is not None:
                        dn = norm(e["doc_number"])
                        if dn not in ntext:
                            warnings.append(f"{where}: doc_number {e['doc_number']} not verbatim in text (repaired?)")
                forms = [e["name"], *e["aliases"]]
                keys = {norm(f) for f in forms}
                for k in keys:
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{where}: {kind} form {k} shared by {seen[k]} and {e['name']}")
                    seen[k] = e["name"]
                present = [f for f in forms if norm(f) in ntext]
                if not present:
                    errors.append(f"{where}: {kind} {e['name']}: neither name nor any alias occurs in text")
                elif norm(e["name"]) not in ntext:
                    warnings.append(f"{where}: {kind} {e['name']} resolved (alias found: {present[0]})")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        errors.append(f"{where}: {kind} {e['name']}: alias {a!r} not in text")
    for w in warnings:
        print("note:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(warnings)} notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
