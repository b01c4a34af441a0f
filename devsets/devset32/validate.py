#!/usr/bin/env python3
"""Validate the devset32 gold files against ANNOTATION.md and their documents.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys doc/report/regulations/organizations/measures; report keys
    title/publisher/region/year/date with the right types and publisher/region/year filled;
  * every entity has the fields of its kind with valid types / relations, non-empty names,
    aliases a list of distinct strings; no two entities of one kind share a normalised form;
  * the document exists, decodes, and is 2,500-5,000 characters;
  * every entity occurs in the text: its name or one of its aliases, after removing title marks
    and whitespace (a second, looser pass uses the scorer's normalisation: NFKC, quotes dropped,
    brackets unified — matches found only that way are reported as notes, not errors);
  * aliases that do not occur anywhere are listed as warnings (canonical names that are resolved
    and so do not occur are fine as long as an alias occurs);
  * every 《…》 / 〈…〉 title in the text is covered by some regulation (warning if not);
  * doc_number looks like a 文号 (…〔yyyy〕n号 or a 令 number); the publisher is a gold organization.
Exit status 1 if there is any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KINDS = {"regulations": ("name", "aliases", "type", "doc_number", "issuer", "relation"),
         "organizations": ("name", "aliases", "type"),
         "measures": ("name", "aliases", "type")}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def strict(s):
    """Remove title marks and whitespace only."""
    return re.sub(r"[《》〈〉\s\u3000]", "", s)


def loose(s):
    """The scorer's normalisation."""
    s = unicodedata.normalize("NFKC", s)
    return "".join(_MAP.get(c, c) for c in s if c not in _DROP)


def titles(text):
    """All 《…》 titles (with nesting) and 〈…〉 inner titles in a whitespace-free text."""
    out = []
    stack = []
    for i, c in enumerate(text):
        if c in "《〈":
            stack.append((c, i))
        elif c in "》〉" and stack:
            o, j = stack.pop()
            if (o, c) in (("《", "》"), ("〈", "〉")):
                out.append(text[j + 1:i])
    return [t for t in out if t]


def check(path, docs_dir):
    errors, warnings, notes = [], [], []
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], [], []
    if not isinstance(g, dict):
        return ["top level is not an object"], [], []
    for k in ("doc", "report", "regulations", "organizations", "measures"):
        if k not in g:
            errors.append(f"missing key {k}")
    extra = set(g) - {"doc", "report", "regulations", "organizations", "measures"}
    if extra:
        errors.append(f"unexpected keys {sorted(extra)}")
    if errors:
        return errors, warnings, notes
    if g["doc"] != path.stem + ".txt":
        errors.append(f"doc {g['doc']!r} does not match file name {path.stem}.txt")
    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys wrong: {sorted(rep) if isinstance(rep, dict) else rep}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                errors.append(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
            errors.append(f"report.year bad: {rep['year']!r}")
        if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            errors.append(f"report.date bad: {rep['date']!r}")
        if rep["title"] is not None and not isinstance(rep["title"], str):
            errors.append("report.title not a string")
        if rep["date"] is None:
            notes.append("report.date is null")
        if rep["title"] is None:
            notes.append("report.title is null")
    doc_path = docs_dir / g["doc"]
    try:
        text = doc_path.read_text(encoding="utf-8")
    except Exception as exc:  # noqa: BLE001
        errors.append(f"document unreadable: {exc}")
        return errors, warnings, notes
    n = len(text.strip())
    if not 2500 <= n <= 5000:
        warnings.append(f"document length {n} characters outside 2500-5000")
    t_strict, t_loose = strict(text), loose(text)

    for kind, fields in KINDS.items():
        items = g[kind]
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != set(fields):
                errors.append(f"{kind}: bad fields in {e!r}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errors.append(f"{kind}/{name}: aliases must be a list of non-empty strings")
                continue
            if len(set(e["aliases"])) != len(e["aliases"]) or name in e["aliases"]:
                warnings.append(f"{kind}/{name}: repeated alias")
            if e["type"] not in TYPES[kind]:
                errors.append(f"{kind}/{name}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{kind}/{name}: bad relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not (re.search(r"〔\d{4}〕\d+号$", dn) or re.search(r"令(\d{4}年)?第\d+号$", dn)
                                           or re.search(r"公告(\d{4}年)?第\d+号$", dn)):
                    errors.append(f"{kind}/{name}: doc_number not normalised: {dn!r}")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errors.append(f"{kind}/{name}: issuer not a string")
            forms = [name] + e["aliases"]
            for f in forms:
                key = loose(f)
                if key in seen and seen[key] != name:
                    errors.append(f"{kind}: form {f!r} of {name!r} also belongs to {seen[key]!r}")
                seen.setdefault(key, name)
            hit_strict = [f for f in forms if strict(f) and strict(f) in t_strict]
            hit_loose = [f for f in forms if loose(f) and loose(f) in t_loose]
            if not hit_strict and not hit_loose:
                errors.append(f"{kind}/{name}: neither the name nor any alias occurs in the text")
            elif not hit_strict:
                notes.append(f"{kind}/{name}: occurs only after scorer normalisation")
            for a in e["aliases"]:
                if strict(a) not in t_strict and loose(a) not in t_loose:
                    warnings.append(f"{kind}/{name}: alias {a!r} does not occur")
    # publisher
    orgs = {loose(f): o["name"] for o in g["organizations"] for f in [o["name"]] + o["aliases"]}
    pub = rep.get("publisher") if isinstance(rep, dict) else None
    if pub and loose(pub) not in orgs:
        errors.append(f"publisher {pub!r} is not a gold organization")
    # issuers should be gold organizations (by canonical name or alias)
    for e in g["regulations"]:
        if e.get("issuer"):
            for part in re.split(r"[\s、，]+", e["issuer"]):
                if part and loose(part) not in orgs:
                    warnings.append(f"regulations/{e['name']}: issuer part {part!r} is not a gold organization")
    # title coverage
    regforms = {loose(f) for e in g["regulations"] for f in [e["name"]] + e["aliases"]}
    for t in titles(re.sub(r"\s", "", text)):
        if loose(t) not in regforms:
            warnings.append(f"title 《{t}》 in text is not a regulation name/alias")
    return errors, warnings, notes


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_dir, docs_dir = base / "gold", base / "docs"
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        sys.exit(f"no gold files in {gold_dir}")
    total_err = 0
    docs = {p.name for p in docs_dir.glob("*.txt")}
    for p in files:
        errors, warnings, notes = check(p, docs_dir)
        docs.discard(p.stem + ".txt")
        total_err += len(errors)
        status = "OK" if not errors else f"{len(errors)} ERRORS"
        print(f"{p.name}: {status}, {len(warnings)} warnings, {len(notes)} notes")
        for e in errors:
            print("  ERROR  ", e)
        for w in warnings:
            print("  warning", w)
        for n in notes:
            print("  note   ", n)
    for d in sorted(docs):
        print(f"{d}: document has no gold file")
        total_err += 1
    print(f"{len(files)} gold files, {total_err} errors")
    sys.exit(1 if total_err else 0)


if __name__ == "__main__":
    main()
