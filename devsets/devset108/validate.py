#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks, per gold file: JSON loads; top-level keys and report keys; field types and
allowed values (types, relations); doc_number format (机关代字〔年份〕序号号); no duplicate
names/aliases inside one entity kind; the report fields publisher/region/year are filled
(title/date may be null) and the publisher is one of the gold organizations; the document
exists and is 1,500-5,000 characters; and every entity's name or one of its aliases occurs
in the document text (compared as score.py compares names, after HTML-unescaping the text
and removing whitespace and title/quotation marks).

Exit status 1 if any ERROR. INFO lines list canonical names that do not occur literally but
are found through an alias (allowed: resolved names). WARN lines list aliases that do not occur.
"""
import html, json, re, sys, unicodedata
from pathlib import Path

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP and not c.isspace())

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

def read_doc(p):
    raw = p.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError("undecodable")

def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors = warns = 0
    def err(f, m):
        nonlocal errors; errors += 1; print(f"ERROR {f}: {m}")
    def warn(f, m):
        nonlocal warns; warns += 1; print(f"WARN  {f}: {m}")
    golds = sorted((base / "gold").glob("*.json"))
    docs = sorted((base / "docs").glob("*.txt"))
    if len(golds) != len(docs):
        err("*", f"{len(golds)} gold files but {len(docs)} docs")
    for gf in golds:
        f = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            err(f, f"JSON: {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f, f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            err(f, f"doc field {g['doc']!r} does not match file name")
        dp = base / "docs" / g["doc"]
        if not dp.exists():
            err(f, "document missing"); continue
        text = read_doc(dp)
        n = len(re.sub(r"\s", "", text))
        if not 1500 <= len(text) <= 5000:
            err(f, f"document length {len(text)} outside 1500-5000")
        hay = norm(html.unescape(text))
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f, f"report keys {sorted(rep)}")
        else:
            for k in ("publisher", "region"):
                if not isinstance(rep[k], str) or not rep[k]:
                    err(f, f"report.{k} not filled")
            if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
                err(f, f"report.year {rep['year']!r}")
            if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
                err(f, f"report.date {rep['date']!r}")
            if rep["title"] is not None and norm(rep["title"]) not in hay:
                warn(f, f"report.title not in text: {rep['title']}")
            orgnames = {norm(x) for o in g["organizations"] for x in [o["name"], *o["aliases"]]}
            if norm(rep["publisher"]) not in orgnames:
                err(f, f"publisher {rep['publisher']!r} is not a gold organization")
        spec = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEASURE_TYPES}
        for kind, types in spec.items():
            seen = {}
            if not isinstance(g[kind], list):
                err(f, f"{kind} not a list"); continue
            for e in g[kind]:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    err(f, f"{kind} {e.get('name')!r}: keys {sorted(e)}"); continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    err(f, f"{kind}: empty name"); continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f, f"{kind} {e['name']}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    err(f, f"{kind} {e['name']}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f, f"{e['name']}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not (isinstance(e["doc_number"], str) and DOCNUM.match(e["doc_number"])):
                        err(f, f"{e['name']}: doc_number {e['doc_number']!r} not normalised")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f, f"{e['name']}: issuer must be a string or null")
                    if e["doc_number"] is not None:
                        digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", e["doc_number"]))
                        if digits not in re.sub(r"\D", "", unicodedata.normalize("NFKC", html.unescape(text))):
                            warn(f, f"{e['name']}: digits of doc_number {e['doc_number']} not found in text")
                for x in [e["name"], *e["aliases"]]:
                    k = norm(x)
                    if k in seen and seen[k] != e["name"]:
                        err(f, f"{kind}: {x!r} is listed for both {seen[k]!r} and {e['name']!r}")
                    seen[k] = e["name"]
                names = [e["name"], *e["aliases"]]
                found = [x for x in names if norm(x) in hay]
                if not found:
                    err(f, f"{kind}: neither name nor any alias occurs: {e['name']}")
                    continue
                if e["name"] not in found:
                    print(f"INFO  {f}: {kind}: canonical {e['name']!r} resolved, found via {found[0]!r}")
                for a in e["aliases"]:
                    if a not in found:
                        warn(f, f"{kind} {e['name']}: alias {a!r} not in text")
    print(f"{len(golds)} gold files, {errors} errors, {warns} warnings")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
