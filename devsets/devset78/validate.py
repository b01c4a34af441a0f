#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]     (default: the directory of this script)

Errors (exit status 1): JSON does not load, wrong keys or value types, unknown entity
types/relations, malformed doc_number or date, a gold entity none of whose name/aliases
occurs in the text, a 文号 that cannot be found in the text (after undoing OCR digit
damage O->0, l->1), two entities of one kind sharing a normalised name/alias, a
report field missing, a publisher that is not a gold organization.
Notes (not errors): canonical names that do not occur verbatim because they are
resolved/corrected (an alias does occur), aliases that do not occur verbatim,
issuers that are not among the gold organizations.
"""
import json, re, sys, unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    """Same normalisation as score.py (NFKC, marks and whitespace dropped, brackets unified)."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def undo_ocr_digits(text):
    """Inside 文号-like spans, OCR reads 0 as O and 1 as l; map them back for the 文号 check."""
    return re.sub(r"[O〇]", "0", re.sub(r"(?<=[\d(])l|l(?=[\d)号])", "1", text))


def check(gold_path, docs_dir):
    errors, notes = [], []
    name = gold_path.name
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"{name}: JSON does not load: {exc}"], notes
    if set(gold) != TOP_KEYS:
        errors.append(f"{name}: top-level keys {sorted(gold)} != {sorted(TOP_KEYS)}")
        return errors, notes
    doc = gold["doc"]
    if not isinstance(doc, str) or doc[:-4] != gold_path.stem or not doc.endswith(".txt"):
        errors.append(f"{name}: doc {doc!r} does not match the gold file name")
    txt_path = docs_dir / doc
    if not txt_path.exists():
        errors.append(f"{name}: text {txt_path} missing")
        return errors, notes
    raw = txt_path.read_text(encoding="utf-8")
    text = norm(raw)
    text_digits = undo_ocr_digits(text)

    rep = gold["report"]
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        errors.append(f"{name}: report keys {sorted(rep) if isinstance(rep, dict) else rep} != {sorted(REPORT_KEYS)}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                errors.append(f"{name}: report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
            errors.append(f"{name}: report.year {rep['year']!r} is not a plausible int")
        if rep["title"] is not None and not isinstance(rep["title"], str):
            errors.append(f"{name}: report.title must be str or null")
        if rep["title"] and norm(rep["title"]) not in text:
            errors.append(f"{name}: report.title does not occur in the text")
        if rep["date"] is None:
            notes.append(f"{name}: report.date is null")
        elif not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            errors.append(f"{name}: report.date {rep['date']!r} not YYYY-MM-DD")
        orgs = {norm(o.get("name", "")) for o in gold.get("organizations", []) if isinstance(o, dict)}
        if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in orgs:
            errors.append(f"{name}: publisher {rep['publisher']!r} is not a gold organization name")

    org_forms = set()
    for o in gold.get("organizations", []):
        if isinstance(o, dict):
            org_forms.add(norm(o.get("name", "")))
            org_forms.update(norm(a) for a in o.get("aliases", []))

    for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEAS_TYPES)):
        items = gold[kind]
        if not isinstance(items, list):
            errors.append(f"{name}: {kind} is not a list")
            continue
        want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != want:
                errors.append(f"{name}: {kind} entry has keys {sorted(e) if isinstance(e, dict) else e}, want {sorted(want)}")
                continue
            ename = e["name"]
            if not isinstance(ename, str) or not ename.strip():
                errors.append(f"{name}: {kind} entry with empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                errors.append(f"{name}: {kind} {ename}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                errors.append(f"{name}: {kind} {ename}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{name}: {ename}: relation {e['relation']!r} not allowed")
                dn = e["doc_number"]
                if dn is not None:
                    if not re.fullmatch(r"[^〔〕\s]+〔(19|20)\d\d〕\d+号", dn):
                        errors.append(f"{name}: {ename}: doc_number {dn!r} not in the form 机关代字〔年份〕序号号")
                    elif norm(dn) not in text_digits:
                        errors.append(f"{name}: {ename}: doc_number {dn!r} not found in the text")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str) or not iss.strip():
                        errors.append(f"{name}: {ename}: issuer must be a non-empty string or null")
                    else:
                        for part in iss.split():
                            if norm(part) not in org_forms:
                                notes.append(f"{name}: {ename}: issuer part {part!r} is not a gold organization")
            forms = [ename] + e["aliases"]
            for f in forms:
                key = norm(f)
                if key in seen and seen[key] != ename:
                    errors.append(f"{name}: {kind}: form {f!r} used by both {seen[key]!r} and {ename!r}")
                seen.setdefault(key, ename)
            if len({norm(f) for f in forms}) != len(forms):
                pass  # quoted and unquoted forms of one name may both be listed, as in the seed gold
            found = [f for f in forms if norm(f) in text]
            if not found:
                errors.append(f"{name}: {kind} {ename!r}: neither name nor any alias occurs in the text")
            else:
                if norm(ename) not in text:
                    notes.append(f"{name}: {kind} {ename!r}: name resolved/corrected, occurs as {found[0]!r}")
                for a in e["aliases"]:
                    if norm(a) not in text:
                        notes.append(f"{name}: {kind} {ename!r}: alias {a!r} does not occur verbatim")
    return errors, notes


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_files = sorted((base / "gold").glob("*.json"))
    docs = {p.name for p in (base / "docs").glob("*.txt")}
    all_err, all_notes = [], []
    if not gold_files:
        all_err.append("no gold files")
    for gf in gold_files:
        err, notes = check(gf, base / "docs")
        all_err += err
        all_notes += notes
    for d in sorted(docs - {gf.stem + ".txt" for gf in gold_files}):
        all_err.append(f"{d}: text without gold file")
    for p in (base / "docs").glob("*.txt"):
        n = len(p.read_text(encoding="utf-8"))
        if not 1500 <= n <= 5000:
            all_err.append(f"{p.name}: {n} characters, outside 1500-5000")
    for n in all_notes:
        print("note:", n)
    for e in all_err:
        print("ERROR:", e)
    print(f"{len(gold_files)} gold files, {len(all_err)} errors, {len(all_notes)} notes")
    sys.exit(1 if all_err else 0)


if __name__ == "__main__":
    main()
