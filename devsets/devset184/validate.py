#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks, for every gold/<doc>.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing docs/<doc>.txt whose stem equals the gold file stem;
  * report has title/publisher/region/year/date; publisher, region, year filled; year int in
    2015..2025; date null or YYYY-MM-DD; publisher is one of the gold organizations;
  * every entity has the right fields and types; type / relation values are in the enums of
    ANNOTATION.md; doc_number null or normalised to 机关代字〔年份〕序号号 (or a 令 number);
    issuer null or a non-empty string;
  * no two entities of one kind share a name or alias (after score.py normalisation);
  * every entity name or at least one alias occurs in the text, after removing 《》〈〉 and
    whitespace from both (canonical names that are resolved and do not occur are listed as
    notes, fine as long as an alias occurs); every alias that does not occur is an error;
  * the report title, if given, occurs in the text.
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
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
DOCNUM = re.compile(r"^[\u4e00-\u9fff]+〔(19|20)\d\d〕\d+号$|^[\u4e00-\u9fff]+令第\d+号$")

# same normalisation as /work/shared/score.py, for the duplicate check
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def loose(text):
    """Remove title marks and whitespace only (the occurrence test)."""
    return re.sub(r"[《》〈〉\s\u3000]", "", text)


def unquoted(text):
    """Also remove quotation marks (a measure named 放管服改革 is written “放管服”改革)."""
    return re.sub(r"[“”\"‘’「」『』]", "", loose(text))


def check(devset):
    errors, notes = [], []
    gold_dir, doc_dir = devset / "gold", devset / "docs"
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        errors.append("no gold files")
    docs = sorted(p.name for p in doc_dir.glob("*.txt"))
    if len(docs) != len(files):
        errors.append(f"{len(docs)} docs but {len(files)} gold files")
    for gf in files:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{where}: JSON does not load: {exc}")
            continue
        if set(g) != KEYS:
            errors.append(f"{where}: keys {sorted(g)} != {sorted(KEYS)}")
        doc = g.get("doc", "")
        if not isinstance(doc, str) or Path(doc).stem != gf.stem:
            errors.append(f"{where}: doc {doc!r} does not match file name")
        tpath = doc_dir / str(doc)
        if not tpath.exists():
            errors.append(f"{where}: text {tpath} missing")
            continue
        raw = tpath.read_text(encoding="utf-8")
        n = len(raw)
        if not 1500 <= n <= 5000:
            errors.append(f"{where}: text length {n} outside 1500..5000")
        text = loose(raw)
        text_uq = unquoted(raw)
        # report
        rep = g.get("report")
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report fields wrong: {rep!r}")
            rep = rep if isinstance(rep, dict) else {}
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                errors.append(f"{where}: report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
            errors.append(f"{where}: report.year {rep.get('year')!r} invalid")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
            errors.append(f"{where}: report.date {rep.get('date')!r} invalid")
        if rep.get("title") is not None and loose(rep["title"]) not in text:
            errors.append(f"{where}: report.title does not occur in text")
        org_forms = {norm(x) for o in g.get("organizations", []) for x in [o.get("name", ""), *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            errors.append(f"{where}: publisher {rep['publisher']!r} is not a gold organization")
        # entities
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEASURE_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{where}: {kind} is not a list")
                continue
            seen = {}
            for e in items:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != need:
                    errors.append(f"{where}: {kind} entry has wrong fields: {e!r}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{where}: {kind} empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{where}: {kind} {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{where}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{where}: {name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                        errors.append(f"{where}: {name}: doc_number {dn!r} not normalised")
                    if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"].strip()):
                        errors.append(f"{where}: {name}: bad issuer {e['issuer']!r}")
                for form in [name, *e["aliases"]]:
                    k = norm(form)
                    if k in seen and seen[k] != name:
                        errors.append(f"{where}: {kind}: form {form!r} used by both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                if len({norm(a) for a in e["aliases"]}) != len(e["aliases"]):
                    notes.append(f"{where}: {kind} {name}: aliases equal after normalisation")
                occurs = [f for f in [name, *e["aliases"]] if loose(f) in text]
                if not occurs:
                    errors.append(f"{where}: {kind} {name!r}: neither name nor any alias occurs in the text")
                elif unquoted(name) not in text_uq:
                    notes.append(f"{where}: {kind} {name!r} resolved (not in text); alias {occurs[0]!r} occurs")
                for a in e["aliases"]:
                    if loose(a) not in text:
                        errors.append(f"{where}: {kind} {name}: alias {a!r} does not occur")
    return errors, notes


def main():
    devset = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, notes = check(devset)
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
