#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys exactly doc/report/regulations/organizations/measures;
    `doc` names an existing file in docs/ and matches the gold file name;
  * report has title/publisher/region/year/date; publisher, region, year and title are filled,
    year is an int in 2015..2025, date is YYYY-MM-DD (or null, reported as a warning);
    publisher is one of the document's organizations (name or alias);
  * every entity has the fields of its kind with valid values (type, relation enums;
    doc_number in the normalised form 机关代字〔年份〕序号号; aliases a list of non-empty strings);
  * every entity's name or one of its aliases occurs in the text (compared after the scorer's
    normalisation, plus removal of all whitespace so that names broken by PDF line breaks are
    found). Canonical names that do not occur themselves (resolved names) are listed as info;
  * no normalised name/alias is claimed by two entities of the same kind (the scorer would
    silently give it to the first one);
  * regulation issuers that are not organizations of the document are listed as info.
Texts are read as UTF-8, falling back to GB18030 for documents meant to be in a legacy encoding.
Exit status 1 if any error was found.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DOCNUM_RE = re.compile(r"^[\u4e00-\u9fff]+(?:[\u4e00-\u9fff]|\s)*〔(?:19|20)\d\d〕\d+号$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PROVINCE_RE = re.compile(r"^(北京市|天津市|上海市|重庆市|.{2,3}省|内蒙古自治区|广西壮族自治区|西藏自治区|"
                         r"宁夏回族自治区|新疆维吾尔自治区)")

# same normalisation as score.py, plus removal of every whitespace character
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    text = "".join(_MAP.get(c, c) for c in text if c not in _DROP)
    return "".join(text.split())


def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def check(gold_path, docs_dir):
    errors, infos = [], []
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return [f"cannot load: {exc}"], infos
    if set(gold) != TOP_KEYS:
        errors.append(f"top-level keys {sorted(gold)} != {sorted(TOP_KEYS)}")
    doc = gold.get("doc")
    if not isinstance(doc, str) or Path(doc).stem != gold_path.stem or not doc.endswith(".txt"):
        errors.append(f"doc {doc!r} does not match gold file name {gold_path.name}")
        return errors, infos
    doc_path = docs_dir / doc
    if not doc_path.exists():
        return errors + [f"document {doc_path} missing"], infos
    text, enc = read_text(doc_path)
    if enc != "utf-8":
        infos.append(f"document read as {enc}")
    ntext = norm(text)
    n_chars = len(text)
    if not 1500 <= n_chars <= 5000:
        errors.append(f"document length {n_chars} outside 1500..5000")

    # report
    rep = gold.get("report")
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        errors.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep!r} != {sorted(REPORT_KEYS)}")
        rep = rep if isinstance(rep, dict) else {}
    for field in ("title", "publisher", "region"):
        if not isinstance(rep.get(field), str) or not rep.get(field).strip():
            errors.append(f"report.{field} not filled")
    if isinstance(rep.get("title"), str) and norm(rep["title"]) not in ntext:
        errors.append(f"report.title {rep['title']!r} not found in text")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errors.append(f"report.year {rep.get('year')!r} not an int in 2015..2025")
    if rep.get("date") is None:
        infos.append("report.date is null")
    elif not isinstance(rep["date"], str) or not DATE_RE.match(rep["date"]):
        errors.append(f"report.date {rep['date']!r} not YYYY-MM-DD")
    if isinstance(rep.get("region"), str) and not PROVINCE_RE.match(rep["region"]):
        errors.append(f"report.region {rep['region']!r} does not start with a province-level name")

    kinds = {
        "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
        "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
        "measures": ({"name", "aliases", "type"}, MEASURE_TYPES),
    }
    org_forms = set()
    for kind, (keys, types) in kinds.items():
        items = gold.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        claimed = {}
        for i, ent in enumerate(items):
            where = f"{kind}[{i}]"
            if not isinstance(ent, dict):
                errors.append(f"{where} is not an object")
                continue
            if set(ent) != keys:
                errors.append(f"{where} keys {sorted(ent)} != {sorted(keys)}")
            name = ent.get("name")
            aliases = ent.get("aliases")
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{where} has no name")
                continue
            where = f"{kind} {name!r}"
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                errors.append(f"{where}: aliases must be a list of non-empty strings")
                aliases = []
            if ent.get("type") not in types:
                errors.append(f"{where}: type {ent.get('type')!r} not in {sorted(types)}")
            if kind == "regulations":
                if ent.get("relation") not in RELATIONS:
                    errors.append(f"{where}: relation {ent.get('relation')!r} not in {sorted(RELATIONS)}")
                dn = ent.get("doc_number")
                if dn is not None:
                    if not isinstance(dn, str) or not DOCNUM_RE.match(dn):
                        errors.append(f"{where}: doc_number {dn!r} not of the form 机关代字〔年份〕序号号")
                    elif norm(dn) not in ntext:
                        # the text may write the number with other brackets; the norm maps them all
                        errors.append(f"{where}: doc_number {dn!r} not found in text")
                iss = ent.get("issuer")
                if iss is not None and (not isinstance(iss, str) or not iss.strip()):
                    errors.append(f"{where}: issuer must be null or a non-empty string")
            forms = [name] + list(aliases)
            found = [f for f in forms if norm(f) and norm(f) in ntext]
            if not found:
                errors.append(f"{where}: neither name nor any alias occurs in the text")
            elif norm(name) not in ntext:
                infos.append(f"{where}: canonical name not in text (resolved); found as {found[0]!r}")
            for a in aliases:
                if norm(a) not in ntext:
                    infos.append(f"{where}: alias {a!r} not in text (accepted form only)")
            seen_here = set()
            for f in forms:
                k = norm(f)
                if k in seen_here:
                    continue
                seen_here.add(k)
                if k in claimed and claimed[k] != name:
                    errors.append(f"{where}: form {f!r} also claimed by {claimed[k]!r}")
                claimed.setdefault(k, name)
            if kind == "organizations":
                org_forms.update(norm(f) for f in forms)
    pub = rep.get("publisher")
    if isinstance(pub, str) and norm(pub) not in org_forms:
        errors.append(f"report.publisher {pub!r} is not among the organizations")
    for ent in gold.get("regulations") or []:
        iss = ent.get("issuer") if isinstance(ent, dict) else None
        if isinstance(iss, str):
            parts = [p for p in re.split(r"[\s、，,]+", iss) if p]
            missing = [p for p in parts if norm(p) not in org_forms]
            if missing:
                infos.append(f"regulations {ent['name']!r}: issuer part(s) {missing} not an organization of the doc")
    return errors, infos


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_files = sorted((base / "gold").glob("*.json"))
    docs = sorted((base / "docs").glob("*.txt"))
    n_err = 0
    if len(gold_files) != len(docs):
        print(f"ERROR: {len(docs)} documents but {len(gold_files)} gold files")
        n_err += 1
    for d in docs:
        if not (base / "gold" / (d.stem + ".json")).exists():
            print(f"ERROR: {d.name} has no gold file")
            n_err += 1
    for gp in gold_files:
        errors, infos = check(gp, base / "docs")
        status = "OK " if not errors else "ERR"
        print(f"{status} {gp.name}")
        for e in errors:
            print(f"    ERROR: {e}")
        for i in infos:
            print(f"    info: {i}")
        n_err += len(errors)
    print(f"{len(gold_files)} gold files, {n_err} error(s)")
    sys.exit(1 if n_err else 0)


if __name__ == "__main__":
    main()
