#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [-v]

Checks, for every gold/*.json:
  * the JSON loads, has exactly the keys doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file and matches the gold file name;
  * report has title/publisher/region/year/date; publisher, region and year are filled,
    year is an int in 2015..2025, date is YYYY-MM-DD or null, publisher is a gold organization;
  * every entity has the right keys and value types, a valid `type`, and for regulations a
    valid `relation`, a `doc_number` normalised to 机关代字〔年份〕序号号 (or null) and an issuer
    that names gold organizations (or null);
  * no two entities of one kind share a (normalised) name or alias — the scorer would
    otherwise match a prediction to the wrong entity;
  * the canonical name or at least one alias occurs in the text. Text and names are compared
    after HTML-entity decoding, NFKC and the scorer's normalisation (whitespace, quotation and
    title marks removed, brackets and dashes unified). Canonical names that do not occur
    themselves (resolved names) are listed with -v; aliases that do not occur are errors
    unless they are a canonical name (which is allowed to be resolved).
Exit status 1 if any error.
"""
import html
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
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
KEYS = {"regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
        "organizations": {"name", "aliases", "type"},
        "measures": {"name", "aliases", "type"}}
DOCNO = re.compile(r"^[^〔〕\s]+〔(19|20)\d\d〕\d+号$")

# same normalisation as score.py
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def text_norm(raw):
    # decode HTML entities twice (pages sometimes double-escape: &amp;nbsp;)
    return norm(html.unescape(html.unescape(raw)).replace("\xa0", " "))


def check(path, verbose):
    errs, infos = [], []
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], infos
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errs.append(f"top-level keys {sorted(g)}")
        return errs, infos
    doc = g["doc"]
    if not isinstance(doc, str) or Path(doc).stem != path.stem:
        errs.append(f"doc {doc!r} does not match gold file name")
    txt_path = DOCS / str(doc)
    if not txt_path.exists():
        return errs + [f"text {txt_path} missing"], infos
    raw = txt_path.read_bytes().decode("utf-8")
    n_chars = len(raw)
    if not 1500 <= n_chars <= 5000:
        errs.append(f"text has {n_chars} characters (want 1500-5000)")
    text = text_norm(raw)

    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep!r}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                errs.append(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            errs.append(f"report.year {rep['year']!r}")
        if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
            errs.append(f"report.date {rep['date']!r}")
        if rep["title"] is not None and norm(rep["title"]) not in text:
            errs.append(f"report.title does not occur: {rep['title']}")
        if rep["title"] is None:
            infos.append("report.title is null")
        if rep["date"] is None:
            infos.append("report.date is null")
        org_names = {norm(o.get("name", "")) for o in g["organizations"] if isinstance(o, dict)}
        if rep["publisher"] and norm(rep["publisher"]) not in org_names:
            errs.append(f"report.publisher {rep['publisher']} is not a gold organization name")

    org_forms = {}
    for o in g["organizations"]:
        if isinstance(o, dict):
            for a in [o.get("name", ""), *o.get("aliases", [])]:
                org_forms.setdefault(norm(a), o.get("name"))

    for kind in ("regulations", "organizations", "measures"):
        items = g[kind]
        if not isinstance(items, list):
            errs.append(f"{kind} is not a list")
            continue
        seen = {}
        canon = {norm(e.get("name", "")) for e in items if isinstance(e, dict)}
        for e in items:
            if not isinstance(e, dict) or set(e) != KEYS[kind]:
                errs.append(f"{kind}: bad keys {e!r}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                errs.append(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in TYPES[kind]:
                errs.append(f"{kind}: {name}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"{kind}: {name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not (isinstance(dn, str) and DOCNO.match(dn)):
                    errs.append(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str):
                        errs.append(f"{kind}: {name}: issuer must be a string or null")
                    else:
                        for part in iss.split():
                            if norm(part) not in org_forms:
                                errs.append(f"{kind}: {name}: issuer part {part!r} is not a gold organization")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] is not e:
                    errs.append(f"{kind}: form {f!r} used by two entities ({seen[k]['name']} / {name})")
                seen[k] = e
            if len(set(map(norm, forms))) != len(forms):
                infos.append(f"{kind}: {name}: an alias equals the name or another alias after normalisation")
            occurs = [f for f in forms if norm(f) in text]
            if not occurs:
                errs.append(f"{kind}: neither name nor any alias occurs: {name} {e['aliases']}")
            else:
                if norm(name) not in text:
                    infos.append(f"{kind}: resolved name (alias occurs): {name} <- {occurs[0]}")
                for a in e["aliases"]:
                    if norm(a) not in text:
                        infos.append(f"{kind}: {name}: alias listed as accepted form, not in text: {a}")
    return errs, infos


def main():
    verbose = "-v" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    txts = sorted(p.stem for p in DOCS.glob("*.txt"))
    bad = 0
    if sorted(p.stem for p in files) != txts:
        print("docs/ and gold/ do not correspond:", sorted(set(txts) ^ {p.stem for p in files}))
        bad += 1
    for p in files:
        errs, infos = check(p, verbose)
        bad += len(errs)
        status = "OK " if not errs else "ERR"
        print(f"{status} {p.name}")
        for e in errs:
            print(f"    ERROR {e}")
        if verbose:
            for i in infos:
                print(f"    info  {i}")
    print(f"{len(files)} gold files, {bad} errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
