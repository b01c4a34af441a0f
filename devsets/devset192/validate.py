#!/usr/bin/env python3
"""Validate every gold file in gold/ against ANNOTATION.md and its document in docs/.

Checks: JSON loads; keys and value types; allowed entity types and relations; doc_number
format; report fields filled; every entity has its name or an alias occurring in the text
(after score.py-style normalisation: NFKC, whitespace/line breaks, quotes and title marks
removed, brackets/dashes unified); duplicate names/aliases within a kind; issuers that are
gold organizations or national bodies. Exit code 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
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
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$|^\S+令第\d+号$")

def main():
    errors, warnings = [], []
    files = sorted((HERE / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        E = lambda m: errors.append(f"{gf.name}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            E(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            E(f"top-level keys {sorted(g)}")
        doc = HERE / "docs" / str(g.get("doc"))
        if g.get("doc") != gf.stem + ".txt" or not doc.exists():
            E(f"doc {g.get('doc')!r} missing or not matching file name"); continue
        raw = doc.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
        ntext = norm(text)
        if not (1500 <= len(text) <= 5000):
            E(f"text length {len(text)} outside 1500-5000")
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            E(f"report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                E(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
            E(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
            E(f"report.date {rep['date']!r}")
        if rep.get("title") is not None and norm(rep["title"]) not in ntext:
            E(f"report.title not in text: {rep['title']}")
        orgs = g.get("organizations", [])
        org_names = {norm(a) for o in orgs for a in [o.get("name", ""), *o.get("aliases", [])]}
        if norm(rep.get("publisher", "")) not in org_names:
            E(f"publisher {rep.get('publisher')!r} is not a gold organization")
        spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
                "measures": (MEA_TYPES, {"name", "aliases", "type"})}
        for kind, (types, keys) in spec.items():
            items = g.get(kind)
            if not isinstance(items, list):
                E(f"{kind} is not a list"); continue
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != keys:
                    E(f"{kind}: bad keys {e}"); continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    E(f"{kind}: empty name"); continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    E(f"{kind}: {e['name']}: aliases must be a list of strings")
                if e["type"] not in types:
                    E(f"{kind}: {e['name']}: type {e['type']!r}")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        E(f"{kind}: form {f!r} used by both {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
                occurring = [f for f in forms if norm(f) in ntext]
                if not occurring:
                    E(f"{kind}: neither name nor any alias occurs in text: {e['name']}")
                elif norm(e["name"]) not in ntext:
                    warnings.append(f"{gf.name}: {kind}: resolved name not in text (alias occurs): {e['name']}")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        warnings.append(f"{gf.name}: {kind}: accepted alias not literally in text: {a}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        E(f"regulation {e['name']}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not DOCNUM.match(dn):
                        E(f"regulation {e['name']}: doc_number not normalised: {dn!r}")
                    if dn is not None and norm(dn) not in ntext:
                        warnings.append(f"{gf.name}: doc_number not literally in text (repaired?): {dn}")
                    iss = e["issuer"]
                    if iss is not None:
                        for part in iss.split():
                            if norm(part) not in org_names:
                                E(f"regulation {e['name']}: issuer part {part!r} is not a gold organization")
    for w in warnings:
        print("note:", w)
    for m in errors:
        print("ERROR:", m)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(warnings)} notes")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
