#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py            (from anywhere; paths are relative to this file)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ (decoded as UTF-8, else Big5, else GB18030);
  * report: title (str|null), publisher (str, one of the gold organizations), region (str),
    year (int 2015-2025), date (YYYY-MM-DD|null);
  * every entity has the right fields and types; `type` / `relation` from the allowed sets;
    doc_number normalised (`…〔YYYY〕N号` or `…令第N号`) or null; issuer str|null;
  * every entity's name or at least one alias occurs in the text, compared after
    HTML-unescaping the text, NFKC on both sides, and removing 《》〈〉 and whitespace;
  * no normalised alias points at two different entities of the same kind.
Errors make the exit status 1. Informational notes list canonical names that do not occur
literally (resolved names, found through an alias) and aliases that do not occur.
"""
import html
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
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$|^\S+令第\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DROP = set("《》〈〉<>")


def clean(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if not c.isspace() and c not in DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "big5", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise ValueError(f"cannot decode {path}")


def main():
    errors, notes = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    if len(golds) != len(docs):
        errors.append(f"{len(golds)} gold files but {len(docs)} docs")
    for gf in golds:
        E = lambda m: errors.append(f"{gf.name}: {m}")
        N = lambda m: notes.append(f"{gf.name}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            E(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            E(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            E(f"doc {g['doc']!r} does not match file name")
        tp = ROOT / "docs" / g["doc"]
        if not tp.exists():
            E("text file missing")
            continue
        text, enc = read_text(tp)
        n_chars = len(text)
        if not 1500 <= n_chars <= 5000:
            E(f"text length {n_chars} outside 1500-5000")
        hay = clean(html.unescape(text))
        # report
        r = g["report"]
        if set(r) != {"title", "publisher", "region", "year", "date"}:
            E(f"report keys {sorted(r)}")
        if r.get("title") is not None and not isinstance(r["title"], str):
            E("report.title not str/null")
        if r.get("title") is None:
            N("report.title is null")
        for f in ("publisher", "region"):
            if not isinstance(r.get(f), str) or not r[f]:
                E(f"report.{f} not filled")
        if not isinstance(r.get("year"), int) or not 2015 <= r["year"] <= 2025:
            E(f"report.year {r.get('year')!r}")
        if r.get("date") is None:
            N("report.date is null")
        elif not DATE.match(str(r["date"])):
            E(f"report.date {r['date']!r}")
        if r.get("title") and clean(r["title"]) not in hay:
            E(f"report.title does not occur: {r['title']}")
        org_names = {o["name"] for o in g["organizations"]}
        if r.get("publisher") not in org_names:
            E(f"publisher {r.get('publisher')!r} is not a gold organization")
        # entities
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            seen = {}
            for e in g[kind]:
                if set(e) != keys:
                    E(f"{kind} {e.get('name')!r}: keys {sorted(e)}")
                    continue
                if not isinstance(e["name"], str) or not e["name"]:
                    E(f"{kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    E(f"{kind} {e['name']}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    E(f"{kind} {e['name']}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        E(f"{e['name']}: relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        E(f"{e['name']}: doc_number not normalised: {e['doc_number']!r}")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        E(f"{e['name']}: issuer not str/null")
                forms = [e["name"]] + e["aliases"]
                for f in forms:
                    k = clean(f)
                    if k in seen and seen[k] != e["name"]:
                        E(f"{kind}: form {f!r} belongs to both {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
                found = [f for f in forms if clean(f) in hay]
                if not found:
                    E(f"{kind} {e['name']!r}: neither name nor any alias occurs in the text")
                    continue
                if clean(e["name"]) not in hay:
                    N(f"{kind} canonical not in text (resolved; found via alias {found[0]!r}): {e['name']}")
                for a in e["aliases"]:
                    if clean(a) not in hay:
                        N(f"{kind} {e['name']}: alias not in text (accepted form): {a!r}")
        print(f"{gf.name}: {enc}, {n_chars} chars, {len(g['regulations'])} regulations, "
              f"{len(g['organizations'])} organizations, {len(g['measures'])} measures")
    if "-v" in sys.argv or "--notes" in sys.argv:
        for n in notes:
            print("NOTE", n)
    else:
        print(f"{len(notes)} notes (run with -v to list)")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
