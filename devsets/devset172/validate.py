#!/usr/bin/env python3
"""Validate the gold files of this devset (see /work/shared/ANNOTATION.md).

usage: python3 validate.py [-v] [DEVSET_DIR]

Checks per gold file: JSON loads; keys and value types; enumerated types/relations;
doc_number shape; report fields filled; the doc file exists; every entity's name or
one of its aliases occurs in the text (PDF page-footer lines dropped; compared after removing 《》〈〉, quotes and
whitespace, NFKC and unified brackets); duplicate names/aliases inside a kind.
Canonical names that do not occur themselves (resolved jurisdiction, simplified form
of a Traditional text, full official law title) are listed as INFO, not errors.
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

_ARGS = [a for a in sys.argv[1:] if not a.startswith("-")]
BASE = Path(_ARGS[0]) if _ARGS else Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
PAGE = re.compile(r"(?m)^[ \t]*(?:[—\-－]+[ \t]*\d+[ \t]*[—\-－]+|第[ \t]*\d+[ \t]*页(?:[ \t]*共[ \t]*\d+[ \t]*页)?)[ \t]*$")
DOCNUM = re.compile(r"^(\S+〔(19|20)\d\d〕\d+号|\S+令第\d+号)$")


def norm(s):
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(MAP.get(c, c) for c in s if c not in DROP and not c.isspace())


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def check(gf, errors, infos):
    def err(msg):
        errors.append(f"{gf.name}: {msg}")
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return
    if set(g) != TOP_KEYS:
        err(f"top-level keys {sorted(g)}")
    doc = g.get("doc")
    if not isinstance(doc, str) or doc != gf.stem + ".txt":
        err(f"doc field {doc!r} does not match file name")
    txt_path = BASE / "docs" / str(doc)
    if not txt_path.exists():
        err(f"missing text {txt_path}")
        return
    # PDF page footers ("— 3 —", "- 3 -", "第3页") may fall inside a title: drop them first.
    text = norm(PAGE.sub("", read_text(txt_path)))
    rep = g.get("report") or {}
    if set(rep) != REPORT_KEYS:
        err(f"report keys {sorted(rep)}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            err(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2010 <= rep["year"] <= 2026:
        err(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
        err(f"report.date {rep.get('date')!r}")
    if rep.get("title") is not None and norm(rep["title"]) not in text:
        err(f"report.title not in text: {rep['title']}")
    orgs = {norm(a) for o in g.get("organizations", []) for a in [o["name"], *o.get("aliases", [])]}
    if norm(rep.get("publisher", "")) not in orgs:
        err(f"publisher {rep.get('publisher')!r} is not a gold organization")
    spec = {"regulations": ("type", REG_TYPES), "organizations": ("type", ORG_TYPES),
            "measures": ("type", MEASURE_TYPES)}
    for kind, (_, types) in spec.items():
        items = g.get(kind)
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for it in items:
            keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(it) != keys:
                err(f"{kind} item keys {sorted(it)} for {it.get('name')}")
            name = it.get("name")
            aliases = it.get("aliases")
            if not isinstance(name, str) or not name or not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                err(f"{kind}: bad name/aliases {name!r} {aliases!r}")
                continue
            if it.get("type") not in types:
                err(f"{kind}: {name}: type {it.get('type')!r}")
            if kind == "regulations":
                if it.get("relation") not in RELATIONS:
                    err(f"{name}: relation {it.get('relation')!r}")
                dn = it.get("doc_number")
                if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                    err(f"{name}: doc_number not normalised: {dn!r}")
                if it.get("issuer") is not None and not isinstance(it.get("issuer"), str):
                    err(f"{name}: issuer {it.get('issuer')!r}")
            for a in [name, *aliases]:
                k = norm(a)
                if k in seen and seen[k] != name:
                    err(f"{kind}: form {a!r} used by both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            forms = [a for a in [name, *aliases] if norm(a) in text]
            if not forms:
                err(f"{kind}: neither name nor any alias occurs in text: {name}")
            elif norm(name) not in text:
                infos.append(f"{gf.name}: {kind}: canonical not in text (resolved), found as {forms[0]!r}: {name}")
            missing = [a for a in aliases if norm(a) not in text]
            if missing:
                err(f"{kind}: {name}: aliases not in text: {missing}")


def main():
    errors, infos = [], []
    files = sorted((BASE / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        check(gf, errors, infos)
    for d in sorted((BASE / "docs").glob("*.txt")):
        n = len(read_text(d))
        if not 1500 <= n <= 5000:
            errors.append(f"{d.name}: length {n} outside 1500-5000")
        if not (BASE / "gold" / (d.stem + ".json")).exists():
            errors.append(f"{d.name}: no gold file")
    if "-v" in sys.argv:
        for i in infos:
            print("INFO", i)
    print(f"{len(files)} gold files, {len(infos)} resolved canonical names (use -v to list)")
    for e in errors:
        print("ERROR", e)
    print("clean" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
