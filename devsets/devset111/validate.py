#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

Checks: JSON loads; keys and value types; enum values for type/relation; doc file exists and
has 1,500-5,000 characters; report fields filled; every entity has its canonical name or at
least one alias occurring in the text (compared after removing title marks, quotes and
whitespace, NFKC, brackets unified - the scorer's normalisation); duplicate names inside a
document; doc_number in the normalised form 机关代字〔年份〕序号号.
usage: python3 validate.py [DEVSET_DIR]
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def main():
    errors, notes = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    if len(golds) != len(docs):
        errors.append(f"{len(golds)} gold files but {len(docs)} docs")
    for gf in golds:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        doc = ROOT / "docs" / str(g.get("doc"))
        if g.get("doc") != gf.stem + ".txt" or not doc.exists():
            err(f"doc field {g.get('doc')!r} does not name docs/{gf.stem}.txt")
            continue
        raw = doc.read_text(encoding="utf-8")
        if not 1500 <= len(raw) <= 5000:
            err(f"doc length {len(raw)} outside 1500-5000")
        text = norm(raw)
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
            err("report.year not an int year")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            err(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep.get("date") is None:
            notes.append(f"{gf.name}: report.date is null")
        if rep.get("title") is not None and norm(rep["title"]) not in text:
            err(f"report.title not in text: {rep['title']}")
        orgnames = set()
        for o in g.get("organizations", []):
            orgnames.add(norm(o["name"]))
            orgnames.update(norm(a) for a in o.get("aliases", []))
        if norm(rep.get("publisher", "")) not in orgnames:
            err(f"publisher {rep.get('publisher')!r} is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            seen = {}
            for it in items:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(it) != need:
                    err(f"{kind}: keys {sorted(it)} for {it.get('name')}")
                    continue
                if not isinstance(it["name"], str) or not it["name"]:
                    err(f"{kind}: empty name")
                if not isinstance(it["aliases"], list) or not all(isinstance(a, str) and a for a in it["aliases"]):
                    err(f"{kind}: bad aliases for {it['name']}")
                if it["type"] not in types:
                    err(f"{kind}: bad type {it['type']!r} for {it['name']}")
                if kind == "regulations":
                    if it["relation"] not in RELATIONS:
                        err(f"bad relation {it['relation']!r} for {it['name']}")
                    dn = it["doc_number"]
                    if dn is not None:
                        if not re.fullmatch(r"[^〔〕]+〔\d{4}〕\d+号", dn):
                            err(f"doc_number {dn!r} not in the form 代字〔年份〕序号号")
                        elif norm(dn) not in text:
                            err(f"doc_number {dn!r} not in text")
                    if it["issuer"] is not None:
                        for part in it["issuer"].split():
                            if norm(part) not in orgnames:
                                err(f"issuer part {part!r} of {it['name']} is not a gold organization")
                forms = [it["name"], *it["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != it["name"]:
                        err(f"{kind}: form {f!r} used by both {seen[k]!r} and {it['name']!r}")
                    seen[k] = it["name"]
                present = [f for f in forms if norm(f) in text]
                if not present:
                    err(f"{kind}: neither name nor any alias occurs in text: {it['name']}")
                elif norm(it["name"]) not in text:
                    notes.append(f"{gf.name}: {kind}: canonical resolved (not in text), alias present: {it['name']}")
                for a in it["aliases"]:
                    if norm(a) not in text:
                        notes.append(f"{gf.name}: {kind}: alias not in text (accepted variant): {a}")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(notes)} notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
