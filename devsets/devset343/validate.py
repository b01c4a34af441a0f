#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file and matches the gold file name;
  * report has title/publisher/region/year/date; publisher, region, year filled; year int in
    2015..2025; date null or YYYY-MM-DD; publisher is one of the gold organizations (name or alias);
  * every entity has the right keys and value types, an allowed `type`, and (regulations) an
    allowed `relation`; doc_number, if given, has the normalised form 代字〔YYYY〕N号;
  * no duplicate normalised names/aliases within one kind of one document;
  * every entity name or one of its aliases occurs in the text, after removing 《》〈〉<> and
    whitespace from both (PDF line breaks); a canonical name that does not occur is fine when
    an alias occurs. Entities for which nothing occurs are errors.
Exits 1 on any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
KEYS = ["doc", "report", "regulations", "organizations", "measures"]
REPORT_KEYS = ["title", "publisher", "region", "year", "date"]
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
_STRIP = set("《》〈〉<> \t\r\n\u3000")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def strip(s):
    return "".join(c for c in s if c not in _STRIP)


def norm(s):  # the scorer's normalisation
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(_MAP.get(c, c) for c in s if c not in _DROP)


def check(gf, errors, warnings):
    def err(msg):
        errors.append(f"{gf.name}: {msg}")
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:
        err(f"JSON does not load: {exc}")
        return
    if list(g.keys()) != KEYS:
        err(f"top-level keys {list(g.keys())} != {KEYS}")
    doc = g.get("doc")
    if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
        err(f"doc {doc!r} does not match file name")
        return
    tp = ROOT / "docs" / doc
    if not tp.exists():
        err(f"text {tp} missing")
        return
    raw = tp.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
        warnings.append(f"{gf.name}: text is not UTF-8 (decoded as GB18030)")
    n = len(text)
    if not 1500 <= n <= 5000:
        warnings.append(f"{gf.name}: text length {n} outside 1500-5000")
    stext, ntext = strip(text), norm(text)
    rep = g.get("report")
    if not isinstance(rep, dict) or list(rep.keys()) != REPORT_KEYS:
        err(f"report keys {list(rep.keys()) if isinstance(rep, dict) else rep} != {REPORT_KEYS}")
    else:
        for k in ("publisher", "region"):
            if not isinstance(rep[k], str) or not rep[k]:
                err(f"report.{k} empty")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep['year']!r} not an int in 2015..2025")
        if rep["date"] is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", str(rep["date"])):
            err(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep["title"] is not None:
            if not isinstance(rep["title"], str) or strip(rep["title"]) not in stext:
                warnings.append(f"{gf.name}: report.title not found verbatim in text")
        orgs = {norm(a) for o in g.get("organizations", []) for a in [o["name"], *o["aliases"]]}
        if norm(rep.get("publisher") or "") not in orgs:
            err(f"publisher {rep.get('publisher')!r} is not among the gold organizations")
    for kind, allowed in TYPES.items():
        items = g.get(kind)
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            keys = ["name", "aliases", "type"] + (["doc_number", "issuer", "relation"] if kind == "regulations" else [])
            if not isinstance(e, dict) or list(e.keys()) != keys:
                err(f"{kind}: bad entity keys {e}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                err(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in allowed:
                err(f"{kind}: {name}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{kind}: {name}: relation {e['relation']!r} not allowed")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    err(f"{kind}: {name}: doc_number {e['doc_number']!r} not normalised")
                if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"]):
                    err(f"{kind}: {name}: issuer must be null or a non-empty string")
            for a in [name, *e["aliases"]]:
                k = norm(a)
                if k in seen and seen[k] != name:
                    err(f"{kind}: {a!r} of {name!r} collides with {seen[k]!r}")
                elif a != name and k == norm(name) and a in e["aliases"] and False:
                    pass
                seen.setdefault(k, name)
            forms = [name, *e["aliases"]]
            if any(strip(f) in stext for f in forms):
                continue
            if any(norm(f) in ntext for f in forms):
                warnings.append(f"{gf.name}: {kind}: {name}: occurs only after full normalisation")
                continue
            err(f"{kind}: {name}: neither the name nor an alias occurs in the text")
    return g


def main():
    errors, warnings = [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted(p.name for p in (ROOT / "docs").glob("*.txt"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        check(gf, errors, warnings)
    golds = {gf.stem + ".txt" for gf in files}
    for d in docs:
        if d not in golds:
            errors.append(f"docs/{d}: no gold file")
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
