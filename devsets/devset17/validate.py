#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks, for every gold/<stem>.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` is "<stem>.txt" and docs/<doc> exists and decodes as UTF-8;
  * report: title (str|null), publisher (non-empty str), region (non-empty str), year (int
    2015..2025), date (null or a valid YYYY-MM-DD); publisher is one of the gold organizations
    (by name or alias);
  * every entity has exactly the keys of its kind, a non-empty name, a list of string aliases and
    a type from ANNOTATION.md; regulations also doc_number (null or 代字〔YYYY〕N号), issuer
    (null or str) and relation (issues|implements|studies|mentions);
  * occurrence: after normalisation (NFKC; whitespace, 《》〈〉 and quotation marks removed;
    brackets and dashes unified, as in score.py) the name or at least one alias of every entity
    occurs in the text. Canonical names that do not occur (resolved names) are listed as INFO,
    aliases that do not occur are WARN, entities with no occurring form are ERROR;
  * no two entities of one kind in a document share a normalised name/alias;
  * text length is 1,500-5,000 characters.
Exit status 1 if there is any ERROR or WARN.
"""
import datetime
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
KEYS = {
    "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
    "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
    "measures": ({"name", "aliases", "type"}, MEA_TYPES),
}
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def check(path, docs_dir, out):
    errs = warns = 0

    def err(msg):
        nonlocal errs
        errs += 1
        out.append(f"ERROR {path.name}: {msg}")

    def warn(msg):
        nonlocal warns
        warns += 1
        out.append(f"WARN  {path.name}: {msg}")

    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"does not load: {exc}")
        return errs, warns, 0
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        err(f"top-level keys {sorted(g)}")
        return errs, warns, 0
    if g["doc"] != path.stem + ".txt":
        err(f"doc field {g['doc']!r} does not match file name")
    txt_path = docs_dir / g["doc"]
    try:
        text = txt_path.read_text(encoding="utf-8")
    except Exception as exc:  # noqa: BLE001
        err(f"cannot read text {txt_path}: {exc}")
        return errs, warns, 0
    if not 1500 <= len(text) <= 5000:
        warn(f"text length {len(text)} outside 1500-5000")
    ntext = norm(text)

    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {rep if not isinstance(rep, dict) else sorted(rep)}")
    else:
        if rep["title"] is not None and not (isinstance(rep["title"], str) and rep["title"].strip()):
            err("report.title must be a non-empty string or null")
        if rep["title"] and norm(rep["title"]) not in ntext:
            warn(f"report.title not found in text: {rep['title']}")
        for k in ("publisher", "region"):
            if not (isinstance(rep[k], str) and rep[k].strip()):
                err(f"report.{k} empty")
        if not (isinstance(rep["year"], int) and 2015 <= rep["year"] <= 2025):
            err(f"report.year {rep['year']!r}")
        if rep["date"] is not None:
            try:
                datetime.date.fromisoformat(rep["date"])
            except (TypeError, ValueError):
                err(f"report.date {rep['date']!r} is not YYYY-MM-DD")
        if rep["title"] is None:
            out.append(f"INFO  {path.name}: report.title is null")
        if rep["date"] is None:
            out.append(f"INFO  {path.name}: report.date is null")

    info = 0
    for kind, (keys, types) in KEYS.items():
        ents = g[kind]
        if not isinstance(ents, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in ents:
            if not isinstance(e, dict) or set(e) != keys:
                err(f"{kind}: bad keys in {e}")
                continue
            name = e["name"]
            if not (isinstance(name, str) and name.strip()):
                err(f"{kind}: empty name {e}")
                continue
            if not (isinstance(e["aliases"], list) and all(isinstance(a, str) and a.strip() for a in e["aliases"])):
                err(f"{kind}: aliases of {name} must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                err(f"{kind}: type {e['type']!r} of {name}")
            if kind == "regulations":
                dn = e["doc_number"]
                if dn is not None and not (isinstance(dn, str) and DOCNO.match(dn)):
                    err(f"doc_number {dn!r} of {name} not normalised to 代字〔年份〕序号号")
                if e["issuer"] is not None and not (isinstance(e["issuer"], str) and e["issuer"].strip()):
                    err(f"issuer of {name}")
                if e["relation"] not in RELATIONS:
                    err(f"relation {e['relation']!r} of {name}")
            forms = [name] + e["aliases"]
            present = [f for f in forms if norm(f) in ntext]
            if not present:
                err(f"{kind}: neither name nor any alias occurs: {name} {e['aliases']}")
            elif norm(name) not in ntext:
                info += 1
                out.append(f"INFO  {path.name}: {kind}: resolved name not in text (alias occurs): {name}")
            for a in e["aliases"]:
                if norm(a) not in ntext:
                    warn(f"{kind}: alias of {name} does not occur: {a}")
            for f in {norm(x) for x in forms}:
                if f in seen and seen[f] != name:
                    err(f"{kind}: form {f!r} shared by {seen[f]} and {name}")
                seen[f] = name
    if isinstance(rep, dict) and rep.get("publisher"):
        pub = norm(rep["publisher"])
        if not any(pub == norm(f) for o in g["organizations"] if isinstance(o, dict)
                   for f in [o.get("name", "")] + list(o.get("aliases", []))):
            err(f"publisher {rep['publisher']} is not among the organizations")
    return errs, warns, info


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_dir, docs_dir = base / "gold", base / "docs"
    files = sorted(gold_dir.glob("*.json"))
    out, E, W, I = [], 0, 0, 0
    docs = {p.name for p in docs_dir.glob("*.txt")}
    golds = {p.stem + ".txt" for p in files}
    for missing in sorted(docs - golds):
        out.append(f"ERROR {missing}: text without gold")
        E += 1
    for p in files:
        e, w, i = check(p, docs_dir, out)
        E, W, I = E + e, W + w, I + i
    print("\n".join(out))
    print(f"\n{len(files)} gold files: {E} errors, {W} warnings, {I} resolved names not in text")
    sys.exit(1 if E or W else 0)


if __name__ == "__main__":
    main()
