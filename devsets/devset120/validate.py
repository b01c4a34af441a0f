#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md conventions.

usage: python3 validate.py            (run from anywhere; paths are relative to this file)

Checks per gold file: JSON loads; keys and value types; enumerated types/relations; report
fields filled (publisher, region, year; date well-formed or null; publisher is one of the
gold organizations); doc_number shape; no duplicate names/aliases inside one kind; every
entity's canonical name or at least one alias occurs in the text (after HTML-unescaping and
removing whitespace, title marks, quotation marks and PDF page footers, NFKC); every 《…》/〈…〉 title in the
text is covered by a regulation; text length 1500–5000 characters.
Exit status 1 if any ERROR was printed. Canonical names that do not occur but have an
occurring alias are listed as INFO (expected for resolved names).
"""
import html, json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(s):
    s = unicodedata.normalize("NFKC", html.unescape(str(s)))
    return "".join(_MAP.get(c, c) for c in s if c not in _DROP and not c.isspace())


def titles(text):
    """All 《…》 and 〈…〉 spans, nested ones included."""
    out, stack = [], []
    for i, c in enumerate(text):
        if c in "《〈":
            stack.append(i)
        elif c in "》〉" and stack:
            j = stack.pop()
            out.append(text[j + 1:i])
    return out


def main():
    errors = warnings = 0
    def err(f, msg):
        nonlocal errors; errors += 1; print(f"ERROR {f}: {msg}")
    def warn(f, msg):
        nonlocal warnings; warnings += 1; print(f"WARN  {f}: {msg}")
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        f = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            err(f, f"JSON does not load: {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f, f"top-level keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            err(f, f"doc field {g.get('doc')!r} != {gf.stem}.txt")
        tf = DOCS / str(g.get("doc"))
        if not tf.exists():
            err(f, f"text {tf} missing"); continue
        raw = tf.read_text(encoding="utf-8")
        if not 1500 <= len(raw) <= 5000:
            err(f, f"text length {len(raw)} outside 1500-5000")
        # PDF page footers ("— 3 —") may fall inside a title; drop them before matching
        clean = re.sub(r"(?m)^[ \t]*[—-][ \t]*\d+[ \t]*[—-][ \t]*$", "", raw)
        text = norm(clean)
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f, f"report keys {sorted(rep)}")
        for k in ("publisher", "region"):
            if not isinstance(rep.get(k), str) or not rep.get(k):
                err(f, f"report.{k} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f, f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            err(f, f"report.date {rep.get('date')!r}")
        if rep.get("title") is not None and norm(rep["title"]) not in text:
            err(f, f"report.title does not occur in text")
        orgnames = {norm(n) for o in g.get("organizations", []) for n in [o.get("name", ""), *o.get("aliases", [])]}
        if norm(rep.get("publisher", "")) not in orgnames:
            err(f, "publisher is not among the gold organizations")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                err(f, f"{kind} is not a list"); continue
            seen = {}
            for e in items:
                keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != keys:
                    err(f, f"{kind} entry keys {sorted(e)} for {e.get('name')!r}")
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    err(f, f"{kind}: empty name"); continue
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f, f"{kind}: aliases of {name!r} not a list of strings")
                if e.get("type") not in types:
                    err(f, f"{kind}: type {e.get('type')!r} of {name!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        err(f, f"relation {e.get('relation')!r} of {name!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not re.fullmatch(r"\S+〔\d{4}〕\d+号", dn):
                        if re.fullmatch(r"\S+令第\d+号", dn):
                            warn(f, f"doc_number {dn!r} of {name!r} is an order number (kept as written)")
                        else:
                            err(f, f"doc_number {dn!r} of {name!r} not normalised")
                    if e.get("issuer") is not None and not isinstance(e["issuer"], str):
                        err(f, f"issuer of {name!r}")
                for n in [name, *e.get("aliases", [])]:
                    k = norm(n)
                    if k in seen and seen[k] != name:
                        err(f, f"{kind}: {n!r} listed under both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                forms = [name, *e.get("aliases", [])]
                occurring = [x for x in forms if norm(x) in text]
                if not occurring:
                    err(f, f"{kind}: neither {name!r} nor any alias occurs in the text")
                elif norm(name) not in text:
                    print(f"INFO  {f}: {kind}: canonical {name!r} resolved; occurs as {occurring[0]!r}")
                for a in e.get("aliases", []):
                    if norm(a) not in text:
                        print(f"INFO  {f}: {kind}: alias {a!r} of {name!r} is an accepted form not in the text")
        regforms = {norm(n) for r in g.get("regulations", []) for n in [r["name"], *r.get("aliases", [])]}
        for t in titles(html.unescape(clean)):
            if norm(t) not in regforms:
                err(f, f"title 《{t}》 in text not covered by any regulation")
    print(f"{len(files)} gold files, {errors} errors, {warnings} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
