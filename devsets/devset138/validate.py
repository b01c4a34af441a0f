#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing file in docs/ (same stem as the gold file);
  * report has title/publisher/region/year/date; publisher, region and year are filled;
    year is an int in 2015..2025; date is YYYY-MM-DD or null; publisher is one of the gold
    organizations (name or alias);
  * every entity has the right keys and types; type/relation values are from ANNOTATION.md;
    doc_number is normalised (机关代字〔年份〕序号号) or null;
  * every entity's name or at least one alias occurs in the text (after removing 《》〈〉 and
    whitespace on both sides, and PDF page furniture from the text); canonical names that do not occur (resolved names) are listed
    as exceptions, which is fine as long as an alias occurs;
  * no normalised name/alias is claimed by two entities of the same kind (scorer would shadow it);
  * document length 1,500-5,000 characters.
Exit status 1 if any ERROR.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d{2}〕第?\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
STRIP = re.compile(r"[《》〈〉\s]")

# same normalisation as score.py, to detect alias collisions
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)

def strip(t):
    return STRIP.sub("", t)

# PDF page furniture (page numbers, running headers after a form feed) is removed from the
# text before matching, so that a title broken across a page boundary still counts as occurring.
FURNITURE = [re.compile(r"^\s*[-—]\s*\d+\s*[-—]\s*$"), re.compile(r"^\s*第\s*\d+\s*页\s*共\s*\d+\s*页\s*$"),
             re.compile(r"^\f.*$")]

def clean(raw):
    return strip("".join(l for l in raw.split("\n") if not any(p.match(l) for p in FURNITURE)))

errors, warnings, infos = [], [], []

def check(gpath):
    g = gpath.stem
    try:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
    except Exception as exc:
        errors.append(f"{g}: JSON does not load: {exc}"); return
    if set(gold) != {"doc", "report", "regulations", "organizations", "measures"}:
        errors.append(f"{g}: top-level keys {sorted(gold)}")
    if gold.get("doc") != g + ".txt":
        errors.append(f"{g}: doc field {gold.get('doc')!r} != {g}.txt")
    dpath = ROOT / "docs" / (g + ".txt")
    if not dpath.exists():
        errors.append(f"{g}: no document {dpath}"); return
    raw = dpath.read_text(encoding="utf-8")
    n = len(raw)
    if not 1500 <= n <= 5000:
        errors.append(f"{g}: document length {n} outside 1500-5000")
    text = clean(raw)

    rep = gold.get("report", {})
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"{g}: report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            errors.append(f"{g}: report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errors.append(f"{g}: report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not DATE.match(rep["date"]):
        errors.append(f"{g}: report.date {rep['date']!r}")
    for f in ("title", "date"):
        if rep.get(f) is None:
            infos.append(f"{g}: report.{f} is null (not in the text)")
    if rep.get("title") and strip(rep["title"]) not in text:
        errors.append(f"{g}: report.title not in text")
    orgnames = {norm(a) for o in gold.get("organizations", []) for a in [o["name"], *o["aliases"]]}
    if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
        errors.append(f"{g}: publisher {rep['publisher']} is not a gold organization")

    spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
            "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
            "measures": ({"name", "aliases", "type"}, MEA_TYPES)}
    for kind, (keys, types) in spec.items():
        items = gold.get(kind)
        if not isinstance(items, list):
            errors.append(f"{g}: {kind} is not a list"); continue
        seen = {}
        for e in items:
            if set(e) != keys:
                errors.append(f"{g}: {kind} {e.get('name')}: keys {sorted(e)}"); continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                errors.append(f"{g}: {kind}: empty name")
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errors.append(f"{g}: {kind} {e['name']}: aliases must be a list of strings")
            if e["type"] not in types:
                errors.append(f"{g}: {kind} {e['name']}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{g}: {e['name']}: bad relation {e['relation']!r}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    errors.append(f"{g}: {e['name']}: doc_number not normalised {e['doc_number']!r}")
                if e["issuer"] is not None:
                    for part in e["issuer"].split():
                        if norm(part) not in orgnames:
                            infos.append(f"{g}: issuer {part} of {e['name']} is not an annotated organization (mentioned only inside the title or not at all)")
            forms = [e["name"], *e["aliases"]]
            for a in forms:
                k = norm(a)
                if k in seen and seen[k] != e["name"]:
                    errors.append(f"{g}: {kind}: form {a!r} claimed by {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
            occurring = [a for a in forms if strip(a) in text]
            if not occurring:
                errors.append(f"{g}: {kind} {e['name']}: neither name nor any alias occurs in the text")
            elif strip(e["name"]) not in text:
                infos.append(f"{g}: {kind} {e['name']}: canonical name resolved (occurs as {occurring[0]!r})")
            for a in e["aliases"]:
                if strip(a) not in text:
                    warnings.append(f"{g}: {kind} {e['name']}: alias {a!r} not in text (accepted form)")

def main():
    golds = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    if {p.stem for p in golds} != {p.stem for p in docs}:
        errors.append(f"gold/docs mismatch: {sorted({p.stem for p in golds} ^ {p.stem for p in docs})}")
    for p in golds:
        check(p)
    verbose = "-v" in sys.argv
    for m in errors:
        print("ERROR", m)
    for m in warnings:
        print("WARN ", m)
    if verbose:
        for m in infos:
            print("INFO ", m)
    print(f"{len(golds)} gold files: {len(errors)} errors, {len(warnings)} warnings, {len(infos)} infos")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
