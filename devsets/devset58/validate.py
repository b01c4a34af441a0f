#!/usr/bin/env python3
"""Validate the gold files of this devset (see README.md).

Checks per gold file: JSON loads; keys and value types follow ANNOTATION.md; the doc exists;
report fields are filled (title may be null); every entity's name or one of its aliases occurs
in the text (compared after NFKC, removal of title/quote marks and whitespace, bracket unification,
so that titles broken over two lines and full-width digits still match). Names that do not occur
themselves but have an occurring alias are listed as 'resolved' (informational).
Also: no duplicate normalised names/aliases across entities of one kind, doc_number format.
usage: python3 validate.py [-v]
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
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)


def main():
    verbose = "-v" in sys.argv
    problems, infos = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    docs = {p.name for p in (HERE / "docs").glob("*.txt")}
    for gf in golds:
        P = lambda m: problems.append(f"{gf.name}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            P(f"JSON error {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            P(f"top-level keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt" or g.get("doc") not in docs:
            P(f"doc field {g.get('doc')!r} does not name docs/{gf.stem}.txt"); continue
        raw = (HERE / "docs" / g["doc"]).read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
        if not (1500 <= len(text) <= 5000):
            P(f"length {len(text)} outside 1500-5000")
        T = norm(text)
        r = g.get("report") or {}
        if set(r) != {"title", "publisher", "region", "year", "date"}:
            P(f"report keys {sorted(r)}")
        for k in ("publisher", "region", "year"):
            if not r.get(k):
                P(f"report.{k} empty")
        if not isinstance(r.get("year"), int) or not 2015 <= r["year"] <= 2025:
            P(f"report.year {r.get('year')!r}")
        if r.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            P(f"report.date {r['date']!r}")
        if r.get("title") is not None and norm(r["title"]) not in T:
            P(f"title not in text: {r['title']}")
        orgnames = set()
        for o in g.get("organizations", []):
            orgnames.add(norm(o["name"])); orgnames.update(norm(a) for a in o.get("aliases", []))
        if r.get("publisher") and norm(r["publisher"]) not in orgnames:
            P(f"publisher {r['publisher']} not among organizations")
        spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
                "measures": (MEA_TYPES, {"name", "aliases", "type"})}
        for kind, (types, keys) in spec.items():
            seen = {}
            for e in g.get(kind, []):
                if set(e) != keys:
                    P(f"{kind} {e.get('name')}: keys {sorted(e)}")
                if not isinstance(e.get("name"), str) or not e["name"].strip():
                    P(f"{kind}: empty name"); continue
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    P(f"{kind} {e['name']}: aliases must be a list of non-empty strings")
                if e.get("type") not in types:
                    P(f"{kind} {e['name']}: bad type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        P(f"{e['name']}: bad relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not (re.fullmatch(r"\S+〔\d{4}〕\d+号", dn) or re.fullmatch(r"\S+令(\d{4}年)?第\d+号", dn)):
                        P(f"{e['name']}: doc_number not normalised: {dn!r}")
                    iss = e.get("issuer")
                    if iss is not None:
                        for part in iss.split():
                            if norm(part) not in orgnames:
                                P(f"{e['name']}: issuer part {part} not among organizations")
                forms = [e["name"], *e.get("aliases", [])]
                for f in forms:
                    n = norm(f)
                    if n in seen and seen[n] != e["name"]:
                        P(f"{kind}: form {f!r} used by {seen[n]!r} and {e['name']!r}")
                    seen[n] = e["name"]
                hit = [f for f in forms if norm(f) in T]
                if not hit:
                    P(f"{kind}: neither name nor alias in text: {e['name']} {e.get('aliases')}")
                elif norm(e["name"]) not in T:
                    infos.append(f"{gf.name}: resolved {kind[:-1]} {e['name']} <- {hit[0]}")
                for f in e.get("aliases", []):
                    if norm(f) not in T:
                        P(f"{kind} {e['name']}: alias not in text: {f}")
    for d in sorted(docs - {gf.stem + '.txt' for gf in golds}):
        problems.append(f"docs/{d}: no gold file")
    if verbose:
        print("\n".join(infos))
    print("\n".join(problems) if problems else f"clean: {len(golds)} gold files")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
