#!/usr/bin/env python3
"""Validate the devset gold files against ANNOTATION.md conventions and the texts.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this file)
Checks: JSON loads; keys and value types; enum values; doc file exists; report fields filled;
every entity's name or one of its aliases occurs in the text (after removing 《》〈〉, quotes and
whitespace, NFKC and bracket unification, also trying with line breaks removed); no alias is shared by two
entities of the same kind in one document (the scorer would mis-index it); doc_number format.
Exits 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")", "[": "(", "]": ")",
       "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(MAP.get(c, c) for c in t if c not in DROP)


def read_text(p):
    raw = p.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, notes = [], []
    golds = sorted((root / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    for gf in golds:
        def err(m):
            errors.append(f"{gf.name}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            err(f"JSON: {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"keys {sorted(g)}")
        doc = root / "docs" / str(g.get("doc"))
        if g.get("doc") != gf.stem + ".txt" or not doc.exists():
            err(f"doc {g.get('doc')!r} missing or misnamed"); continue
        text = read_text(doc)
        nt = norm(text)
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500-5000")
        r = g.get("report") or {}
        if set(r) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(r)}")
        for k in ("publisher", "region", "year"):
            if not r.get(k):
                err(f"report.{k} empty")
        if not isinstance(r.get("year"), int) or not 2015 <= r.get("year", 0) <= 2025:
            err("report.year not int in 2015-2025")
        if r.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            err(f"report.date {r['date']!r}")
        if r.get("date") is None:
            notes.append(f"{gf.name}: report.date null")
        if r.get("title") is None:
            notes.append(f"{gf.name}: report.title null")
        orgnames = {norm(o["name"]) for o in g.get("organizations", [])} | {
            norm(a) for o in g.get("organizations", []) for a in o.get("aliases", [])}
        if norm(r.get("publisher", "")) not in orgnames:
            err("publisher is not among the gold organizations")
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
                if e.get("type") not in types:
                    err(f"{kind} {e['name']}: bad type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        err(f"{e['name']}: bad relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not (re.fullmatch(r".+〔\d{4}〕\d+号", dn) or re.fullmatch(r".+令第\d+号", dn) or re.fullmatch(r".+公告第\d+号", dn)):
                        err(f"{e['name']}: doc_number {dn!r} not normalised")
                    if e.get("issuer") is not None and not isinstance(e["issuer"], str):
                        err(f"{e['name']}: issuer must be string or null")
                forms = [e["name"], *e.get("aliases", [])]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        err(f"{kind}: form {f!r} shared by {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
                hits = [f for f in forms if norm(f) and norm(f) in nt]
                if not hits:
                    err(f"{kind} {e['name']!r}: neither name nor any alias occurs in text")
                elif norm(e["name"]) not in nt:
                    notes.append(f"{gf.name}: {kind} name resolved, not in text: {e['name']} (alias found: {hits[0]})")
                for a in e.get("aliases", []):
                    if norm(a) not in nt:
                        err(f"{kind} {e['name']}: alias {a!r} does not occur in text")
    for m in notes:
        print("note:", m)
    for m in errors:
        print("ERROR:", m)
    print(f"{len(golds)} gold files, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
