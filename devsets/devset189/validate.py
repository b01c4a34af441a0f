#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]     (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys doc/report/regulations/organizations/measures; `doc` names an
    existing docs/<stem>.txt; report has title/publisher/region/year/date, publisher, region and
    year filled, year an int in 2015..2025, date YYYY-MM-DD or null;
  * every entity has the right keys and value types, `type` and `relation` from the allowed sets,
    `doc_number` null or of the normalised form 代字〔YYYY〕N号;
  * no normalised name/alias is used by two entities of the same kind;
  * the canonical name or at least one alias occurs in the text (page-number lines removed, both
    sides normalised: NFKC,
    whitespace, quotation and title marks removed, brackets/dashes unified, as score.py does);
    resolved canonical names that do not occur themselves are listed as INFO;
  * aliases that do not occur in the text are listed as WARN (gold may list accepted forms);
  * the publisher is one of the gold organizations (name or alias); the title occurs in the text;
  * the text is 1,500-5,000 characters.
Exit status 1 if any ERROR.
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
DOCNUM = re.compile(r"^\S+〔(19|20)\d{2}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# page-number lines that a PDF conversion leaves inside running text (- 2 -, — 1 —, ·3·)
PAGE_MARK = re.compile(r"^[ \t]*[-—·][ \t]*\d+[ \t]*[-—·][ \t]*$", re.M)

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def check(gold_path, docs_dir):
    errors, warns, infos = [], [], []
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], warns, infos
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(g) != keys:
        errors.append(f"top-level keys {sorted(g)} != {sorted(keys)}")
        return errors, warns, infos
    if g["doc"] != gold_path.stem + ".txt":
        errors.append(f"doc {g['doc']!r} does not match file name {gold_path.stem}.txt")
    txt_path = docs_dir / g["doc"]
    if not txt_path.exists():
        return errors + [f"text {txt_path} missing"], warns, infos
    raw = txt_path.read_text(encoding="utf-8")
    if not 1500 <= len(raw) <= 5000:
        errors.append(f"text length {len(raw)} outside 1500-5000")
    text = norm(PAGE_MARK.sub("", raw))

    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys wrong: {rep!r}")
    else:
        for f in ("publisher", "region", "year"):
            if rep[f] in (None, ""):
                errors.append(f"report.{f} is empty")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"report.year {rep['year']!r} not an int in 2015-2025")
        if rep["date"] is not None and not DATE.match(str(rep["date"])):
            errors.append(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep["title"] is not None and norm(rep["title"]) not in text:
            errors.append(f"report.title {rep['title']!r} does not occur in the text")
        orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
        if rep["publisher"] and norm(rep["publisher"]) not in orgnames:
            errors.append(f"publisher {rep['publisher']!r} is not a gold organization")

    spec = {
        "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
        "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
        "measures": ({"name", "aliases", "type"}, MEA_TYPES),
    }
    for kind, (fields, types) in spec.items():
        items = g[kind]
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != fields:
                errors.append(f"{kind}: bad entity keys {e!r}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name {e!r}")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) for a in e["aliases"]):
                errors.append(f"{kind}/{name}: aliases must be a list of strings")
                continue
            if e["type"] not in types:
                errors.append(f"{kind}/{name}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{kind}/{name}: relation {e['relation']!r} not allowed")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    errors.append(f"{kind}/{name}: doc_number {e['doc_number']!r} not normalised")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errors.append(f"{kind}/{name}: issuer must be a string or null")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    errors.append(f"{kind}: form {f!r} used by both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            occurring = [f for f in forms if norm(f) in text]
            if not occurring:
                errors.append(f"{kind}/{name}: neither the name nor any alias occurs in the text")
            else:
                if norm(name) not in text:
                    infos.append(f"{kind}/{name}: resolved name, occurs via {occurring[0]!r}")
                for a in e["aliases"]:
                    if norm(a) not in text:
                        warns.append(f"{kind}/{name}: alias {a!r} does not occur in the text")
    return errors, warns, infos


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    golds = sorted((base / "gold").glob("*.json"))
    docs = sorted((base / "docs").glob("*.txt"))
    total_err = 0
    if {p.stem for p in golds} != {p.stem for p in docs}:
        print("ERROR docs and gold files do not pair up")
        total_err += 1
    for gp in golds:
        errors, warns, infos = check(gp, base / "docs")
        total_err += len(errors)
        print(f"== {gp.name}: {len(errors)} errors, {len(warns)} warnings, {len(infos)} resolved names")
        for m in errors:
            print("  ERROR", m)
        for m in warns:
            print("  WARN ", m)
        if "-v" in sys.argv:
            for m in infos:
                print("  INFO ", m)
    print("OK" if total_err == 0 else f"{total_err} errors")
    return 1 if total_err else 0


if __name__ == "__main__":
    sys.exit(main())
