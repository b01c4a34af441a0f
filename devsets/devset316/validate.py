#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--verbose]

Checks, for every gold/*.json:
  * the JSON loads, has exactly the keys doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ (decoded as UTF-8, else GB18030/GBK);
  * report fields: title (str or null), publisher / region (non-empty str), year (int 2000-2030),
    date (YYYY-MM-DD, not before the reported year) -- publisher, region, year, date must be filled;
    the publisher must be one of the gold organizations (by name or alias);
  * every entity has the fields of its kind with valid types; regulation relation and type are
    from the closed lists; doc_number is null or of the form 机关代字〔YYYY〕N号;
  * issuer parts (space separated) resolve to gold organizations of the same file;
  * no normalised name/alias is shared by two entities of the same kind (the scorer could not
    match both);
  * every entity's name or at least one alias occurs in the text after normalisation (NFKC,
    whitespace, quotation and title marks removed, brackets and dashes unified -- the scorer's
    normalisation). Canonical names that do not occur verbatim (resolved names) are listed as
    information when an alias occurs; entities with no occurring form are errors.
Exit status 1 if any error was found.
"""
import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"

KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
FIELDS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEASURE_TYPES}
DOCNUM = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]+〔(19|20)\d\d〕\d+号$")

# same normalisation as /work/shared/score.py
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def check(path, verbose):
    errors, infos = [], []
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], infos
    if set(gold) != KEYS:
        errors.append(f"keys {sorted(gold)} != {sorted(KEYS)}")
        return errors, infos
    doc = gold["doc"]
    if Path(doc).stem != path.stem:
        errors.append(f"doc {doc!r} does not match gold file name {path.name}")
    txt_path = DOCS / doc
    if not txt_path.exists():
        errors.append(f"text file {doc} missing")
        return errors, infos
    text, enc = read_text(txt_path)
    if enc != "utf-8":
        infos.append(f"text decoded as {enc}")
    ntext = norm(text)
    n = len(text)
    if not 1500 <= n <= 5000:
        errors.append(f"text length {n} outside 1500-5000")

    # organizations first: needed for publisher and issuer checks
    org_forms = {}
    for o in gold.get("organizations", []):
        if isinstance(o, dict) and "name" in o:
            for form in [o["name"], *o.get("aliases", [])]:
                org_forms.setdefault(norm(form), o["name"])

    rep = gold["report"]
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        errors.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep} != {sorted(REPORT_KEYS)}")
    else:
        if rep["title"] is not None and (not isinstance(rep["title"], str) or norm(rep["title"]) not in ntext):
            errors.append(f"report title {rep['title']!r} not a string occurring in the text")
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f].strip():
                errors.append(f"report {f} empty")
        if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in org_forms:
            errors.append(f"publisher {rep['publisher']!r} is not a gold organization")
        if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
            errors.append(f"report year {rep['year']!r} invalid")
        if not isinstance(rep["date"], str):
            errors.append("report date not filled")
        else:
            try:
                d = date.fromisoformat(rep["date"])
                if isinstance(rep["year"], int) and d.year < rep["year"]:
                    errors.append(f"date {d} before reported year {rep['year']}")
                if str(d.year) not in text and f"{d.year}" not in norm(text):
                    errors.append(f"date year {d.year} does not occur in text")
            except ValueError:
                errors.append(f"report date {rep['date']!r} not YYYY-MM-DD")

    for kind in ("regulations", "organizations", "measures"):
        items = gold[kind]
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            where = f"{kind}[{i}]"
            if not isinstance(e, dict) or set(e) != FIELDS[kind]:
                errors.append(f"{where}: fields {sorted(e) if isinstance(e, dict) else e} != {sorted(FIELDS[kind])}")
                continue
            name = e["name"]
            where = f"{kind} {name!r}"
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{where}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                errors.append(f"{where}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in TYPES[kind]:
                errors.append(f"{where}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{where}: relation {e['relation']!r} not allowed")
                dn = e["doc_number"]
                if dn is not None:
                    if not isinstance(dn, str) or not DOCNUM.match(dn):
                        errors.append(f"{where}: doc_number {dn!r} not of the form 机关代字〔YYYY〕N号")
                    else:
                        # the number itself (agency code and serial) must be visible in the text
                        code, rest = dn.split("〔", 1)
                        year, serial = rest[:4], rest[5:-1]
                        if code not in text or serial not in text or year not in text:
                            errors.append(f"{where}: doc_number {dn!r} parts not found in text")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str):
                        errors.append(f"{where}: issuer must be str or null")
                    else:
                        for part in iss.split():
                            if norm(part) not in org_forms:
                                errors.append(f"{where}: issuer part {part!r} is not a gold organization")
            forms = [name, *e["aliases"]]
            for form in forms:
                key = norm(form)
                if key in seen and seen[key] != i:
                    errors.append(f"{where}: form {form!r} also used by {items[seen[key]]['name']!r}")
                seen.setdefault(key, i)
            occurring = [f for f in forms if norm(f) in ntext]
            if not occurring:
                errors.append(f"{where}: neither name nor any alias occurs in the text")
            elif norm(name) not in ntext:
                infos.append(f"{where}: resolved name not in text; alias(es) occur: {occurring}")
            if verbose:
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        infos.append(f"{where}: alias {a!r} does not occur (accepted variant)")
    return errors, infos


def main():
    verbose = "--verbose" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    total_err = 0
    counts = {"regulations": 0, "organizations": 0, "measures": 0}
    for path in files:
        errors, infos = check(path, verbose)
        try:
            g = json.loads(path.read_text(encoding="utf-8"))
            for k in counts:
                counts[k] += len(g.get(k, []))
        except Exception:  # noqa: BLE001
            pass
        status = "OK" if not errors else f"{len(errors)} ERROR(S)"
        print(f"{path.name}: {status}")
        for e in errors:
            print(f"  ERROR {e}")
        for i in infos:
            print(f"  info  {i}")
        total_err += len(errors)
    print(f"{len(files)} gold files, {counts['regulations']} regulations, "
          f"{counts['organizations']} organizations, {counts['measures']} measures; {total_err} error(s)")
    sys.exit(1 if total_err else 0)


if __name__ == "__main__":
    main()
