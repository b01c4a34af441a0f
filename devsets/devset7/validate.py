#!/usr/bin/env python3
"""Validate the devset7 gold files against ANNOTATION.md and the document texts.

usage: python3 validate.py            (run from anywhere; paths are relative to this file)

Checks per gold file: JSON loads; keys and types are valid; doc file exists and decodes
(UTF-8, else Big5/CP950 for the Big5 document); text length 1,500-5,000 characters;
every entity's name or one of its aliases (after removing 《》〈〉 and whitespace) occurs in
the text; no two entities of one kind share a normalised name/alias; report fields filled;
the publisher is one of the gold organizations (name or alias).
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
KINDS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# scorer-like normalisation, used for duplicate detection
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def snorm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def tnorm(text):
    """Normalisation for the occurs-in-text check: drop title marks and whitespace only."""
    return "".join(c for c in text if c not in "《》〈〉" and not c.isspace())


def qnorm(text):
    """As tnorm, and quotation marks dropped too (for the informational notes only)."""
    return "".join(c for c in tnorm(text) if c not in "“”‘’\"'「」")


def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp950"), "big5"


def main():
    errors, notes = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    if {g.stem for g in golds} != {d.stem for d in docs}:
        errors.append(f"docs/gold mismatch: {sorted({g.stem for g in golds} ^ {d.stem for d in docs})}")
    for gp in golds:
        E = lambda msg: errors.append(f"{gp.name}: {msg}")
        try:
            g = json.loads(gp.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            E(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            E(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gp.stem + ".txt":
            E(f"doc field {g['doc']!r} does not match file name")
        dp = ROOT / "docs" / g["doc"]
        if not dp.exists():
            E("document missing")
            continue
        text, enc = read_text(dp)
        if enc != "utf-8":
            notes.append(f"{gp.name}: document decoded as {enc}")
        n = len(text)
        if not 1500 <= n <= 5000:
            E(f"text length {n} outside 1500-5000")
        T = tnorm(text)
        TQ = qnorm(text)
        # report
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            E(f"report keys {sorted(rep)}")
        else:
            if rep["title"] is not None and (not isinstance(rep["title"], str) or tnorm(rep["title"]) not in T):
                E(f"report title not in text: {rep['title']!r}")
            if rep["title"] is None:
                notes.append(f"{gp.name}: report title null")
            for k in ("publisher", "region"):
                if not isinstance(rep[k], str) or not rep[k]:
                    E(f"report {k} not filled")
            if not isinstance(rep["year"], int) or not 2010 <= rep["year"] <= 2026:
                E(f"report year {rep['year']!r}")
            if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
                E(f"report date {rep['date']!r}")
            if rep["date"] is None:
                notes.append(f"{gp.name}: report date null")
        orgnames = set()
        for kind, types in KINDS.items():
            lst = g[kind]
            if not isinstance(lst, list):
                E(f"{kind} is not a list")
                continue
            seen = {}
            for e in lst:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    E(f"{kind} entity keys {sorted(e)}: {e.get('name')}")
                    continue
                name, aliases = e["name"], e["aliases"]
                if not isinstance(name, str) or not name.strip():
                    E(f"{kind}: empty name")
                    continue
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    E(f"{kind} {name}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    E(f"{kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        E(f"{name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                        E(f"{name}: doc_number not normalised: {dn!r}")
                    if e["issuer"] is not None and not (isinstance(e["issuer"], str) and e["issuer"].strip()):
                        E(f"{name}: bad issuer {e['issuer']!r}")
                forms = [name] + aliases
                if kind == "organizations":
                    orgnames.update(snorm(f) for f in forms)
                for f in forms:
                    k = snorm(f)
                    if k in seen and seen[k] != name:
                        E(f"{kind}: form {f!r} of {name!r} collides with {seen[k]!r}")
                    seen[k] = name
                occurring = [f for f in forms if tnorm(f) in T]
                if not occurring:
                    E(f"{kind} {name!r}: neither name nor any alias occurs in the text")
                elif tnorm(name) not in T and qnorm(name) not in TQ:
                    notes.append(f"{gp.name}: {kind} canonical {name!r} resolved (occurs as {occurring[0]!r})")
                for a in aliases:
                    if tnorm(a) not in T:
                        notes.append(f"{gp.name}: {kind} alias {a!r} of {name!r} not in text (accepted form)")
        if isinstance(rep.get("publisher"), str) and snorm(rep["publisher"]) not in orgnames:
            E(f"publisher {rep['publisher']!r} is not a gold organization")
    if "-v" in sys.argv:
        for n in notes:
            print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(notes)} notes (-v to show)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
