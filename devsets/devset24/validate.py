#!/usr/bin/env python3
"""Validate the gold files of this dev set (rules: /work/shared/ANNOTATION.md).

usage: python3 validate.py [--coverage]

Checks, for every gold/*.json:
  * the JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ and equals the gold file name + .txt;
  * report has title, publisher, region, year (int), date (YYYY-MM-DD or null); publisher, region
    and year are filled, and publisher is one of the gold organizations (name or alias);
  * every entity has the right keys and value types; type / relation are in the allowed sets;
    doc_number is null or has the normalised form 机关代字〔年份〕序号号 (or 国务院令第N号);
  * the canonical name or at least one alias occurs in the text, after NFKC and after removing
    whitespace, 《》〈〉 and quotation marks from both (canonical names that are resolved and so do
    not occur verbatim are listed as information only);
  * no normalised alias is shared by two entities of the same kind (that would break matching);
  * issuer parts name gold organizations where the text names them (warning only).
With --coverage it also lists 《…》 titles in the text that no regulation covers (a completeness aid).
Exit status 1 if there is any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
BR = {"（": "(", "）": ")", "〔": "(", "〕": ")", "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")",
      "—": "-", "–": "-", "－": "-", "―": "-", "，": ",", "、": ","}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$|^国务院令第\d+号$")


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(BR.get(c, c) for c in s if c not in DROP and not c.isspace())


def check(path, errors, infos, coverage):
    def err(msg):
        errors.append(f"{path.name}: {msg}")

    def info(msg):
        infos.append(f"{path.name}: {msg}")

    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        err(f"top-level keys {sorted(g)}")
        return
    if g["doc"] != path.stem + ".txt":
        err(f"doc field {g['doc']!r} does not match file name")
    txt_path = ROOT / "docs" / g["doc"]
    if not txt_path.exists():
        err(f"missing text {txt_path}")
        return
    raw = txt_path.read_text(encoding="utf-8")
    text = norm(raw)
    n = len(raw)
    if not 1500 <= len(re.sub(r"\s", "", raw)) <= 5200:
        err(f"text length {n} outside 1500-5000")

    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {rep}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                err(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep['year']!r}")
        if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            err(f"report.date {rep['date']!r}")
        if rep["title"] is None:
            info("report.title is null")
        elif norm(rep["title"]) not in text:
            err(f"title does not occur: {rep['title']}")
        if rep["date"] is None:
            info("report.date is null")

    spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
            "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
            "measures": (MEA_TYPES, {"name", "aliases", "type"})}
    org_forms = set()
    for o in g["organizations"]:
        org_forms.add(norm(o["name"]))
        org_forms.update(norm(a) for a in o.get("aliases", []))
    if isinstance(rep, dict) and rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        err(f"publisher {rep['publisher']} is not a gold organization")

    for kind, (types, keys) in spec.items():
        if not isinstance(g[kind], list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in g[kind]:
            if not isinstance(e, dict) or set(e) != keys:
                err(f"{kind}: bad keys in {e}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                err(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                err(f"{kind}: {e['name']}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                err(f"{kind}: {e['name']}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{e['name']}: relation {e['relation']!r}")
                if e["doc_number"] is not None:
                    if not isinstance(e["doc_number"], str) or not DOCNUM.match(e["doc_number"]):
                        err(f"{e['name']}: doc_number not normalised: {e['doc_number']!r}")
                    else:
                        digits = re.findall(r"\d+", e["doc_number"])
                        if not all(d in text for d in digits):
                            info(f"{e['name']}: doc_number digits not all in text (repaired?): {e['doc_number']}")
                if e["issuer"] is not None:
                    if not isinstance(e["issuer"], str):
                        err(f"{e['name']}: issuer not a string")
                    else:
                        for part in e["issuer"].split():
                            if norm(part) not in org_forms:
                                info(f"{e['name']}: issuer part {part} is not a gold organization")
            forms = [e["name"], *e["aliases"]]
            hits = [f for f in forms if norm(f) and norm(f) in text]
            if not hits:
                err(f"{kind}: neither name nor any alias occurs: {e['name']} {e['aliases']}")
            elif e["name"] not in hits:
                info(f"{kind}: canonical not in text (resolved), alias occurs: {e['name']} <- {hits[0]}")
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    err(f"{kind}: form {f!r} shared by {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
    if coverage:
        reg_forms = set()
        for r in g["regulations"]:
            reg_forms.add(norm(r["name"]))
            reg_forms.update(norm(a) for a in r["aliases"])
        for m in re.finditer(r"[《「]([^《》「」]{2,120})[》」]", raw):
            t = norm(m.group(1))
            if t not in reg_forms:
                info(f"COVERAGE title not covered: {m.group(1)!r}")


def main():
    coverage = "--coverage" in sys.argv
    errors, infos = [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    for p in files:
        check(p, errors, infos, coverage)
    for i in infos:
        print("info ", i)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(infos)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
