#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ and matches the gold file name;
  * report: title str|null, publisher/region non-empty str, year int 2015..2025,
    date YYYY-MM-DD or null; the publisher is the name or an alias of a gold organization;
  * every entity has the fields and value types of ANNOTATION.md (type / relation vocabularies,
    doc_number normalised form, issuer str|null, aliases list of str);
  * no normalised name/alias is shared by two entities of the same kind (scorer ambiguity);
  * occurrence: the entity name or at least one alias occurs in the text, after decoding HTML
    entities and normalising like score.py (NFKC, whitespace/quotes/title marks removed,
    dashes and brackets unified). Canonical names that do not occur themselves (resolved
    jurisdiction, official full titles, repaired damage) are listed as INFO, not errors;
  * doc_number, when given, occurs in the normalised text.
Exit status 1 if any ERROR was found.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNO_RE = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DOCNO_LING_RE = re.compile(r"^\S*令第\d+号$")     # 政府令 numbers, kept as written
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    """The normalisation of score.py (section 6 of ANNOTATION.md)."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def text_norm(raw):
    # decode HTML entities (&nbsp; &ldquo; &lt; ...) twice for double-escaped debris
    return norm(html.unescape(html.unescape(raw)))


def check_file(gf, docs_dir, errors, infos):
    def err(msg):
        errors.append(f"{gf.name}: {msg}")

    def info(msg):
        infos.append(f"{gf.name}: {msg}")

    try:
        gold = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return None
    if not isinstance(gold, dict) or set(gold) != KEYS:
        err(f"top-level keys {sorted(gold) if isinstance(gold, dict) else type(gold)} != {sorted(KEYS)}")
        return None
    doc = gold["doc"]
    if not isinstance(doc, str) or not doc.endswith(".txt"):
        err(f"doc {doc!r} is not a .txt file name")
        return None
    if doc[:-4] != gf.stem:
        err(f"doc {doc!r} does not match gold file name {gf.name}")
    tp = docs_dir / doc
    if not tp.exists():
        err(f"text file {tp} missing")
        return None
    raw = tp.read_text(encoding="utf-8")
    text = text_norm(raw)
    nchar = len(raw)
    if not 1500 <= nchar <= 5000:
        info(f"text length {nchar} characters outside 1500-5000")

    # report
    rep = gold["report"]
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep} != {sorted(REPORT_KEYS)}")
    else:
        if rep["title"] is not None and not isinstance(rep["title"], str):
            err("report.title must be str or null")
        if rep["title"] is None:
            info("report.title is null (no title in the text)")
        elif norm(rep["title"]) not in text:
            err(f"report.title {rep['title']!r} does not occur in text")
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f].strip():
                err(f"report.{f} must be a non-empty string")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep['year']!r} must be an int in 2015..2025")
        if rep["date"] is None:
            info("report.date is null (no date in the text)")
        elif not isinstance(rep["date"], str) or not DATE_RE.match(rep["date"]):
            err(f"report.date {rep['date']!r} must be YYYY-MM-DD or null")
        orgforms = {norm(a) for o in gold["organizations"] if isinstance(o, dict)
                    for a in [o.get("name", ""), *o.get("aliases", [])]}
        if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in orgforms:
            err(f"report.publisher {rep['publisher']!r} is not a gold organization")

    # entities
    for kind, types, fields in (
        ("regulations", REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
        ("organizations", ORG_TYPES, {"name", "aliases", "type"}),
        ("measures", MEASURE_TYPES, {"name", "aliases", "type"}),
    ):
        items = gold[kind]
        if not isinstance(items, list):
            err(f"{kind} must be a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            where = f"{kind}[{i}]"
            if not isinstance(e, dict) or set(e) != fields:
                err(f"{where}: fields {sorted(e) if isinstance(e, dict) else e} != {sorted(fields)}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                err(f"{where}: empty name")
                continue
            where = f"{kind} {name!r}"
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                err(f"{where}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                err(f"{where}: type {e['type']!r} not in {sorted(types)}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{where}: relation {e['relation']!r} not in {sorted(RELATIONS)}")
                dn = e["doc_number"]
                if dn is not None:
                    if not isinstance(dn, str):
                        err(f"{where}: doc_number must be str or null")
                    elif DOCNO_LING_RE.match(dn):
                        info(f"{where}: doc_number {dn!r} is a 令 number, kept as written")
                    elif not DOCNO_RE.match(dn):
                        err(f"{where}: doc_number {dn!r} not normalised to 机关代字〔年份〕序号号")
                    if isinstance(dn, str) and norm(dn) not in text:
                        err(f"{where}: doc_number {dn!r} does not occur in text")
                if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"].strip()):
                    err(f"{where}: issuer must be a non-empty str or null")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != i:
                    err(f"{where}: form {f!r} also belongs to {items[seen[k]]['name']!r}")
                seen.setdefault(k, i)
            occurring = [f for f in forms if norm(f) in text]
            if not occurring:
                err(f"{where}: neither the name nor any alias occurs in the text")
            elif norm(name) not in text:
                info(f"{where}: canonical name not in text (resolved); occurs as {occurring[0]!r}")
    return gold


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_dir, docs_dir = base / "gold", base / "docs"
    errors, infos = [], []
    gold_files = sorted(gold_dir.glob("*.json"))
    docs = sorted(p.name for p in docs_dir.glob("*.txt"))
    for d in docs:
        if not (gold_dir / (d[:-4] + ".json")).exists():
            errors.append(f"{d}: no gold file")
    counts = {"regulations": 0, "organizations": 0, "measures": 0}
    for gf in gold_files:
        g = check_file(gf, docs_dir, errors, infos)
        if g:
            for k in counts:
                counts[k] += len(g[k])
    verbose = "-v" in sys.argv
    if verbose:
        for line in infos:
            print("INFO ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(gold_files)} gold files, {len(docs)} texts; entities: {counts}; "
          f"{len(errors)} errors, {len(infos)} info notes" + ("" if verbose else " (-v to list)"))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
