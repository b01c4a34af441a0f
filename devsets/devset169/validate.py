#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--coverage]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file whose stem equals the gold file stem;
  * report has title/publisher/region/year/date; publisher, region, year filled;
    year is an int in 2015..2025; date is null or YYYY-MM-DD;
  * every entity has the fields of its kind with values of the right type, and a
    type/relation from the allowed sets; doc_number is null or a normalised 文号
    (…〔YYYY〕N号) or a 令 number (…令第N号);
  * no duplicate canonical names / aliases across entities of one kind;
  * every entity's name or one of its aliases occurs in the text (after removing
    《》〈〉<>「」, quotation marks and whitespace from both, and NFKC); entities whose
    canonical name is resolved and does not occur are fine when an alias occurs;
  * the publisher is the name or an alias of one of the gold organizations.
With --coverage it also lists every 《…》 title in the text that no regulation covers
and every “…” term that no entity covers (for the annotator to review; not errors).
Exit status 1 if any error was found.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
RKEYS = {"title", "publisher", "region", "year", "date"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
FIELDS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
TYPESETS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000")
DOCNUM = re.compile(r"^.+〔(19|20)\d\d〕\d+号$|^.+令第\d+号$")


def squash(text):
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if c not in DROP)


def check(path, coverage):
    errs, notes = [], []
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], notes
    if set(g) != KEYS:
        errs.append(f"top-level keys {sorted(g)}")
        return errs, notes
    doc = g["doc"]
    if not isinstance(doc, str) or Path(doc).stem != path.stem:
        errs.append(f"doc {doc!r} does not match file name")
    tpath = DOCS / str(doc)
    if not tpath.exists():
        return errs + [f"missing text {tpath}"], notes
    raw = tpath.read_text(encoding="utf-8")
    text = squash(raw)
    n = len(raw)
    if not 1500 <= n <= 5000:
        errs.append(f"text length {n} outside 1500..5000")
    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != RKEYS:
        errs.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
    else:
        for k in ("publisher", "region"):
            if not isinstance(rep[k], str) or not rep[k]:
                errs.append(f"report.{k} empty")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            errs.append(f"report.year {rep['year']!r}")
        if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
            errs.append(f"report.date {rep['date']!r}")
        if rep["title"] is not None and not isinstance(rep["title"], str):
            errs.append("report.title not a string")
        if isinstance(rep["title"], str) and squash(rep["title"]) not in text:
            notes.append(f"title not verbatim in text: {rep['title']}")
    covered = []
    for kind in ("regulations", "organizations", "measures"):
        ents = g[kind]
        if not isinstance(ents, list):
            errs.append(f"{kind} not a list")
            continue
        seen = {}
        for e in ents:
            if not isinstance(e, dict) or set(e) != FIELDS[kind]:
                errs.append(f"{kind}: bad fields {e}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errs.append(f"{kind}: {name}: aliases must be a list of strings")
                continue
            if e["type"] not in TYPESETS[kind]:
                errs.append(f"{kind}: {name}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"{name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                    errs.append(f"{name}: doc_number not normalised: {dn!r}")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errs.append(f"{name}: issuer not a string")
            forms = [name] + e["aliases"]
            for f in forms:
                key = squash(f)
                if key in seen and seen[key] != name:
                    errs.append(f"{kind}: form {f!r} used by both {seen[key]!r} and {name!r}")
                seen[key] = name
            found = [f for f in forms if squash(f) and squash(f) in text]
            if not found:
                errs.append(f"{kind}: neither name nor any alias occurs in text: {name}")
            missing = [a for a in e["aliases"] if squash(a) not in text]
            if missing:
                errs.append(f"{kind}: {name}: aliases not in text: {missing}")
            if squash(name) not in text:
                notes.append(f"resolved (not verbatim) {kind[:-1]}: {name}  <- {found}")
            covered.extend(squash(f) for f in forms)
    if isinstance(rep, dict) and isinstance(g.get("organizations"), list):
        pubs = {squash(f) for o in g["organizations"] if isinstance(o, dict)
                for f in [o.get("name", "")] + list(o.get("aliases", []))}
        if squash(str(rep.get("publisher"))) not in pubs:
            errs.append(f"publisher {rep.get('publisher')!r} is not a gold organization")
    if coverage:
        for m in re.finditer(r"《([^《》]{1,120})》", raw):
            t = squash(m.group(1))
            if not any(t == c for c in covered):
                notes.append(f"COVERAGE 《{m.group(1)}》 not a regulation name/alias")
        for m in list(re.finditer(r"“([^“”]{1,40})”", raw)) + list(re.finditer(r'"([^"\n]{1,40})"', raw)):
            t = squash(m.group(1))
            if not any(t in c for c in covered):
                notes.append(f"COVERAGE “{m.group(1)}” not inside any entity form")
    return errs, notes


def main():
    coverage = "--coverage" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    bad = 0
    texts = {p.stem for p in DOCS.glob("*.txt")}
    for stem in sorted(texts - {p.stem for p in files}):
        print(f"{stem}: text without gold file")
        bad += 1
    for p in files:
        errs, notes = check(p, coverage)
        for e in errs:
            print(f"{p.name}: ERROR {e}")
        for nline in notes:
            print(f"{p.name}: note  {nline}")
        bad += len(errs)
    print(f"{len(files)} gold files, {bad} errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
