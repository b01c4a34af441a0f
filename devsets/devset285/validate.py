#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing file in docs/ and matches the gold file name;
  * report fields: title (str or null), publisher/region (non-empty str), year (int 2015-2025),
    date (null or YYYY-MM-DD); the publisher is one of the gold organizations (name or alias);
  * every entity has the right keys and value types, type/relation from the allowed sets,
    doc_number null or of the form 代字〔YYYY〕N号 / …令第N号 / …令YYYY年第N号;
  * no normalised name/alias is used by two entities of the same kind;
  * the canonical name or at least one alias occurs in the text (after the scorer's
    normalisation, i.e. without 《》, quotes and whitespace); every alias that does not occur
    is listed as a warning (extra accepted forms are allowed but should be rare);
  * issuer parts name gold organizations (warning otherwise).
Documents may be UTF-8 or GB18030; the encoding is detected.
Exit status 1 if any error was found.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^[^〔〕]+〔(19|20)\d\d〕\d+号$|^.+令((19|20)\d\d年)?第\d+号$")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise UnicodeDecodeError("unknown", raw, 0, 1, "neither utf-8 nor gb18030")


def main():
    errors, warnings = [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    totals = {"regulations": 0, "organizations": 0, "measures": 0}
    for gf in files:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{where}: JSON does not load: {exc}")
            continue
        keys = set(g)
        if keys != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{where}: top-level keys {sorted(keys)}")
            continue
        doc = g["doc"]
        if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
            errors.append(f"{where}: doc {doc!r} does not match the gold file name")
        path = ROOT / "docs" / str(doc)
        if not path.exists():
            errors.append(f"{where}: missing text {path}")
            continue
        text, enc = read_text(path)
        ntext = norm(text)
        if not 1500 <= len(text) <= 5000:
            warnings.append(f"{where}: text length {len(text)} outside 1500-5000")
        # report
        r = g["report"]
        if not isinstance(r, dict) or set(r) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys {sorted(r) if isinstance(r, dict) else r}")
        else:
            if r["title"] is not None and (not isinstance(r["title"], str) or norm(r["title"]) not in ntext):
                errors.append(f"{where}: report title not a string found in the text: {r['title']!r}")
            for f in ("publisher", "region"):
                if not isinstance(r[f], str) or not r[f].strip():
                    errors.append(f"{where}: report {f} is empty")
            if not isinstance(r["year"], int) or not 2015 <= r["year"] <= 2025:
                errors.append(f"{where}: report year {r['year']!r}")
            if r["date"] is not None and not re.fullmatch(r"20\d\d-[01]\d-[0-3]\d", str(r["date"])):
                errors.append(f"{where}: report date {r['date']!r}")
        # entities
        org_forms = {}
        for o in g["organizations"]:
            if isinstance(o, dict):
                for a in [o.get("name"), *(o.get("aliases") or [])]:
                    if isinstance(a, str):
                        org_forms[norm(a)] = o.get("name")
        if isinstance(r, dict) and isinstance(r.get("publisher"), str) and norm(r["publisher"]) not in org_forms:
            errors.append(f"{where}: publisher {r['publisher']!r} is not a gold organization")
        for kind, types, fields in (
                ("regulations", REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
                ("organizations", ORG_TYPES, ("name", "aliases", "type")),
                ("measures", MEA_TYPES, ("name", "aliases", "type"))):
            items = g[kind]
            if not isinstance(items, list):
                errors.append(f"{where}: {kind} is not a list")
                continue
            totals[kind] += len(items)
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != set(fields):
                    errors.append(f"{where}: {kind} entry has keys {sorted(e) if isinstance(e, dict) else e}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{where}: {kind} entry without name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) for a in e["aliases"]):
                    errors.append(f"{where}: {kind} {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{where}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{where}: {name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                        errors.append(f"{where}: {name}: doc_number not normalised: {dn!r}")
                    if dn is not None and norm(dn) not in ntext:
                        warnings.append(f"{where}: {name}: doc_number {dn} not literally in text (repaired?)")
                    iss = e["issuer"]
                    if iss is not None:
                        if not isinstance(iss, str):
                            errors.append(f"{where}: {name}: issuer must be a string or null")
                        else:
                            for part in iss.replace("、", " ").split():
                                if norm(part) not in org_forms:
                                    warnings.append(f"{where}: {name}: issuer part {part!r} is not a gold organization")
                forms = [name, *e["aliases"]]
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != name:
                        errors.append(f"{where}: {kind}: {a!r} used by both {seen[k]!r} and {name!r}")
                    seen[k] = name
                found = [a for a in forms if norm(a) in ntext]
                if not found:
                    errors.append(f"{where}: {kind}: neither name nor any alias occurs in the text: {name!r}")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        warnings.append(f"{where}: {kind} {name}: alias not in text: {a!r}")
        print(f"{where}: ok-checked ({enc}, {len(text)} chars, "
              f"{len(g['regulations'])} reg / {len(g['organizations'])} org / {len(g['measures'])} mea)")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} gold files, {totals}, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
