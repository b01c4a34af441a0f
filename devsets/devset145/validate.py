#!/usr/bin/env python3
"""Validate the gold files of this dev set (see /work/shared/ANNOTATION.md).

usage: python3 validate.py [DEVSET_DIR]

Checks per gold file: JSON loads; keys/types per ANNOTATION.md; the doc exists and is
1,500-5,000 characters; every entity's name or one of its aliases occurs in the text
(after removing title marks, quotes, whitespace and PDF page-number lines; Unicode NFKC);
doc_numbers are normalised (机关代字〔年份〕序号号) and occur in the text (brackets unified);
issuers and the publisher are gold organizations; no two entities of one kind share a
(normalised) name/alias; report fields publisher/region/year are filled.
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
         "normative_document", "party_document", "plan", "publication", "other"}
REL = {"issues", "implements", "studies", "mentions"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee",
         "institution", "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
PAGE = re.compile(r"^\s*[—-]\s*\d+\s*[—-]\s*$", re.M)
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")


def norm(s):
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(MAP.get(c, c) for c in s if c not in DROP)


def main():
    errors, notes = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    docs = {p.name for p in (ROOT / "docs").glob("*.txt")}
    if not golds:
        sys.exit("no gold files")
    for gf in golds:
        E = lambda m: errors.append(f"{gf.name}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            E(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            E(f"top-level keys {sorted(g)}")
        doc = g.get("doc")
        if doc != gf.stem + ".txt" or doc not in docs:
            E(f"doc field {doc!r} does not name docs/{gf.stem}.txt"); continue
        raw = (ROOT / "docs" / doc).read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
        if not 1500 <= len(text) <= 5000:
            E(f"text length {len(text)} outside 1500-5000")
        ntext = norm(PAGE.sub("", text))
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            E(f"report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if rep.get(f) in (None, ""):
                E(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            E(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
            E(f"report.date {rep['date']!r}")
        for f in ("title", "date"):
            if rep.get(f) is None:
                notes.append(f"{gf.name}: report.{f} is null")
        if rep.get("title") and norm(rep["title"]) not in ntext:
            E(f"title not in text")
        orgnames = {}
        for o in g.get("organizations", []):
            for a in [o.get("name"), *o.get("aliases", [])]:
                orgnames[norm(a)] = o.get("name")
        if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
            E(f"publisher {rep['publisher']!r} is not a gold organization")
        for kind, types, extra in (("regulations", REG_T, ("doc_number", "issuer", "relation")),
                                   ("organizations", ORG_T, ()), ("measures", MEA_T, ())):
            seen = {}
            items = g.get(kind)
            if not isinstance(items, list):
                E(f"{kind} not a list"); continue
            for e in items:
                keys = {"name", "aliases", "type", *extra}
                if set(e) != keys:
                    E(f"{kind}: {e.get('name')!r} keys {sorted(e)}")
                name, aliases = e.get("name"), e.get("aliases")
                if not isinstance(name, str) or not name.strip():
                    E(f"{kind}: bad name {name!r}"); continue
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    E(f"{kind}: {name}: bad aliases {aliases!r}"); aliases = []
                if e.get("type") not in types:
                    E(f"{kind}: {name}: type {e.get('type')!r}")
                for a in [name, *aliases]:
                    k = norm(a)
                    if k in seen and seen[k] is not e:
                        E(f"{kind}: {a!r} used by two entities ({seen[k]['name']} / {name})")
                    seen[k] = e
                found = [a for a in [name, *aliases] if norm(a) in ntext]
                if not found:
                    E(f"{kind}: {name!r}: neither name nor any alias occurs in the text")
                elif norm(name) not in ntext:
                    notes.append(f"{gf.name}: {kind}: canonical {name!r} resolved; text has {found[0]!r}")
                if kind == "regulations":
                    if e.get("relation") not in REL:
                        E(f"regulations: {name}: relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None:
                        if not isinstance(dn, str) or not DOCNO.match(dn):
                            E(f"regulations: {name}: doc_number {dn!r} not normalised")
                        elif norm(dn) not in ntext:
                            E(f"regulations: {name}: doc_number {dn!r} not in text")
                    iss = e.get("issuer")
                    if iss is not None:
                        for part in str(iss).split():
                            if norm(part) not in orgnames:
                                E(f"regulations: {name}: issuer part {part!r} is not a gold organization")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
