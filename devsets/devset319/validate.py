#!/usr/bin/env python3
"""Check every gold file of this devset.

usage: python3 validate.py [--strict]

Checks: JSON loads; keys and value types follow ANNOTATION.md; entity types and relations are
from the allowed sets; doc_number is normalised (机关代字〔年份〕序号号); report fields are filled;
every entity is found in the text through its name or one of its aliases (after removing 《》
and whitespace from both; a canonical name that is resolved and does not occur is fine when an
alias occurs); no two entities of one kind share a (normalised) name or alias; the publisher
is one of the gold organizations; the text is 1,500–5,000 characters.
Errors make the exit status 1. Notes (canonical names that are resolved, aliases found only
after score.py normalisation) are printed with --strict.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KINDS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DOCNUM = re.compile(r"^[^〔〕\[\]()（）【】\s]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

# score.py normalisation (copied so that this file runs on its own)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def light(text):
    """Remove title marks and whitespace only."""
    return re.sub(r"[《》\s]", "", str(text))


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def check(gf, strict):
    errors, notes = [], []
    try:
        gold = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], notes
    if set(gold) != {"doc", "report", *KINDS}:
        errors.append(f"top-level keys {sorted(gold)}")
    doc = gold.get("doc")
    if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
        errors.append(f"doc field {doc!r} does not name {gf.stem}.txt")
    tpath = DOCS / f"{gf.stem}.txt"
    if not tpath.exists():
        return errors + [f"missing text {tpath.name}"], notes
    text = read_text(tpath)
    n = len(re.sub(r"\s", "", text))
    if not 1500 <= n <= 5000:
        errors.append(f"text length {n} (non-space chars) outside 1500-5000")
    tl, tn = light(text), norm(text)

    rep = gold.get("report")
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        errors.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep!r}")
        rep = rep if isinstance(rep, dict) else {}
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errors.append(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errors.append(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not DATE.match(str(rep["date"])):
        errors.append(f"report.date {rep.get('date')!r}")
    if rep.get("title") is not None and light(rep["title"]) not in tl and norm(rep["title"]) not in tn:
        errors.append(f"report.title not in text: {rep['title']}")
    if rep.get("title") is None:
        notes.append("report.title is null")
    if rep.get("date") is None:
        notes.append("report.date is null")

    for kind, types in KINDS.items():
        items = gold.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or not isinstance(e.get("name"), str) or not e["name"]:
                errors.append(f"{kind}: bad entry {e!r}")
                continue
            name = e["name"]
            want = {"name", "aliases", "type"}
            if kind == "regulations":
                want |= {"doc_number", "issuer", "relation"}
            if set(e) != want:
                errors.append(f"{kind}: {name}: keys {sorted(e)}")
            if e.get("type") not in types:
                errors.append(f"{kind}: {name}: type {e.get('type')!r}")
            aliases = e.get("aliases")
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                errors.append(f"{kind}: {name}: aliases {aliases!r}")
                aliases = []
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    errors.append(f"{kind}: {name}: relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                    errors.append(f"{kind}: {name}: doc_number {dn!r} not normalised")
                iss = e.get("issuer")
                if iss is not None and not isinstance(iss, str):
                    errors.append(f"{kind}: {name}: issuer {iss!r}")
            # occurrence
            found = []
            for form in [name, *aliases]:
                if light(form) in tl:
                    found.append((form, "exact"))
                elif norm(form) in tn:
                    found.append((form, "norm"))
            if not found:
                errors.append(f"{kind}: {name}: neither name nor any alias occurs in the text")
            else:
                forms = {f for f, _ in found}
                if name not in forms:
                    notes.append(f"{kind}: canonical name resolved (not in text): {name}")
                for a in aliases:
                    if a not in forms:
                        errors.append(f"{kind}: {name}: alias does not occur: {a}")
                for f, how in found:
                    if how == "norm":
                        notes.append(f"{kind}: found only after normalisation: {f}")
            # collisions
            for form in {norm(x) for x in [name, *aliases]}:
                if form in seen and seen[form] != name:
                    errors.append(f"{kind}: '{form}' is shared by {seen[form]} and {name}")
                seen.setdefault(form, name)
        names = [e.get("name") for e in items if isinstance(e, dict)]
        if len(names) != len(set(names)):
            errors.append(f"{kind}: duplicate canonical names")

    org_forms = {norm(x) for o in gold.get("organizations", []) for x in [o["name"], *o.get("aliases", [])]}
    if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        errors.append(f"publisher {rep['publisher']} is not a gold organization")
    for r in gold.get("regulations", []):
        for part in re.split(r"[ 、，]+", r.get("issuer") or ""):
            if part and norm(part) not in org_forms:
                notes.append(f"issuer part not among organizations: {part} ({r['name']})")
    return errors, notes


def main():
    strict = "--strict" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    texts = sorted(DOCS.glob("*.txt"))
    bad = 0
    if len(texts) != len(files):
        print(f"{len(texts)} texts but {len(files)} gold files")
        bad += 1
    for gf in files:
        errors, notes = check(gf, strict)
        status = "OK " if not errors else "ERR"
        print(f"{status} {gf.name}")
        for e in errors:
            print(f"    error: {e}")
        if strict:
            for n in notes:
                print(f"    note:  {n}")
        bad += bool(errors)
    print(f"{len(files)} gold files, {bad} with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
