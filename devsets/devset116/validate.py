#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys exactly doc/report/regulations/organizations/measures;
    `doc` names an existing file in docs/ and matches the gold file name;
  * report has title/publisher/region/year/date; publisher, region, year filled;
    year is an int in 2010..2026; date is null or YYYY-MM-DD; publisher is a gold organization;
  * every entity has a non-empty string name, a list of string aliases, a valid type;
    regulations have doc_number/issuer (str or null) and a valid relation;
    doc_number looks like 代字〔年份〕序号号 (or a 令第N号 rule number);
  * no duplicate canonical names and no normalised alias shared by two entities of one kind;
  * the name or at least one alias occurs in the text (compared after the scorer's
    normalisation and with all whitespace removed, so PDF line breaks do not matter).
    Names that do not occur themselves but are covered by an alias are listed as
    "resolved" (fine); entities with no occurring form are errors.
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

TYPES = {
    "regulations": {"law", "administrative_regulation", "departmental_rule", "local_regulation",
                    "normative_document", "party_document", "plan", "publication", "other"},
    "organizations": {"government", "department", "party", "legislature", "judiciary", "committee",
                      "institution", "enterprise", "social", "other"},
    "measures": {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"},
}
RELATIONS = {"issues", "implements", "studies", "mentions"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}

# same normalisation as score.py (section 6 of ANNOTATION.md), plus: drop all whitespace
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    text = "".join(_MAP.get(c, c) for c in text if c not in _DROP)
    return re.sub(r"\s+", "", text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5", "utf-16"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def check(gold_path, docs_dir):
    errors, notes = [], []
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], notes
    keys = set(gold)
    if keys != {"doc", "report", "regulations", "organizations", "measures"}:
        errors.append(f"top-level keys {sorted(keys)}")
        return errors, notes
    doc = gold["doc"]
    if not isinstance(doc, str) or doc[:-4] != gold_path.stem or not doc.endswith(".txt"):
        errors.append(f"doc field {doc!r} does not match file name {gold_path.name}")
    txt = docs_dir / doc
    if not txt.exists():
        errors.append(f"document {doc} missing")
        return errors, notes
    text = norm(read_text(txt))

    rep = gold["report"]
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        errors.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
    else:
        for f in ("publisher", "region", "year"):
            if rep[f] in (None, ""):
                errors.append(f"report.{f} empty")
        if not isinstance(rep["year"], int) or not 2010 <= rep["year"] <= 2026:
            errors.append(f"report.year {rep['year']!r}")
        if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            errors.append(f"report.date {rep['date']!r}")
        if rep["title"] is None:
            notes.append("report.title is null")
        elif norm(rep["title"]) not in text:
            errors.append(f"report.title not in text: {rep['title']}")
        if rep["date"] is None:
            notes.append("report.date is null")
        org_names = {norm(o.get("name", "")) for o in gold["organizations"]}
        if rep["publisher"] and norm(rep["publisher"]) not in org_names:
            errors.append(f"publisher {rep['publisher']} is not a gold organization")

    for kind in ("regulations", "organizations", "measures"):
        ents = gold[kind]
        if not isinstance(ents, list):
            errors.append(f"{kind} is not a list")
            continue
        seen_names, seen_forms = {}, {}
        for e in ents:
            name = e.get("name")
            want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != want:
                errors.append(f"{kind}: {name}: keys {sorted(e)}")
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name")
                continue
            aliases = e.get("aliases", [])
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                errors.append(f"{kind}: {name}: aliases must be a list of non-empty strings")
                aliases = []
            if e.get("type") not in TYPES[kind]:
                errors.append(f"{kind}: {name}: bad type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    errors.append(f"{kind}: {name}: bad relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None:
                    if not isinstance(dn, str) or not (re.fullmatch(r".+〔\d{4}〕\d+号", dn) or re.search(r"令第\d+号$", dn)):
                        errors.append(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                    elif norm(dn) not in text:
                        notes.append(f"doc_number {dn} repaired/normalised (not verbatim in text)")
                iss = e.get("issuer")
                if iss is not None and not isinstance(iss, str):
                    errors.append(f"{kind}: {name}: issuer must be str or null")
            if norm(name) in seen_names:
                errors.append(f"{kind}: duplicate name {name}")
            seen_names[norm(name)] = name
            for form in {norm(f) for f in [name, *aliases]}:
                if form in seen_forms and seen_forms[form] != name:
                    errors.append(f"{kind}: form {form} shared by {seen_forms[form]} and {name}")
                seen_forms[form] = name
            occurs = [f for f in [name, *aliases] if norm(f) and norm(f) in text]
            if not occurs:
                errors.append(f"{kind}: {name}: neither name nor any alias occurs in text")
            elif norm(name) not in text:
                notes.append(f"resolved ({kind}): {name}  <- {occurs[0]}")
    return errors, notes


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    docs_dir, gold_dir = root / "docs", root / "gold"
    golds = sorted(gold_dir.glob("*.json"))
    docs = sorted(p.name for p in docs_dir.glob("*.txt"))
    bad = 0
    if {g.stem + ".txt" for g in golds} != set(docs):
        print("docs and gold files do not pair up")
        bad += 1
    for g in golds:
        errors, notes = check(g, docs_dir)
        text_len = len(read_text(docs_dir / (g.stem + ".txt"))) if (docs_dir / (g.stem + ".txt")).exists() else 0
        status = "OK " if not errors else "ERR"
        print(f"{status} {g.name}  ({text_len} chars)")
        if not 1500 <= text_len <= 5000:
            print(f"    ERROR length {text_len} outside 1500-5000")
            bad += 1
        for e in errors:
            print("    ERROR", e)
        for n in notes:
            print("    note ", n)
        bad += bool(errors)
    print("clean" if not bad else f"{bad} file(s) with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
