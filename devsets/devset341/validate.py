#!/usr/bin/env python3
"""Validate the gold files of this dev set.

usage: python3 validate.py [--strict]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ and equals the gold file name + .txt;
  * report fields: title (str), publisher (str), region (str), year (int 2015-2025) are filled,
    date is null or YYYY-MM-DD; the publisher is one of the gold organizations (name or alias);
  * every entity has the fields and types allowed by ANNOTATION.md (type / relation enums,
    doc_number null or normalised to 机关代字〔年份〕序号号, issuer null or str);
  * no two entities of one kind share a normalised name or alias (they would collide in scoring);
  * the name or at least one alias of every entity occurs in the text (compared after
    normalisation: NFKC, whitespace, quotation and title marks removed, brackets and dashes
    unified — so PDF line breaks and half-width punctuation do not matter; PDF page-number
    lines such as "— 3 —" are dropped first).
    Entities whose canonical name is resolved (does not occur) but whose alias occurs are
    listed as INFO; entities with neither are ERRORS.
  * issuer parts that are not gold organizations are WARNINGS; aliases that do not occur in the
    text are WARNINGS (accepted forms are allowed by ANNOTATION.md, but worth a look).
Exit status 1 if there is any ERROR (or any WARNING with --strict).
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
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
KINDS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}
FIELDS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


PAGE_FOOTER = re.compile(r"^\s*(?:[—\-－–]+\s*\d+\s*[—\-－–]+|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)\s*$")


def strip_page_footers(text):
    """Drop PDF page-number lines (— 3 —, －3－, 第3页 共9页, 3/9) so that names broken across a
    page boundary are still found."""
    return "\n".join(line for line in text.split("\n") if not PAGE_FOOTER.match(line))


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def check(gf):
    errors, warnings, infos = [], [], []
    try:
        gold = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"does not load: {exc}"], [], []
    keys = set(gold) if isinstance(gold, dict) else set()
    if keys != {"doc", "report", "regulations", "organizations", "measures"}:
        errors.append(f"top-level keys {sorted(keys)}")
        return errors, warnings, infos
    doc = gold["doc"]
    if doc != gf.stem + ".txt":
        errors.append(f"doc {doc!r} does not match file name {gf.name}")
    tpath = DOCS / doc
    if not tpath.exists():
        errors.append(f"text {tpath} missing")
        return errors, warnings, infos
    text = read_text(tpath)
    ntext = norm(strip_page_footers(text))
    n_chars = len(re.sub(r"\s", "", text))
    if not 1500 <= n_chars <= 5000:
        warnings.append(f"text has {n_chars} non-space characters (wanted 1500-5000)")

    rep = gold["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
    else:
        for f in ("title", "publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f].strip():
                errors.append(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"report.year {rep['year']!r}")
        if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            errors.append(f"report.date {rep['date']!r}")
        if rep["date"] is None:
            infos.append("report.date is null")
        if isinstance(rep["title"], str) and norm(rep["title"]) not in ntext:
            errors.append(f"report.title not in text: {rep['title']}")

    org_forms = {}
    for kind, types in KINDS.items():
        items = gold[kind]
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != FIELDS[kind]:
                errors.append(f"{kind}: bad fields {sorted(e) if isinstance(e, dict) else e}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                errors.append(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                errors.append(f"{kind}: {name}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{kind}: {name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                    errors.append(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                if dn is not None and norm(dn) not in ntext:
                    infos.append(f"{kind}: {name}: doc_number {dn} repaired/normalised (not verbatim in text)")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errors.append(f"{kind}: {name}: issuer must be str or null")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    errors.append(f"{kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
                if kind == "organizations":
                    org_forms[k] = name
            if norm(name) in ntext:
                pass
            elif any(norm(a) in ntext for a in e["aliases"]):
                infos.append(f"{kind}: resolved name not in text (alias is): {name}")
            else:
                errors.append(f"{kind}: neither name nor any alias occurs in text: {name}")
            for a in e["aliases"]:
                if norm(a) not in ntext:
                    warnings.append(f"{kind}: {name}: alias not in text: {a}")
    if isinstance(rep, dict) and isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in org_forms:
        errors.append(f"publisher {rep['publisher']!r} is not a gold organization")
    for e in gold.get("regulations", []):
        if isinstance(e, dict) and isinstance(e.get("issuer"), str):
            for part in e["issuer"].replace("、", " ").replace("，", " ").split():
                if norm(part) not in org_forms:
                    warnings.append(f"regulations: {e['name']}: issuer part {part!r} is not a gold organization")
    return errors, warnings, infos


def main():
    strict = "--strict" in sys.argv
    verbose = "-v" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    n_err = n_warn = 0
    for gf in files:
        errors, warnings, infos = check(gf)
        n_err += len(errors)
        n_warn += len(warnings)
        status = "OK" if not errors and not warnings else ("ERROR" if errors else "WARN")
        print(f"{gf.name}: {status} ({len(errors)} errors, {len(warnings)} warnings, {len(infos)} infos)")
        for m in errors:
            print(f"  ERROR {m}")
        for m in warnings:
            print(f"  WARN  {m}")
        if verbose:
            for m in infos:
                print(f"  INFO  {m}")
    txts = {p.name for p in DOCS.glob("*.txt")}
    golds = {json.loads(g.read_text(encoding="utf-8")).get("doc") for g in files}
    for missing in sorted(txts - golds):
        print(f"ERROR text without gold: {missing}")
        n_err += 1
    print(f"{len(files)} gold files, {n_err} errors, {n_warn} warnings")
    sys.exit(1 if n_err or (strict and n_warn) else 0)


if __name__ == "__main__":
    main()
