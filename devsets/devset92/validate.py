#!/usr/bin/env python3
"""Validate every gold file in gold/ against docs/ and ANNOTATION.md rules."""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)


def check(path, errors, notes):
    def err(msg):
        errors.append(f"{path.name}: {msg}")
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:
        err(f"JSON does not load: {exc}"); return
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        err(f"top-level keys {sorted(g)}")
    doc = HERE / "docs" / g.get("doc", "")
    if g.get("doc") != path.stem + ".txt" or not doc.exists():
        err(f"doc field {g.get('doc')!r} does not name an existing docs/ file"); return
    raw = doc.read_text(encoding="utf-8")
    if not 1500 <= len(raw) <= 5000:
        err(f"text length {len(raw)} outside 1500-5000")
    text = norm(raw)
    rep = g["report"]
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {sorted(rep)}")
    for k in ("publisher", "region", "year"):
        if not rep.get(k):
            err(f"report.{k} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        err("report.year not an int in 2015-2025")
    if rep.get("date") is not None and not DATE.match(rep["date"]):
        err(f"report.date {rep['date']!r} not YYYY-MM-DD")
    if rep.get("date") is None:
        notes.append(f"{path.name}: report.date is null")
    if rep.get("title") is not None and norm(rep["title"]) not in text:
        err(f"report.title not in text")
    orgnames = {norm(o["name"]) for o in g["organizations"]} | {norm(a) for o in g["organizations"] for a in o["aliases"]}
    if norm(rep.get("publisher", "")) not in orgnames:
        err("publisher is not among the organizations")
    spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
            "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
            "measures": (MEA_TYPES, {"name", "aliases", "type"})}
    for kind, (types, keys) in spec.items():
        seen = {}
        for e in g[kind]:
            if set(e) != keys:
                err(f"{kind} {e.get('name')}: keys {sorted(e)}"); continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                err(f"{kind}: empty name"); continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                err(f"{kind} {e['name']}: aliases must be a list of non-empty strings")
            if e["type"] not in types:
                err(f"{kind} {e['name']}: bad type {e['type']}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{e['name']}: bad relation {e['relation']}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    err(f"{e['name']}: doc_number {e['doc_number']!r} not normalised")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    err(f"{e['name']}: issuer must be str or null")
            forms = [e["name"]] + e["aliases"]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    err(f"{kind}: form {f!r} used by both {seen[k]!r} and {e['name']!r}")
                seen[k] = e["name"]
            if norm(e["name"]) in text:
                pass
            elif any(norm(a) in text for a in e["aliases"]):
                notes.append(f"{path.name}: {kind} canonical {e['name']!r} resolved (alias occurs)")
            else:
                err(f"{kind} {e['name']!r}: neither name nor any alias occurs in text")
            for a in e["aliases"]:
                if norm(a) not in text:
                    notes.append(f"{path.name}: {kind} {e['name']!r} alias {a!r} is an accepted form not in text")


def main():
    errors, notes = [], []
    files = sorted((HERE / "gold").glob("*.json"))
    if len(files) != 10:
        errors.append(f"expected 10 gold files, found {len(files)}")
    for p in files:
        check(p, errors, notes)
    if "-v" in sys.argv:
        for n in notes:
            print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(notes)} notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
