#!/usr/bin/env python3
"""Validate the gold files of this dev set against the docs and ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]
Checks: JSON loads; keys and value types; enum values (type, relation); doc_number format;
report fields filled (publisher, region, year; date format); publisher is a gold organization;
every entity's name or one of its aliases occurs in the text (after the scorer's normalisation:
NFKC, whitespace/quotes/title marks removed, dashes and brackets unified); aliases that do not
occur are warned about; no normalised form is shared by two entities of the same kind.
Docs are read as UTF-8, falling back to GB18030 (one doc is deliberately GB18030-encoded).
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)

def read_doc(p):
    b = p.read_bytes()
    try:
        return b.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return b.decode("gb18030"), "gb18030"

def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, warnings, notes = [], [], []
    golds = sorted((root / "gold").glob("*.json"))
    docs = sorted((root / "docs").glob("*.txt"))
    if len(golds) != len(docs):
        errors.append(f"{len(golds)} gold files but {len(docs)} docs")
    for gf in golds:
        E = lambda m: errors.append(f"{gf.name}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            E(f"JSON does not load: {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            E(f"top-level keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            E(f"doc field {g.get('doc')!r} != {gf.stem}.txt")
        dp = root / "docs" / str(g.get("doc"))
        if not dp.exists():
            E("doc file missing"); continue
        text, enc = read_doc(dp)
        n = len(text)
        if not 1500 <= n <= 5000:
            E(f"doc length {n} outside 1500-5000")
        ntext = norm(text)
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            E(f"report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                E(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            E(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            E(f"report.date {rep.get('date')!r}")
        if rep.get("title") is not None and not isinstance(rep["title"], str):
            E("report.title not a string")
        if rep.get("date") is None:
            notes.append(f"{gf.name}: report.date is null (no date in the text)")
        orgnames = {norm(x) for o in g.get("organizations", []) for x in [o["name"], *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
            E(f"publisher {rep['publisher']!r} is not a gold organization")
        for kind, fields, types in (("regulations", {"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
                                    ("organizations", {"name", "aliases", "type"}, ORG_TYPES),
                                    ("measures", {"name", "aliases", "type"}, MEAS_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                E(f"{kind} is not a list"); continue
            seen = {}
            for it in items:
                if not isinstance(it, dict) or set(it) != fields:
                    E(f"{kind}: bad keys in {it!r}"); continue
                name = it["name"]
                if not isinstance(name, str) or not name.strip():
                    E(f"{kind}: empty name"); continue
                if not isinstance(it["aliases"], list) or not all(isinstance(a, str) for a in it["aliases"]):
                    E(f"{kind}/{name}: aliases must be a list of strings")
                    continue
                if it["type"] not in types:
                    E(f"{kind}/{name}: type {it['type']!r}")
                if kind == "regulations":
                    if it["relation"] not in RELATIONS:
                        E(f"{kind}/{name}: relation {it['relation']!r}")
                    dn = it["doc_number"]
                    if dn is not None and not re.fullmatch(r"[\u4e00-\u9fff]+〔(19|20)\d\d〕\d+号", dn):
                        E(f"{kind}/{name}: doc_number {dn!r} not normalised")
                    if it["issuer"] is not None and not isinstance(it["issuer"], str):
                        E(f"{kind}/{name}: issuer not a string")
                forms = [name, *it["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        E(f"{kind}: normalised form {f!r} shared by {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                occ = [f for f in forms if norm(f) and norm(f) in ntext]
                if not occ:
                    E(f"{kind}/{name}: neither name nor any alias occurs in the text")
                elif norm(name) not in ntext:
                    notes.append(f"{gf.name}: {kind}/{name}: canonical (resolved) name absent; occurs as {occ[0]!r}")
                for a in it["aliases"]:
                    if norm(a) not in ntext:
                        warnings.append(f"{gf.name}: {kind}/{name}: alias {a!r} does not occur in the text")
    for m in notes:
        print("note   ", m)
    for m in warnings:
        print("WARNING", m)
    for m in errors:
        print("ERROR  ", m)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(warnings)} warnings, {len(notes)} notes")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
