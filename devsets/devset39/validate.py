#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--quiet]

Checks, for every gold/*.json:
  * JSON loads; keys doc, report{title,publisher,region,year,date}, regulations, organizations, measures;
  * every entity has the right fields and a type / relation allowed by ANNOTATION.md;
    doc_number normalised (机关代字〔年份〕序号号, or a 令 number); date YYYY-MM-DD; year int 2015-2025;
  * the document exists (UTF-8, else Big5 / GB18030) and has 1,500-5,000 characters;
  * every entity's name or one of its aliases occurs in the text after removing 《》〈〉<> and whitespace
    (entities whose canonical name is resolved and only an alias occurs are listed as "resolved");
  * the same normalised form is not claimed by two entities of one kind (the scorer would mis-assign it);
  * report fields publisher / region / year are filled, publisher is one of the organizations;
  * coverage (warnings): every 《…》 title in the text is some regulation's name or alias.
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
REPORT_KEYS = ["title", "publisher", "region", "year", "date"]
TOP_KEYS = ["doc", "report", "regulations", "organizations", "measures"]
DOCNO = re.compile(r"^\S+〔\d{4}〕\d+号$|^\S*令第\d+号$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):  # the scorer's normalisation (score.py)
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip(text):  # the check asked for: remove title marks and whitespace only
    return "".join(c for c in str(text) if c not in "《》〈〉<>" and not c.isspace())


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "big5", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return None, None


def check(gf, quiet):
    errors, warnings, notes = [], [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return [f"does not load: {exc}"], [], []
    if list(g.keys()) != TOP_KEYS:
        errors.append(f"top-level keys {list(g.keys())} != {TOP_KEYS}")
    if g.get("doc") != gf.stem + ".txt":
        errors.append(f"doc {g.get('doc')!r} does not match file name")
    rep = g.get("report") or {}
    if list(rep.keys()) != REPORT_KEYS:
        errors.append(f"report keys {list(rep.keys())} != {REPORT_KEYS}")
    for k in ("publisher", "region", "year"):
        if rep.get(k) in (None, ""):
            errors.append(f"report.{k} is empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
        errors.append(f"report.year {rep.get('year')!r} is not an int in 2015-2025")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
        errors.append(f"report.date {rep['date']!r} is not YYYY-MM-DD")
    if rep.get("title") is None:
        notes.append("report.title is null")
    path = ROOT / "docs" / str(g.get("doc"))
    text, enc = read_doc(path) if path.exists() else (None, None)
    if text is None:
        errors.append(f"document {path} missing or undecodable")
        return errors, warnings, notes
    if enc != "utf-8":
        notes.append(f"document encoded in {enc}")
    n = len(text)
    if not 1500 <= n <= 5000:
        errors.append(f"document has {n} characters (want 1,500-5,000)")
    flat = strip(text)
    flat_norm = norm(text)
    spec = {"regulations": (REG_TYPES, ["name", "aliases", "type", "doc_number", "issuer", "relation"]),
            "organizations": (ORG_TYPES, ["name", "aliases", "type"]),
            "measures": (MEASURE_TYPES, ["name", "aliases", "type"])}
    org_forms = set()
    for o in g.get("organizations", []):
        org_forms.update(norm(x) for x in [o.get("name", ""), *o.get("aliases", [])])
    for kind, (types, keys) in spec.items():
        items = g.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or list(e.keys()) != keys:
                errors.append(f"{kind}: bad keys {list(e.keys()) if isinstance(e, dict) else e!r}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                errors.append(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                errors.append(f"{kind}: {name}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{kind}: {name}: relation {e['relation']!r} not allowed")
                if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                    errors.append(f"{kind}: {name}: doc_number {e['doc_number']!r} not normalised")
                if e["issuer"] is not None:
                    for part in e["issuer"].split():
                        if norm(part) not in org_forms:
                            warnings.append(f"{kind}: {name}: issuer part {part!r} is not a gold organization")
            forms = [name, *e["aliases"]]
            for f in forms:
                key = norm(f)
                if key in seen and seen[key] != name:
                    errors.append(f"{kind}: form {f!r} claimed by both {seen[key]!r} and {name!r}")
                seen.setdefault(key, name)
            if len({norm(f) for f in forms}) < len(forms):
                notes.append(f"{kind}: {name}: an alias equals another form after normalisation")
            if strip(name) in flat:
                continue
            hit = [a for a in e["aliases"] if strip(a) in flat]
            if hit:
                notes.append(f"resolved {kind[:-1]}: {name!r} occurs as {hit[0]!r}")
            elif any(norm(f) in flat_norm for f in forms):
                notes.append(f"{kind}: {name!r} occurs only after NFKC/bracket normalisation")
            else:
                errors.append(f"{kind}: neither {name!r} nor any alias occurs in the text")
    if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        errors.append(f"report.publisher {rep['publisher']!r} is not among the organizations")
    # coverage: titles in 《》 (also 〈〉 nested) should be regulations
    reg_forms = set()
    for r in g.get("regulations", []):
        reg_forms.update(norm(x) for x in [r["name"], *r["aliases"]])
    squashed = "".join(text.split())
    for m in re.finditer(r"[《〈]([^《》〈〉]{2,120})[》〉]", squashed):
        if norm(m.group(1)) not in reg_forms:
            warnings.append(f"title in text not annotated: {m.group(1)!r}")
    return errors, warnings, notes


def main():
    quiet = "--quiet" in sys.argv
    files = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    bad = 0
    if {f.stem for f in files} != {d.stem for d in docs}:
        print("ERROR: docs/ and gold/ do not pair up:", sorted({f.stem for f in files} ^ {d.stem for d in docs}))
        bad += 1
    for gf in files:
        errors, warnings, notes = check(gf, quiet)
        status = "ERROR" if errors else ("warn" if warnings else "ok")
        print(f"{gf.name}: {status}")
        for e in errors:
            print("  ERROR", e)
        for w in warnings:
            print("  warn ", w)
        if not quiet:
            for n in notes:
                print("  note ", n)
        bad += bool(errors)
    print(f"{len(files)} gold files, {bad} with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
