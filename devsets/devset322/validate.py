#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this script)

Checks for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file and matches the gold file name;
  * report: title str|null, publisher/region non-empty str, year int, date YYYY-MM-DD|null;
    the publisher is one of the gold organizations (name or alias), as the scorer needs;
  * every entity has the fields of its kind with valid types / relations; doc_number is
    normalised (机关代字〔年份〕序号号); issuer parts are gold organizations;
  * no two entities of one kind share a normalised name/alias (the scorer would merge them);
  * occurrence: the canonical name or one of its aliases occurs in the text after removing
    《》 and whitespace (text taken raw and with HTML entities decoded).  A "loose" match
    (quotation marks and bracket shapes normalised as score.py does) is reported as a note.
    Canonical names that do not occur themselves but are covered by an alias are listed as
    info (resolved names: fine).  Aliases that occur nowhere are warnings.
Exit status 1 if any ERROR.
"""
import html
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
DOCNUM = re.compile(r"^[^\s〔〕]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

# same normalisation as score.py (for duplicate detection and loose matching)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strict(text):
    """Remove 《》 and whitespace only."""
    return re.sub(r"[《》\s\u3000\xa0]", "", text)


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_dir, docs_dir = base / "gold", base / "docs"
    errors, warnings, notes, infos = [], [], [], []
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        print(f"no gold files in {gold_dir}")
        return 1
    docs_seen = set()
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        keys = set(g) if isinstance(g, dict) else set()
        if keys != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(keys)}")
            continue
        doc = g["doc"]
        if doc != gf.stem + ".txt":
            errors.append(f"{tag}: doc {doc!r} does not match the file name")
        path = docs_dir / doc
        if not path.exists():
            errors.append(f"{tag}: missing text {path}")
            continue
        docs_seen.add(doc)
        raw = path.read_text(encoding="utf-8")
        dec = html.unescape(html.unescape(raw))
        texts_strict = [strict(raw), strict(dec)]
        texts_loose = [norm(raw), norm(dec)]

        def occurs(s):
            if any(strict(s) in t for t in texts_strict):
                return "strict"
            if any(norm(s) in t for t in texts_loose):
                return "loose"
            return None

        # --- report
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report must have title, publisher, region, year, date")
            rep = rep if isinstance(rep, dict) else {}
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                errors.append(f"{tag}: report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2000 <= rep.get("year", 0) <= 2030:
            errors.append(f"{tag}: report.year invalid: {rep.get('year')!r}")
        if rep.get("title") is not None and not isinstance(rep.get("title"), str):
            errors.append(f"{tag}: report.title must be str or null")
        if rep.get("title") is None:
            infos.append(f"{tag}: report.title is null (no title in the text)")
        elif not occurs(rep["title"]):
            errors.append(f"{tag}: report.title does not occur in the text")
        if rep.get("date") is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            errors.append(f"{tag}: report.date invalid: {rep.get('date')!r}")
        if rep.get("date") is None:
            infos.append(f"{tag}: report.date is null (no date in the text)")

        # --- entities
        org_forms = {}
        for o in g["organizations"]:
            for a in [o.get("name"), *o.get("aliases", [])]:
                if isinstance(a, str):
                    org_forms.setdefault(norm(a), o.get("name"))
        if isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in org_forms:
            errors.append(f"{tag}: report.publisher {rep['publisher']!r} is not a gold organization")

        spec = {
            "regulations": (REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
            "organizations": (ORG_TYPES, ("name", "aliases", "type")),
            "measures": (MEA_TYPES, ("name", "aliases", "type")),
        }
        for kind, (types, fields) in spec.items():
            items = g[kind]
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != set(fields):
                    errors.append(f"{tag}: {kind} entry has fields {sorted(e) if isinstance(e, dict) else e!r}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind} entry with empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {name}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                        errors.append(f"{tag}: {name}: doc_number not normalised: {dn!r}")
                    iss = e["issuer"]
                    if iss is not None:
                        for part in str(iss).split():
                            if norm(part) not in org_forms:
                                errors.append(f"{tag}: {name}: issuer part {part!r} is not a gold organization")
                for form in [name, *e["aliases"]]:
                    k = norm(form)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: {form!r} used by both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                found = {f: occurs(f) for f in [name, *e["aliases"]]}
                if not any(found.values()):
                    errors.append(f"{tag}: {kind} {name!r}: neither the name nor an alias occurs in the text")
                    continue
                if not any(v == "strict" for v in found.values()):
                    notes.append(f"{tag}: {kind} {name!r}: occurs only after quote/bracket normalisation")
                if not found[name]:
                    infos.append(f"{tag}: {kind} {name!r}: resolved canonical name (covered by an alias)")
                for a in e["aliases"]:
                    if not found[a]:
                        warnings.append(f"{tag}: {kind} {name!r}: alias {a!r} does not occur in the text")
    for d in sorted(p.name for p in docs_dir.glob("*.txt")):
        if d not in docs_seen:
            errors.append(f"docs/{d}: no gold file")

    for label, msgs in (("INFO", infos), ("NOTE", notes), ("WARNING", warnings), ("ERROR", errors)):
        for m in msgs:
            print(f"{label}\t{m}")
    print(f"\n{len(files)} gold files: {len(errors)} errors, {len(warnings)} warnings, "
          f"{len(notes)} notes, {len(infos)} info")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
