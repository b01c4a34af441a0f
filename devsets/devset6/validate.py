#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md and the texts.

usage: python3 validate.py [--strict]

Checks, per gold/<doc>.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing docs/<doc> file whose stem equals the gold file's stem;
  * report: title str|null, publisher and region non-empty str, year int in 2000..2030,
    date null or a valid YYYY-MM-DD; publisher is the name or an alias of a gold organization;
  * every entity has a non-empty str name, a list of str aliases, a valid type; regulations
    also have doc_number (null or normalised 机关代字〔年份〕序号号), issuer (null or str) and
    a valid relation;
  * no two entities of one kind share a normalised name/alias (the scorer could not tell them apart);
  * occurrence: the name or at least one alias, normalised the way score.py normalises
    (NFKC, quotes/title marks/whitespace dropped, brackets unified), occurs in the normalised
    text. Text whitespace (PDF line breaks) is removed too. A name that does not occur while an
    alias does is listed as "resolved" (fine); an alias that does not occur is a warning (it may
    be an accepted alternative form); an entity with no occurring form is an ERROR.
Exit status 1 if there is any ERROR (with --strict also on warnings).
"""
import datetime
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}
DOCNUM = re.compile(r"^[^\s〔〕\[\]()（）【】]+〔(19|20)\d\d〕\d+号$")

# same normalisation as /work/shared/score.py
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def check(path):
    errors, warnings, resolved = [], [], []
    E, W = errors.append, warnings.append
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], [], []
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(g) != keys:
        E(f"top-level keys {sorted(g)} != {sorted(keys)}")
        return errors, warnings, resolved
    doc = g["doc"]
    if not isinstance(doc, str) or Path(doc).stem != path.stem:
        E(f"doc {doc!r} does not match gold file name {path.name}")
    txt_path = DOCS / str(doc)
    if not txt_path.exists():
        E(f"text {txt_path} missing")
        return errors, warnings, resolved
    text = norm(txt_path.read_text(encoding="utf-8"))

    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        E(f"report keys wrong: {rep!r}")
    else:
        if rep["title"] is not None and not (isinstance(rep["title"], str) and rep["title"]):
            E("report.title must be null or a non-empty string")
        if rep["title"] and norm(rep["title"]) not in text:
            W(f"report.title {rep['title']!r} does not occur in the text")
        for f in ("publisher", "region"):
            if not (isinstance(rep[f], str) and rep[f].strip()):
                E(f"report.{f} not filled")
        if not (isinstance(rep["year"], int) and 2000 <= rep["year"] <= 2030):
            E(f"report.year invalid: {rep['year']!r}")
        if rep["date"] is not None:
            try:
                datetime.date.fromisoformat(rep["date"])
            except (TypeError, ValueError):
                E(f"report.date invalid: {rep['date']!r}")
        orgforms = {norm(f) for o in g["organizations"] for f in [o.get("name", ""), *o.get("aliases", [])]}
        if isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in orgforms:
            E(f"publisher {rep['publisher']!r} is not a gold organization")

    for kind, valid in TYPES.items():
        ents = g[kind]
        if not isinstance(ents, list):
            E(f"{kind} is not a list")
            continue
        seen = {}
        for n, e in enumerate(ents):
            where = f"{kind}[{n}]"
            want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"}
                                                   if kind == "regulations" else set())
            if not isinstance(e, dict) or set(e) != want:
                E(f"{where}: keys {sorted(e) if isinstance(e, dict) else e!r} != {sorted(want)}")
                continue
            name = e["name"]
            where = f"{kind} {name!r}"
            if not (isinstance(name, str) and name.strip()):
                E(f"{where}: empty name")
                continue
            if not (isinstance(e["aliases"], list) and all(isinstance(a, str) and a for a in e["aliases"])):
                E(f"{where}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in valid:
                E(f"{where}: invalid type {e['type']!r}")
            if kind == "regulations":
                dn = e["doc_number"]
                if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                    E(f"{where}: doc_number not normalised: {dn!r}")
                if e["issuer"] is not None and not (isinstance(e["issuer"], str) and e["issuer"].strip()):
                    E(f"{where}: issuer must be null or a non-empty string")
                if e["relation"] not in RELATIONS:
                    E(f"{where}: invalid relation {e['relation']!r}")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    E(f"{where}: form {f!r} also belongs to {seen[k]!r}")
                seen.setdefault(k, name)
            hits = [f for f in forms if norm(f) in text]
            if not hits:
                E(f"{where}: neither name nor any alias occurs in the text")
                continue
            if norm(name) not in text:
                resolved.append(f"{kind}: {name} (via {hits[0]!r})")
            for a in e["aliases"]:
                if norm(a) not in text:
                    W(f"{where}: alias {a!r} does not occur (accepted alternative form?)")
    return errors, warnings, resolved


def main():
    strict = "--strict" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    docs = sorted(p.name for p in DOCS.glob("*.txt"))
    n_err = n_warn = 0
    if len(files) != len(docs):
        print(f"ERROR: {len(files)} gold files but {len(docs)} docs")
        n_err += 1
    for p in files:
        errors, warnings, resolved = check(p)
        n_err += len(errors)
        n_warn += len(warnings)
        g = json.loads(p.read_text(encoding="utf-8")) if not errors or "JSON" not in errors[0] else {}
        counts = " ".join(f"{k[:3]}={len(g.get(k, []))}" for k in TYPES) if g else ""
        print(f"== {p.name}: {len(errors)} errors, {len(warnings)} warnings, {counts}")
        for m in errors:
            print("  ERROR", m)
        for m in warnings:
            print("  warn ", m)
        for m in resolved:
            print("  resolved", m)
    print(f"\n{len(files)} files, {n_err} errors, {n_warn} warnings")
    sys.exit(1 if n_err or (strict and n_warn) else 0)


if __name__ == "__main__":
    main()
