#!/usr/bin/env python3
"""Validate devset62 gold files against ANNOTATION.md (format, types, presence in text).

A name counts as present if, after normalisation like score.py (NFKC, whitespace, quotes and
title marks removed, brackets/dashes unified), the canonical name or one of its aliases occurs
in some view of the text: raw; HTML-unescaped; with PDF page-footer lines (— 3 —) removed.
Canonical names that are absent but have an alias present are reported as 'resolved' (fine).
"""
import html, json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
         "party_document", "plan", "publication", "other"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
         "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
REL = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")", "[": "(", "]": ")",
       "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(MAP.get(c, c) for c in t if c not in DROP)


def views(raw):
    v = [raw, html.unescape(raw)]
    v.append(re.sub(r"\n\s*[—-]\s*\d+\s*[—-]\s*\n", "\n", raw))
    return [norm(x) for x in v]


def main():
    errors, notes = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    docs = {p.name for p in (ROOT / "docs").glob("*.txt")}
    if len(golds) != len(docs):
        errors.append(f"{len(golds)} gold files but {len(docs)} docs")
    for gf in golds:
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            errors.append(f"{gf.name}: JSON error {e}"); continue
        d = g.get("doc")
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{gf.name}: keys {sorted(g)}")
        if d not in docs or Path(d).stem != gf.stem:
            errors.append(f"{gf.name}: doc {d!r} does not match a docs/ file"); continue
        raw = (ROOT / "docs" / d).read_bytes().decode("utf-8")
        tv = views(raw)
        n = len(raw)
        if not 1500 <= n <= 3000:
            errors.append(f"{d}: length {n} outside 1500-3000")
        r = g["report"]
        if set(r) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{d}: report keys {sorted(r)}")
        for k in ("publisher", "region", "year"):
            if not r.get(k):
                errors.append(f"{d}: report.{k} empty")
        if not isinstance(r.get("year"), int) or not 2015 <= r["year"] <= 2025:
            errors.append(f"{d}: bad year {r.get('year')!r}")
        if r.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            errors.append(f"{d}: bad date {r['date']!r}")
        orgnames = {norm(x) for o in g["organizations"] for x in [o["name"], *o["aliases"]]}
        if norm(r["publisher"]) not in orgnames:
            errors.append(f"{d}: publisher {r['publisher']!r} not among organizations")
        for kind, types in (("regulations", REG_T), ("organizations", ORG_T), ("measures", MEA_T)):
            seen = {}
            for e in g[kind]:
                nm = e.get("name")
                if not isinstance(nm, str) or not nm or not isinstance(e.get("aliases"), list):
                    errors.append(f"{d}: {kind}: bad entry {e}"); continue
                if e.get("type") not in types:
                    errors.append(f"{d}: {kind}: {nm}: bad type {e.get('type')!r}")
                if kind == "regulations":
                    if set(e) != {"name", "aliases", "type", "doc_number", "issuer", "relation"}:
                        errors.append(f"{d}: {nm}: keys {sorted(e)}")
                    if e["relation"] not in REL:
                        errors.append(f"{d}: {nm}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not DOCNUM.match(dn):
                        errors.append(f"{d}: {nm}: doc_number not normalised {dn!r}")
                    if dn is not None and unicodedata.normalize("NFKC", dn) != dn:
                        errors.append(f"{d}: {nm}: doc_number has full-width characters {dn!r}")
                else:
                    if set(e) != {"name", "aliases", "type"}:
                        errors.append(f"{d}: {nm}: keys {sorted(e)}")
                for a in [nm, *e["aliases"]]:
                    k = norm(a)
                    if k in seen and seen[k] != nm:
                        errors.append(f"{d}: {kind}: form {a!r} used by {seen[k]!r} and {nm!r}")
                    seen.setdefault(k, nm)
                forms = [nm, *e["aliases"]]
                present = [f for f in forms if any(norm(f) in t for t in tv)]
                if not present:
                    errors.append(f"{d}: {kind}: NOT IN TEXT: {nm} {e['aliases']}")
                elif nm not in present:
                    notes.append(f"{d}: {kind}: resolved canonical {nm!r} (text has {present[0]!r})")
                for a in e["aliases"]:
                    if a not in present:
                        notes.append(f"{d}: {kind}: alias not in text (accepted variant) {a!r}")
    for n_ in notes:
        print("note:", n_)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(notes)} notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
