#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]

Checks, per gold file: JSON loads; keys and value types; entity types / relations in the
allowed sets; doc_number normalised as 代字〔年份〕序号号; report fields filled (publisher,
region, year; title and date may be null but are listed); the publisher is one of the gold
organizations; no two entities of one kind share a (normalised) name or alias; and every gold
entity's name or one of its aliases occurs in the text.  Occurrence is tested on normalised
strings: HTML entities decoded, Unicode NFKC, whitespace/line breaks, quotation and title marks
removed, brackets and dashes unified (the scorer's normalisation).  Canonical names that do not
occur (resolved names) are fine when an alias occurs; they are listed as INFO.  Aliases that do
not occur are WARNings (they may be accepted variants), names+aliases that never occur are ERRORs.
Exit status 1 if there is any ERROR.
"""
import html, json, re, sys, unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•\u00a0")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def norm(text):
    text = unicodedata.normalize("NFKC", html.unescape(str(text)))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def main():
    base = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
    errors = warnings = 0
    gold_files = sorted((base / "gold").glob("*.json"))
    docs = sorted((base / "docs").glob("*.txt"))
    if len(gold_files) != len(docs):
        print(f"ERROR {len(docs)} docs but {len(gold_files)} gold files"); errors += 1

    def err(f, msg):
        nonlocal errors; errors += 1; print(f"ERROR {f}: {msg}")

    def warn(f, msg):
        nonlocal warnings; warnings += 1; print(f"WARN  {f}: {msg}")

    for gf in gold_files:
        f = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f, f"JSON: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f, f"top-level keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            err(f, f"doc field {g.get('doc')!r} != {gf.stem}.txt")
        tp = base / "docs" / str(g.get("doc"))
        if not tp.exists():
            err(f, f"text {tp} missing"); continue
        raw = tp.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030"); print(f"INFO  {f}: text is not UTF-8 (decoded as GB18030)")
        n_chars = len(text)
        if not 1500 <= n_chars <= 5000:
            warn(f, f"text length {n_chars} outside 1500-5000")
        T = norm(text)
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f, f"report keys {sorted(rep)}")
        for k in ("publisher", "region"):
            if not isinstance(rep.get(k), str) or not rep.get(k):
                err(f, f"report.{k} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f, f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            err(f, f"report.date {rep.get('date')!r}")
        if rep.get("title") is not None and norm(rep["title"]) not in T:
            warn(f, f"report.title does not occur: {rep['title']}")
        for k in ("title", "date"):
            if rep.get(k) is None:
                print(f"INFO  {f}: report.{k} is null")
        org_forms = {}
        for o in g.get("organizations", []):
            for a in [o.get("name"), *o.get("aliases", [])]:
                org_forms[norm(a)] = o.get("name")
        if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            err(f, f"publisher {rep['publisher']} is not a gold organization")
        for kind, types, fields in (("regulations", REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
                                    ("organizations", ORG_TYPES, ("name", "aliases", "type")),
                                    ("measures", MEA_TYPES, ("name", "aliases", "type"))):
            items = g.get(kind)
            if not isinstance(items, list):
                err(f, f"{kind} not a list"); continue
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != set(fields):
                    err(f, f"{kind} entry keys: {e}"); continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f, f"{kind} empty name"); continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f, f"{kind} {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    err(f, f"{kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f, f"{name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not DOCNO.match(dn):
                            err(f, f"{name}: doc_number not normalised: {dn!r}")
                        elif norm(dn) not in T:
                            warn(f, f"{name}: doc_number {dn} not found verbatim (repaired?)")
                    iss = e["issuer"]
                    if iss is not None:
                        parts = iss.split()
                        if not all(norm(p) in org_forms for p in parts):
                            warn(f, f"{name}: issuer {iss!r} is not (all) gold organizations")
                forms = [name, *e["aliases"]]
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != name:
                        err(f, f"{kind}: form {a!r} used by both {seen[k]!r} and {name!r}")
                    seen[k] = name
                hits = [a for a in forms if norm(a) in T]
                if not hits:
                    err(f, f"{kind}: neither name nor any alias occurs: {name}")
                    continue
                if norm(name) not in T:
                    print(f"INFO  {f}: {kind} resolved name not in text: {name}  (via {hits[0]})")
                for a in e["aliases"]:
                    if norm(a) not in T:
                        warn(f, f"{kind} {name}: alias does not occur: {a}")
    print(f"{len(gold_files)} gold files, {errors} errors, {warnings} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
