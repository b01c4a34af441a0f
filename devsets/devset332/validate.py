#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py            (from anywhere; uses the directory of this file)

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc/report/regulations/organizations/measures;
  * report has title/publisher/region/year/date with the right types, publisher/region/year
    filled, date in YYYY-MM-DD, publisher is one of the gold organizations (name or alias);
  * every entity has the right fields and types, type/relation in the allowed sets,
    doc_number normalised (机关代字〔年份〕序号号, or a 令 number such as …令第222号);
  * the doc exists (UTF-8, or GB18030 for a document deliberately stored in another encoding)
    and is 1,500–5,000 characters;
  * every entity's name or one of its aliases occurs in the text after normalisation
    (NFKC; whitespace, line breaks, quotation and title marks removed; brackets and commas
    unified — the scorer's normalisation).  Canonical names that do not occur but have an
    alias that does are listed as "resolved" (fine); entities with no occurring form are errors;
  * no normalised alias is shared by two entities of the same kind in one document.
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$|^\S+令第\d+号$")
PAGE_FOOTER = re.compile(r"^\s*(?:[—－-]\s*\d+\s*[—－-]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)\s*$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_doc(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def check(gf, errors, notes):
    def err(msg):
        errors.append(f"{gf.name}: {msg}")
    try:
        gold = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return
    keys = set(gold)
    if keys != {"doc", "report", "regulations", "organizations", "measures"}:
        err(f"top-level keys {sorted(keys)}")
        return
    if gold["doc"] != gf.stem + ".txt":
        err(f"doc {gold['doc']!r} does not match file name")
    docp = ROOT / "docs" / gold["doc"]
    if not docp.exists():
        err("document file missing")
        return
    text, enc = read_doc(docp)
    if enc != "utf-8":
        notes.append(f"{gf.name}: document is stored as {enc}")
    n = len(text)
    if not 1500 <= n <= 5000:
        err(f"document has {n} characters (want 1500-5000)")
    ntext = norm(text)
    # PDF page furniture (page-number footers, running headers after a form feed) can split a
    # title; such an entity counts as occurring if it occurs once the furniture is removed.
    ptext = norm("\n".join(l for l in text.split("\n")
                           if not PAGE_FOOTER.match(l) and not l.startswith("\f")))

    rep = gold["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                err(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
            err("report.year not an int year")
        if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            err(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep["date"] is None:
            notes.append(f"{gf.name}: report.date is null")
        if rep["title"] is not None:
            if not isinstance(rep["title"], str) or norm(rep["title"]) not in ntext:
                err(f"report.title {rep['title']!r} not in text")
        else:
            notes.append(f"{gf.name}: report.title is null")

    kinds = {"regulations": (REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
             "organizations": (ORG_TYPES, ("name", "aliases", "type")),
             "measures": (MEA_TYPES, ("name", "aliases", "type"))}
    for kind, (types, fields) in kinds.items():
        items = gold[kind]
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != set(fields):
                err(f"{kind}: bad fields {e}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                err(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                err(f"{kind}: {name}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{kind}: {name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and (not isinstance(dn, str) or not DOCNO.match(dn)):
                    err(f"{kind}: {name}: doc_number {dn!r} not normalised")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    err(f"{kind}: {name}: issuer must be str or null")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    err(f"{kind}: form {f!r} used by both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            occurring = [f for f in forms if norm(f) in ntext]
            if not occurring:
                broken = [f for f in forms if norm(f) in ptext]
                if broken:
                    notes.append(f"{gf.name}: {kind}: {name!r} occurs only across a PDF page break")
                    continue
                err(f"{kind}: {name}: neither name nor any alias occurs in the text")
            elif norm(name) not in ntext:
                notes.append(f"{gf.name}: {kind}: resolved name {name!r} (occurs as {occurring[0]!r})")
            for a in e["aliases"]:
                if norm(a) not in ntext:
                    notes.append(f"{gf.name}: {kind}: alias {a!r} of {name!r} not in text (accepted variant)")
    if isinstance(rep, dict) and isinstance(rep.get("publisher"), str):
        forms = {norm(f) for o in gold["organizations"] if isinstance(o, dict)
                 for f in [o.get("name", ""), *o.get("aliases", [])]}
        if norm(rep["publisher"]) not in forms:
            err(f"report.publisher {rep['publisher']!r} is not a gold organization")


def main():
    errors, notes = [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    docs = {p.stem for p in (ROOT / "docs").glob("*.txt")}
    for p in docs - {f.stem for f in files}:
        errors.append(f"{p}.txt: no gold file")
    for gf in files:
        check(gf, errors, notes)
    verbose = "-v" in sys.argv
    if verbose:
        for n in notes:
            print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(notes)} notes"
          + ("" if verbose else " (-v to list notes)"))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
