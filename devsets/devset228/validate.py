#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py            (run from anywhere; paths are relative to this file)

Checks: JSON loads; top-level keys; report fields (title may be null; publisher, region,
year, date filled, date YYYY-MM-DD); entity keys and enumerated types / relations;
doc_number normalised to 机关代字〔年份〕序号号; every entity has its name or at least one
alias occurring in the text (after removing title marks and whitespace); aliases that do
not occur are reported; no normalised name/alias shared by two entities of the same kind;
publisher is one of the organizations; text length 1,500-5,000 characters.
Exit status 1 if any error.
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
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
STRIP = re.compile(r"[\s《》〈〉<>\u3000]")

# scorer normalisation (copied from score.py) to detect alias collisions
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip(text):
    return STRIP.sub("", text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def check(gf, errors, notes):
    def err(msg):
        errors.append(f"{gf.name}: {msg}")
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        err(f"JSON does not load: {exc}")
        return
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        err(f"top-level keys {sorted(g)}")
        return
    if g["doc"][:-4] != gf.stem or not g["doc"].endswith(".txt"):
        err(f"doc {g['doc']!r} does not match file name")
    tp = DOCS / g["doc"]
    if not tp.exists():
        err(f"text {tp} missing")
        return
    text = read_text(tp)
    n = len(text)
    if not 1500 <= n <= 5000:
        err(f"text length {n} outside 1,500-5,000")
    flat = strip(text)
    rep = g["report"]
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {sorted(rep)}")
    else:
        for f in ("publisher", "region", "year"):
            if not rep[f]:
                err(f"report.{f} empty")
        if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
            err(f"report.year {rep['year']!r}")
        if rep["date"] is None:
            notes.append(f"{gf.name}: report.date is null")
        elif not re.fullmatch(r"20\d\d-\d\d-\d\d", str(rep["date"])):
            err(f"report.date {rep['date']!r}")
        if rep["title"] is not None and strip(rep["title"]) not in flat:
            err(f"title does not occur in text: {rep['title']}")
        orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
        if rep["publisher"] and norm(rep["publisher"]) not in orgnames:
            err(f"publisher {rep['publisher']!r} is not among the organizations")
    specs = {
        "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
        "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
        "measures": ({"name", "aliases", "type"}, MEA_TYPES),
    }
    for kind, (keys, types) in specs.items():
        if not isinstance(g[kind], list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in g[kind]:
            if set(e) != keys:
                err(f"{kind} {e.get('name')!r}: keys {sorted(e)}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                err(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                err(f"{kind} {e['name']}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                err(f"{kind} {e['name']}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{kind} {e['name']}: bad relation {e['relation']!r}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    err(f"{kind} {e['name']}: doc_number not normalised: {e['doc_number']!r}")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    err(f"{kind} {e['name']}: issuer must be string or null")
            forms = [e["name"], *e["aliases"]]
            occurring = [f for f in forms if strip(f) in flat]
            if not occurring:
                err(f"{kind} {e['name']}: neither name nor any alias occurs in the text")
            else:
                if strip(e["name"]) not in flat:
                    notes.append(f"{gf.name}: {kind} canonical not in text (resolved): {e['name']}  <- {occurring[0]}")
                for a in e["aliases"]:
                    if strip(a) not in flat:
                        err(f"{kind} {e['name']}: alias does not occur: {a!r}")
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    err(f"{kind}: form {f!r} shared by {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])


def main():
    errors, notes = [], []
    files = sorted(GOLD.glob("*.json"))
    txts = sorted(p.stem for p in DOCS.glob("*.txt"))
    if sorted(p.stem for p in files) != txts:
        errors.append(f"docs and gold do not pair up: {txts} vs {[p.stem for p in files]}")
    for gf in files:
        check(gf, errors, notes)
    verbose = "-v" in sys.argv
    if verbose:
        for n in notes:
            print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(notes)} notes (-v to list)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
