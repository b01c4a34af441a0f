#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md and the texts.

usage: python3 validate.py [--strict]
Errors (exit 1): bad JSON/keys/types/attributes, an entity none of whose name/aliases
occur in its text, report fields missing, duplicate names inside one document.
Notes: canonical names that do not occur verbatim (resolved names: fine when an alias occurs),
aliases that do not occur (extra accepted forms). --strict turns unused aliases into errors.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
DROP = set("《》 \t\r\n\u3000")


def squash(s):
    return "".join(c for c in s if c not in DROP)


def norm(s):  # scorer-like normalisation, for duplicate detection
    s = unicodedata.normalize("NFKC", s)
    s = "".join(c for c in s if c not in set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•"))
    for a, b in {"—": "-", "–": "-", "－": "-", "（": "(", "）": ")", "〔": "(", "〕": ")", "[": "(",
                 "]": ")", "【": "(", "】": ")", "，": ",", "、": ","}.items():
        s = s.replace(a, b)
    return s


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError(f"cannot decode {path}")


def main():
    strict = "--strict" in sys.argv
    errors, notes = [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    if len(files) != len(docs):
        errors.append(f"{len(files)} gold files but {len(docs)} docs")
    for gf in files:
        def err(m):
            errors.append(f"{gf.name}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            err(f"doc field {g.get('doc')!r} != {gf.stem}.txt")
        tp = ROOT / "docs" / str(g.get("doc"))
        if not tp.exists():
            err("text file missing"); continue
        text = read_text(tp)
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500-5000")
        # page-number lines left by PDF conversion ("— 3 —", "—3—") may split a name: drop them
        text_np = re.sub(r"(?m)^[ \t\u3000]*[—－-]\s*[0-9０-９]+\s*[—－-][ \t\u3000]*$", "", text)
        flat = squash(text_np)
        flat_nfkc = unicodedata.normalize("NFKC", flat)
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not DATE.match(rep["date"]):
            err(f"report.date {rep['date']!r}")
        if rep.get("title") is not None and squash(rep["title"]) not in flat:
            err(f"report.title not in text: {rep['title']}")
        orgnames = {norm(x) for o in g.get("organizations", []) for x in [o["name"], *o["aliases"]]}
        if norm(rep.get("publisher") or "") not in orgnames:
            err(f"publisher {rep.get('publisher')} is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            for e in g.get(kind, []):
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    err(f"{kind} {e.get('name')}: keys {sorted(e)}")
                if not isinstance(e.get("name"), str) or not e["name"].strip():
                    err(f"{kind}: empty name"); continue
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind} {e['name']}: aliases must be a list of strings")
                    continue
                if e.get("type") not in types:
                    err(f"{kind} {e['name']}: type {e.get('type')!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{e['name']}: relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        err(f"{e['name']}: doc_number not normalised: {e['doc_number']!r}")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{e['name']}: issuer {e['issuer']!r}")
                for form in [e["name"], *e["aliases"]]:
                    k = norm(form)
                    if k in seen and seen[k] != e["name"]:
                        err(f"{kind}: form {form!r} of {e['name']!r} collides with {seen[k]!r}")
                    seen.setdefault(k, e["name"])
                found = [f for f in [e["name"], *e["aliases"]] if squash(f) in flat]
                found_nfkc = [f for f in [e["name"], *e["aliases"]]
                              if unicodedata.normalize("NFKC", squash(f)) in flat_nfkc]
                if not found:
                    if found_nfkc:
                        notes.append(f"{gf.name}: {kind} {e['name']}: occurs only after NFKC")
                    else:
                        err(f"{kind} {e['name']}: neither name nor any alias occurs in the text")
                if squash(e["name"]) not in flat and found:
                    notes.append(f"{gf.name}: {kind} canonical not verbatim (resolved): {e['name']}  <- {found[0]}")
                for a in e["aliases"]:
                    if squash(a) not in flat:
                        m = f"{gf.name}: {kind} {e['name']}: alias not in text: {a}"
                        (errors if strict else notes).append(m)
    for m in notes:
        print("NOTE ", m)
    for m in errors:
        print("ERROR", m)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
