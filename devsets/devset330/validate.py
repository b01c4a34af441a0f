#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ and matches the gold file name;
  * report fields: title (str|null), publisher (str, non-empty, and the name of one of the
    gold organizations), region (str, non-empty), year (int, 2015-2025), date (YYYY-MM-DD|null);
  * every entity has the required fields with allowed types/relations; doc_number is null or
    normalised `代字〔YYYY〕N号`; issuer null or non-empty string; aliases a list of strings;
  * no normalised name/alias is claimed by two entities of the same kind (that would make
    the scorer's matching ambiguous), and no alias duplicates its own canonical name;
  * every entity's name or at least one alias occurs in the document text (comparison after
    HTML-entity decoding, NFKC, removing title marks/quotes/whitespace, unifying dashes and
    brackets). Canonical names that do not occur (resolved names) are listed as INFO.
The document text is read as UTF-8, falling back to GB18030 (one document is GBK on purpose).
Exit status 1 if any ERROR was found.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

KEYS = {"doc", "report", "regulations", "organizations", "measures"}
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


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def check(gold_path, docs_dir, errors, infos):
    def err(msg):
        errors.append(f"{gold_path.name}: {msg}")

    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return
    if set(g) != KEYS:
        err(f"top-level keys {sorted(g)} != {sorted(KEYS)}")
        return
    doc = g["doc"]
    if not isinstance(doc, str) or doc[:-4] != gold_path.stem or not doc.endswith(".txt"):
        err(f"doc field {doc!r} does not match gold file name")
    doc_path = docs_dir / doc
    if not doc_path.exists():
        err(f"document {doc} not found")
        return
    text, enc = read_text(doc_path)
    ntext = norm(html.unescape(text))
    if not 1500 <= len(text) <= 5000:
        infos.append(f"{gold_path.name}: length {len(text)} outside 1500-5000")

    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        err("report must have exactly title, publisher, region, year, date")
    else:
        if rep["title"] is not None and not (isinstance(rep["title"], str) and rep["title"].strip()):
            err("report.title must be a non-empty string or null")
        for f in ("publisher", "region"):
            if not (isinstance(rep[f], str) and rep[f].strip()):
                err(f"report.{f} must be filled")
        if not (isinstance(rep["year"], int) and 2015 <= rep["year"] <= 2025):
            err("report.year must be an int 2015-2025")
        if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            err("report.date must be YYYY-MM-DD or null")
        if rep["title"] and norm(rep["title"]) not in ntext:
            err(f"report.title not found in text: {rep['title']}")
        org_names = {norm(o.get("name", "")) for o in g["organizations"] if isinstance(o, dict)}
        if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in org_names:
            err(f"report.publisher {rep['publisher']!r} is not the name of a gold organization")

    for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
        items = g[kind]
        if not isinstance(items, list):
            err(f"{kind} must be a list")
            continue
        owner = {}
        for e in items:
            if not isinstance(e, dict):
                err(f"{kind}: entity is not an object: {e!r}")
                continue
            need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != need:
                err(f"{kind}: {e.get('name')!r} has keys {sorted(e)} (expected {sorted(need)})")
                continue
            name = e["name"]
            if not (isinstance(name, str) and name.strip()):
                err(f"{kind}: empty name")
                continue
            if e["type"] not in types:
                err(f"{kind}: {name}: bad type {e['type']!r}")
            if not (isinstance(e["aliases"], list) and all(isinstance(a, str) and a.strip() for a in e["aliases"])):
                err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"regulations: {name}: bad relation {e['relation']!r}")
                if e["doc_number"] is not None and not (isinstance(e["doc_number"], str) and DOCNUM.match(e["doc_number"])):
                    err(f"regulations: {name}: doc_number {e['doc_number']!r} not normalised")
                if e["issuer"] is not None and not (isinstance(e["issuer"], str) and e["issuer"].strip()):
                    err(f"regulations: {name}: issuer must be null or a non-empty string")
            forms = [name, *e["aliases"]]
            seen_here = set()
            for f in forms:
                n = norm(f)
                seen_here.add(n)  # quoted variants of one form are allowed (the seeds list them too)
                if n in owner and owner[n] != name:
                    err(f"{kind}: form {f!r} claimed by both {owner[n]!r} and {name!r}")
                owner.setdefault(n, name)
            found = [f for f in forms if norm(f) in ntext]
            if not found:
                err(f"{kind}: neither name nor any alias occurs in text: {name} {e['aliases']}")
            elif norm(name) not in ntext:
                infos.append(f"{gold_path.name}: {kind}: resolved name not in text (alias found: {found[0]}): {name}")
    return enc


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_dir, docs_dir = root / "gold", root / "docs"
    errors, infos = [], []
    golds = sorted(gold_dir.glob("*.json"))
    docs = sorted(p.name for p in docs_dir.glob("*.txt"))
    if {p.stem + ".txt" for p in golds} != set(docs):
        errors.append(f"docs and gold files do not pair up: docs={docs} gold={[p.name for p in golds]}")
    for gp in golds:
        check(gp, docs_dir, errors, infos)
    for line in infos:
        print("INFO ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
