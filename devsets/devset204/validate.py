#!/usr/bin/env python3
"""Validate every gold file of this dev set against ANNOTATION.md and its document.

Checks: JSON loads; keys and value types; entity types / relations from the allowed sets;
doc_number shape; report fields filled (title may be null; date YYYY-MM-DD or null);
every entity's name or one of its aliases occurs in the text (after the scorer's
normalisation: NFKC, quotes/title marks/whitespace dropped, brackets unified);
no alias claimed by two entities of the same kind; no duplicate canonical names.
Documents are read as UTF-8, falling back to Big5 (one doc is Big5 on purpose).
usage: python3 validate.py [OUTDIR]
"""
import json, re, sys, unicodedata
from pathlib import Path

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def norm(text):
    if text is None:
        return None
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")

def read_doc(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("big5"), "big5"

def check(gold_path, docs_dir):
    errs, notes = [], []
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:
        return [f"JSON: {exc}"], notes
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(g) != keys:
        errs.append(f"top-level keys {sorted(g)}")
    if g.get("doc") != gold_path.stem + ".txt":
        errs.append(f"doc field {g.get('doc')!r} != file name")
    doc = docs_dir / str(g.get("doc"))
    if not doc.exists():
        return errs + [f"missing document {doc}"], notes
    text, enc = read_doc(doc)
    if enc != "utf-8":
        notes.append(f"document decoded as {enc}")
    n = len(re.sub(r"\s", "", text))
    if not 1500 <= n <= 5000:
        errs.append(f"document length {n} outside 1500-5000")
    tn = norm(text)
    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            errs.append(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2000 <= rep.get("year", 0) <= 2030:
        errs.append("report.year not an int year")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
        errs.append(f"report.date {rep['date']!r}")
    if rep.get("title") is not None and norm(rep["title"]) not in tn:
        notes.append(f"title not verbatim in text (Simplified canonical): {rep['title']}")
    orgnames = {norm(a) for o in g.get("organizations", []) for a in [o["name"], *o.get("aliases", [])]}
    if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
        errs.append(f"publisher {rep['publisher']} is not a gold organization")
    spec = {"regulations": (REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
            "organizations": (ORG_TYPES, ("name", "aliases", "type")),
            "measures": (MEA_TYPES, ("name", "aliases", "type"))}
    for kind, (types, fields) in spec.items():
        items = g.get(kind)
        if not isinstance(items, list):
            errs.append(f"{kind} not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != set(fields):
                errs.append(f"{kind}: bad fields {e}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                errs.append(f"{kind}: empty name")
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                errs.append(f"{kind} {e['name']}: aliases must be a list of strings")
            if e["type"] not in types:
                errs.append(f"{kind} {e['name']}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"{e['name']}: relation {e['relation']!r}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    errs.append(f"{e['name']}: doc_number {e['doc_number']!r} not normalised")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errs.append(f"{e['name']}: issuer not a string")
            forms = [e["name"], *e["aliases"]]
            for a in forms:
                k = norm(a)
                if k in seen and seen[k] != e["name"]:
                    errs.append(f"{kind}: form {a!r} claimed by {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
            if not any(norm(a) and norm(a) in tn for a in forms):
                errs.append(f"{kind} {e['name']}: neither name nor any alias occurs in the text")
            elif norm(e["name"]) not in tn:
                notes.append(f"resolved/Simplified canonical not in text (alias occurs): {e['name']}")
            for a in e["aliases"]:
                if norm(a) not in tn:
                    notes.append(f"alias not in text (accepted variant): {a}")
    return errs, notes

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    bad = 0
    golds = sorted((out / "gold").glob("*.json"))
    for gp in golds:
        errs, notes = check(gp, out / "docs")
        verbose = "-v" in sys.argv
        print(f"{gp.name}: {'OK' if not errs else str(len(errs)) + ' ERRORS'} ({len(notes)} notes)")
        for e in errs:
            print("   ERROR", e)
        if verbose:
            for nn in notes:
                print("   note ", nn)
        bad += bool(errs)
    print(f"{len(golds)} gold files, {bad} with errors")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
