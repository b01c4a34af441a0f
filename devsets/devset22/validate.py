#!/usr/bin/env python3
"""Validate the devset22 gold files against ANNOTATION.md and their documents.

usage: python3 validate.py [-v]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ and equals the gold file's stem + .txt;
  * report has title, publisher, region, year, date; publisher, region and year are filled,
    year is an int in 2015-2019 (the devset's span), date is YYYY-MM-DD or null, and the
    publisher is one of the gold organizations (name or alias);
  * every entity has the fields of its kind with valid types; relation in
    issues/implements/studies/mentions; doc_number is null or of the normalised form
    `机关代字〔年份〕序号号`, and its 机关代字 and 年份 occur in the text;
  * issuer parts (space separated) are gold organizations (warning otherwise);
  * no normalised name/alias is shared by two entities of the same kind (the scorer would
    silently map it to the first one);
  * the canonical name or at least one alias occurs in the text after removing 《》〈〉<>
    and all whitespace (so PDF line breaks inside names do not matter). Canonical names that
    do not occur but have an occurring alias are listed as "resolved" (fine); aliases that do
    not occur are listed as warnings with -v (accepted extra forms are allowed).
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
TOP = ["doc", "report", "regulations", "organizations", "measures"]
REPORT = ["title", "publisher", "region", "year", "date"]
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KIND_FIELDS = {
    "regulations": {"name": str, "aliases": list, "type": str, "doc_number": (str, type(None)),
                    "issuer": (str, type(None)), "relation": str},
    "organizations": {"name": str, "aliases": list, "type": str},
    "measures": {"name": str, "aliases": list, "type": str},
}
KIND_TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^(?P<code>[^〔〕\s]+)〔(?P<year>\d{4})〕(?P<no>\d+)号$")
_STRIP = set("《》〈〉<>") | {" ", "\t", "\r", "\n", "\u3000", "\f", "\v"}

# the scorer's normalisation (score.py, section 6 of ANNOTATION.md)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def squeeze(text):
    return "".join(c for c in text if c not in _STRIP and not c.isspace())


try:  # optional: lets the doc_number check see through Traditional-Chinese documents
    import opencc
    _T2S = opencc.OpenCC("t2s")
except Exception:  # noqa: BLE001
    _T2S = None


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("unknown", raw, 0, 1, "no encoding fits")


def check(gf, verbose):
    errors, warnings, resolved = [], [], []
    try:
        gold = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], [], []
    if not isinstance(gold, dict) or list(gold) != TOP:
        errors.append(f"top-level keys {list(gold) if isinstance(gold, dict) else type(gold)} != {TOP}")
        if not isinstance(gold, dict):
            return errors, warnings, resolved
    doc = gold.get("doc")
    if doc != gf.stem + ".txt":
        errors.append(f"doc {doc!r} != {gf.stem + '.txt'!r}")
    path = DOCS / str(doc)
    if not path.exists():
        return errors + [f"document {path} missing"], warnings, resolved
    text, enc = read_doc(path)
    if enc != "utf-8":
        warnings.append(f"document decoded as {enc}")
    n = len(text)
    if not 1500 <= n <= 5000:
        errors.append(f"document length {n} outside 1500-5000 characters")
    flat = squeeze(text)
    flat_s = _T2S.convert(flat) if _T2S else flat

    org_forms = set()
    for o in gold.get("organizations", []):
        if isinstance(o, dict):
            org_forms.update(norm(a) for a in [o.get("name", ""), *(o.get("aliases") or [])])

    rep = gold.get("report")
    if not isinstance(rep, dict) or list(rep) != REPORT:
        errors.append(f"report keys {list(rep) if isinstance(rep, dict) else rep} != {REPORT}")
        rep = rep if isinstance(rep, dict) else {}
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errors.append(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2019:
        errors.append(f"report.year {rep.get('year')!r} not an int in 2015-2019")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
        errors.append(f"report.date {rep.get('date')!r} not YYYY-MM-DD")
    if rep.get("title") is not None and squeeze(rep["title"]) not in flat:
        errors.append(f"report.title does not occur in the text: {rep['title']}")
    if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        errors.append(f"report.publisher {rep['publisher']} is not a gold organization")

    for kind, fields in KIND_FIELDS.items():
        items = gold.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            where = f"{kind}[{i}]"
            if not isinstance(e, dict):
                errors.append(f"{where} not an object")
                continue
            if set(e) != set(fields):
                errors.append(f"{where} keys {sorted(e)} != {sorted(fields)}")
            for f, t in fields.items():
                if f in e and not isinstance(e[f], t):
                    errors.append(f"{where}.{f} has type {type(e[f]).__name__}")
            name = e.get("name")
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{where} has no name")
                continue
            where = f"{kind} {name!r}"
            aliases = e.get("aliases") if isinstance(e.get("aliases"), list) else []
            if any(not isinstance(a, str) or not a.strip() for a in aliases):
                errors.append(f"{where}: empty or non-string alias")
                aliases = [a for a in aliases if isinstance(a, str) and a.strip()]
            if e.get("type") not in KIND_TYPES[kind]:
                errors.append(f"{where}: bad type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    errors.append(f"{where}: bad relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None:
                    m = DOCNUM.match(dn)
                    if not m:
                        errors.append(f"{where}: doc_number {dn!r} not normalised")
                    elif m["year"] not in flat or (m["code"] not in flat and m["code"] not in flat_s):
                        if _T2S is None and m["year"] in flat:
                            warnings.append(f"{where}: doc_number {dn!r} code not in text (no opencc to check)")
                        else:
                            errors.append(f"{where}: doc_number {dn!r} code/year not in text")
                iss = e.get("issuer")
                if iss is not None:
                    for part in iss.split():
                        if norm(part) not in org_forms:
                            warnings.append(f"{where}: issuer part {part!r} not a gold organization")
            for form in [name, *aliases]:
                key = norm(form)
                if key in seen and seen[key] != name:
                    errors.append(f"{where}: form {form!r} also belongs to {seen[key]!r}")
                seen.setdefault(key, name)
            occurs = {form: squeeze(form) in flat for form in [name, *aliases]}
            if not any(occurs.values()):
                errors.append(f"{where}: neither the name nor any alias occurs in the text")
            elif not occurs[name]:
                resolved.append(f"{where} (resolved; via {[a for a in aliases if occurs[a]][0]!r})")
            for a in aliases:
                if not occurs[a]:
                    warnings.append(f"{where}: alias {a!r} does not occur (accepted extra form)")
    return errors, warnings, resolved


def main():
    verbose = "-v" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    docs = sorted(p.name for p in DOCS.glob("*.txt"))
    bad = 0
    for d in docs:
        if not (GOLD / (d[:-4] + ".json")).exists():
            print(f"ERROR {d}: no gold file")
            bad += 1
    for gf in files:
        errors, warnings, resolved = check(gf, verbose)
        bad += len(errors)
        status = "OK " if not errors else "ERR"
        print(f"{status} {gf.name}: {len(errors)} errors, {len(warnings)} warnings, {len(resolved)} resolved names")
        for e in errors:
            print(f"    ERROR   {e}")
        if verbose:
            for w in warnings:
                print(f"    warning {w}")
            for r in resolved:
                print(f"    resolved {r}")
    print(f"{len(files)} gold files, {bad} errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
