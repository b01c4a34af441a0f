#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--coverage]

Checks, for every gold/*.json:
  * the JSON loads and has exactly the keys doc, report, regulations, organizations, measures;
  * report has title, publisher, region, year, date; publisher, region and year are filled,
    year is an int, date is YYYY-MM-DD or null, the publisher is one of the gold organizations;
  * every entity has the fields of its kind, with a type/relation from ANNOTATION.md,
    doc_number normalised to 机关代字〔年份〕序号号 (or null), aliases a list of strings;
  * no alias is shared by two entities of the same kind (the scorer would silently
    map it to the first one);
  * the doc file exists and decodes (UTF-8, else Big5 / GB18030);
  * every entity's name or one of its aliases occurs in the text.  Text and names are
    compared after the scorer's normalisation (NFKC; whitespace, quotation and title marks
    removed; brackets and dashes unified), so PDF line breaks and half-width quotes do
    not matter.  Entities whose canonical name is resolved (does not occur) but have an
    occurring alias are listed as INFO, not as errors.

With --coverage it also lists every 《…》 title and every quoted “…” / "…" span of the
text that no gold name or alias covers (a review aid for exhaustiveness; some are
deliberately not entities, see README.md).
Exit status 1 if there is any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNUM = re.compile(r"^[^\s〔〕]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def to_simplified(text):
    """Traditional -> Simplified if opencc is installed (only used for the 文号 check)."""
    try:
        import opencc
    except ImportError:
        return text
    return opencc.OpenCC("t2s").convert(text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "big5", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("unknown", raw, 0, 1, "no known encoding")


def check(gf, coverage):
    errors, infos, cov = [], [], []
    try:
        gold = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"does not load: {exc}"], [], []
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(gold) != keys:
        errors.append(f"keys {sorted(gold)} != {sorted(keys)}")
    if gold.get("doc") != gf.stem + ".txt":
        errors.append(f"doc {gold.get('doc')!r} != {gf.stem + '.txt'!r}")
    txt_path = DOCS / str(gold.get("doc"))
    if not txt_path.exists():
        return errors + [f"missing text {txt_path}"], infos, cov
    text, enc = read_text(txt_path)
    if enc != "utf-8":
        infos.append(f"text decoded as {enc}")
    ntext = norm(text)

    rep = gold.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if rep.get(f) in (None, ""):
            errors.append(f"report.{f} is empty")
    if not isinstance(rep.get("year"), int):
        errors.append("report.year is not an int")
    if rep.get("date") is not None and not DATE.match(str(rep.get("date"))):
        errors.append(f"report.date {rep.get('date')!r} is not YYYY-MM-DD")
    for f in ("title", "date"):
        if rep.get(f) is None:
            infos.append(f"report.{f} is null")
    if rep.get("title") and norm(rep["title"]) not in ntext:
        errors.append(f"report.title does not occur: {rep['title']}")
    org_forms = {norm(x) for o in gold.get("organizations", []) for x in [o.get("name", ""), *o.get("aliases", [])]}
    if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        errors.append(f"publisher {rep['publisher']!r} is not a gold organization")

    spec = {
        "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
        "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
        "measures": ({"name", "aliases", "type"}, MEASURE_TYPES),
    }
    all_forms = []
    for kind, (fields, types) in spec.items():
        seen = {}
        items = gold.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        for e in items:
            label = f"{kind}: {e.get('name')!r}"
            if set(e) != fields:
                errors.append(f"{label}: fields {sorted(e)}")
            if not isinstance(e.get("name"), str) or not e.get("name"):
                errors.append(f"{label}: empty name")
                continue
            if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) for a in e.get("aliases", [])):
                errors.append(f"{label}: aliases must be a list of strings")
                continue
            if e.get("type") not in types:
                errors.append(f"{label}: bad type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    errors.append(f"{label}: bad relation {e.get('relation')!r}")
                num = e.get("doc_number")
                if num is not None and not DOCNUM.match(num):
                    errors.append(f"{label}: doc_number {num!r} not normalised")
                if num is not None and norm(num) not in ntext:
                    if norm(num) in norm(to_simplified(text)):
                        infos.append(f"{label}: doc_number {num!r} occurs in Traditional form")
                    else:
                        errors.append(f"{label}: doc_number {num!r} does not occur (normalised)")
                iss = e.get("issuer")
                if iss is not None and not isinstance(iss, str):
                    errors.append(f"{label}: issuer must be a string or null")
            forms = [e["name"], *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    errors.append(f"{kind}: form {f!r} shared by {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
            occurring = [f for f in forms if norm(f) and norm(f) in ntext]
            if not occurring:
                errors.append(f"{label}: neither name nor any alias occurs in the text")
            elif norm(e["name"]) not in ntext:
                infos.append(f"{label}: resolved name, occurs as {occurring[0]!r}")
            all_forms.extend(norm(f) for f in forms)

    if coverage:
        spans = re.findall(r"《([^》]{2,80})》", text)
        spans += re.findall(r"[“\"]([^”\"\n]{1,40})[”\"]", text)
        for s in spans:
            k = norm(s)
            if k and not any(k in f for f in all_forms):
                cov.append(s)
    return errors, infos, cov


def main():
    coverage = "--coverage" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    n_err = 0
    for gf in files:
        errors, infos, cov = check(gf, coverage)
        n_err += len(errors)
        status = "OK" if not errors else f"{len(errors)} ERROR(S)"
        print(f"== {gf.name}: {status}")
        for e in errors:
            print(f"  ERROR {e}")
        for i in infos:
            print(f"  INFO  {i}")
        for c in sorted(set(cov)):
            print(f"  UNCOVERED {c}")
    docs = {p.stem for p in DOCS.glob("*.txt")}
    missing = docs - {g.stem for g in files}
    for m in sorted(missing):
        print(f"ERROR: {m}.txt has no gold file")
        n_err += 1
    print(f"{len(files)} gold files, {n_err} error(s)")
    sys.exit(1 if n_err else 0)


if __name__ == "__main__":
    main()
