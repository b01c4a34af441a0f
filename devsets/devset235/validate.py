#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ and matches the gold file name; the text is 1,500-5,000
    characters (this variant asks for 2,500-5,000: shorter texts are reported as warnings);
  * report: title str|null, publisher and region non-empty str, year int 2015-2025, date YYYY-MM-DD|null;
    the publisher is one of the gold organizations (name or alias);
  * every entity has exactly the fields of its kind, with valid `type` / `relation` values,
    aliases a list of str, doc_number null or normalised `代字〔YYYY〕N号`;
  * every entity occurs in the text: its name or at least one alias, after the scorer's
    normalisation (NFKC, title marks / quotes / whitespace removed, brackets and dashes unified),
    is a substring of the normalised text. Canonical names that do not occur themselves
    (resolved jurisdictions, official full titles) are listed as info, not errors;
  * no normalised name/alias is claimed by two entities of the same kind;
  * issuers that are not gold organizations are listed as warnings.
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
FIELDS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
TYPESETS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")

# same normalisation as score.py
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def check(gold_path, docs_dir, errors, warnings, infos):
    tag = gold_path.name
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        errors.append(f"{tag}: JSON does not load: {exc}")
        return
    keys = set(gold)
    if keys != {"doc", "report", "regulations", "organizations", "measures"}:
        errors.append(f"{tag}: top-level keys {sorted(keys)}")
        return
    doc = gold["doc"]
    if not isinstance(doc, str) or Path(doc).stem != gold_path.stem:
        errors.append(f"{tag}: doc field {doc!r} does not match the gold file name")
    txt_path = docs_dir / str(doc)
    if not txt_path.exists():
        errors.append(f"{tag}: text {txt_path} missing")
        return
    raw = txt_path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
        infos.append(f"{tag}: text is not UTF-8 (decoded as GB18030)")
    n = len(text)
    if not 1500 <= n <= 5000:
        errors.append(f"{tag}: text length {n} outside 1500-5000")
    elif n < 2500:
        warnings.append(f"{tag}: text length {n} below 2500")
    ntext = norm(text)

    rep = gold["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"{tag}: report keys {sorted(rep) if isinstance(rep, dict) else rep!r}")
    else:
        if rep["title"] is not None and not (isinstance(rep["title"], str) and rep["title"].strip()):
            errors.append(f"{tag}: report.title must be a non-empty string or null")
        if rep["title"] and norm(rep["title"]) not in ntext:
            errors.append(f"{tag}: report.title does not occur in the text")
        for f in ("publisher", "region"):
            if not (isinstance(rep[f], str) and rep[f].strip()):
                errors.append(f"{tag}: report.{f} not filled")
        if not (isinstance(rep["year"], int) and 2015 <= rep["year"] <= 2025):
            errors.append(f"{tag}: report.year {rep['year']!r} not an int in 2015-2025")
        if rep["date"] is not None and not (isinstance(rep["date"], str)
                                            and re.fullmatch(r"20\d\d-\d\d-\d\d", rep["date"])):
            errors.append(f"{tag}: report.date {rep['date']!r} not YYYY-MM-DD or null")
        orgforms = {norm(a) for o in gold["organizations"] if isinstance(o, dict)
                    for a in [o.get("name", ""), *(o.get("aliases") or [])]}
        if norm(rep.get("publisher") or "") not in orgforms:
            errors.append(f"{tag}: publisher {rep.get('publisher')!r} is not a gold organization")

    org_forms = {norm(a) for o in gold["organizations"] if isinstance(o, dict)
                 for a in [o.get("name", ""), *(o.get("aliases") or [])]}
    for kind in ("regulations", "organizations", "measures"):
        items = gold[kind]
        if not isinstance(items, list):
            errors.append(f"{tag}: {kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != FIELDS[kind]:
                errors.append(f"{tag}: {kind} entry has fields {sorted(e) if isinstance(e, dict) else e!r}")
                continue
            name = e["name"]
            if not (isinstance(name, str) and name.strip()):
                errors.append(f"{tag}: {kind} entry without a name")
                continue
            if not (isinstance(e["aliases"], list) and all(isinstance(a, str) and a.strip() for a in e["aliases"])):
                errors.append(f"{tag}: {kind} {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in TYPESETS[kind]:
                errors.append(f"{tag}: {kind} {name}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{tag}: {name}: bad relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                    errors.append(f"{tag}: {name}: doc_number {dn!r} not normalised")
                if dn is not None and norm(dn) not in ntext:
                    infos.append(f"{tag}: {name}: doc_number {dn} repaired/normalised (not verbatim in text)")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str):
                        errors.append(f"{tag}: {name}: issuer must be str or null")
                    else:
                        for part in iss.split():
                            if norm(part) not in org_forms:
                                warnings.append(f"{tag}: {name}: issuer part {part!r} is not a gold organization")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    errors.append(f"{tag}: {kind}: form {f!r} claimed by {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            if len({norm(f) for f in forms}) != len(forms):
                infos.append(f"{tag}: {kind} {name}: an alias equals the name or another alias after normalisation"
                             " (quoted form kept as written)")
            present = [f for f in forms if norm(f) in ntext]
            if not present:
                errors.append(f"{tag}: {kind} {name!r}: neither the name nor any alias occurs in the text")
            elif norm(name) not in ntext:
                infos.append(f"{tag}: {kind} {name!r} resolved (occurs as {present[0]!r})")
            for a in e["aliases"]:
                if norm(a) not in ntext:
                    infos.append(f"{tag}: {kind} {name!r}: alias {a!r} is an accepted form not in the text")


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, warnings, infos = [], [], []
    golds = sorted((root / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    for g in golds:
        check(g, root / "docs", errors, warnings, infos)
    docs = {p.stem for p in (root / "docs").glob("*.txt")}
    for missing in sorted(docs - {g.stem for g in golds}):
        errors.append(f"{missing}.txt has no gold file")
    for line in infos:
        print("info:", line)
    for line in warnings:
        print("WARNING:", line)
    for line in errors:
        print("ERROR:", line)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(warnings)} warnings, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
