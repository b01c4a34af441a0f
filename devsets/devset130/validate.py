#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py            (run from anywhere; uses the directory of this file)

Checks, per gold file:
  * JSON loads; top-level keys doc/report/regulations/organizations/measures; `doc` names an
    existing docs/*.txt file and matches the gold file name;
  * report fields: publisher, region, year (int), date (YYYY-MM-DD) present and typed
    (title and date may be null, but a null is reported as a note);
  * every entity has the right keys and value types; type and relation are in the
    ANNOTATION.md vocabularies; doc_number looks like 机关代字〔年份〕序号号 (or a 政府令 number);
  * the name or one alias of every entity occurs in the text (both sides normalised as the
    scorer does: NFKC, whitespace / title marks / quotes dropped, brackets and dashes unified);
    canonical names that do not occur themselves but occur through an alias are listed as notes;
  * no normalised name/alias is shared by two entities of the same kind in one document;
  * a non-null issuer resolves to an organization of the same document (warning otherwise);
  * the publisher is one of the document's organizations.
Exit status 1 if there is any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


DOCNUM = re.compile(r"^(\S+〔(19|20)\d\d〕\d+号|\S+令第\d+号)$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def check(gf):
    errs, warns, notes = [], [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], [], []
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(g) != keys:
        errs.append(f"top-level keys {sorted(g)} != {sorted(keys)}")
        return errs, warns, notes
    if g["doc"] != gf.stem + ".txt":
        errs.append(f"doc {g['doc']!r} does not match file name")
    tp = DOCS / g["doc"]
    if not tp.exists():
        errs.append(f"text {tp} missing")
        return errs, warns, notes
    text = read_text(tp)
    ntext = norm(text)
    n = len(re.sub(r"\s", "", text))
    if not 1500 <= len(text) <= 5000:
        warns.append(f"text length {len(text)} chars (non-space {n}) outside 1500-5000")
    rep = g["report"]
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                errs.append(f"report.{f} empty")
        if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
            errs.append(f"report.year {rep['year']!r}")
        if rep["date"] is None:
            notes.append("report.date is null")
        elif not DATE.match(rep["date"]):
            errs.append(f"report.date {rep['date']!r}")
        if rep["title"] is None:
            notes.append("report.title is null")
        elif norm(rep["title"]) not in ntext:
            warns.append(f"report.title not in text: {rep['title']}")
    orgnames = set()
    for o in g["organizations"]:
        for a in [o.get("name"), *o.get("aliases", [])]:
            if a:
                orgnames.add(norm(a))
    if isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in orgnames:
        errs.append(f"publisher {rep['publisher']} is not an organization of the document")
    spec = {
        "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
        "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
        "measures": ({"name", "aliases", "type"}, MEASURE_TYPES),
    }
    for kind, (fields, types) in spec.items():
        seen = {}
        if not isinstance(g[kind], list):
            errs.append(f"{kind} is not a list")
            continue
        for e in g[kind]:
            if not isinstance(e, dict) or set(e) != fields:
                errs.append(f"{kind}: bad entity fields {e!r}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errs.append(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                errs.append(f"{kind}: {name}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"{kind}: {name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None:
                    if not isinstance(dn, str) or not DOCNUM.match(dn):
                        errs.append(f"{kind}: {name}: doc_number {dn!r} not normalised")
                    elif norm(dn) not in ntext:
                        warns.append(f"{kind}: {name}: doc_number {dn} not in text (repaired?)")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str):
                        errs.append(f"{kind}: {name}: issuer not a string")
                    else:
                        for part in re.split(r"[ 、，]+", iss.strip()):
                            if norm(part) not in orgnames:
                                warns.append(f"{kind}: {name}: issuer part {part} is not an organization of the document")
            forms = [name, *e["aliases"]]
            for a in forms:
                k = norm(a)
                if k in seen and seen[k] != name:
                    errs.append(f"{kind}: {a!r} shared by {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            if len({norm(a) for a in forms}) != len(forms):
                notes.append(f"{kind}: {name}: an alias normalises to the name or to another alias")
            hits = [a for a in forms if norm(a) in ntext]
            if not hits:
                errs.append(f"{kind}: {name}: neither name nor any alias occurs in the text")
            elif norm(name) not in ntext:
                notes.append(f"{kind}: resolved name not in text (alias does): {name} <- {hits[0]}")
    return errs, warns, notes


def main():
    files = sorted(GOLD.glob("*.json"))
    texts = sorted(DOCS.glob("*.txt"))
    total_err = 0
    if len(files) != len(texts):
        print(f"ERROR: {len(texts)} texts but {len(files)} gold files")
        total_err += 1
    verbose = "-v" in sys.argv
    for gf in files:
        errs, warns, notes = check(gf)
        total_err += len(errs)
        print(f"{gf.name}: {len(errs)} errors, {len(warns)} warnings, {len(notes)} notes")
        for m in errs:
            print("  ERROR", m)
        for m in warns:
            print("  WARN ", m)
        if verbose:
            for m in notes:
                print("  note ", m)
    print("OK" if total_err == 0 else f"{total_err} errors")
    sys.exit(1 if total_err else 0)


if __name__ == "__main__":
    main()
