#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

Checks: JSON loads; keys and value types; enumerated types/relations; doc_number shape;
report fields filled; every entity's name or one alias (after removing 《》〈〉 quotes and
whitespace, NFKC) occurs in the document text; no alias is shared by two entities of one kind
(the scorer would then shadow one of them); no duplicate canonical names.
Documents may be UTF-8 or GB18030 (one document is deliberately GBK-encoded).
usage: python3 validate.py [--verbose]
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNUM = re.compile(r"^[\u4e00-\u9fffA-Za-z]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(MAP.get(c, c) for c in t if c not in DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise ValueError(f"{path}: neither UTF-8 nor GB18030")


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(a, str) and a.strip() for a in x)


def check(gold_path, verbose):
    errs, notes = [], []
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], notes
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errs.append(f"top-level keys {sorted(g)}")
    doc = ROOT / "docs" / str(g.get("doc"))
    if g.get("doc") != gold_path.stem + ".txt" or not doc.exists():
        errs.append(f"doc {g.get('doc')!r} does not name docs/{gold_path.stem}.txt")
        return errs, notes
    text, enc = read_text(doc)
    ntext = norm(text)
    n = len(text)
    if not 1500 <= n <= 5000:
        errs.append(f"length {n} chars outside 1500-5000")
    if enc != "utf-8":
        notes.append(f"encoding {enc}")
    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errs.append(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2010 <= rep["year"] <= 2026:
        errs.append(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not DATE.match(str(rep["date"])):
        errs.append(f"report.date {rep.get('date')!r}")
    if rep.get("title") is not None and norm(rep["title"]) not in ntext:
        errs.append(f"report.title not in text: {rep['title']}")
    org_names = {norm(a) for o in g.get("organizations", []) for a in [o.get("name", ""), *o.get("aliases", [])]}
    if norm(rep.get("publisher", "")) not in org_names:
        errs.append("report.publisher is not among the organizations")
    spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
            "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
            "measures": (MEAS_TYPES, {"name", "aliases", "type"})}
    for kind, (types, keys) in spec.items():
        items = g.get(kind)
        if not isinstance(items, list):
            errs.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != keys:
                errs.append(f"{kind}: bad keys {e}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{kind}: empty name")
                continue
            if not is_str_list(e["aliases"]):
                errs.append(f"{kind}/{name}: aliases not a list of strings")
                continue
            if e["type"] not in types:
                errs.append(f"{kind}/{name}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"{kind}/{name}: relation {e['relation']!r}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    errs.append(f"{kind}/{name}: doc_number {e['doc_number']!r} not normalised")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errs.append(f"{kind}/{name}: issuer {e['issuer']!r}")
                if e["issuer"] is not None:
                    for part in e["issuer"].split():
                        if norm(part) not in org_names:
                            errs.append(f"{kind}/{name}: issuer part {part!r} not an organization of this doc")
            forms = [name, *e["aliases"]]
            found = [f for f in forms if norm(f) in ntext]
            if not found:
                errs.append(f"{kind}/{name}: neither name nor any alias occurs in the text")
            elif norm(name) not in ntext and verbose:
                notes.append(f"{kind}/{name}: resolved name (alias {found[0]!r} occurs)")
            for a in e["aliases"]:
                if norm(a) not in ntext and verbose:
                    notes.append(f"{kind}/{name}: alias {a!r} is an accepted form that does not occur")
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    errs.append(f"{kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            if len(set(map(norm, forms))) != len(forms) and verbose:
                notes.append(f"{kind}/{name}: aliases equal after normalisation")
        names = [e["name"] for e in items if isinstance(e, dict)]
        if len(names) != len(set(names)):
            errs.append(f"{kind}: duplicate names")
    return errs, notes


def main():
    verbose = "--verbose" in sys.argv
    files = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    bad = 0
    if len(files) != len(docs):
        print(f"! {len(docs)} docs but {len(files)} gold files")
        bad += 1
    for f in files:
        errs, notes = check(f, verbose)
        status = "OK " if not errs else "ERR"
        print(f"{status} {f.name}")
        for e in errs:
            print("    -", e)
        for nt in notes:
            print("    ·", nt)
        bad += bool(errs)
    print(f"{len(files)} gold files, {bad} with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
