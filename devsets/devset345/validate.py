#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md and against the texts.

usage: python3 validate.py [-v] [DEVSET_DIR]      (default: the directory of this script)

Checks, for every gold/*.json:
  * JSON loads; keys doc, report{title,publisher,region,year,date}, regulations[],
    organizations[], measures[] are present with the right types; no unknown keys;
  * `doc` names an existing docs/*.txt file whose stem equals the gold file's stem;
  * type / relation values are from ANNOTATION.md; doc_number (if any) looks like
    机关代字〔年份〕序号号 or an order number (…令第N号); date is YYYY-MM-DD; year is an int;
  * report fields publisher, region, year are filled, and the publisher is one of the
    gold organizations (name or alias);
  * every gold entity has its name or at least one alias in the text. The text is decoded
    (UTF-8, else Big5, else GB18030), HTML entities are unescaped, and both sides are
    compared after the scorer's normalisation (NFKC, whitespace/quotes/title marks dropped,
    brackets and dashes unified). Entities whose canonical name itself does not occur
    (names resolved from context or converted from Traditional characters) are listed as
    INFO, which is fine as long as an alias occurs;
  * no normalised alias is shared by two entities of the same kind in one document
    (the scorer would silently give it to the first);
  * across documents, one canonical name keeps one type;
  * each text is 1,500–5,000 characters.
Exit status 1 if any ERROR was printed.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

_ARGS = [a for a in sys.argv[1:] if a != "-v"]
ROOT = Path(_ARGS[0]) if _ARGS else Path(__file__).resolve().parent

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KINDS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}

# same normalisation as /work/shared/score.py
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "big5", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace"), "utf-8?"


DOCNUM = re.compile(r"^[^〔〕\s]+〔\d{4}〕\d+号$|^.+令第\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

errors, infos = [], []


def err(doc, msg):
    errors.append(f"ERROR {doc}: {msg}")


def info(doc, msg):
    infos.append(f"INFO  {doc}: {msg}")


def check_entity(doc, kind, e, ntext):
    need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
    if not isinstance(e, dict):
        err(doc, f"{kind}: entry is not an object: {e!r}")
        return
    if set(e) != need:
        err(doc, f"{kind} {e.get('name')!r}: keys {sorted(e)} != {sorted(need)}")
    if not isinstance(e.get("name"), str) or not e.get("name"):
        err(doc, f"{kind}: empty name")
        return
    if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) and a for a in e["aliases"]):
        err(doc, f"{kind} {e['name']!r}: aliases must be a list of non-empty strings")
        return
    if e.get("type") not in KINDS[kind]:
        err(doc, f"{kind} {e['name']!r}: bad type {e.get('type')!r}")
    if kind == "regulations":
        if e.get("relation") not in RELATIONS:
            err(doc, f"regulation {e['name']!r}: bad relation {e.get('relation')!r}")
        dn = e.get("doc_number")
        if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
            err(doc, f"regulation {e['name']!r}: doc_number not normalised: {dn!r}")
        if e.get("issuer") is not None and not isinstance(e.get("issuer"), str):
            err(doc, f"regulation {e['name']!r}: issuer must be a string or null")
    forms = [e["name"], *e["aliases"]]
    found = [f for f in forms if norm(f) and norm(f) in ntext]
    if not found:
        err(doc, f"{kind} {e['name']!r}: neither name nor any alias occurs in the text")
    elif norm(e["name"]) not in ntext:
        info(doc, f"{kind} {e['name']!r} resolved; occurs as {found[0]!r}")
    for a in e["aliases"]:
        if norm(a) not in ntext:
            info(doc, f"{kind} {e['name']!r}: alias {a!r} is an accepted form not in the text")


def main():
    gold_files = sorted((ROOT / "gold").glob("*.json"))
    if not gold_files:
        sys.exit(f"no gold files under {ROOT / 'gold'}")
    types_by_name = {}
    for gf in gold_files:
        doc = gf.stem
        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(doc, f"JSON does not load: {exc}")
            continue
        if set(gold) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(doc, f"top-level keys {sorted(gold)}")
        if gold.get("doc") != f"{doc}.txt":
            err(doc, f"doc field {gold.get('doc')!r} != {doc}.txt")
        txt_path = ROOT / "docs" / f"{doc}.txt"
        if not txt_path.exists():
            err(doc, "text file missing")
            continue
        text, enc = read_text(txt_path)
        text = html.unescape(text)
        if not 1500 <= len(text) <= 5000:
            err(doc, f"text length {len(text)} outside 1500-5000")
        ntext = norm(text)
        rep = gold.get("report")
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(doc, f"report keys wrong: {rep!r}")
            rep = {}
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(doc, f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(doc, f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            err(doc, f"report.date {rep.get('date')!r}")
        if rep.get("title") is not None and norm(rep["title"]) not in ntext:
            err(doc, f"report.title not in text: {rep['title']!r}")
        orgs = {norm(o["name"]) for o in gold.get("organizations", [])} | \
               {norm(a) for o in gold.get("organizations", []) for a in o.get("aliases", [])}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgs:
            err(doc, f"publisher {rep['publisher']!r} is not a gold organization")
        for kind in KINDS:
            items = gold.get(kind)
            if not isinstance(items, list):
                err(doc, f"{kind} is not a list")
                continue
            seen = {}
            for e in items:
                check_entity(doc, kind, e, ntext)
                if not isinstance(e, dict) or "name" not in e:
                    continue
                for f in {norm(x) for x in [e["name"], *e.get("aliases", [])]}:
                    if f in seen and seen[f] != e["name"]:
                        err(doc, f"{kind}: form {f!r} shared by {seen[f]!r} and {e['name']!r}")
                    seen.setdefault(f, e["name"])
                types_by_name.setdefault((kind, norm(e["name"])), {}).setdefault(e.get("type"), []).append(doc)
            if kind == "regulations":
                for e in items:
                    iss = e.get("issuer") if isinstance(e, dict) else None
                    if iss:
                        for part in iss.split():
                            if norm(part) not in orgs:
                                err(doc, f"issuer {part!r} of {e['name']!r} is not a gold organization")
        info(doc, f"decoded as {enc}, {len(text)} chars, "
                  f"{len(gold.get('regulations', []))} regulations, {len(gold.get('organizations', []))} organizations, "
                  f"{len(gold.get('measures', []))} measures")
    for (kind, name), types in sorted(types_by_name.items()):
        if len(types) > 1:
            errors.append(f"ERROR *: {kind} {name!r} has different types across documents: {types}")
    verbose = "-v" in sys.argv
    for line in infos:
        if verbose or "decoded as" in line or "resolved" not in line and "accepted form" not in line:
            print(line)
    resolved = sum(1 for i in infos if "resolved" in i)
    print(f"INFO  {resolved} entities are named by a resolved canonical name that does not itself occur "
          f"(matched through an alias); run with -v to list them")
    for line in errors:
        print(line)
    print(f"{len(gold_files)} gold files, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
