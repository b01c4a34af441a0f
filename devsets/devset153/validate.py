#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

Checks per gold file: JSON loads; keys and value types; enumerated types and relations;
doc_number format; report fields filled; every entity's name or one of its aliases occurs in
the document text (compared after HTML-unescaping the text and normalising both sides the way
score.py does: NFKC, whitespace/quotes/title marks dropped, brackets and dashes unified).
Names that do not occur literally but are covered by an alias are listed as INFO (resolved
canonical names); entities with no occurring form at all are ERRORs.
Documents are read as UTF-8, falling back to Big5 (cp950) for the Big5-encoded document.
usage: python3 validate.py [-v]
"""
import html, json, re, sys, unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNUM = re.compile(r"^[^〔〕\[\]()（）【】]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_doc(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp950"), "big5"


def main():
    verbose = "-v" in sys.argv
    errors, infos = [], []
    golds = sorted((BASE / "gold").glob("*.json"))
    docs = sorted((BASE / "docs").glob("*.txt"))
    if len(golds) != len(docs):
        errors.append(f"{len(golds)} gold files but {len(docs)} docs")
    for gf in golds:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        doc = BASE / "docs" / g.get("doc", "")
        if g.get("doc") != gf.stem + ".txt" or not doc.exists():
            err(f"doc {g.get('doc')!r} does not name an existing docs/{gf.stem}.txt")
            continue
        text, enc = read_doc(doc)
        plain = html.unescape(text)
        if not 1500 <= len(plain) <= 5000:
            err(f"document length {len(plain)} outside 1500-5000")
        ntext = norm(plain)
        # report
        r = g.get("report")
        if not isinstance(r, dict) or set(r) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys wrong: {r}")
        else:
            for k in ("publisher", "region", "year"):
                if not r.get(k):
                    err(f"report.{k} is empty")
            if not isinstance(r.get("year"), int) or not 2015 <= r["year"] <= 2025:
                err(f"report.year {r.get('year')!r} not an int in 2015-2025")
            if r.get("date") is not None and not DATE.match(r["date"]):
                err(f"report.date {r['date']!r} not YYYY-MM-DD")
            if r.get("date") is None or r.get("title") is None:
                infos.append(f"{gf.name}: report title/date null: {r.get('title')!r} {r.get('date')!r}")
            if r.get("title") and norm(r["title"]) not in ntext:
                err(f"report.title does not occur in text")
            org_forms = {norm(x) for o in g.get("organizations", []) for x in [o["name"], *o["aliases"]]}
            if r.get("publisher") and norm(r["publisher"]) not in org_forms:
                err(f"report.publisher {r['publisher']!r} is not among the organizations")
        # entities
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            seen = {}
            for e in items:
                keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != keys:
                    err(f"{kind} entry keys {sorted(e)} != {sorted(keys)}: {e.get('name')}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    err(f"{kind}: empty name")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind}: aliases of {e['name']} not a list of strings")
                if e["type"] not in types:
                    err(f"{kind}: {e['name']}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{e['name']}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not DOCNUM.match(dn):
                            err(f"{e['name']}: doc_number {dn!r} not normalised")
                        else:
                            yr, no = re.search(r"〔(\d{4})〕(\d+)", dn).groups()
                            if not re.search(yr + r".{0,2}" + no, ntext):
                                err(f"{e['name']}: doc_number {dn!r} not found in text")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{e['name']}: issuer not a string")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    key = norm(f)
                    if key in seen and seen[key] != e["name"]:
                        err(f"{kind}: form {f!r} used by both {seen[key]!r} and {e['name']!r}")
                    seen.setdefault(key, e["name"])
                present = [f for f in forms if norm(f) in ntext]
                if not present:
                    err(f"{kind}: no form of {e['name']!r} occurs in the text")
                elif norm(e["name"]) not in ntext:
                    infos.append(f"{gf.name}: {kind}: canonical {e['name']!r} resolved; occurs as {present}")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        infos.append(f"{gf.name}: {kind}: alias {a!r} of {e['name']!r} is an extra accepted form (not in text)")
        if verbose:
            print(f"{gf.name}: ok-checked ({enc}, {len(plain)} chars)")
    if verbose:
        for i in infos:
            print("INFO", i)
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
