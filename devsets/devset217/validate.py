#!/usr/bin/env python3
"""Check every gold file of this dev set against ANNOTATION.md and against its text.

usage: python3 validate.py [DEVSET_DIR]

Checks: JSON loads; keys and value types; enumerated types/relations; doc_number shape;
report fields filled (publisher, region, year; title/date may be null only with a warning);
publisher is one of the gold organizations; no two entities of one kind share a normalised
name or alias; every entity's name or one of its aliases occurs in the text (compared after
the scorer's normalisation: NFKC, whitespace/quote/title marks removed, brackets and dashes
unified).  Texts are read as UTF-8, falling back to GB18030.

A name that occurs only once page debris (page numbers, '第 N 页 共 M 页', running headers
repeated on many lines, footnote markers) is cut out of the text is reported as an
EXCEPTION (the gold repairs the damage); a canonical name that does not occur while an alias
does is fine (resolved name).  Aliases that do not occur are listed as NOTE (they are
accepted forms added on purpose).  Exit status 1 if there is any ERROR.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
KINDS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


PAGE_LINE = re.compile(r"^\s*(?:[-—－–]\s*[0-9０-９]+\s*[-—－–]|第\s*[0-9０-９]+\s*页\s*(?:共\s*[0-9０-９]+\s*页)?"
                       r"|[0-9０-９]+\s*/\s*[0-9０-９]+)\s*$")
PAGE_INLINE = re.compile(r"第\s*[0-9０-９]+\s*页\s*共\s*[0-9０-９]+\s*页|[—－–]\s*[0-9０-９]+\s*[—－–]")
FOOTNOTE = re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩¹²³⁴⁵⁶⁷⁸⁹]|\[\d{1,2}\]|［[0-9０-９]{1,2}］")


def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def debris_free(text):
    lines = text.replace("\r\n", "\n").split("\n")
    counts = Counter(l.strip() for l in lines if l.strip())
    keep = [l for l in lines if not PAGE_LINE.match(l) and not (counts[l.strip()] >= 3 and len(l.strip()) > 6)]
    out = "\n".join(keep)
    out = PAGE_INLINE.sub("", out)
    return FOOTNOTE.sub("", out)


def check(gold_path, docs_dir):
    errors, exceptions, notes = [], [], []
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], [], []
    if set(gold) != {"doc", "report", "regulations", "organizations", "measures"}:
        errors.append(f"top-level keys {sorted(gold)}")
    doc = gold.get("doc")
    if doc != gold_path.stem + ".txt":
        errors.append(f"doc field {doc!r} does not match file name")
    txt_path = docs_dir / str(doc)
    if not txt_path.exists():
        return errors + [f"text {txt_path} missing"], exceptions, notes
    text, enc = read_text(txt_path)
    if enc != "utf-8":
        notes.append(f"text decoded as {enc}")
    n_text = norm(text)
    n_clean = norm(debris_free(text))

    rep = gold.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errors.append(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
        errors.append(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
        errors.append(f"report.date {rep['date']!r} not YYYY-MM-DD")
    for f in ("title", "date"):
        if rep.get(f) is None:
            notes.append(f"report.{f} is null")
    if rep.get("title") and norm(rep["title"]) not in n_text and norm(rep["title"]) not in n_clean:
        errors.append(f"report.title not in text: {rep['title']}")
    org_forms = {norm(a) for o in gold.get("organizations", []) for a in [o.get("name", ""), *o.get("aliases", [])]}
    if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        errors.append(f"publisher {rep['publisher']!r} is not a gold organization")

    for kind, types in KINDS.items():
        items = gold.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != want:
                errors.append(f"{kind}[{i}] keys {sorted(e)}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}[{i}] empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errors.append(f"{name}: aliases must be a list of strings")
                continue
            if e["type"] not in types:
                errors.append(f"{name}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not re.fullmatch(r"[^〔〕\s]+〔(19|20)\d\d〕\d+号", dn):
                    errors.append(f"{name}: doc_number {dn!r} not normalised to 代字〔年份〕序号号")
                if dn is not None and re.sub(r"[〔〕号]", "", dn)[-3:] not in re.sub(r"[^0-9]", "", unicodedata.normalize("NFKC", n_clean)) and norm(dn).replace("(", "").replace(")", "") not in n_clean.replace("(", "").replace(")", ""):
                    notes.append(f"{name}: doc_number {dn} repaired (digits not verbatim in text)")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errors.append(f"{name}: issuer must be a string or null")
            if kind == "measures" and re.search(r"[“”\"「」]", name):
                errors.append(f"{name}: measure name keeps quotation marks")
            if kind == "regulations" and re.search(r"[《》]", name):
                errors.append(f"{name}: regulation name keeps title marks")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != i:
                    errors.append(f"{kind}: form {f!r} used by two entities ({items[seen[k]]['name']} / {name})")
                seen.setdefault(k, i)
            found = [f for f in forms if norm(f) in n_text]
            if not found:
                found_clean = [f for f in forms if norm(f) in n_clean]
                if found_clean:
                    exceptions.append(f"DEBRIS {kind}: {name} occurs only once page debris is removed")
                else:
                    errors.append(f"{kind}: neither name nor alias occurs in text: {name} {e['aliases']}")
            elif name not in found and norm(name) not in n_clean:
                exceptions.append(f"RESOLVED {kind}: canonical {name} does not occur; alias {found[0]!r} does")
            for a in e["aliases"]:
                if norm(a) not in n_text and norm(a) not in n_clean:
                    notes.append(f"{kind}: alias {a!r} of {name} is an added accepted form (not in text)")
    return errors, exceptions, notes


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_files = sorted((root / "gold").glob("*.json"))
    docs = sorted((root / "docs").glob("*.txt"))
    bad = 0
    if len(gold_files) != len(docs):
        print(f"ERROR: {len(docs)} texts but {len(gold_files)} gold files")
        bad += 1
    for gf in gold_files:
        errors, exceptions, notes = check(gf, root / "docs")
        txt = root / "docs" / (gf.stem + ".txt")
        if txt.exists():
            n = len(read_text(txt)[0])
            if not 1500 <= n <= 5000:
                errors.append(f"text length {n} outside 1500–5000")
        status = "OK" if not errors else "FAIL"
        print(f"== {gf.name}: {status}")
        for e in errors:
            print("  ERROR", e)
        for e in exceptions:
            print("  EXCEPTION", e)
        for e in notes:
            print("  NOTE", e)
        bad += bool(errors)
    print(f"{len(gold_files)} gold files, {bad} with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
