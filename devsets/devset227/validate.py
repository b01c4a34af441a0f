#!/usr/bin/env python3
"""Validate the gold files of this dev set.

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * doc names an existing docs/<doc> file, equal to the gold file's stem + .txt;
  * report has title, publisher, region, year, date; publisher/region/year are filled,
    year is an int in 2000..2030, date is null or YYYY-MM-DD; publisher is one of the
    gold organizations (name or alias);
  * every entity has the keys and value types of ANNOTATION.md, types/relations are from
    the allowed sets, doc_number (if any) is normalised to 代字〔YYYY〕N号;
  * no duplicate canonical names within a kind and no alias shared by two entities of a kind;
  * every entity's name or one of its aliases occurs in the text after removing 《》 and
    whitespace (fallback: after the scorer's normalisation); names that do not occur
    (resolved canonical names) are listed as info, aliases that occur nowhere as warnings.
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


FOOTER = re.compile(r"\n\s*[—－–-]\s*\d+\s*[—－–-]\s*\n")


def raw(text):
    return re.sub(r"[《》\s\u3000]", "", text)


def strip_footers(text):
    """PDF page footers (— 3 —) may split a name across pages; drop them for matching."""
    return FOOTER.sub("\n", text)


def main():
    errors, warnings, infos = [], [], []
    gold_files = sorted((HERE / "gold").glob("*.json"))
    if not gold_files:
        sys.exit("no gold files")
    docs = {p.name for p in (HERE / "docs").glob("*.txt")}
    seen_docs = set()
    for gf in gold_files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != KEYS:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
            continue
        doc = g["doc"]
        seen_docs.add(doc)
        if doc != gf.stem + ".txt":
            errors.append(f"{tag}: doc {doc!r} does not match file name")
        if doc not in docs:
            errors.append(f"{tag}: no docs/{doc}")
            continue
        data = (HERE / "docs" / doc).read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("gb18030")
            infos.append(f"{tag}: text is not UTF-8 (decoded as GB18030)")
        n = len(text)
        if not 1500 <= n <= 5000:
            warnings.append(f"{tag}: text length {n} outside 1500..5000")
        t_raw, t_norm = raw(strip_footers(text)), norm(strip_footers(text))

        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
            errors.append(f"{tag}: report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        else:
            for f in ("publisher", "region", "year"):
                if not rep[f]:
                    errors.append(f"{tag}: report.{f} empty")
            if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
                errors.append(f"{tag}: report.year {rep['year']!r}")
            if rep["date"] is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", str(rep["date"])):
                errors.append(f"{tag}: report.date {rep['date']!r}")
            if rep["title"] is not None and not isinstance(rep["title"], str):
                errors.append(f"{tag}: report.title {rep['title']!r}")
            if rep["title"] and norm(rep["title"]) not in t_norm:
                warnings.append(f"{tag}: title does not occur in text")
            orgnames = {norm(a) for o in g["organizations"] for a in [o.get("name", ""), *o.get("aliases", [])]}
            if rep["publisher"] and norm(rep["publisher"]) not in orgnames:
                errors.append(f"{tag}: publisher {rep['publisher']!r} is not among the organizations")

        for kind, types, extra in (("regulations", REG_TYPES, ("doc_number", "issuer", "relation")),
                                   ("organizations", ORG_TYPES, ()),
                                   ("measures", MEA_TYPES, ())):
            items = g[kind]
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            names, alias_owner = set(), {}
            for it in items:
                want = {"name", "aliases", "type", *extra}
                if not isinstance(it, dict) or set(it) != want:
                    errors.append(f"{tag}: {kind} item keys wrong: {it}")
                    continue
                name = it["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind} empty name")
                    continue
                if not isinstance(it["aliases"], list) or not all(isinstance(a, str) and a for a in it["aliases"]):
                    errors.append(f"{tag}: {kind} {name}: aliases must be a list of strings")
                    continue
                if it["type"] not in types:
                    errors.append(f"{tag}: {kind} {name}: type {it['type']!r}")
                if kind == "regulations":
                    if it["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: relation {it['relation']!r}")
                    dn = it["doc_number"]
                    if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                        errors.append(f"{tag}: {name}: doc_number not normalised: {dn!r}")
                    if it["issuer"] is not None and not isinstance(it["issuer"], str):
                        errors.append(f"{tag}: {name}: issuer {it['issuer']!r}")
                if norm(name) in names:
                    errors.append(f"{tag}: {kind} duplicate name {name}")
                names.add(norm(name))
                for a in [name, *it["aliases"]]:
                    k = norm(a)
                    if k in alias_owner and alias_owner[k] != name:
                        errors.append(f"{tag}: {kind} alias {a!r} of {name} also belongs to {alias_owner[k]}")
                    alias_owner.setdefault(k, name)
                found = []
                for a in [name, *it["aliases"]]:
                    if raw(a) in t_raw:
                        found.append((a, "raw"))
                    elif norm(a) in t_norm:
                        found.append((a, "norm"))
                if not found:
                    errors.append(f"{tag}: {kind} {name}: neither the name nor an alias occurs in the text")
                    continue
                if name not in [a for a, _ in found]:
                    infos.append(f"{tag}: {kind} resolved name not in text: {name}  (found as {found[0][0]})")
                for a in it["aliases"]:
                    if a not in [x for x, _ in found]:
                        warnings.append(f"{tag}: {kind} {name}: alias {a!r} not in text")
    for d in sorted(docs - seen_docs):
        errors.append(f"docs/{d}: no gold file")
    for label, rows in (("INFO", infos), ("WARNING", warnings), ("ERROR", errors)):
        for r in rows:
            print(f"{label}\t{r}")
    print(f"{len(gold_files)} gold files: {len(errors)} errors, {len(warnings)} warnings, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
