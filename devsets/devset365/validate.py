#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--quiet]

Checks, for every gold/<stem>.json:
  * the JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` is "<stem>.txt" and docs/<stem>.txt exists (read as UTF-8, GB18030 as fallback);
  * report: title (str or null), publisher, region (non-empty str), year (int 2015-2026),
    date (YYYY-MM-DD or null); the publisher is one of the gold organizations (name or alias);
    a non-null title occurs in the text;
  * every entity has name (str), aliases (list of str), a valid type; regulations also have
    doc_number (null or 机关代字〔年份〕序号号), issuer (null or one or more organizations of the
    gold, separated by a space) and a valid relation;
  * every entity's name or one of its aliases occurs in the text after removing 《》〈〉<>,
    quotation marks and whitespace (names that are resolved and do not occur themselves are listed
    as notes when an alias occurs);
  * no two entities of one kind in one document share a name/alias after the scorer's
    normalisation (that would make the scorer match the wrong entity);
  * every 《…》 title in the text is covered by a regulation name or alias;
  * the same canonical name has the same type in every document (consistency across docs).
Exit status 1 if there is any error.
"""
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
DOCS = HERE / "docs"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KINDS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

# the scorer's normalisation (score.py)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("unknown", raw, 0, 1, "neither UTF-8 nor GB18030")


def main():
    quiet = "--quiet" in sys.argv
    errors, notes = [], []
    types_seen = defaultdict(lambda: defaultdict(set))   # kind -> name -> {(type, doc)}
    files = sorted(GOLD.glob("*.json"))
    if not files:
        print("no gold files")
        return 1
    for gf in files:
        stem = gf.stem
        E = lambda msg: errors.append(f"{stem}: {msg}")
        N = lambda msg: notes.append(f"{stem}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            E(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            E(f"top-level keys {sorted(g)}")
        if g.get("doc") != stem + ".txt":
            E(f"doc field {g.get('doc')!r} != {stem + '.txt'!r}")
        txt_path = DOCS / (stem + ".txt")
        if not txt_path.exists():
            E("text file missing")
            continue
        text = read_text(txt_path)
        ntext = norm(text)
        n = len(text)
        if not 1500 <= n <= 5000:
            E(f"text length {n} outside 1500-5000")

        # report
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            E(f"report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                E(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2026:
            E(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            E(f"report.date {rep.get('date')!r}")
        if rep.get("title") is not None:
            if not isinstance(rep["title"], str) or norm(rep["title"]) not in ntext:
                E(f"report.title not in text: {rep.get('title')!r}")
        else:
            N("report.title is null")
        if rep.get("date") is None:
            N("report.date is null")

        org_forms = {}
        for o in g.get("organizations", []):
            for a in [o.get("name"), *o.get("aliases", [])]:
                org_forms.setdefault(norm(a), o.get("name"))
        if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            E(f"publisher {rep['publisher']!r} is not a gold organization")
        elif rep.get("publisher") and org_forms[norm(rep["publisher"])] != rep["publisher"]:
            N(f"publisher {rep['publisher']!r} is an alias, canonical is {org_forms[norm(rep['publisher'])]!r}")

        for kind, valid in KINDS.items():
            items = g.get(kind)
            if not isinstance(items, list):
                E(f"{kind} is not a list")
                continue
            seen = {}
            for i, e in enumerate(items):
                where = f"{kind}[{i}]"
                if not isinstance(e, dict):
                    E(f"{where} not an object")
                    continue
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    E(f"{where} keys {sorted(e)}")
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    E(f"{where} bad name {name!r}")
                    continue
                aliases = e.get("aliases")
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    E(f"{where} {name}: bad aliases {aliases!r}")
                    aliases = []
                if e.get("type") not in valid:
                    E(f"{where} {name}: bad type {e.get('type')!r}")
                types_seen[kind][name].add((e.get("type"), stem))
                if kind == "regulations":
                    dn = e.get("doc_number")
                    if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                        E(f"{where} {name}: doc_number not normalised: {dn!r}")
                    if dn is not None and norm(dn) not in ntext:
                        N(f"{name}: doc_number {dn} occurs only in damaged form")
                    iss = e.get("issuer")
                    if iss is not None:
                        if not isinstance(iss, str):
                            E(f"{where} {name}: issuer {iss!r}")
                        else:
                            for part in iss.split():
                                if norm(part) not in org_forms:
                                    E(f"{name}: issuer part {part!r} is not a gold organization")
                    if e.get("relation") not in RELATIONS:
                        E(f"{where} {name}: bad relation {e.get('relation')!r}")
                forms = [name, *aliases]
                found = [f for f in forms if norm(f) and norm(f) in ntext]
                if not found:
                    E(f"{kind}: neither name nor any alias occurs in text: {name!r} {aliases!r}")
                elif norm(name) not in ntext:
                    N(f"{kind}: resolved name not in text (alias occurs): {name!r} <- {found[0]!r}")
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != i:
                        E(f"{kind}: form {f!r} shared by {items[seen[k]]['name']!r} and {name!r}")
                    seen.setdefault(k, i)
            if kind == "regulations":
                covered = set(seen)
                for m in re.finditer(r"《([^《》]+)》", text):
                    inner = m.group(1)
                    if norm(inner) not in covered:
                        E(f"title 《{inner}》 in text is not covered by a regulation")
                    for sub in re.findall(r"[〈<]([^〈〉<>]+)[〉>]", inner):
                        if norm(sub) not in covered:
                            E(f"nested title 〈{sub}〉 in text is not covered by a regulation")

    for kind, names in types_seen.items():
        for name, pairs in names.items():
            ts = {t for t, _ in pairs}
            if len(ts) > 1:
                errors.append(f"*: {kind} {name!r} has different types across docs: {sorted(pairs)}")

    if not quiet:
        for msg in notes:
            print("note  ", msg)
    for msg in errors:
        print("ERROR ", msg)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(notes)} notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
