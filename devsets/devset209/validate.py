#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

Checks per gold file: JSON loads; top-level keys; report fields filled and typed;
entity fields, types and relations valid; doc_number in 机关代字〔年份〕序号号 form;
no duplicate names/aliases inside one kind; every entity has its name or one of its
aliases in the text (after removing 《》〈〉<> quotes and whitespace, NFKC, brackets
unified).  Canonical names that do not occur are reported only as info when an alias
occurs; an entity none of whose forms occurs is an error.
usage: python3 validate.py [-v]
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
REL = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNUM = re.compile(r"^[^〔〕\s]+〔(19|20)\d\d〕\d+号$")


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(MAP.get(c, c) for c in t if c not in DROP)


def main():
    verbose = "-v" in sys.argv
    errors, infos = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    docs = {p.name for p in (HERE / "docs").glob("*.txt")}
    if len(golds) != len(docs):
        errors.append(f"{len(golds)} gold files but {len(docs)} docs")
    for gp in golds:
        e = lambda m: errors.append(f"{gp.name}: {m}")
        try:
            g = json.loads(gp.read_text(encoding="utf-8"))
        except Exception as exc:
            e(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            e(f"bad top-level keys {sorted(g)}")
            continue
        if g["doc"] != gp.stem + ".txt" or g["doc"] not in docs:
            e(f"doc field {g['doc']!r} does not name its txt")
            continue
        raw = (HERE / "docs" / g["doc"]).read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
        ntext = norm(text)
        n = len(text)
        if not 1500 <= n <= 5000:
            e(f"text length {n} outside 1500-5000")
        r = g["report"]
        if set(r) != {"title", "publisher", "region", "year", "date"}:
            e(f"report keys {sorted(r)}")
        for f in ("publisher", "region", "year"):
            if not r.get(f):
                e(f"report.{f} empty")
        if not isinstance(r.get("year"), int) or not 2015 <= r["year"] <= 2025:
            e(f"report.year {r.get('year')!r}")
        if r.get("date") is not None and not re.match(r"^\d{4}-\d\d-\d\d$", r["date"]):
            e(f"report.date {r['date']!r}")
        if r.get("title") is not None and norm(r["title"]) not in ntext:
            e(f"title not in text: {r['title']}")
        orgnames = set()
        for o in g["organizations"]:
            orgnames.add(norm(o["name"]))
            orgnames.update(norm(a) for a in o["aliases"])
        if r.get("publisher") and norm(r["publisher"]) not in orgnames:
            e(f"publisher {r['publisher']} is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            for ent in g[kind]:
                keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(ent) != keys:
                    e(f"{kind} {ent.get('name')}: keys {sorted(ent)}")
                    continue
                if not isinstance(ent["name"], str) or not ent["name"].strip():
                    e(f"{kind}: empty name")
                if not isinstance(ent["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in ent["aliases"]):
                    e(f"{kind} {ent['name']}: aliases must be a list of strings")
                if ent["type"] not in types:
                    e(f"{kind} {ent['name']}: bad type {ent['type']}")
                if kind == "regulations":
                    if ent["relation"] not in REL:
                        e(f"{ent['name']}: bad relation {ent['relation']}")
                    dn = ent["doc_number"]
                    if dn is not None and not DOCNUM.match(dn):
                        e(f"{ent['name']}: doc_number not normalised: {dn}")
                    if ent["issuer"] is not None and not isinstance(ent["issuer"], str):
                        e(f"{ent['name']}: issuer must be string or null")
                forms = [ent["name"], *ent["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != ent["name"]:
                        e(f"{kind}: form {f!r} used by both {seen[k]!r} and {ent['name']!r}")
                    seen.setdefault(k, ent["name"])
                found = [f for f in forms if norm(f) in ntext]
                if not found:
                    e(f"{kind} {ent['name']}: neither name nor any alias occurs in text")
                elif norm(ent["name"]) not in ntext:
                    infos.append(f"{gp.name}: {kind} canonical not in text (alias found: {found[0]}): {ent['name']}")
                for a in ent["aliases"]:
                    if norm(a) not in ntext:
                        infos.append(f"{gp.name}: {kind} {ent['name']}: alias not in text (accepted form): {a}")
    for m in infos if verbose else []:
        print("info:", m)
    for m in errors:
        print("ERROR:", m)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} infos (-v to list)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
