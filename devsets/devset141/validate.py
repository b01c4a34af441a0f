#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md conventions.

Checks: JSON loads; keys and value types; enum values of type/relation; report fields
(publisher, region, year filled; date YYYY-MM-DD or null; publisher is a gold organization);
doc_number shape; every entity has its name or one of its aliases in the text (after
removing 《》〈〉, whitespace and PDF page footers such as "— 3 —"); no alias shared by two
entities of one kind; document length 1,500–5,000 characters.
Exit status 1 if any error.
"""
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
PAGE = re.compile(r"\n\s*[—-]\s*\d+\s*[—-]\s*\n")


def squash(s):
    s = PAGE.sub("\n", s)
    return re.sub(r"[《》〈〉\s]", "", s)


def norm(s):  # scorer-like normalisation, for the duplicate-alias check
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[《》〈〉<>“”\"'‘’「」『』\s·•]", "", s)


def main():
    errors, notes = [], []
    files = sorted((HERE / "gold").glob("*.json"))
    for gf in files:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON error {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        doc = HERE / "docs" / g.get("doc", "")
        if g.get("doc") != gf.stem + ".txt" or not doc.exists():
            err(f"doc field {g.get('doc')!r} does not name an existing docs/ file"); continue
        raw = doc.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030"); notes.append(f"{gf.name}: text decoded as GB18030")
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"document length {n} outside 1500–5000")
        flat = squash(text)
        rep = g.get("report", {})
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", rep["date"]):
            err(f"report.date {rep.get('date')!r}")
        if rep.get("title") is not None and squash(rep["title"]) not in flat:
            err(f"report.title not in text")
        orgnames = {norm(a) for o in g.get("organizations", []) for a in [o["name"], *o["aliases"]]}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
            err("publisher is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} not a list"); continue
            for e in items:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    err(f"{kind} {e.get('name')}: keys {sorted(e)}")
                if not isinstance(e.get("name"), str) or not e["name"]:
                    err(f"{kind}: empty name"); continue
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind} {e['name']}: aliases must be a list of strings")
                if e.get("type") not in types:
                    err(f"{kind} {e['name']}: type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        err(f"{e['name']}: relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not DOCNUM.match(dn):
                        err(f"{e['name']}: doc_number {dn!r} not normalised")
                    iss = e.get("issuer")
                    if iss is not None and not isinstance(iss, str):
                        err(f"{e['name']}: issuer must be a string or null")
                forms = [e["name"], *e.get("aliases", [])]
                present = [f for f in forms if squash(f) in flat]
                if not present:
                    err(f"{kind} {e['name']}: neither name nor any alias occurs in the text")
                elif e["name"] not in present and squash(e["name"]) not in flat:
                    notes.append(f"{gf.name}: {kind} canonical name resolved, not in text: {e['name']}  (alias: {present[0]})")
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        err(f"{kind}: form {f!r} used by both {seen[k]!r} and {e['name']!r}")
                    seen[k] = e["name"]
    for n_ in notes:
        print("note:", n_)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
