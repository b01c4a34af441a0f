#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--quiet]

Checks, per gold/<name>.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` is <name>.txt and docs/<doc> exists (1,500-5,000 characters);
  * report: title (str|null), publisher/region (non-empty str), year (int 2015-2025),
    date (YYYY-MM-DD|null); the publisher is one of the gold organizations (name or alias);
  * every entity has the fields of its kind with valid values (types, relations from ANNOTATION.md;
    doc_number normalised to 机关代字〔年份〕序号号; aliases a list of distinct strings);
  * no two entities of one kind share a name/alias after the scorer's normalisation;
  * every entity's name or one of its aliases occurs in the text after removing 《》〈〉 and
    whitespace (falling back to the scorer's normalisation, e.g. for <> vs 〈〉, （） vs ()).
    Entities found only through an alias (canonical name resolved) are listed as INFO;
    aliases that occur nowhere in the text are listed as WARN (allowed: accepted variants);
  * issuers that are not among the gold organizations are listed as WARN.
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# the scorer's normalisation (score.py)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip_light(text):
    return re.sub(r"[\s《》〈〉]", "", text)


def check(path, quiet):
    errors, warns, infos = [], [], []
    E, W, I = errors.append, warns.append, infos.append
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], [], []
    if set(gold) != KEYS:
        E(f"top-level keys {sorted(gold)} != {sorted(KEYS)}")
    if gold.get("doc") != path.stem + ".txt":
        E(f"doc {gold.get('doc')!r} != {path.stem + '.txt'!r}")
    txt_path = ROOT / "docs" / str(gold.get("doc"))
    if not txt_path.exists():
        return errors + [f"missing text {txt_path}"], warns, infos
    text = txt_path.read_text(encoding="utf-8")
    if not 1500 <= len(text) <= 5000:
        E(f"text length {len(text)} outside 1500-5000")
    light, full = strip_light(text), norm(text)

    def occurs(s):
        return strip_light(s) in light or norm(s) in full

    rep = gold.get("report") or {}
    if set(rep) != REPORT_KEYS:
        E(f"report keys {sorted(rep)} != {sorted(REPORT_KEYS)}")
    if rep.get("title") is not None and (not isinstance(rep["title"], str) or not rep["title"].strip()):
        E("report.title must be a non-empty string or null")
    if rep.get("title") and not occurs(rep["title"]):
        W(f"report.title not in text: {rep['title']}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep[f].strip():
            E(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        E(f"report.year invalid: {rep.get('year')!r}")
    if rep.get("date") is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
        E(f"report.date invalid: {rep.get('date')!r}")

    org_forms = {}
    for o in gold.get("organizations", []):
        for a in [o.get("name", ""), *o.get("aliases", [])]:
            org_forms[norm(a)] = o.get("name")
    if isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in org_forms:
        E(f"publisher {rep['publisher']!r} is not a gold organization")

    spec = {
        "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
        "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
        "measures": ({"name", "aliases", "type"}, MEASURE_TYPES),
    }
    for kind, (fields, types) in spec.items():
        items = gold.get(kind)
        if not isinstance(items, list):
            E(f"{kind} is not a list")
            continue
        seen = {}
        for n, ent in enumerate(items):
            where = f"{kind}[{n}]"
            if not isinstance(ent, dict) or set(ent) != fields:
                E(f"{where}: fields {sorted(ent) if isinstance(ent, dict) else ent!r} != {sorted(fields)}")
                continue
            name, aliases = ent["name"], ent["aliases"]
            if not isinstance(name, str) or not name.strip():
                E(f"{where}: empty name")
                continue
            where = f"{kind}: {name}"
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                E(f"{where}: aliases must be a list of non-empty strings")
                continue
            if len(set(aliases)) != len(aliases) or name in aliases:
                W(f"{where}: repeated alias")
            if ent["type"] not in types:
                E(f"{where}: type {ent['type']!r} not allowed")
            if kind == "regulations":
                if ent["relation"] not in RELATIONS:
                    E(f"{where}: relation {ent['relation']!r} not allowed")
                dn = ent["doc_number"]
                if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                    E(f"{where}: doc_number {dn!r} not normalised to 机关代字〔年份〕序号号")
                if dn is not None and not occurs(re.sub(r"〔(\d{4})〕", r"\1", dn)) and not any(
                        re.sub(r"[\s\[\]\(\)（）【】〔〕]", "", dn) in re.sub(r"[\s\[\]\(\)（）【】〔〕]", "", text)
                        for _ in [0]):
                    W(f"{where}: doc_number {dn} not found in text (repaired?)")
                iss = ent["issuer"]
                if iss is not None:
                    if not isinstance(iss, str) or not iss.strip():
                        E(f"{where}: issuer must be a non-empty string or null")
                    else:
                        for part in iss.split():
                            if norm(part) not in org_forms:
                                W(f"{where}: issuer part {part!r} not among gold organizations")
            for form in [name, *aliases]:
                key = norm(form)
                if key in seen and seen[key] != n:
                    E(f"{where}: form {form!r} also used by {items[seen[key]]['name']!r}")
                seen.setdefault(key, n)
            if occurs(name):
                pass
            elif any(occurs(a) for a in aliases):
                I(f"{where}: canonical name resolved, found via alias "
                  f"{next(a for a in aliases if occurs(a))!r}")
            else:
                E(f"{where}: neither name nor any alias occurs in the text")
            for a in aliases:
                if not occurs(a):
                    W(f"{where}: alias {a!r} not in text")
    return errors, warns, infos


def main():
    quiet = "--quiet" in sys.argv
    files = sorted((ROOT / "gold").glob("*.json"))
    n_err = 0
    for f in files:
        errors, warns, infos = check(f, quiet)
        n_err += len(errors)
        if errors or warns or (infos and not quiet):
            print(f"== {f.name}")
        for e in errors:
            print(f"  ERROR {e}")
        for w in warns:
            print(f"  WARN  {w}")
        if not quiet:
            for i in infos:
                print(f"  INFO  {i}")
    docs = sorted((ROOT / "docs").glob("*.txt"))
    missing = {d.stem for d in docs} - {f.stem for f in files}
    for m in sorted(missing):
        print(f"ERROR docs/{m}.txt has no gold file")
        n_err += 1
    print(f"{len(files)} gold files, {n_err} errors")
    sys.exit(1 if n_err else 0)


if __name__ == "__main__":
    main()
