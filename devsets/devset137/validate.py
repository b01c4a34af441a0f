#!/usr/bin/env python3
"""Validate devset137 gold files against ANNOTATION.md conventions and the texts.

Checks: JSON loads; top-level and report keys; field types and enums; doc_number form;
every entity has its name or an alias in the text (after NFKC, removing whitespace,
title marks and quotes, unifying brackets/dashes as score.py does); no two entities of one
kind share a normalised name/alias; publisher is among the organizations.
Exit status 1 if any error.  usage: python3 validate.py [DIR]
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError("cannot decode")


def main():
    errors, notes = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    if len(golds) != len(docs):
        errors.append(f"{len(docs)} docs but {len(golds)} gold files")
    for gp in golds:
        def err(msg):
            errors.append(f"{gp.name}: {msg}")
        try:
            g = json.loads(gp.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gp.stem + ".txt":
            err(f"doc field {g['doc']!r} does not match file name")
        tp = ROOT / "docs" / g["doc"]
        if not tp.exists():
            err("text file missing"); continue
        text = read_text(tp)
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500-5000")
        ntext = norm(text)
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        else:
            for k in ("publisher", "region"):
                if not isinstance(rep[k], str) or not rep[k]:
                    err(f"report.{k} not filled")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                err("report.year not an int in 2015-2025")
            if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
                err("report.date not YYYY-MM-DD")
            if rep["date"] is None:
                notes.append(f"{gp.name}: report.date is null")
            if rep["title"] is not None and norm(rep["title"]) not in ntext:
                err("report.title not in text")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEAS_TYPES)):
            if not isinstance(g[kind], list):
                err(f"{kind} not a list"); continue
            seen = {}
            for e in g[kind]:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    err(f"{kind}: {e.get('name')} keys {sorted(e)}"); continue
                if not isinstance(e["name"], str) or not e["name"]:
                    err(f"{kind}: empty name"); continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind}: {e['name']} aliases not a list of strings")
                if e["type"] not in types:
                    err(f"{kind}: {e['name']} bad type {e['type']}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{e['name']}: bad relation {e['relation']}")
                    dn = e["doc_number"]
                    if dn is not None and not re.fullmatch(r"[^〔〕\s]+〔(19|20)\d\d〕\d+号", dn):
                        err(f"{e['name']}: doc_number {dn!r} not normalised")
                    if dn is not None and not any(norm(dn) in ntext for _ in [0]):
                        notes.append(f"{gp.name}: doc_number {dn} normalised (as written differs)")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{e['name']}: issuer not a string")
                forms = [e["name"], *e["aliases"]]
                found = [f for f in forms if norm(f) in ntext]
                if not found:
                    err(f"{kind}: neither name nor any alias of {e['name']!r} occurs in the text")
                elif norm(e["name"]) not in ntext:
                    notes.append(f"{gp.name}: {kind} canonical {e['name']!r} resolved; text has {found[0]!r}")
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        err(f"{kind}: form {f!r} shared by {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
            if kind == "organizations" and isinstance(rep, dict) and rep.get("publisher"):
                if norm(rep["publisher"]) not in seen:
                    err("report.publisher is not among the organizations")
        # issuers should be organizations of the document where possible
        orgforms = {norm(f) for o in g["organizations"] for f in [o["name"], *o["aliases"]]}
        for r in g["regulations"]:
            if r["issuer"]:
                for part in r["issuer"].split():
                    if norm(part) not in orgforms:
                        notes.append(f"{gp.name}: issuer {part!r} of {r['name']!r} not listed as organization")
    for n_ in notes:
        print("note:", n_)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(notes)} notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
