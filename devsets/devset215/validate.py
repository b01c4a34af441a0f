#!/usr/bin/env python3
"""Check every gold file of this dev set against ANNOTATION.md.

usage: python3 validate.py [-v] [DEVSET_DIR]   (default: the directory of this script; -v lists notes)

Errors (exit status 1): JSON does not load; missing/extra keys; wrong value types;
type/relation outside the allowed sets; doc_number not in the form 代字〔年份〕序号号;
report fields publisher/region/year missing; publisher not among the organizations;
an entity of which neither the name nor any alias occurs in the text; two entities of
one kind sharing a normalised name/alias (the scorer would merge them).
Notes (no failure): canonical names that do not occur verbatim but an alias does
(resolved names), aliases that do not occur (accepted variant forms), doc_numbers that
only occur after repair, issuers that are not listed among the organizations.
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
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
ENTITY_KEYS = {"regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
               "organizations": {"name", "aliases", "type"},
               "measures": {"name", "aliases", "type"}}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}

# same normalisation as score.py (section 6 of ANNOTATION.md)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


def check(gold_path, docs_dir):
    errors, notes = [], []
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], notes
    if set(gold) != {"doc", "report", "regulations", "organizations", "measures"}:
        errors.append(f"top-level keys {sorted(gold)}")
        return errors, notes
    if gold["doc"] != gold_path.stem + ".txt":
        errors.append(f"doc field {gold['doc']!r} does not match file name")
    txt_path = docs_dir / gold["doc"]
    if not txt_path.exists():
        return errors + [f"text file {txt_path} missing"], notes
    raw = txt_path.read_text(encoding="utf-8")
    text = norm(raw)
    if not 1500 <= len(raw) <= 5000:
        errors.append(f"text length {len(raw)} outside 1500-5000")

    rep = gold["report"]
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        errors.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f].strip():
                errors.append(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"report.year {rep['year']!r}")
        if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            errors.append(f"report.date {rep['date']!r}")
        if rep["date"] is None:
            notes.append("report.date is null")
        if rep["title"] is None:
            notes.append("report.title is null")
        elif not isinstance(rep["title"], str) or norm(rep["title"]) not in text:
            errors.append(f"report.title {rep['title']!r} does not occur in the text")
        if isinstance(rep["year"], int) and str(rep["year"]) not in raw:
            errors.append(f"report.year {rep['year']} does not occur in the text")

    org_forms = set()
    for o in gold["organizations"] if isinstance(gold["organizations"], list) else []:
        if isinstance(o, dict):
            org_forms.update(norm(a) for a in [o.get("name", ""), *o.get("aliases", [])])
    if isinstance(rep, dict) and isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in org_forms:
        errors.append(f"publisher {rep['publisher']!r} is not among the organizations")

    for kind, allowed in TYPES.items():
        items = gold[kind]
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            where = f"{kind}[{i}]"
            if not isinstance(e, dict) or set(e) != ENTITY_KEYS[kind]:
                errors.append(f"{where}: keys {sorted(e) if isinstance(e, dict) else e}")
                continue
            name, aliases = e["name"], e["aliases"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{where}: empty name")
                continue
            where = f"{kind}[{name}]"
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                errors.append(f"{where}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in allowed:
                errors.append(f"{where}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{where}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None:
                    if not isinstance(dn, str) or not DOCNO.match(dn):
                        errors.append(f"{where}: doc_number {dn!r} not normalised")
                    elif norm(dn) not in text:
                        notes.append(f"{where}: doc_number {dn} occurs only after repair")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str) or not iss.strip():
                        errors.append(f"{where}: issuer {iss!r}")
                    else:
                        for part in iss.split():
                            if norm(part) not in org_forms:
                                notes.append(f"{where}: issuer part {part} not among the organizations")
            forms = [name, *aliases]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    errors.append(f"{where}: form {f!r} also belongs to {seen[k]!r}")
                seen.setdefault(k, name)
            occurring = [f for f in forms if norm(f) in text]
            if not occurring:
                errors.append(f"{where}: neither name nor any alias occurs in the text")
            else:
                if norm(name) not in text:
                    notes.append(f"{where}: canonical name resolved (alias occurs: {occurring[0]})")
                for a in aliases:
                    if norm(a) not in text:
                        notes.append(f"{where}: alias {a!r} does not occur (accepted variant)")
    return errors, notes


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    base = Path(args[0]) if args else Path(__file__).resolve().parent
    verbose = "-v" in sys.argv
    gold_files = sorted((base / "gold").glob("*.json"))
    docs = sorted((base / "docs").glob("*.txt"))
    bad = 0
    if len(gold_files) != len(docs):
        print(f"ERROR: {len(docs)} texts but {len(gold_files)} gold files")
        bad += 1
    for gf in gold_files:
        errors, notes = check(gf, base / "docs")
        counts = ""
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
            counts = " ".join(f"{k[:3]}={len(g[k])}" for k in ("regulations", "organizations", "measures"))
        except Exception:  # noqa: BLE001
            pass
        status = "OK " if not errors else "ERR"
        resolved = sum(1 for n in notes if "resolved" in n)
        print(f"{status} {gf.name}  {counts}  resolved-names={resolved} notes={len(notes)}")
        for e in errors:
            print(f"    ERROR {e}")
        if verbose:
            for n in notes:
                print(f"    note  {n}")
        bad += bool(errors)
    print("clean" if not bad else f"{bad} file(s) with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
