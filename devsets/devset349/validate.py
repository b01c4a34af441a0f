#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]

Checks, for every gold/*.json:
  * JSON loads; top-level keys doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file and matches the gold file name;
  * report has title/publisher/region/year/date; publisher, region, year filled;
    year is an int in 2015..2025; date is null or YYYY-MM-DD;
  * every entity has the right keys and value types, a type from ANNOTATION.md,
    a relation from ANNOTATION.md (regulations), doc_number normalised
    (机关代字〔年份〕序号号, or a 令 number such as 海关总署令第164号);
  * no two entities of one kind share a normalised name/alias;
  * every entity is attested: its name or one of its aliases occurs in the text
    after removing 《》〈〉<> quotes and whitespace (NFKC, brackets and dashes unified,
    as the scorer does). Canonical names that do not occur themselves (resolved
    names) are listed as INFO, not as errors, as long as an alias occurs;
  * the publisher is one of the gold organizations (name or alias).
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
REPORT_KEYS = ("title", "publisher", "region", "year", "date")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


DOCNUM = re.compile(r"^[\u4e00-\u9fff A-Za-z]+〔(19|20)\d\d〕\d+号$|^[\u4e00-\u9fff]+令第\d+号$")


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def check(devset):
    errors, infos = [], []
    gold_dir, doc_dir = devset / "gold", devset / "docs"
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        errors.append("no gold files")
    for gf in files:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{where}: JSON does not load: {exc}")
            continue
        for k in ("doc", "report", "regulations", "organizations", "measures"):
            if k not in g:
                errors.append(f"{where}: missing key {k}")
        extra = set(g) - {"doc", "report", "regulations", "organizations", "measures"}
        if extra:
            errors.append(f"{where}: unexpected keys {sorted(extra)}")
        doc = g.get("doc", "")
        if doc[:-4] != gf.stem or not doc.endswith(".txt"):
            errors.append(f"{where}: doc {doc!r} does not match file name")
        tp = doc_dir / doc
        if not tp.exists():
            errors.append(f"{where}: text {tp} missing")
            continue
        text = read_text(tp)
        ntext = norm(text)
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{where}: text length {n} outside 1500-5000")
        rep = g.get("report") or {}
        for k in REPORT_KEYS:
            if k not in rep:
                errors.append(f"{where}: report lacks {k}")
        for k in ("publisher", "region", "year"):
            if not rep.get(k):
                errors.append(f"{where}: report.{k} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
            errors.append(f"{where}: report.year {rep.get('year')!r} not an int in 2015-2025")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
            errors.append(f"{where}: report.date {rep['date']!r} not YYYY-MM-DD")
        if rep.get("title") is not None and norm(rep["title"]) not in ntext:
            errors.append(f"{where}: report.title not in text")
        if rep.get("date") is None:
            infos.append(f"{where}: report.date is null")
        orgnames = set()
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            items = g.get(kind, [])
            if not isinstance(items, list):
                errors.append(f"{where}: {kind} is not a list")
                continue
            for e in items:
                keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != keys:
                    errors.append(f"{where}: {kind} {e.get('name')!r} keys {sorted(e)} != {sorted(keys)}")
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{where}: {kind} entity with empty name")
                    continue
                aliases = e.get("aliases")
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    errors.append(f"{where}: {kind} {name}: aliases must be a list of non-empty strings")
                    aliases = []
                if e.get("type") not in types:
                    errors.append(f"{where}: {kind} {name}: bad type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        errors.append(f"{where}: {name}: bad relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not DOCNUM.match(dn):
                        errors.append(f"{where}: {name}: doc_number {dn!r} not normalised")
                    iss = e.get("issuer")
                    if iss is not None and (not isinstance(iss, str) or not iss.strip()):
                        errors.append(f"{where}: {name}: bad issuer {iss!r}")
                for form in [name, *aliases]:
                    k = norm(form)
                    if k in seen and seen[k] != name:
                        errors.append(f"{where}: {kind}: {form!r} belongs to both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                    if kind == "organizations":
                        orgnames.add(k)
                if norm(name) in ntext:
                    continue
                hit = [a for a in aliases if norm(a) in ntext]
                if hit:
                    infos.append(f"{where}: {kind}: canonical {name!r} not in text (resolved); attested by {hit[0]!r}")
                else:
                    errors.append(f"{where}: {kind}: neither {name!r} nor any alias occurs in the text")
                for a in aliases:
                    if norm(a) not in ntext:
                        infos.append(f"{where}: {kind}: alias {a!r} of {name!r} not in text (accepted form)")
        if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
            errors.append(f"{where}: publisher {rep['publisher']!r} is not a gold organization")
    return errors, infos


def main():
    devset = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, infos = check(devset)
    for i in infos:
        print("INFO ", i)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors, {len(infos)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
