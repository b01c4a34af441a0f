#!/usr/bin/env python3
"""Check the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--verbose]

Checks, for every gold/*.json:
  * the JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing docs/<doc> file and matches the gold file name;
  * report fields: title (str or null), publisher (str, a gold organization), region (str),
    year (int, 2015-2025), date (YYYY-MM-DD or null);
  * every entity has the right keys and value types; `type` / `relation` are from the
    ANNOTATION.md vocabularies; doc_number is null or normalised to 机关代字〔年份〕序号号;
    an issuer's parts should be gold organizations (warning only);
  * no name/alias is shared by two entities of the same kind (after the scorer's normalisation);
  * every entity's name or one of its aliases occurs in the text, after removing 《》〈〉 and
    whitespace, in the raw text or in the HTML-unescaped text. Canonical names that do not occur
    (resolved jurisdiction, official full titles) are listed with --verbose as accepted exceptions;
  * every title in 《》 / 〈〉 / 「」 (also written as HTML entities) in the text is covered by a
    gold regulation name or alias (completeness check).
Exit status 1 if any error was found.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS, GOLD = ROOT / "docs", ROOT / "gold"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KINDS = {"regulations": ("name", "aliases", "type", "doc_number", "issuer", "relation"),
         "organizations": ("name", "aliases", "type"),
         "measures": ("name", "aliases", "type")}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^[^〔〕\[\]()（）【】]+〔(19|20)\d{2}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# the scorer's normalisation (score.py), used for the duplicate check
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def snorm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def tnorm(text):
    """Normalisation for the occurrence check: drop title marks and whitespace."""
    return re.sub(r"[《》〈〉\s\u3000]", "", text)


def titles(text):
    """Every 《…》 title (outer and nested 〈…〉 / inner 《…》) and 「…」 title in the text."""
    out, stack = [], []
    for i, ch in enumerate(text):
        if ch in "《〈「":
            stack.append((ch, i))
        elif ch in "》〉」" and stack:
            _, j = stack.pop()
            out.append(text[j + 1:i])
    return out


def check(path, verbose):
    errors, warnings, notes = [], [], []
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"does not load: {exc}"], [], []
    if set(gold) != {"doc", "report", "regulations", "organizations", "measures"}:
        errors.append(f"top-level keys {sorted(gold)}")
    doc = gold.get("doc")
    if not isinstance(doc, str) or doc[:-4] != path.stem or not doc.endswith(".txt"):
        errors.append(f"doc field {doc!r} does not match {path.name}")
        return errors, warnings, notes
    txt = DOCS / doc
    if not txt.exists():
        return errors + [f"missing text {txt}"], warnings, notes
    raw = txt.read_text(encoding="utf-8")
    texts = [tnorm(raw), tnorm(html.unescape(raw))]

    rep = gold.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys {sorted(rep)}")
    if rep.get("title") is not None and not isinstance(rep.get("title"), str):
        errors.append("report.title must be str or null")
    if rep.get("title") is None:
        notes.append("report.title is null")
    elif not any(tnorm(rep["title"]) in t for t in texts):
        errors.append(f"report.title not in text: {rep['title']}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errors.append(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errors.append(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
        errors.append(f"report.date {rep.get('date')!r}")
    if rep.get("date") is None:
        notes.append("report.date is null")
    org_names = {snorm(o.get("name", "")) for o in gold.get("organizations", [])}
    if isinstance(rep.get("publisher"), str) and snorm(rep["publisher"]) not in org_names:
        errors.append(f"publisher {rep['publisher']} is not a gold organization name")

    for kind, keys in KINDS.items():
        items = gold.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != set(keys):
                errors.append(f"{kind}: bad keys {sorted(e) if isinstance(e, dict) else e!r}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errors.append(f"{kind}: {name}: aliases must be a list of non-empty str")
                continue
            if e["type"] not in TYPES[kind]:
                errors.append(f"{kind}: {name}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{kind}: {name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                    errors.append(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str):
                        errors.append(f"{kind}: {name}: issuer must be str or null")
                    else:
                        for part in iss.split():
                            if snorm(part) not in org_names:
                                warnings.append(f"{kind}: {name}: issuer part {part} is not a gold organization")
            for form in [name, *e["aliases"]]:
                key = snorm(form)
                if key in seen and seen[key] != name:
                    errors.append(f"{kind}: form {form!r} used by both {seen[key]!r} and {name!r}")
                seen.setdefault(key, name)
            occurs = [f for f in [name, *e["aliases"]] if any(tnorm(f) in t for t in texts)]
            if not occurs:
                errors.append(f"{kind}: neither name nor any alias occurs in text: {name}")
            elif name not in occurs:
                notes.append(f"{kind}: canonical not in text (alias occurs: {occurs[0]}): {name}")
            for a in e["aliases"]:
                if a not in occurs:
                    notes.append(f"{kind}: {name}: extra accepted form not in text: {a}")

    reg_forms = {snorm(f) for r in gold.get("regulations", []) for f in [r["name"], *r["aliases"]]}
    for t in sorted(set(titles(html.unescape(raw)))):
        if snorm(t) not in reg_forms:
            errors.append(f"title in text not covered by a gold regulation: 《{t}》")
    return errors, warnings, notes


def main():
    verbose = "--verbose" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    docs = sorted(p.name for p in DOCS.glob("*.txt"))
    bad = 0
    if sorted(f.stem + ".txt" for f in files) != docs:
        print("docs/ and gold/ do not correspond")
        bad += 1
    for f in files:
        errors, warnings, notes = check(f, verbose)
        bad += len(errors)
        status = "OK " if not errors else "ERR"
        print(f"{status} {f.name}: {len(errors)} errors, {len(warnings)} warnings, {len(notes)} notes")
        for m in errors:
            print("   error:", m)
        for m in warnings:
            print("   warning:", m)
        if verbose:
            for m in notes:
                print("   note:", m)
    print("clean" if not bad else f"{bad} errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
