#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--strict]

Checks, per gold/<name>.json:
  * JSON loads; keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing docs/<name>.txt (same stem as the gold file)
  * report: publisher, region (non-empty str), year (int 2015-2025) are filled; title is str/null,
    date is YYYY-MM-DD or null (nulls are listed as notes); publisher is a gold organization
  * every entity: name (str), aliases (list of str), type in the allowed set; regulations also
    doc_number (null or normalised `代字〔yyyy〕n号`), issuer (null or str whose parts are gold
    organizations), relation in the allowed set
  * every entity's name or at least one alias occurs in the text (both normalised as the scorer
    does: NFKC, whitespace, quotes and title marks removed, brackets unified). Canonical names
    that do not occur but have an alias that does are listed as notes ("resolved"); aliases that
    occur nowhere are listed as warnings (errors with --strict)
  * no normalised name/alias is shared by two entities of the same kind in one document
Exit status 1 if there is any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ["doc", "report", "regulations", "organizations", "measures"]
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^[^\s〔〕]+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def check(gf, strict):
    errors, warns, notes = [], [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], warns, notes
    if not isinstance(g, dict) or sorted(g) != sorted(KEYS):
        errors.append(f"keys {sorted(g) if isinstance(g, dict) else type(g)} != {KEYS}")
        return errors, warns, notes
    if g["doc"] != gf.stem + ".txt":
        errors.append(f"doc {g['doc']!r} does not match gold file name")
    txt = HERE / "docs" / g["doc"]
    if not txt.exists():
        return errors + [f"missing text {txt}"], warns, notes
    text = norm(txt.read_text(encoding="utf-8"))

    rep = g["report"]
    if not isinstance(rep, dict) or sorted(rep) != sorted(["title", "publisher", "region", "year", "date"]):
        errors.append(f"report keys wrong: {rep!r}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f].strip():
                errors.append(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"report.year bad: {rep['year']!r}")
        if rep["date"] is None:
            notes.append("report.date is null")
        elif not isinstance(rep["date"], str) or not DATE.match(rep["date"]):
            errors.append(f"report.date bad: {rep['date']!r}")
        if rep["title"] is None:
            notes.append("report.title is null")
        elif not isinstance(rep["title"], str):
            errors.append("report.title not a string")
        elif norm(rep["title"]) not in text:
            notes.append(f"report.title not verbatim in text (joined/repaired): {rep['title']}")

    org_forms = {}
    for o in g.get("organizations", []):
        if isinstance(o, dict) and isinstance(o.get("name"), str):
            for a in [o["name"], *(o.get("aliases") or [])]:
                org_forms[norm(a)] = o["name"]
    if isinstance(rep, dict) and isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in org_forms:
        errors.append(f"publisher {rep['publisher']!r} is not a gold organization")

    for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
        items = g[kind]
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            want = ["name", "aliases", "type"] + (["doc_number", "issuer", "relation"] if kind == "regulations" else [])
            if not isinstance(e, dict) or sorted(e) != sorted(want):
                errors.append(f"{kind}: bad keys {e!r}")
                continue
            n = e["name"]
            if not isinstance(n, str) or not n.strip():
                errors.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                errors.append(f"{kind}/{n}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                errors.append(f"{kind}/{n}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{kind}/{n}: relation {e['relation']!r} not allowed")
                dn = e["doc_number"]
                if dn is not None:
                    if not isinstance(dn, str) or not DOCNO.match(dn):
                        errors.append(f"{kind}/{n}: doc_number {dn!r} not normalised")
                    elif norm(dn) not in text:
                        notes.append(f"{kind}/{n}: doc_number {dn} repaired (not verbatim in text)")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str):
                        errors.append(f"{kind}/{n}: issuer not a string")
                    else:
                        for part in iss.split():
                            if norm(part) not in org_forms:
                                errors.append(f"{kind}/{n}: issuer part {part!r} is not a gold organization")
            forms = [n, *e["aliases"]]
            for f in {norm(x) for x in forms}:
                if f in seen and seen[f] != n:
                    errors.append(f"{kind}: form {f!r} used by both {seen[f]!r} and {n!r}")
                seen.setdefault(f, n)
            found = [x for x in forms if norm(x) in text]
            if not found:
                errors.append(f"{kind}/{n}: neither name nor any alias occurs in the text")
                continue
            if norm(n) not in text:
                notes.append(f"{kind}/{n}: resolved canonical (found as {found[0]!r})")
            for a in e["aliases"]:
                if norm(a) not in text:
                    (errors if strict else warns).append(f"{kind}/{n}: alias {a!r} does not occur")
    return errors, warns, notes


def main():
    strict = "--strict" in sys.argv
    verbose = "-v" in sys.argv
    files = sorted((HERE / "gold").glob("*.json"))
    total_err = 0
    for gf in files:
        errors, warns, notes = check(gf, strict)
        total_err += len(errors)
        status = "OK " if not errors else "ERR"
        print(f"{status} {gf.name}: {len(errors)} errors, {len(warns)} warnings, {len(notes)} notes")
        for m in errors:
            print("   ERROR", m)
        for m in warns:
            print("   warn ", m)
        if verbose:
            for m in notes:
                print("   note ", m)
    print(f"{len(files)} gold files, {total_err} errors")
    sys.exit(1 if total_err else 0)


if __name__ == "__main__":
    main()
