#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]

Checks, per gold/<stem>.json:
  * JSON loads; top-level keys doc, report, regulations, organizations, measures;
  * docs/<doc> exists and decodes (UTF-8, else GB18030);
  * report fields: title str|null, publisher str, region str, year int, date YYYY-MM-DD|null;
    the publisher is one of the gold organizations (name or alias);
  * every entity has the fields and allowed values of its kind (type, relation,
    doc_number normalised to 机关代字〔年份〕序号号 or null, issuer str|null);
  * no two entities of one kind share a normalised name/alias (the scorer would misroute);
  * the canonical name or at least one alias occurs in the text (after NFKC, dropping
    quotes / title marks / whitespace, unifying brackets and dashes — the scorer's norm);
    canonical names that do not occur (resolved names) are listed as info;
  * every alias occurs in the text (a warning otherwise);
  * PDF page-footer lines (- 3 -) are ignored when looking names up;
  * the year of a doc_number occurs in the text near its 机关代字 (a warning otherwise).
Exit status 1 if there is any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TOP = ["doc", "report", "regulations", "organizations", "measures"]
REPORT = ["title", "publisher", "region", "year", "date"]
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
FOOTER = re.compile(r"^[ \t]*[-－—–][ \t]*\d+[ \t]*[-－—–][ \t]*\r?$", re.M)
DATE = re.compile(r"^(19|20)\d\d-\d\d-\d\d$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def decode(raw):
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise ValueError("neither UTF-8 nor GB18030")


def check(path, docs_dir):
    errors, warnings, infos = [], [], []
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], [], []
    if list(gold.keys()) != TOP:
        if set(gold.keys()) != set(TOP):
            errors.append(f"top-level keys {sorted(gold.keys())} != {TOP}")
    doc = gold.get("doc")
    if not isinstance(doc, str) or Path(doc).stem != path.stem:
        errors.append(f"doc field {doc!r} does not match file name {path.stem}")
    txt_path = docs_dir / str(doc)
    if not txt_path.exists():
        return errors + [f"missing text {txt_path}"], warnings, infos
    raw = txt_path.read_bytes()
    try:
        text, enc = decode(raw)
    except ValueError as exc:
        return errors + [str(exc)], warnings, infos
    crlf = b"\r\n" in raw
    infos.append(f"encoding={enc} crlf={crlf} chars={len(text)}")
    n_chars = len(text.replace("\r", ""))
    if not 1500 <= n_chars <= 5000:
        warnings.append(f"length {n_chars} (without CR) outside 1500-5000")
    # PDF page footers ("- 3 -", "－ 3 －", "— 3 —") may split a name across pages; the
    # check ignores them (the name still counts as present) and says so.
    footers = FOOTER.findall(text)
    if footers:
        infos.append(f"ignoring {len(footers)} PDF page-footer lines")
    ntext = norm(FOOTER.sub("", text))

    rep = gold.get("report")
    if not isinstance(rep, dict) or set(rep.keys()) != set(REPORT):
        errors.append(f"report keys wrong: {rep!r}")
        rep = rep if isinstance(rep, dict) else {}
    if not (rep.get("title") is None or isinstance(rep.get("title"), str)):
        errors.append("report.title must be str or null")
    if rep.get("title") and norm(rep["title"]) not in ntext:
        errors.append(f"report.title not in text: {rep['title']}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errors.append(f"report.{f} must be a non-empty string")
    if not isinstance(rep.get("year"), int) or not 2010 <= rep["year"] <= 2026:
        errors.append(f"report.year must be an int year: {rep.get('year')!r}")
    if not (rep.get("date") is None or (isinstance(rep["date"], str) and DATE.match(rep["date"]))):
        errors.append(f"report.date must be YYYY-MM-DD or null: {rep.get('date')!r}")

    fields = {"regulations": ["name", "aliases", "type", "doc_number", "issuer", "relation"],
              "organizations": ["name", "aliases", "type"],
              "measures": ["name", "aliases", "type"]}
    types = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
    org_forms = set()
    for kind in ("regulations", "organizations", "measures"):
        items = gold.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} must be a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e.keys()) != set(fields[kind]):
                errors.append(f"{kind}: bad entity fields {e!r}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) for a in e["aliases"]):
                errors.append(f"{kind}: {name}: aliases must be a list of strings")
                continue
            if e["type"] not in types[kind]:
                errors.append(f"{kind}: {name}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{kind}: {name}: relation {e['relation']!r} not allowed")
                dn = e["doc_number"]
                if dn is not None:
                    if not isinstance(dn, str) or not DOCNO.match(dn):
                        errors.append(f"{kind}: {name}: doc_number {dn!r} not normalised")
                    else:
                        code, year = re.match(r"^(\S+?)〔(\d{4})〕", dn).groups()
                        if norm(code) not in ntext or year not in text:
                            warnings.append(f"{kind}: {name}: doc_number {dn} not found in text")
                if not (e["issuer"] is None or isinstance(e["issuer"], str)):
                    errors.append(f"{kind}: {name}: issuer must be str or null")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    errors.append(f"{kind}: form {f!r} of {name!r} collides with {seen[k]!r}")
                seen.setdefault(k, name)
            if kind == "organizations":
                org_forms.update(norm(f) for f in forms)
            found = [f for f in forms if norm(f) in ntext]
            if not found:
                errors.append(f"{kind}: neither name nor any alias in text: {name}")
            elif norm(name) not in ntext:
                infos.append(f"{kind}: resolved name not in text (alias found): {name}")
            for a in e["aliases"]:
                if norm(a) not in ntext:
                    warnings.append(f"{kind}: {name}: alias not in text: {a}")
    if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        errors.append(f"report.publisher {rep['publisher']} is not a gold organization")
    return errors, warnings, infos


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    base = Path(args[0]) if args else Path(__file__).resolve().parent
    gold_dir, docs_dir = base / "gold", base / "docs"
    files = sorted(gold_dir.glob("*.json"))
    verbose = "-v" in sys.argv
    n_err = n_warn = 0
    for path in files:
        errors, warnings, infos = check(path, docs_dir)
        n_err += len(errors)
        n_warn += len(warnings)
        print(f"== {path.name}: {len(errors)} errors, {len(warnings)} warnings  ({infos[0] if infos else ''})")
        for m in errors:
            print("  ERROR  " + m)
        for m in warnings:
            print("  WARN   " + m)
        if verbose:
            for m in infos[1:]:
                print("  info   " + m)
    txts = {p.name for p in docs_dir.glob("*.txt")}
    golds = {json.loads(p.read_text(encoding="utf-8")).get("doc") for p in files}
    for missing in sorted(txts - golds):
        print(f"ERROR  document without gold: {missing}")
        n_err += 1
    print(f"{len(files)} gold files, {n_err} errors, {n_warn} warnings")
    sys.exit(1 if n_err else 0)


if __name__ == "__main__":
    main()
