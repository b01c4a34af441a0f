#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py [--coverage] [--strict-aliases]

Checks, for every gold/*.json:
  * JSON loads; top-level keys doc, report, regulations, organizations, measures;
  * report has title/publisher/region/year/date, publisher/region/year filled,
    year int in 2015..2025, date YYYY-MM-DD or null, publisher is a gold organization
    (by name or alias);
  * every entity has the right keys and types; type/relation from the allowed sets;
    doc_number null or normalised `…〔YYYY〕N号`;
  * the text file docs/<doc> exists and is 1,500–5,000 characters;
  * every entity's name or at least one alias occurs in the text (after removing title
    marks, quotation marks and whitespace from both, and dropping PDF page-number lines);
    canonical names that do not occur are listed as info (resolved names), not errors;
  * no normalised name/alias is shared by two entities of the same kind.
--coverage additionally lists 《…》 titles and “…”/"…" quoted terms in the text that no
gold name/alias covers (to be checked by hand). --strict-aliases also lists aliases that
do not occur in the text.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(19|20)\d\d-\d\d-\d\d$")
PAGE_LINE = re.compile(r"^\s*(—|-|－|–)\s*\d+\s*(—|-|－|–)\s*$|^\s*第\s*\d+\s*页(\s*共\s*\d+\s*页)?\s*$|^\s*\d+\s*$")
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(MAP.get(c, c) for c in text if c not in DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError(f"cannot decode {path}")


def clean_text(text):
    """Drop PDF page-number lines and a short running header right after one."""
    out, after_page = [], False
    for line in text.splitlines():
        if PAGE_LINE.match(line):
            after_page = True
            continue
        if after_page and line.strip():
            after_page = False
            if len(line.strip()) <= 16 and not re.search(r"[。,，.;；:：]", line):
                continue
        out.append(line)
    return "\n".join(out)


def main():
    coverage = "--coverage" in sys.argv
    strict = "--strict-aliases" in sys.argv
    errors, infos = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    for gf in golds:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{tag}: doc field {g['doc']!r} does not match file name")
        txt_path = HERE / "docs" / g["doc"]
        if not txt_path.exists():
            errors.append(f"{tag}: missing text {txt_path}")
            continue
        text = read_text(txt_path)
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{tag}: text length {n} outside 1500-5000")
        ntext = norm(clean_text(text))
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                errors.append(f"{tag}: report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{tag}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not DATE.match(rep["date"]):
            errors.append(f"{tag}: report.date {rep['date']!r}")
        if rep.get("title") is not None and norm(rep["title"]) not in ntext:
            errors.append(f"{tag}: report.title not in text")
        org_forms = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
        if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            errors.append(f"{tag}: publisher {rep['publisher']!r} is not a gold organization")
        kinds = (("regulations", REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
                 ("organizations", ORG_TYPES, ("name", "aliases", "type")),
                 ("measures", MEA_TYPES, ("name", "aliases", "type")))
        covered = []
        for kind, types, keys in kinds:
            seen = {}
            for e in g[kind]:
                if set(e) != set(keys):
                    errors.append(f"{tag}: {kind} {e.get('name')!r} keys {sorted(e)}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    errors.append(f"{tag}: {kind} empty name")
                    continue
                if not isinstance(e["aliases"], list):
                    errors.append(f"{tag}: {kind} {e['name']!r} aliases not a list")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {e['name']!r} bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {e['name']!r} bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        errors.append(f"{tag}: {e['name']!r} doc_number not normalised: {e['doc_number']!r}")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{tag}: {e['name']!r} issuer not a string")
                    if e["issuer"]:
                        for part in e["issuer"].split():
                            if norm(part) not in org_forms:
                                infos.append(f"{tag}: issuer {part!r} of {e['name']!r} is not a gold organization")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{tag}: {kind}: form {f!r} shared by {seen[k]!r} and {e['name']!r}")
                    seen.setdefault(k, e["name"])
                    covered.append(k)
                hits = [f for f in forms if norm(f) and norm(f) in ntext]
                if not hits:
                    errors.append(f"{tag}: {kind} {e['name']!r}: neither name nor any alias occurs in text")
                elif norm(e["name"]) not in ntext:
                    infos.append(f"{tag}: {kind} {e['name']!r} resolved (occurs as {hits[0]!r})")
                if strict:
                    for a in e["aliases"]:
                        if norm(a) not in ntext:
                            infos.append(f"{tag}: {kind} {e['name']!r}: alias {a!r} not in text")
        if coverage:
            spans = re.findall(r"《([^《》]{2,80})》", text) + re.findall(r"[“\"]([^“”\"\n]{2,40})[”\"]", text)
            for s in spans:
                ns = norm(s)
                if not any(ns == c or ns in c or c in ns for c in covered if len(c) >= 2):
                    infos.append(f"{tag}: COVERAGE? {s!r}")
    for i in infos:
        print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
