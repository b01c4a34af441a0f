#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md and the texts.

usage: python3 validate.py [DEVSET_DIR]        (default: the directory of this script)

Checks, for every gold/*.json:
  * the JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file whose stem equals the gold file's stem;
  * report has title, publisher, region, year, date; publisher/region/year are filled,
    year is an int in 2015..2025, date is YYYY-MM-DD or null, publisher is a gold organization;
  * every entity has exactly the expected keys, value types and a valid `type`
    (and `relation` for regulations); doc_number is null or normalised `代字〔年份〕序号号`;
  * every entity's name or one of its aliases occurs in the text (compared after the
    scorer's normalisation); canonical names that are resolved and do not occur literally
    are reported as INFO as long as an alias occurs;
  * no normalised name/alias is shared by two entities of the same kind in one document;
  * issuers, where given, are non-empty strings;
  * every 《…》 title (and inner 〈…〉 / <…> title) in the text is covered by a regulation;
  * the text has 1,500–5,000 characters.
Exit status 1 if any ERROR was found.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def titles_in(text):
    """Outer 《…》 titles and the inner 〈…〉/<…> titles nested in them."""
    out = []
    for m in re.finditer(r"《([^《》]+)》", text):
        t = m.group(1)
        out.append(t)
        out.extend(re.findall(r"〈([^〈〉]+)〉", t))
        out.extend(re.findall(r"<([^<>]+)>", t))
    return out


def check(devset):
    errors, infos = [], []
    gold_dir, doc_dir = devset / "gold", devset / "docs"
    gold_files = sorted(gold_dir.glob("*.json"))
    docs = sorted(doc_dir.glob("*.txt"))
    if len(gold_files) != len(docs):
        errors.append(f"{len(docs)} docs but {len(gold_files)} gold files")
    for gf in gold_files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != TOP_KEYS:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{tag}: doc field {g['doc']!r} does not match file name")
        tp = doc_dir / g["doc"]
        if not tp.exists():
            errors.append(f"{tag}: missing text {tp}")
            continue
        text = tp.read_text(encoding="utf-8")
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{tag}: text length {n} outside 1500..5000")
        ntext = norm(text)

        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
            errors.append(f"{tag}: report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        else:
            for f in ("publisher", "region", "year"):
                if rep[f] in (None, ""):
                    errors.append(f"{tag}: report.{f} empty")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                errors.append(f"{tag}: report.year {rep['year']!r}")
            if rep["date"] is not None and not DATE.match(str(rep["date"])):
                errors.append(f"{tag}: report.date {rep['date']!r}")
            if rep["title"] is not None and norm(rep["title"]) not in ntext:
                errors.append(f"{tag}: report.title not in text")
            pubs = {norm(x) for o in g["organizations"] for x in [o["name"], *o["aliases"]]}
            if norm(rep["publisher"]) not in pubs:
                errors.append(f"{tag}: publisher {rep['publisher']!r} is not a gold organization")

        specs = {
            "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
            "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
            "measures": ({"name", "aliases", "type"}, MEASURE_TYPES),
        }
        covered = set()
        for kind, (keys, types) in specs.items():
            seen = {}
            if not isinstance(g[kind], list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            for e in g[kind]:
                if not isinstance(e, dict) or set(e) != keys:
                    errors.append(f"{tag}: {kind} entry keys wrong: {e}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind} entry with empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not DOCNUM.match(dn):
                        errors.append(f"{tag}: {name}: doc_number not normalised: {dn!r}")
                    if dn is not None and norm(dn) not in ntext:
                        infos.append(f"{tag}: {name}: doc_number {dn} repaired / not literal in text")
                    if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"].strip()):
                        errors.append(f"{tag}: {name}: bad issuer {e['issuer']!r}")
                forms = [name, *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: '{f}' is shared by '{seen[k]}' and '{name}'")
                    seen.setdefault(k, name)
                    if kind == "regulations":
                        covered.add(k)
                if norm(name) in ntext:
                    continue
                if any(norm(a) in ntext for a in e["aliases"]):
                    infos.append(f"{tag}: {kind}: canonical '{name}' not literal; alias occurs")
                else:
                    errors.append(f"{tag}: {kind}: neither '{name}' nor any alias occurs in the text")
        for t in titles_in(text):
            if norm(t) not in covered:
                errors.append(f"{tag}: title 《{t}》 in text is not covered by any regulation")
    return errors, infos


def main():
    devset = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, infos = check(devset)
    for i in infos:
        print("INFO ", i)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
