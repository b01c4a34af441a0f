#!/usr/bin/env python3
"""Validate every gold file in gold/ against its document in docs/ and ANNOTATION.md.

Checks: JSON loads; keys and value types; enumerations of type/relation; doc_number format;
report fields filled; every entity's name or one of its aliases occurs in the text (after
removing title marks, quotes and whitespace, NFKC); no duplicate normalised names/aliases
across entities of the same kind; the publisher is one of the gold organizations.
Exit status 1 if any error. Usage: python3 validate.py [--verbose]
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(MAP.get(c, c) for c in text if c not in DROP)


def strip_layout(text):
    # remove PDF page footers such as "— 3 —" / "- 3 -" so that names broken across pages still match
    return re.sub(r"\n\s*[—\-]\s*\d+\s*[—\-]\s*\n", "\n", text)


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError(f"cannot decode {path}")


def main():
    verbose = "--verbose" in sys.argv
    errors, notes = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    docs = sorted((HERE / "docs").glob("*.txt"))
    if {g.stem for g in golds} != {d.stem for d in docs}:
        errors.append(f"docs/gold mismatch: {sorted({g.stem for g in golds} ^ {d.stem for d in docs})}")
    for gf in golds:
        E = lambda m: errors.append(f"{gf.name}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            E(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            E(f"top-level keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            E(f"doc field {g.get('doc')!r}")
        docp = HERE / "docs" / (gf.stem + ".txt")
        if not docp.exists():
            E("document missing")
            continue
        text = read_doc(docp)
        n_chars = len(text)
        if not 1500 <= n_chars <= 5000:
            E(f"document length {n_chars} outside 1500-5000")
        ntext = norm(strip_layout(text))
        rep = g.get("report", {})
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            E(f"report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                E(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            E(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            E(f"report.date {rep['date']!r}")
        if rep.get("title") is not None and norm(rep["title"]) not in ntext:
            E(f"report.title not in text: {rep['title']}")
        orgnames = {norm(a) for o in g.get("organizations", []) for a in [o["name"], *o["aliases"]]}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
            E(f"publisher {rep['publisher']} is not a gold organization")
        spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
                "measures": (MEAS_TYPES, {"name", "aliases", "type"})}
        for kind, (types, keys) in spec.items():
            items = g.get(kind)
            if not isinstance(items, list):
                E(f"{kind} is not a list")
                continue
            seen = {}
            for it in items:
                if set(it) != keys:
                    E(f"{kind} {it.get('name')}: keys {sorted(it)}")
                    continue
                if not isinstance(it["name"], str) or not it["name"].strip():
                    E(f"{kind}: empty name")
                if not isinstance(it["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in it["aliases"]):
                    E(f"{kind} {it['name']}: aliases must be a list of non-empty strings")
                if it["type"] not in types:
                    E(f"{kind} {it['name']}: bad type {it['type']!r}")
                if kind == "regulations":
                    if it["relation"] not in RELATIONS:
                        E(f"{it['name']}: bad relation {it['relation']!r}")
                    dn = it["doc_number"]
                    if dn is not None and not re.fullmatch(r"\S+〔(19|20)\d\d〕\d+号", dn):
                        E(f"{it['name']}: doc_number not normalised: {dn!r}")
                    if dn is not None and norm(dn) not in ntext:
                        notes.append(f"{gf.name}: doc_number {dn} only occurs in a damaged/variant form")
                    if it["issuer"] is not None and not isinstance(it["issuer"], str):
                        E(f"{it['name']}: issuer must be string or null")
                forms = [it["name"], *it["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != it["name"]:
                        E(f"{kind}: form {f!r} used by both {seen[k]!r} and {it['name']!r}")
                    seen[k] = it["name"]
                found = [f for f in forms if norm(f) in ntext]
                if not found:
                    E(f"{kind} {it['name']}: neither name nor any alias occurs in the text")
                elif norm(it["name"]) not in ntext:
                    notes.append(f"{gf.name}: {kind} canonical {it['name']!r} resolved (text has {found[0]!r})")
                for a in it["aliases"]:
                    if norm(a) not in ntext:
                        notes.append(f"{gf.name}: {kind} alias {a!r} of {it['name']!r} is an accepted form not in the text")
    for e in errors:
        print("ERROR", e)
    if verbose:
        for n in notes:
            print("note ", n)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
