#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--quiet]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file whose stem equals the gold file's stem;
  * report has title/publisher/region/year/date; publisher, region, year filled; year int;
    date null or YYYY-MM-DD; publisher is the name or an alias of a gold organization;
  * every entity has the right fields and types (ANNOTATION.md sections 1-3), relation valid,
    doc_number null or normalised `代字〔YYYY〕N号`;
  * issuer parts (space separated) name organizations of the same gold file (warning only);
  * no two entities of one kind share a normalised name/alias (would be a DUP for the scorer);
  * every entity occurs in the text: its name or one of its aliases, normalised as score.py
    normalises names (NFKC, whitespace, quotation and title marks removed, dashes and brackets
    unified), is a substring of the equally normalised text. Entities whose canonical name does
    not occur but an alias does are listed as "resolved" (fine); entities with no occurring form
    are errors;
  * document length 1,500-5,000 characters.
Exit status 1 if there is any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

# same normalisation as /work/shared/score.py
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KINDS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}
DOCNO = re.compile(r"^\S+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check(path, quiet):
    errors, warnings, resolved = [], [], []
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], [], []
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(gold) != keys:
        errors.append(f"top-level keys {sorted(gold)} != {sorted(keys)}")
        return errors, warnings, resolved
    doc = gold["doc"]
    if not isinstance(doc, str) or Path(doc).stem != path.stem or not doc.endswith(".txt"):
        errors.append(f"doc field {doc!r} does not match gold file name")
    txt_path = DOCS / doc
    if not txt_path.exists():
        errors.append(f"text file {txt_path} missing")
        return errors, warnings, resolved
    raw = txt_path.read_text(encoding="utf-8")
    if not 1500 <= len(raw) <= 5000:
        errors.append(f"document length {len(raw)} outside 1500-5000")
    text = norm(raw)

    rep = gold["report"]
    rkeys = {"title", "publisher", "region", "year", "date"}
    if not isinstance(rep, dict) or set(rep) != rkeys:
        errors.append(f"report keys wrong: {rep!r}")
    else:
        for f in ("publisher", "region", "year"):
            if rep[f] in (None, ""):
                errors.append(f"report.{f} is empty")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"report.year {rep['year']!r} not an int in 2015-2025")
        if rep["date"] is not None and not DATE.match(str(rep["date"])):
            errors.append(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep["date"] is None:
            warnings.append("report.date is null")
        if rep["title"] is not None and norm(rep["title"]) not in text:
            errors.append(f"report.title {rep['title']!r} not in text")
        orgforms = {norm(f) for o in gold["organizations"] for f in [o["name"], *o["aliases"]]}
        if rep["publisher"] and norm(rep["publisher"]) not in orgforms:
            errors.append(f"report.publisher {rep['publisher']!r} is not a gold organization")

    orgforms = {norm(f) for o in gold.get("organizations", []) for f in [o.get("name", ""), *o.get("aliases", [])]}
    for kind, types in KINDS.items():
        items = gold[kind]
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if not isinstance(e, dict) or set(e) != want:
                errors.append(f"{kind}[{i}] fields {sorted(e) if isinstance(e, dict) else e!r} != {sorted(want)}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}[{i}] empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                errors.append(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                errors.append(f"{kind}: {name}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{kind}: {name}: bad relation {e['relation']!r}")
                if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                    errors.append(f"{kind}: {name}: doc_number {e['doc_number']!r} not normalised")
                if e["issuer"] is not None:
                    for part in str(e["issuer"]).split():
                        if norm(part) not in orgforms:
                            warnings.append(f"{kind}: {name}: issuer part {part!r} is not a gold organization")
            forms = [name, *e["aliases"]]
            for f in forms:
                nf = norm(f)
                if nf in seen and seen[nf] != i:
                    errors.append(f"{kind}: form {f!r} shared by {items[seen[nf]]['name']!r} and {name!r}")
                seen.setdefault(nf, i)
            occurring = [f for f in forms if norm(f) in text]
            if not occurring:
                errors.append(f"{kind}: {name!r}: neither the name nor any alias occurs in the text")
            elif norm(name) not in text:
                resolved.append(f"{kind}: {name!r} (resolved; occurs as {occurring[0]!r})")
    return errors, warnings, resolved


def main():
    quiet = "--quiet" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    n_err = 0
    totals = {k: 0 for k in KINDS}
    for path in files:
        errors, warnings, resolved = check(path, quiet)
        n_err += len(errors)
        try:
            g = json.loads(path.read_text(encoding="utf-8"))
            for k in KINDS:
                totals[k] += len(g.get(k, []))
            counts = " ".join(f"{k[:3]}={len(g.get(k, []))}" for k in KINDS)
        except Exception:  # noqa
            counts = ""
        print(f"{path.name}: {'OK' if not errors else 'ERRORS ' + str(len(errors))}  {counts}")
        for e in errors:
            print(f"  ERROR {e}")
        for w in warnings:
            print(f"  warn  {w}")
        if not quiet:
            for r in resolved:
                print(f"  info  {r}")
    print(f"{len(files)} gold files, {n_err} errors; entities: " + ", ".join(f"{k}={v}" for k, v in totals.items()))
    sys.exit(1 if n_err else 0)


if __name__ == "__main__":
    main()
