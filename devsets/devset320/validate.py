#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DIR]      (DIR defaults to the directory of this script)

Checks, for every gold/*.json:
  * JSON loads; top-level keys doc/report/regulations/organizations/measures; doc names an existing docs/ file;
  * report fields: title str|null, publisher/region str (filled), year int in 2015-2025, date YYYY-MM-DD (filled);
    the publisher is one of the gold organizations (name or alias);
  * every entity: name non-empty str, aliases list of str, valid type; regulations also valid relation,
    doc_number null or normalised `代字〔YYYY〕N号`, issuer null or str;
  * no two entities of one kind share a (normalised) name or alias;
  * the name or at least one alias occurs in the text. The text is compared after removing whitespace,
    title marks and quotation marks (score.py normalisation), and a second time after also dropping PDF page
    furniture lines (page numbers, repeated running headers), so that names broken by a line or page break
    are found. Entities whose canonical name does not occur but an alias does are listed as exceptions
    (fine: resolved names); aliases that occur nowhere are errors;
  * coverage: every 《…》 title in the text must be matched by a regulation (name or alias); quoted “…” terms
    not covered by any entity are listed as notes for review.
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^(\S+〔(19|20)\d\d〕\d+号|\S+令第\d+号)$")
DATE = re.compile(r"^(2015|2016|2017|2018|2019|2020|2021|2022|2023|2024|2025|2026)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
PAGE_NO = re.compile(r"^\s*([—－\-–]\s*\d+\s*[—－\-–]|第\s*\d+\s*页(\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|[-－]\s*\d+\s*[-－]|·\s*\d+\s*·)\s*$")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def defurnish(raw):
    lines = raw.splitlines()
    counts = Counter(l.strip() for l in lines if l.strip())
    keep = []
    for l in lines:
        s = l.strip()
        if PAGE_NO.match(s):
            continue
        if counts[s] >= 2 and len(s) <= 30 and not re.search(r"[，。；]", s) and not re.fullmatch(r"[\d、．.]+|废止|修改|修订|保留|继续有效|宣布失效", s):
            continue  # running header
        keep.append(l)
    return "\n".join(keep)


def check(base):
    errors, notes = [], []
    golds = sorted((base / "gold").glob("*.json"))
    if not golds:
        errors.append("no gold files")
    for gf in golds:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: keys {sorted(g)}")
            continue
        docp = base / "docs" / g["doc"]
        if g["doc"] != gf.stem + ".txt" or not docp.exists():
            errors.append(f"{tag}: doc {g['doc']!r} missing or misnamed")
            continue
        raw = docp.read_bytes()
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raw = raw.decode("gb18030")
        n_raw = norm(raw)
        n_clean = norm(defurnish(raw))

        def occurs(s):
            k = norm(s)
            return bool(k) and (k in n_raw or k in n_clean)

        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        else:
            if rep["title"] is not None and not isinstance(rep["title"], str):
                errors.append(f"{tag}: report.title")
            if rep["title"] and not occurs(rep["title"]):
                errors.append(f"{tag}: report.title not in text")
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    errors.append(f"{tag}: report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                errors.append(f"{tag}: report.year {rep['year']!r}")
            if not isinstance(rep["date"], str) or not DATE.match(rep["date"]):
                errors.append(f"{tag}: report.date {rep['date']!r}")
            orgnames = {norm(x) for o in g["organizations"] for x in [o["name"], *o["aliases"]]}
            if norm(rep.get("publisher") or "") not in orgnames:
                errors.append(f"{tag}: publisher {rep.get('publisher')!r} is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            for e in g[kind]:
                name = e.get("name")
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{tag}: {kind} {name!r}: keys {sorted(e)}")
                    continue
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {name}: aliases")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {name}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        errors.append(f"{tag}: {name}: doc_number {e['doc_number']!r}")
                    if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"].strip()):
                        errors.append(f"{tag}: {name}: issuer {e['issuer']!r}")
                for a in [name, *e["aliases"]]:
                    k = norm(a)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: {a!r} belongs to both {seen[k]!r} and {name!r}")
                    seen[k] = name
                if not any(occurs(a) for a in [name, *e["aliases"]]):
                    errors.append(f"{tag}: {kind} {name!r}: neither name nor any alias occurs in the text")
                elif not occurs(name):
                    notes.append(f"{tag}: exception (resolved name, alias occurs): {kind} {name}")
                for a in e["aliases"]:
                    if not occurs(a):
                        errors.append(f"{tag}: {kind} {name}: alias {a!r} does not occur in the text")
        # coverage of 《》 titles and “” terms
        clean = re.sub(r"\s+", "", defurnish(raw))
        regkeys = {norm(x) for r in g["regulations"] for x in [r["name"], *r["aliases"]]}
        allkeys = {norm(x) for kind in ("regulations", "organizations", "measures") for e in g[kind]
                   for x in [e["name"], *e["aliases"]]}
        for m in re.finditer(r"《([^《》]+)》", clean):
            if norm(m.group(1)) not in regkeys:
                errors.append(f"{tag}: title 《{m.group(1)}》 not covered by a regulation")
        for m in re.finditer(r"〈([^〈〉]+)〉", clean):
            if norm(m.group(1)) not in regkeys:
                errors.append(f"{tag}: title 〈{m.group(1)}〉 not covered by a regulation")
        for m in re.finditer(r"“([^“”]{1,30})”", clean):
            t = norm(m.group(1))
            if not any(t in k for k in allkeys):
                notes.append(f"{tag}: quoted term “{m.group(1)}” not inside any entity")
    return errors, notes


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, notes = check(base)
    for n in notes:
        print("NOTE  " + n)
    for e in errors:
        print("ERROR " + e)
    print(f"{len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
