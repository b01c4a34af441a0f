#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

Checks: JSON loads; keys and value types; enumerated types/relations; doc_number shape;
report fields filled; every entity has its name or one of its aliases in the text
(compared after removing 《》〈〉<> quotes and all whitespace, so PDF line breaks inside a
name do not matter); duplicates of a name/alias inside one kind; 'doc' names an existing file.
Exit status 1 if any error.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』")
DOCNO = re.compile(r"^.+〔(19|20)\d\d〕\d+号$")


def squash(text):
    return "".join(c for c in text if c not in DROP and not c.isspace())


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError(f"cannot decode {path}")


def check(gf, errors, notes):
    def err(msg):
        errors.append(f"{gf.name}: {msg}")
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        err(f"top-level keys {sorted(g)}")
        return
    txt_path = HERE / "docs" / g["doc"]
    if g["doc"] != gf.stem + ".txt" or not txt_path.exists():
        err(f"doc {g['doc']!r} does not name docs/{gf.stem}.txt")
        return
    text = squash(read_text(txt_path))
    rep = g["report"]
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            err(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
        err(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", rep["date"]):
        err(f"report.date {rep['date']!r}")
    if rep.get("title") is not None and squash(rep["title"]) not in text:
        err(f"report.title not in text: {rep['title']}")
    org_names = {o["name"] for o in g["organizations"]}
    if rep.get("publisher") not in org_names:
        err(f"publisher {rep.get('publisher')!r} not among organizations")
    spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
            "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
            "measures": ({"name", "aliases", "type"}, MEA_TYPES)}
    for kind, (keys, types) in spec.items():
        if not isinstance(g[kind], list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in g[kind]:
            if set(e) != keys:
                err(f"{kind} {e.get('name')!r}: keys {sorted(e)}")
                continue
            if not isinstance(e["name"], str) or not e["name"]:
                err(f"{kind}: bad name {e['name']!r}")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                err(f"{kind} {e['name']}: aliases must be a list of strings")
                continue
            if e["type"] not in types:
                err(f"{kind} {e['name']}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{e['name']}: relation {e['relation']!r}")
                if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                    err(f"{e['name']}: doc_number not normalised {e['doc_number']!r}")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    err(f"{e['name']}: issuer {e['issuer']!r}")
            forms = [e["name"], *e["aliases"]]
            for f in forms:
                k = squash(f)
                if k in seen and seen[k] != e["name"]:
                    err(f"{kind}: form {f!r} used by both {seen[k]!r} and {e['name']!r}")
                seen[k] = e["name"]
            present = [f for f in forms if squash(f) in text]
            if not present:
                err(f"{kind} {e['name']}: neither name nor any alias occurs in the text")
            elif squash(e["name"]) not in text:
                notes.append(f"{gf.name}: {kind} {e['name']} (resolved; found as {present[0]})")
            for a in e["aliases"]:
                if squash(a) not in text:
                    err(f"{kind} {e['name']}: alias {a!r} not in text")
        if kind == "regulations":
            for e in g[kind]:
                if e.get("issuer"):
                    for part in e["issuer"].split():
                        if part not in org_names:
                            notes.append(f"{gf.name}: issuer {part!r} of {e['name']} is not a gold organization")


def main():
    gold = sorted((HERE / "gold").glob("*.json"))
    docs = sorted((HERE / "docs").glob("*.txt"))
    errors, notes = [], []
    if len(gold) != len(docs):
        errors.append(f"{len(gold)} gold files but {len(docs)} docs")
    for d in docs:
        n = len(read_text(d))
        if not 1500 <= n <= 5000:
            errors.append(f"{d.name}: length {n} outside 1500-5000")
    for gf in gold:
        check(gf, errors, notes)
    verbose = "-v" in sys.argv
    if verbose:
        for n in notes:
            print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(gold)} gold files, {len(errors)} errors, {len(notes)} notes (resolved names / issuers; -v to list)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
