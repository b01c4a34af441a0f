#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [-v]

Checks per gold file:
  * JSON loads; top-level keys, report keys and entity keys are exactly as in the spec;
  * field types and value sets (type, relation, doc_number format, year, date);
  * the document exists and decodes (UTF-8, else Big5/CP950 for the Traditional file);
  * every entity's name or one of its aliases occurs in the text once 《》〈〉<> and all
    whitespace are removed (PDF line breaks!) -- a canonical name that is resolved and does not
    occur is fine as long as an alias does; -v lists those resolved names;
  * no two entities of one kind share a (scorer-normalised) name/alias;
  * report fields filled (publisher, region, year), the publisher is one of the gold
    organizations, and a non-null title occurs in the text;
  * each part of an issuer is a gold organization (name or alias);
  * doc_numbers occur in the text after normalisation (warning only: repaired numbers
    are expected not to occur).
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD, DOCS = HERE / "gold", HERE / "docs"
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TOP = {"doc", "report", "regulations", "organizations", "measures"}
REPORT = {"title", "publisher", "region", "year", "date"}
KEYS = {"regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
        "organizations": {"name", "aliases", "type"}, "measures": {"name", "aliases", "type"}}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^[^〔〕\s]+〔(19|20)\d\d〕\d+号$")

# same normalisation as /work/shared/score.py (section 6 of ANNOTATION.md)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def squash(text):
    """the occurrence check: drop title marks and all whitespace, nothing else"""
    return re.sub(r"\s+", "", text).translate({ord(c): None for c in "《》〈〉<>"})


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "big5", "cp950"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("?", raw, 0, 1, "no encoding fits")


def check(path, verbose):
    errors, warnings, resolved = [], [], []
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:
        return [f"JSON does not load: {exc}"], [], [], None
    if set(g) != TOP:
        errors.append(f"top-level keys {sorted(g)}")
    doc = g.get("doc")
    if doc != path.stem + ".txt":
        errors.append(f"doc {doc!r} does not match file name")
    dpath = DOCS / str(doc)
    if not dpath.exists():
        return errors + [f"document {dpath} missing"], warnings, resolved, None
    text, enc = read_doc(dpath)
    flat, nflat = squash(text), norm(text)
    n_chars = len(re.sub(r"\s+", "", text))
    if not 1500 <= n_chars <= 5000:
        warnings.append(f"length {n_chars} non-space chars outside 1500-5000")
    rep = g.get("report") or {}
    if set(rep) != REPORT:
        errors.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errors.append(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
        errors.append(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", str(rep["date"])):
        errors.append(f"report.date {rep.get('date')!r}")
    if rep.get("date") is None:
        warnings.append("report.date is null")
    if rep.get("title") is None:
        warnings.append("report.title is null")
    elif squash(rep["title"]) not in flat:
        errors.append(f"report.title does not occur: {rep['title']}")
    org_forms = {}
    for o in g.get("organizations", []):
        for a in [o.get("name", "")] + list(o.get("aliases", [])):
            org_forms.setdefault(norm(a), o.get("name"))
    if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        errors.append(f"publisher {rep['publisher']} is not a gold organization")
    for kind in ("regulations", "organizations", "measures"):
        items = g.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list"); continue
        seen = {}
        for e in items:
            name = e.get("name")
            if set(e) != KEYS[kind]:
                errors.append(f"{kind} {name}: keys {sorted(e)}")
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name"); continue
            al = e.get("aliases")
            if not isinstance(al, list) or not all(isinstance(a, str) and a for a in al):
                errors.append(f"{kind} {name}: aliases must be a list of strings"); al = []
            if len(set(al)) != len(al) or name in al:
                errors.append(f"{kind} {name}: repeated alias")
            if e.get("type") not in TYPES[kind]:
                errors.append(f"{kind} {name}: bad type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    errors.append(f"{name}: bad relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None:
                    if not DOCNUM.match(dn):
                        errors.append(f"{name}: doc_number not normalised: {dn!r}")
                    elif norm(dn) not in nflat:
                        warnings.append(f"{name}: doc_number {dn} does not occur verbatim (repaired?)")
                iss = e.get("issuer")
                if iss is not None:
                    if not isinstance(iss, str):
                        errors.append(f"{name}: issuer not a string")
                    else:
                        for part in iss.replace("、", " ").split():
                            if norm(part) not in org_forms:
                                errors.append(f"{name}: issuer part {part} is not a gold organization")
            forms = [name] + al
            if not any(squash(f) in flat for f in forms):
                errors.append(f"{kind}: neither name nor any alias occurs: {name} {al}")
            elif squash(name) not in flat:
                resolved.append(f"{kind}: {name}  (via alias)")
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    errors.append(f"{kind}: form {f!r} used by both {seen[k]} and {name}")
                seen.setdefault(k, name)
    counts = {k: len(g.get(k, [])) for k in ("regulations", "organizations", "measures")}
    return errors, warnings, resolved, (enc, n_chars, counts)


def main():
    verbose = "-v" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    total_err = 0
    for p in files:
        errors, warnings, resolved, info = check(p, verbose)
        total_err += len(errors)
        status = "OK " if not errors else "ERR"
        extra = ""
        if info:
            enc, n, c = info
            extra = f"{enc:6} {n:5} chars  R{c['regulations']:3} O{c['organizations']:3} M{c['measures']:3}"
        print(f"{status} {p.name:38} {extra}")
        for e in errors:
            print(f"    ERROR   {e}")
        for w in warnings:
            print(f"    warning {w}")
        if verbose:
            for r in resolved:
                print(f"    resolved {r}")
    print(f"{len(files)} gold files, {total_err} errors")
    sys.exit(1 if total_err else 0)


if __name__ == "__main__":
    main()
