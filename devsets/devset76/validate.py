#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<file>.txt whose stem equals the gold file's stem;
  * report has title/publisher/region/year/date; publisher, region, year filled;
    year is an int in 2015..2026; date is YYYY-MM-DD or null; the publisher is one of
    the gold organizations (so that publisher scoring can match through aliases);
  * every entity has the fields of its kind with valid values (type, relation,
    doc_number normalised as 机关代字〔年份〕序号号 or null, issuer str or null);
  * no two entities of one kind share a normalised name/alias;
  * the canonical name or at least one alias occurs in the text (both normalised the
    way score.py normalises, with whitespace removed so PDF line breaks do not matter);
    canonical names that do not occur (resolved names) are listed as notes;
    aliases that do not occur (accepted variant forms) are listed as notes;
  * issuers name a gold organization (note otherwise);
  * the text is 1,500–5,000 characters.
Exit status 1 if any ERROR was found.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
TOP = {"doc", "report", "regulations", "organizations", "measures"}
REPORT = {"title", "publisher", "region", "year", "date"}


def check(gold_path, docs_dir):
    errors, notes = [], []
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], notes
    if set(g) != TOP:
        errors.append(f"top-level keys {sorted(g)} != {sorted(TOP)}")
        return errors, notes
    doc = g["doc"]
    if not isinstance(doc, str) or not doc.endswith(".txt") or doc[:-4] != gold_path.stem:
        errors.append(f"doc field {doc!r} does not match gold file {gold_path.name}")
    txt_path = docs_dir / doc
    if not txt_path.exists():
        errors.append(f"text {txt_path} missing")
        return errors, notes
    raw = txt_path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
        notes.append("text is not UTF-8 (decoded as GB18030)")
    n = len(text)
    if not 1500 <= n <= 5000:
        errors.append(f"text length {n} outside 1500..5000")
    ntext = norm(text)

    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != REPORT:
        errors.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep} != {sorted(REPORT)}")
    else:
        for k in ("publisher", "region"):
            if not isinstance(rep[k], str) or not rep[k].strip():
                errors.append(f"report.{k} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2026:
            errors.append(f"report.year invalid: {rep['year']!r}")
        if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
            errors.append(f"report.date invalid: {rep['date']!r}")
        if rep["title"] is not None and not isinstance(rep["title"], str):
            errors.append("report.title must be str or null")
        if rep["title"] and norm(rep["title"]) not in ntext:
            errors.append(f"report.title does not occur in text: {rep['title']}")
        if rep["date"] is None:
            notes.append("report.date is null")

    org_forms = set()
    for o in g["organizations"]:
        for a in [o.get("name"), *o.get("aliases", [])]:
            if isinstance(a, str):
                org_forms.add(norm(a))
    if isinstance(rep, dict) and rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        errors.append(f"publisher {rep['publisher']} is not a gold organization")

    spec = {
        "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
        "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
        "measures": ({"name", "aliases", "type"}, MEA_TYPES),
    }
    for kind, (fields, types) in spec.items():
        ents = g[kind]
        if not isinstance(ents, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in ents:
            if not isinstance(e, dict) or set(e) != fields:
                errors.append(f"{kind}: bad entity fields {e}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) for a in e["aliases"]):
                errors.append(f"{kind} {name}: aliases must be a list of str")
                continue
            if e["type"] not in types:
                errors.append(f"{kind} {name}: invalid type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{kind} {name}: invalid relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and (not isinstance(dn, str) or not DOCNO.match(dn)):
                    errors.append(f"{kind} {name}: doc_number not normalised: {dn!r}")
                if dn is not None:
                    # the number (year and serial) should be recognisable in the text
                    m = DOCNO.match(dn)
                    core = re.sub(r"〔(\d{4})〕(\d+)号", r"(\1)\2号", dn)
                    if m and norm(core) not in ntext:
                        notes.append(f"{kind} {name}: doc_number {dn} not literally in text (repaired?)")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str):
                        errors.append(f"{kind} {name}: issuer must be str or null")
                    else:
                        for part in iss.split():
                            if norm(part) not in org_forms:
                                notes.append(f"{kind} {name}: issuer part {part} is not a gold organization")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    errors.append(f"{kind}: form {f!r} used by both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            found = [f for f in forms if norm(f) and norm(f) in ntext]
            if not found:
                errors.append(f"{kind}: neither name nor any alias occurs in text: {name}")
            else:
                if norm(name) not in ntext:
                    notes.append(f"{kind}: resolved name not in text (alias occurs): {name}")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        notes.append(f"{kind} {name}: alias not in text (accepted form): {a}")
    return errors, notes


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    base = Path(args[0]) if args else Path(__file__).resolve().parent
    gold_dir, docs_dir = base / "gold", base / "docs"
    golds = sorted(gold_dir.glob("*.json"))
    docs = sorted(p.name for p in docs_dir.glob("*.txt"))
    bad = 0
    if {p.stem + ".txt" for p in golds} != set(docs):
        print("ERROR: docs and gold files do not pair up")
        bad += 1
    verbose = "-q" not in sys.argv
    for gp in golds:
        errors, notes = check(gp, docs_dir)
        print(f"== {gp.name}: {len(errors)} error(s), {len(notes)} note(s)")
        for e in errors:
            print("  ERROR", e)
        if verbose:
            for n in notes:
                print("  note ", n)
        bad += len(errors)
    print(f"{len(golds)} gold files, {bad} error(s)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
