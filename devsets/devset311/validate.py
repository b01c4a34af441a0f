#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py [--quiet]

Checks, for every gold/*.json:
  * the JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<stem>.txt and matches the gold file name;
  * report has title/publisher/region/year/date; publisher, region, year are filled;
    year is an int in 2015..2025; date is null or YYYY-MM-DD; title (if given) occurs in the text;
    publisher is the name or an alias of one of the gold organizations;
  * every entity has the right keys and value types; `type` and `relation` come from the lists
    in ANNOTATION.md; doc_number is null or normalised to 机关代字〔年份〕序号号 (or a 令 number);
    issuer parts (split on space/、) are gold organizations of the document;
  * no two entities of one kind share a normalised name or alias;
  * every entity's name or one of its aliases occurs in the text (compared after removing
    title marks, quotes and whitespace, NFKC, brackets unified — as score.py does).
    Entities whose canonical name does not occur but an alias does are listed as
    information (resolved names); entities with no occurring form are errors.
Exit status 1 if any error was found.
"""
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
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
KEYS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$|^\S+令第\d+号$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def check(gf, errors, infos):
    def err(msg):
        errors.append(f"{gf.name}: {msg}")

    try:
        gold = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return
    if set(gold) != TOP_KEYS:
        err(f"top-level keys {sorted(gold)}")
    doc = gold.get("doc")
    if doc != gf.stem + ".txt":
        err(f"doc {doc!r} does not match file name")
    tp = DOCS / str(doc)
    if not tp.exists():
        err(f"text {tp} missing")
        return
    text = read_text(tp)
    ntext = norm(text)
    if not 1500 <= len(text) <= 5200:
        err(f"text length {len(text)} outside 1500..5000(+header)")

    rep = gold.get("report")
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep!r}")
        rep = rep if isinstance(rep, dict) else {}
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            err(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        err(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", str(rep["date"])):
        err(f"report.date {rep.get('date')!r}")
    if rep.get("title") is not None and norm(rep["title"]) not in ntext:
        err(f"report.title not in text: {rep['title']}")

    org_forms = {}
    for o in gold.get("organizations", []):
        if isinstance(o, dict):
            for a in [o.get("name"), *o.get("aliases", [])]:
                if isinstance(a, str):
                    org_forms[norm(a)] = o.get("name")
    if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        err(f"publisher {rep['publisher']!r} is not a gold organization")

    for kind in ("regulations", "organizations", "measures"):
        items = gold.get(kind)
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != KEYS[kind]:
                err(f"{kind}: bad keys {sorted(e) if isinstance(e, dict) else e!r}")
                continue
            name, aliases = e["name"], e["aliases"]
            if not isinstance(name, str) or not name.strip():
                err(f"{kind}: empty name")
                continue
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                err(f"{kind}: {name}: aliases must be a list of strings")
                continue
            if e["type"] not in TYPES[kind]:
                err(f"{kind}: {name}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{kind}: {name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                    err(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str):
                        err(f"{kind}: {name}: issuer not a string")
                    else:
                        for part in iss.replace("、", " ").split():
                            if norm(part) not in org_forms:
                                err(f"{kind}: {name}: issuer part {part!r} is not a gold organization")
            forms = [name, *aliases]
            for a in forms:
                k = norm(a)
                if k in seen and seen[k] != name:
                    err(f"{kind}: form {a!r} used by both {seen[k]!r} and {name!r}")
                seen[k] = name
            occurring = [a for a in forms if norm(a) in ntext]
            if not occurring:
                err(f"{kind}: {name}: neither name nor any alias occurs in the text")
            elif norm(name) not in ntext:
                infos.append(f"{gf.name}: {kind}: resolved name {name!r} (text has {occurring[0]!r})")


def main():
    quiet = "--quiet" in sys.argv
    errors, infos = [], []
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        check(gf, errors, infos)
    txts = {p.stem for p in DOCS.glob("*.txt")}
    for stem in sorted(txts - {g.stem for g in files}):
        errors.append(f"docs/{stem}.txt has no gold file")
    if not quiet:
        for line in infos:
            print("info:", line)
    for line in errors:
        print("ERROR:", line)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(infos)} resolved names")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
