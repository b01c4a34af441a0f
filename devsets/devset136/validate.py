#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md and their texts.

usage: python3 validate.py            (exit status 1 if any error)
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")

def squeeze(s):
    """Remove 《》 and whitespace (NFKC first so half/full width forms compare equal)."""
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s《》]", "", s)

def score_norm(s):
    drop = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
    m = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
         "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
    s = unicodedata.normalize("NFKC", s)
    return "".join(m.get(c, c) for c in s if c not in drop)

def main():
    errors, notes = [], []
    files = sorted((HERE / "gold").glob("*.json"))
    for gf in files:
        def err(msg): errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            err(f"JSON does not load: {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"keys {sorted(g)}")
        txt = HERE / "docs" / g.get("doc", "")
        if g.get("doc") != gf.stem + ".txt" or not txt.exists():
            err(f"doc field {g.get('doc')!r} does not name an existing text"); continue
        raw = txt.read_text(encoding="utf-8")
        text = squeeze(raw)
        n = len(raw)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500-5000")
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                err(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
            err(f"report.date {rep['date']!r}")
        for f in ("title", "date"):
            if rep.get(f) is None:
                notes.append(f"{gf.name}: report.{f} is null")
        if rep.get("title") and squeeze(rep["title"]) not in text:
            # traditional / garbled texts: title given in canonical (simplified) form
            notes.append(f"{gf.name}: title not verbatim in text (converted text)")
        seen = {}
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g[kind]
            if not isinstance(items, list):
                err(f"{kind} not a list"); continue
            for e in items:
                keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != keys:
                    err(f"{kind} {e.get('name')}: keys {sorted(e)}")
                if not isinstance(e.get("name"), str) or not e["name"]:
                    err(f"{kind}: bad name {e.get('name')!r}"); continue
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind} {e['name']}: bad aliases")
                if e.get("type") not in types:
                    err(f"{kind} {e['name']}: bad type {e.get('type')!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{e['name']}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None:
                        if not DOCNUM.match(e["doc_number"]):
                            err(f"{e['name']}: doc_number not normalised: {e['doc_number']!r}")
                        num = re.sub(r"\D", "", e["doc_number"])
                        if num not in re.sub(r"\D", "", raw.replace("\n", "")) and "?" not in raw:
                            notes.append(f"{gf.name}: doc_number digits {e['doc_number']} not found")
                forms = [e["name"], *e["aliases"]]
                found = [f for f in forms if squeeze(f) in text]
                if not found:
                    err(f"{kind} {e['name']}: neither name nor any alias occurs in text")
                elif squeeze(e["name"]) not in text:
                    notes.append(f"{gf.name}: {kind} canonical '{e['name']}' resolved (text has: {found[0]})")
                for f in forms:
                    k = (kind, score_norm(f))
                    if k in seen and seen[k] != e["name"]:
                        err(f"{kind}: form {f!r} belongs to both {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
        pub = rep.get("publisher")
        if pub and (("organizations", score_norm(pub)) not in seen):
            err(f"publisher {pub!r} not among organizations")
    for nline in notes:
        print("note:", nline)
    for eline in errors:
        print("ERROR:", eline)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
