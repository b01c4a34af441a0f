#!/usr/bin/env python3
"""Validate devset90 gold files against ANNOTATION.md conventions and the texts."""
import json, re, sys, unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
         "party_document", "plan", "publication", "other"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
         "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
REL = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)


def main():
    errors, notes = [], []
    files = sorted((BASE / "gold").glob("*.json"))
    for gf in files:
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            errors.append(f"{gf.name}: JSON error {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{gf.name}: keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            errors.append(f"{gf.name}: doc field {g.get('doc')!r}")
        tp = BASE / "docs" / g["doc"]
        if not tp.exists():
            errors.append(f"{gf.name}: missing text"); continue
        raw = tp.read_text(encoding="utf-8")
        if not 1500 <= len(raw) <= 5000:
            errors.append(f"{gf.name}: text length {len(raw)}")
        text = norm(raw)
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{gf.name}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                errors.append(f"{gf.name}: report.{f} empty")
        if not isinstance(rep.get("year"), int):
            errors.append(f"{gf.name}: report.year not int")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
            errors.append(f"{gf.name}: bad date {rep['date']}")
        if rep.get("title") and norm(rep["title"]) not in text:
            errors.append(f"{gf.name}: title not in text")
        orgnames = {norm(o["name"]) for o in g["organizations"]} | {norm(a) for o in g["organizations"] for a in o["aliases"]}
        if norm(rep["publisher"]) not in orgnames:
            errors.append(f"{gf.name}: publisher not among organizations")
        for kind, types in (("regulations", REG_T), ("organizations", ORG_T), ("measures", MEA_T)):
            seen = {}
            for e in g[kind]:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    errors.append(f"{gf.name}: {kind} {e.get('name')} keys {sorted(e)}")
                if e["type"] not in types:
                    errors.append(f"{gf.name}: {kind} {e['name']} bad type {e['type']}")
                if not isinstance(e["aliases"], list):
                    errors.append(f"{gf.name}: {kind} {e['name']} aliases not list")
                if kind == "regulations":
                    if e["relation"] not in REL:
                        errors.append(f"{gf.name}: {e['name']} bad relation")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not re.fullmatch(r"[\u4e00-\u9fff]+〔\d{4}〕\d+号", dn):
                            errors.append(f"{gf.name}: {e['name']} doc_number not normalised: {dn}")
                        digits = re.findall(r"\d+", dn)
                        if not re.search(re.escape(digits[0]) + r".{0,2}" + re.escape(digits[1]) + "号", text):
                            errors.append(f"{gf.name}: {e['name']} doc_number {dn} not found in text")
                    if e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if norm(part) not in orgnames:
                                errors.append(f"{gf.name}: issuer {part} not an organization")
                forms = [e["name"]] + e["aliases"]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{gf.name}: {kind} form {f} used by {seen[k]} and {e['name']}")
                    seen[k] = e["name"]
                for a in e["aliases"]:
                    if norm(a) not in text:
                        errors.append(f"{gf.name}: {kind} alias not in text: {a} ({e['name']})")
                if norm(e["name"]) not in text:
                    if any(norm(a) in text for a in e["aliases"]):
                        notes.append(f"{gf.name}: {kind} canonical resolved (alias occurs): {e['name']}")
                    else:
                        errors.append(f"{gf.name}: {kind} neither name nor alias in text: {e['name']}")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(notes)} resolved-canonical notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
