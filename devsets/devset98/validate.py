#!/usr/bin/env python3
"""Validate devset98 gold files against ANNOTATION.md rules and the document texts."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^(\S+〔\d{4}〕\d+号|\S*令第\d+号)$")
STRIP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000")

def squeeze(s):
    return "".join(c for c in s if c not in STRIP)

def norm(s):  # same normalisation as score.py, used for the duplicate check
    drop = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
    mp = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
          "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
    s = unicodedata.normalize("NFKC", s)
    return "".join(mp.get(c, c) for c in s if c not in drop)

def main():
    errors, notes = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    if {g.stem for g in golds} != {d.stem for d in docs}:
        errors.append(f"docs/gold mismatch: {sorted({g.stem for g in golds} ^ {d.stem for d in docs})}")
    for g in golds:
        tag = g.name
        try:
            gold = json.loads(g.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{tag}: JSON error {exc}"); continue
        if set(gold) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(gold)}")
        if gold.get("doc") != g.stem + ".txt":
            errors.append(f"{tag}: doc field {gold.get('doc')!r}")
        txt_path = ROOT / "docs" / (g.stem + ".txt")
        if not txt_path.exists():
            errors.append(f"{tag}: missing text"); continue
        raw = txt_path.read_text(encoding="utf-8")
        text = squeeze(raw)
        n = len(raw)
        if not 1500 <= n <= 5000:
            errors.append(f"{tag}: text length {n} outside 1500-5000")
        rep = gold.get("report", {})
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        for k in ("publisher", "region", "year"):
            if not rep.get(k):
                errors.append(f"{tag}: report.{k} empty")
        if not isinstance(rep.get("year"), int):
            errors.append(f"{tag}: report.year not int")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
            errors.append(f"{tag}: bad date {rep['date']}")
        if rep.get("title") and squeeze(rep["title"]) not in text:
            errors.append(f"{tag}: title not in text: {rep['title']}")
        orgnames = {norm(a) for o in gold["organizations"] for a in [o["name"], *o["aliases"]]}
        if norm(rep.get("publisher") or "") not in orgnames:
            errors.append(f"{tag}: publisher {rep.get('publisher')} is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            for e in gold.get(kind, []):
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    errors.append(f"{tag}: {kind} keys {sorted(e)} for {e.get('name')}")
                    continue
                if not isinstance(e["name"], str) or not e["name"]:
                    errors.append(f"{tag}: empty name in {kind}")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: bad aliases for {e['name']}")
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {e['name']} bad type {e['type']}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {e['name']} bad relation {e['relation']}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        errors.append(f"{tag}: {e['name']} odd doc_number {e['doc_number']}")
                    if e["doc_number"] and squeeze(e["doc_number"]) not in text and \
                       norm(e["doc_number"]) not in norm(raw):
                        notes.append(f"{tag}: doc_number {e['doc_number']} not verbatim in text (repaired/normalised)")
                    if e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if norm(part) not in orgnames:
                                errors.append(f"{tag}: issuer part {part} of {e['name']} not a gold organization")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{tag}: {kind} form {f} used by {seen[k]} and {e['name']}")
                    seen[k] = e["name"]
                hits = [f for f in forms if squeeze(f) in text or norm(f) in norm(raw)]
                if not hits:
                    errors.append(f"{tag}: {kind} {e['name']}: neither name nor any alias occurs in text")
                elif squeeze(e["name"]) not in text and norm(e["name"]) not in norm(raw):
                    notes.append(f"{tag}: {kind} canonical '{e['name']}' resolved (text has {hits[0]})")
                for a in e["aliases"]:
                    if squeeze(a) not in text and norm(a) not in norm(raw):
                        errors.append(f"{tag}: alias '{a}' of {e['name']} not in text")
    for n_ in notes:
        print("note:", n_)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(notes)} notes")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
