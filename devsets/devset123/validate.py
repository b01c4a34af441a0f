#!/usr/bin/env python3
"""Validate devset123 gold files against ANNOTATION.md rules.

Checks: JSON loads; keys and value types; enums for type/relation; doc_number format;
report fields (publisher, region, year filled; title/date null or well-formed);
every entity's name or one alias occurs in the document text (comparison after removing
whitespace and title/quotation marks, NFKC, brackets/dashes unified — same as score.py norm);
aliases unique within a document; no alias shared by two entities of one kind.
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(19|20)\d\d-\d\d-\d\d$")

def main():
    errors, notes = [], []
    golds = sorted(GOLD.glob("*.json"))
    if not golds:
        errors.append("no gold files")
    for gp in golds:
        def err(m): errors.append(f"{gp.name}: {m}")
        try:
            g = json.loads(gp.read_text(encoding="utf-8"))
        except Exception as e:
            err(f"JSON does not load: {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        doc = g.get("doc")
        if doc != gp.stem + ".txt":
            err(f"doc field {doc!r} != {gp.stem}.txt")
        tp = DOCS / str(doc)
        if not tp.exists():
            err("text file missing"); continue
        raw = tp.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
            notes.append(f"{gp.name}: text decoded as GB18030")
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500-5000")
        ntext = norm(text)
        rep = g.get("report", {})
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for k in ("publisher", "region"):
            if not isinstance(rep.get(k), str) or not rep.get(k):
                err(f"report.{k} not filled")
        if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
            err("report.year not an int year")
        if rep.get("date") is not None and not DATE.match(rep["date"]):
            err(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep.get("title") is None:
            notes.append(f"{gp.name}: report.title null")
        elif norm(rep["title"]) not in ntext:
            err(f"report.title not in text")
        if rep.get("date") is None:
            notes.append(f"{gp.name}: report.date null")
        orgnames = {norm(a) for o in g.get("organizations", []) for a in [o["name"], *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
            err("publisher is not a gold organization")
        for kind, types, keys in (("regulations", REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                                  ("organizations", ORG_TYPES, {"name", "aliases", "type"}),
                                  ("measures", MEA_TYPES, {"name", "aliases", "type"})):
            ents = g.get(kind)
            if not isinstance(ents, list):
                err(f"{kind} not a list"); continue
            seen = {}
            for e in ents:
                if set(e) != keys:
                    err(f"{kind} {e.get('name')}: keys {sorted(e)}")
                nm = e.get("name")
                if not isinstance(nm, str) or not nm.strip():
                    err(f"{kind}: empty name"); continue
                als = e.get("aliases")
                if not isinstance(als, list) or not all(isinstance(a, str) and a.strip() for a in als):
                    err(f"{kind} {nm}: aliases must be a list of non-empty strings"); als = []
                if e.get("type") not in types:
                    err(f"{kind} {nm}: bad type {e.get('type')!r}")
                forms = [nm, *als]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != nm:
                        err(f"{kind}: form {f!r} used by both {seen[k]!r} and {nm!r}")
                    seen[k] = nm
                occ = [f for f in forms if norm(f) in ntext]
                if not occ:
                    err(f"{kind} {nm}: neither name nor any alias occurs in text")
                elif norm(nm) not in ntext:
                    notes.append(f"{gp.name}: {kind} canonical name resolved (not in text): {nm}  <- {occ[0]}")
                if kind == "regulations":
                    if e.get("relation") not in RELS:
                        err(f"{nm}: bad relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not DOCNUM.match(dn):
                        err(f"{nm}: doc_number {dn!r} not normalised")
                    if dn is not None:
                        m = re.match(r"^(\S+)〔(\d{4})〕(\d+)号$", dn)
                        if m:
                            pat = re.escape(m.group(1)) + r".{0,2}" + m.group(2) + r".{0,2}" + m.group(3)
                            if not re.search(pat, ntext):
                                err(f"{nm}: doc_number {dn} not found in text")
                    iss = e.get("issuer")
                    if iss is not None:
                        for part in iss.split():
                            if norm(part) not in orgnames:
                                err(f"{nm}: issuer part {part!r} not a gold organization")
    for n_ in notes:
        print("note:", n_)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
