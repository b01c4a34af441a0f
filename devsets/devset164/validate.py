#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]     (default: the directory of this script)

Checks, per gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing docs/<doc> file whose stem equals the gold file's stem;
  * report: title str|null, publisher/region non-empty str, year int, date YYYY-MM-DD|null;
    the publisher is one of the gold organizations (name or alias);
  * every entity has the fields of its kind with valid types / relations; doc_number
    is null or of the form 机关代字〔年份〕序号号; aliases is a list of strings;
  * no normalised name/alias is shared by two entities of the same kind;
  * every issuer part is a gold organization (name or alias);
  * occurrence: the entity name or one of its aliases occurs in the text after removing
    《》〈〉 and whitespace (and PDF page footers such as "— 2 —", "-2-", "第 2 页 共 3 页");
    canonical names that do not occur are listed as INFO (fine when an alias occurs);
  * doc numbers that do not occur verbatim (after bracket unification) are listed as INFO
    (these are repaired or normalised numbers).
Exit status 1 if any ERROR was found.
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
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
FOOTER = re.compile(r"^\s*(?:[—\-－–]\s*\d+\s*[—\-－–]|第\s*\d+\s*页\s*共\s*\d+\s*页)\s*$", re.M)
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
_DROP = set("《》〈〉“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    """The scorer's normalisation (score.py), used for uniqueness checks."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and c not in "<>")


def squash(text):
    """Remove 《》〈〉 and whitespace only (occurrence check as the brief defines it)."""
    return re.sub(r"[\s《》〈〉]", "", text)


def bracket(text):
    return "".join(_MAP.get(c, c) for c in unicodedata.normalize("NFKC", text) if not c.isspace())


def check(gold_path, docs_dir):
    errors, infos = [], []
    err = lambda m: errors.append(f"{gold_path.name}: ERROR {m}")
    info = lambda m: infos.append(f"{gold_path.name}: INFO {m}")
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return errors, infos
    if set(g) != KEYS:
        err(f"top-level keys {sorted(g)} != {sorted(KEYS)}")
        return errors, infos
    doc = g["doc"]
    if not isinstance(doc, str) or Path(doc).stem != gold_path.stem:
        err(f"doc {doc!r} does not match gold file name")
        return errors, infos
    txt_path = docs_dir / doc
    if not txt_path.exists():
        err(f"text {txt_path} missing")
        return errors, infos
    raw = txt_path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
        info("text is not UTF-8 (decoded as GB18030)")
    n = len(text)
    if not 1500 <= n <= 5000:
        err(f"text length {n} outside 1500-5000")
    body = squash(FOOTER.sub("", text))
    body_b = bracket(FOOTER.sub("", text))

    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep} != {sorted(REPORT_KEYS)}")
    else:
        if rep["title"] is not None and not (isinstance(rep["title"], str) and rep["title"]):
            err("report.title must be a non-empty string or null")
        if rep["title"] is None:
            info("report.title is null")
        for f in ("publisher", "region"):
            if not (isinstance(rep[f], str) and rep[f].strip()):
                err(f"report.{f} not filled")
        if not (isinstance(rep["year"], int) and 2000 <= rep["year"] <= 2030):
            err(f"report.year invalid: {rep['year']!r}")
        if rep["date"] is not None and not (isinstance(rep["date"], str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"])):
            err(f"report.date invalid: {rep['date']!r}")
        if rep["date"] is None:
            info("report.date is null")

    org_names = set()
    for o in g.get("organizations", []):
        if isinstance(o, dict):
            for a in [o.get("name"), *(o.get("aliases") or [])]:
                if isinstance(a, str):
                    org_names.add(norm(a))
    if isinstance(rep, dict) and isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in org_names:
        err(f"publisher {rep['publisher']!r} is not a gold organization")

    spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
            "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
            "measures": ({"name", "aliases", "type"}, MEASURE_TYPES)}
    for kind, (fields, types) in spec.items():
        items = g[kind]
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            where = f"{kind}[{i}]"
            if not isinstance(e, dict) or set(e) != fields:
                err(f"{where}: fields {sorted(e) if isinstance(e, dict) else e} != {sorted(fields)}")
                continue
            if not (isinstance(e["name"], str) and e["name"].strip()):
                err(f"{where}: empty name")
                continue
            where = f"{kind} {e['name']!r}"
            if not (isinstance(e["aliases"], list) and all(isinstance(a, str) and a.strip() for a in e["aliases"])):
                err(f"{where}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                err(f"{where}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{where}: bad relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None:
                    if not (isinstance(dn, str) and DOCNUM.match(dn)):
                        err(f"{where}: doc_number {dn!r} not normalised to 机关代字〔年份〕序号号")
                    elif bracket(dn) not in body_b:
                        info(f"{where}: doc_number {dn!r} not in text verbatim (repaired/normalised)")
                iss = e["issuer"]
                if iss is not None:
                    if not (isinstance(iss, str) and iss.strip()):
                        err(f"{where}: issuer must be a non-empty string or null")
                    else:
                        for part in iss.replace("、", " ").split():
                            if norm(part) not in org_names:
                                err(f"{where}: issuer part {part!r} is not a gold organization")
            for a in [e["name"], *e["aliases"]]:
                k = norm(a)
                if k in seen and seen[k] != i:
                    err(f"{where}: form {a!r} also belongs to {items[seen[k]]['name']!r}")
                seen.setdefault(k, i)
            forms = [e["name"], *e["aliases"]]
            hits = [f for f in forms if squash(f) and squash(f) in body]
            if not hits:
                err(f"{where}: neither name nor any alias occurs in the text")
            elif e["name"] not in hits:
                info(f"{where}: canonical name does not occur (resolved); alias found: {hits[0]!r}")
    return errors, infos


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    golds = sorted((root / "gold").glob("*.json"))
    if not golds:
        sys.exit(f"no gold files under {root / 'gold'}")
    all_err = []
    for gp in golds:
        errors, infos = check(gp, root / "docs")
        for line in infos:
            print(line)
        for line in errors:
            print(line)
        all_err += errors
    docs = sorted(p.stem for p in (root / "docs").glob("*.txt"))
    missing = sorted(set(docs) - {p.stem for p in golds})
    for m in missing:
        print(f"{m}: ERROR text without gold file")
        all_err.append(m)
    print(f"\n{len(golds)} gold files, {len(all_err)} errors")
    sys.exit(1 if all_err else 0)


if __name__ == "__main__":
    main()
