#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--strict]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing file in docs/ and matches the gold file name;
  * report has title, publisher, region, year, date; publisher, region and year are filled,
    year is an int in 2015..2025, date is YYYY-MM-DD or null; the publisher is one of the
    gold organizations (by name or alias);
  * every entity has the fields of its kind with valid values (type / relation enums,
    doc_number normalised as 机关代字〔年份〕序号号, aliases a list of strings);
  * every entity's name or at least one alias occurs in the text (after removing 《》〈〉<>
    and whitespace from both; a second, looser pass also applies score.py's normalisation).
    Canonical names that do not occur verbatim (resolved jurisdiction, official full law
    titles, repaired damage) are listed as INFO, as are aliases that do not occur;
  * no two entities of one kind share a normalised name/alias (the scorer would conflate them);
  * the document is 1,500-5,000 characters long.
Exit status 1 if any ERROR was found (with --strict also on WARN).
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
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def strip_basic(text):
    return re.sub(r"[《》〈〉<>\s]", "", text)


def norm(text):  # the scorer's normalisation
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "utf-16"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise ValueError(f"cannot decode {path}")


def main():
    strict = "--strict" in sys.argv
    errors = warns = 0
    gold_files = sorted((HERE / "gold").glob("*.json"))
    if not gold_files:
        print("no gold files")
        return 1

    def err(gf, msg):
        nonlocal errors
        errors += 1
        print(f"ERROR {gf.name}: {msg}")

    def warn(gf, msg):
        nonlocal warns
        warns += 1
        print(f"WARN  {gf.name}: {msg}")

    def info(gf, msg):
        print(f"info  {gf.name}: {msg}")

    for gf in gold_files:
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(gf, f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(gf, f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            err(gf, f"doc {g['doc']!r} does not match file name")
        dpath = HERE / "docs" / g["doc"]
        if not dpath.exists():
            err(gf, f"missing text {dpath}")
            continue
        text, enc = read_doc(dpath)
        if enc != "utf-8":
            info(gf, f"text decoded as {enc}")
        n = len(text)
        if not 1500 <= n <= 5000:
            warn(gf, f"text length {n} outside 1500-5000")
        t_basic = strip_basic(text)
        t_norm = norm(strip_basic(text))

        # report
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(gf, f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        else:
            for k in ("publisher", "region", "year"):
                if rep[k] in (None, ""):
                    err(gf, f"report.{k} empty")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                err(gf, f"report.year {rep['year']!r}")
            if rep["date"] is not None and not DATE.match(str(rep["date"])):
                err(gf, f"report.date {rep['date']!r}")
            if rep["title"] is not None and strip_basic(rep["title"]) not in t_basic:
                warn(gf, f"report.title not in text: {rep['title']}")
            org_forms = {norm(f) for o in g["organizations"] for f in [o["name"], *o["aliases"]]}
            if rep["publisher"] and norm(rep["publisher"]) not in org_forms:
                err(gf, f"publisher {rep['publisher']} is not a gold organization")

        for kind, fields, types in (
            ("regulations", {"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
            ("organizations", {"name", "aliases", "type"}, ORG_TYPES),
            ("measures", {"name", "aliases", "type"}, MEA_TYPES),
        ):
            items = g[kind]
            if not isinstance(items, list):
                err(gf, f"{kind} is not a list")
                continue
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != fields:
                    err(gf, f"{kind}: bad fields {e}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(gf, f"{kind}: empty name {e}")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(gf, f"{kind}: {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    err(gf, f"{kind}: {name}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(gf, f"{name}: relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        err(gf, f"{name}: doc_number not normalised: {e['doc_number']!r}")
                    if e["doc_number"] is not None:
                        core = re.sub(r"\D", "", e["doc_number"])
                        if core not in re.sub(r"\D", "", text):
                            info(gf, f"{name}: doc_number digits {e['doc_number']} not verbatim (repaired?)")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(gf, f"{name}: issuer must be string or null")
                # duplicates
                for f in [name, *e["aliases"]]:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        err(gf, f"{kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                # occurrence
                forms = [name, *e["aliases"]]
                hit_basic = [f for f in forms if strip_basic(f) in t_basic]
                hit_norm = [f for f in forms if norm(strip_basic(f)) in t_norm]
                if not hit_basic and not hit_norm:
                    err(gf, f"{kind}: neither name nor any alias occurs in text: {name} {e['aliases']}")
                    continue
                if not hit_basic:
                    info(gf, f"{kind}: {name}: occurs only after score.py normalisation")
                if name not in hit_basic and name not in hit_norm:
                    info(gf, f"{kind}: canonical name resolved (not in text): {name}")
                for a in e["aliases"]:
                    if a not in hit_basic and a not in hit_norm:
                        warn(gf, f"{kind}: alias of {name} not in text: {a}")
    print(f"\n{len(gold_files)} gold files, {errors} errors, {warns} warnings")
    return 1 if errors or (strict and warns) else 0


if __name__ == "__main__":
    sys.exit(main())
