#!/usr/bin/env python3
"""Validate devset195 gold files: JSON, keys, types, report fields, and that every entity's
name or one of its aliases occurs in the document text (whitespace and 《》〈〉<> removed)."""
import json, re, sys, unicodedata
from pathlib import Path
ROOT = Path(__file__).resolve().parent
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
         "party_document", "plan", "publication", "other"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
         "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
REL = {"issues", "implements", "studies", "mentions"}
QUOTES = str.maketrans({'"': '“'})

def read_text(p):
    raw = p.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise ValueError("undecodable")

_DROP = set("《》〈〉<>“”\"'‘’「」『』·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def squash(s):
    """Normalise as score.py does (NFKC, quotes/title marks/whitespace dropped, dashes and brackets unified)."""
    s = unicodedata.normalize("NFKC", s)
    return "".join(_MAP.get(c, c) for c in s if c not in _DROP and not c.isspace())

def main():
    errs, warns = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    names_seen = set()
    for gf in golds:
        e = lambda m: errs.append(f"{gf.name}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as x:
            e(f"JSON error {x}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            e(f"keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            e("doc field does not match file name")
        tp = ROOT / "docs" / g.get("doc", "")
        if not tp.exists():
            e("text file missing"); continue
        text, enc = read_text(tp)
        n = len(text)
        if not 1500 <= n <= 5000:
            e(f"length {n} outside 1500-5000")
        body = squash(text)
        rep = g.get("report", {})
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            e(f"report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                e(f"report.{f} empty")
        if not isinstance(rep.get("year"), int):
            e("report.year not int")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            e("report.date format")
        if rep.get("title") and squash(rep["title"]) not in body:
            e(f"title not in text: {rep['title']}")
        orgnames = {squash(a) for o in g.get("organizations", []) for a in [o["name"], *o["aliases"]]}
        if squash(rep.get("publisher") or "") not in orgnames:
            e("publisher is not an organization of the gold")
        for kind, types, keys in (("regulations", REG_T, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                                  ("organizations", ORG_T, {"name", "aliases", "type"}),
                                  ("measures", MEA_T, {"name", "aliases", "type"})):
            seen = {}
            for it in g.get(kind, []):
                if set(it) != keys:
                    e(f"{kind} {it.get('name')}: keys {sorted(it)}")
                if it.get("type") not in types:
                    e(f"{kind} {it['name']}: bad type {it.get('type')}")
                if not isinstance(it.get("aliases"), list):
                    e(f"{kind} {it['name']}: aliases not a list")
                if kind == "regulations":
                    if it["relation"] not in REL:
                        e(f"{it['name']}: bad relation")
                    dn = it["doc_number"]
                    if dn is not None and not re.fullmatch(r".+〔\d{4}〕\d+号", dn):
                        e(f"{it['name']}: doc_number not normalised: {dn}")
                    if it["issuer"] is not None:
                        for part in it["issuer"].split():
                            if squash(part) not in orgnames:
                                warns.append(f"{gf.name}: issuer {part} not among organizations")
                forms = [it["name"], *it["aliases"]]
                for f in forms:
                    k = squash(f)
                    if k in seen and seen[k] != it["name"]:
                        e(f"{kind}: form {f} used by {seen[k]} and {it['name']}")
                    seen[k] = it["name"]
                hits = [f for f in forms if squash(f) in body]
                if not hits:
                    e(f"{kind} {it['name']}: neither name nor any alias occurs in text")
                for f in it["aliases"]:
                    if squash(f) not in body:
                        warns.append(f"{gf.name}: alias not in text (accepted form only): {kind} {f}")
                if squash(it["name"]) not in body and kind != "organizations":
                    warns.append(f"{gf.name}: canonical not verbatim (resolved): {kind} {it['name']}")
        print(f"{gf.name}: {enc}, {n} chars, R={len(g['regulations'])} O={len(g['organizations'])} M={len(g['measures'])}")
    for w in warns:
        print("note:", w)
    for x in errs:
        print("ERROR:", x)
    print(f"{len(golds)} gold files, {len(errs)} errors")
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
