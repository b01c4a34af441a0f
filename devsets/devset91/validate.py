#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

Checks: JSON loads; keys and value types; enumerated types/relations; doc file exists;
doc_number format; report fields filled; every entity's name or one of its aliases occurs
in the document text (compared after removing title marks, quotes and whitespace and after
NFKC, so PDF line breaks and half-width punctuation do not matter); duplicate names/aliases.
Usage: python3 validate.py [DEVSET_DIR]
"""
import json, re, sys, unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNUM = re.compile(r"^[^〔〕\s]+〔(19|20)\d\d〕\d+号$")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def check(gold_path, docs_dir):
    errs, notes = [], []
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], notes
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errs.append(f"top-level keys {sorted(g)}")
    doc = docs_dir / g.get("doc", "")
    if g.get("doc") != gold_path.stem + ".txt":
        errs.append(f"doc field {g.get('doc')!r} does not match file name")
    if not doc.is_file():
        return errs + [f"document {doc} missing"], notes
    text = norm(read_text(doc))
    n = len(read_text(doc))
    if not 1500 <= n <= 5000:
        notes.append(f"length {n} chars outside 1500-5000")
    rep = g.get("report", {})
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            errs.append(f"report.{f} empty")
    if not isinstance(rep.get("year"), int):
        errs.append("report.year not int")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
        errs.append(f"report.date {rep['date']!r} not YYYY-MM-DD")
    if rep.get("date") is None:
        notes.append("report.date is null")
    if rep.get("title") is not None and norm(rep["title"]) not in text:
        errs.append(f"report.title not in text: {rep['title']}")
    org_names = {norm(o["name"]) for o in g.get("organizations", [])}
    org_all = {norm(a) for o in g.get("organizations", []) for a in [o["name"], *o.get("aliases", [])]}
    if norm(rep.get("publisher", "")) not in org_names:
        errs.append(f"publisher {rep.get('publisher')!r} is not a gold organization name")
    spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
            "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
            "measures": (MEA_TYPES, {"name", "aliases", "type"})}
    for kind, (types, keys) in spec.items():
        seen = {}
        items = g.get(kind)
        if not isinstance(items, list):
            errs.append(f"{kind} is not a list")
            continue
        for e in items:
            if set(e) != keys:
                errs.append(f"{kind}: {e.get('name')}: keys {sorted(e)}")
            if not isinstance(e.get("name"), str) or not e["name"].strip():
                errs.append(f"{kind}: empty name")
                continue
            if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                errs.append(f"{kind}: {e['name']}: aliases must be a list of strings")
            if e.get("type") not in types:
                errs.append(f"{kind}: {e['name']}: bad type {e.get('type')!r}")
            forms = [e["name"], *e.get("aliases", [])]
            for a in forms:
                k = norm(a)
                if k in seen and seen[k] != e["name"]:
                    errs.append(f"{kind}: form {a!r} used by both {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
            found = [a for a in forms if norm(a) in text]
            if not found:
                errs.append(f"{kind}: {e['name']}: neither name nor any alias occurs in the text")
            elif norm(e["name"]) not in text:
                notes.append(f"{kind}: canonical {e['name']!r} not in text (resolved); alias found: {found[0]!r}")
            for a in e.get("aliases", []):
                if norm(a) not in text:
                    notes.append(f"{kind}: {e['name']}: alias {a!r} not in text (accepted form)")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    errs.append(f"regulations: {e['name']}: bad relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None and not DOCNUM.match(dn):
                    errs.append(f"regulations: {e['name']}: doc_number {dn!r} not normalised")
                if dn is not None and norm(dn) not in text:
                    errs.append(f"regulations: {e['name']}: doc_number {dn!r} not in text")
                iss = e.get("issuer")
                if iss is not None:
                    for part in iss.split():
                        if norm(part) not in org_all:
                            notes.append(f"regulations: {e['name']}: issuer part {part!r} is not a gold organization")
    return errs, notes


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    golds = sorted((root / "gold").glob("*.json"))
    docs = sorted((root / "docs").glob("*.txt"))
    bad = 0
    if {d.stem for d in docs} != {g.stem for g in golds}:
        print("MISMATCH docs vs gold:", {d.stem for d in docs} ^ {g.stem for g in golds})
        bad += 1
    for gp in golds:
        errs, notes = check(gp, root / "docs")
        print(f"== {gp.name}: {'OK' if not errs else f'{len(errs)} ERROR(S)'}")
        for e in errs:
            print("  ERROR", e)
        for n in notes:
            print("  note ", n)
        bad += bool(errs)
    print("CLEAN" if not bad else f"{bad} file(s) with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
