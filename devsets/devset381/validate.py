#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this file)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file, and the gold file is named after it;
  * report has title/publisher/region/year/date; publisher, region, year filled; year int;
    date is YYYY-MM-DD or null; publisher is one of the gold organizations (name or alias);
  * every entity has the fields of its kind with valid types; regulation relation in
    issues/implements/studies/mentions; doc_number null or `代字〔YYYY〕N号`;
    issuer null or a non-empty string;
  * the name or at least one alias of every entity occurs in the text after removing 《》〈〉
    and whitespace from both (canonical names that are resolved and so do not occur are fine
    as long as an alias occurs); aliases that do not occur are listed as warnings;
  * no two entities of one kind share a normalised name/alias (the scorer would merge them);
  * no alias repeated verbatim inside one entity (aliases that differ only in quotation
    marks are kept on purpose: they record the form as written).
Across files: an entity name that is the canonical name in one file and only an alias of a
differently named entity in another file is reported (cross-document naming drift).
Exit status 1 if there are errors.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

KINDS = ("regulations", "organizations", "measures")
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")

# scorer-style normalisation (score.py): used for collision checks
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def snorm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def tnorm(text):
    """occurrence normalisation: drop title marks and whitespace only"""
    return re.sub(r"[《》〈〉\s\u3000]", "", text)


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_dir, docs_dir = base / "gold", base / "docs"
    errors, warnings = [], []
    canon_by_kind = {k: {} for k in KINDS}     # snorm(name) -> set(files)
    alias_owner = {k: {} for k in KINDS}       # snorm(alias) -> set((file, snorm(name)))
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        sys.exit(f"no gold files in {gold_dir}")
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", *KINDS, "report"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
        doc = g.get("doc")
        if not isinstance(doc, str) or not doc.endswith(".txt") or doc[:-4] != gf.stem:
            errors.append(f"{tag}: doc field {doc!r} does not match file name")
            continue
        path = docs_dir / doc
        if not path.exists():
            errors.append(f"{tag}: missing text {path}")
            continue
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
            warnings.append(f"{tag}: text is not UTF-8 (read as GB18030)")
        n = len(text)
        if not 1500 <= n <= 5000:
            warnings.append(f"{tag}: text has {n} characters (outside 1500-5000)")
        flat = tnorm(text)

        rep = g.get("report")
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep) if isinstance(rep, dict) else rep}")
            rep = rep if isinstance(rep, dict) else {}
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                errors.append(f"{tag}: report.{f} empty")
        if rep.get("year") is not None and not isinstance(rep.get("year"), int):
            errors.append(f"{tag}: report.year not int")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            errors.append(f"{tag}: report.date {rep['date']!r} not YYYY-MM-DD")
        if rep.get("date") is None:
            warnings.append(f"{tag}: report.date is null")
        if rep.get("title") is not None and tnorm(rep["title"]) not in flat:
            errors.append(f"{tag}: report.title does not occur in text")

        org_forms = set()
        for o in g.get("organizations", []):
            org_forms.update(snorm(x) for x in [o.get("name", ""), *o.get("aliases", [])])
        if rep.get("publisher") and snorm(rep["publisher"]) not in org_forms:
            errors.append(f"{tag}: publisher {rep['publisher']!r} is not a gold organization")

        for kind in KINDS:
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            seen = {}
            for e in items:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    errors.append(f"{tag}: {kind} entity fields {sorted(e)}")
                    continue
                name, aliases = e["name"], e["aliases"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind} empty name")
                    continue
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    errors.append(f"{tag}: {kind} {name}: aliases must be a list of strings")
                    continue
                types = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}[kind]
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        errors.append(f"{tag}: {name}: doc_number {e['doc_number']!r} not normalised")
                    if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"].strip()):
                        errors.append(f"{tag}: {name}: bad issuer")
                forms = [name, *aliases]
                if len(set(forms)) != len(forms):
                    warnings.append(f"{tag}: {kind} {name}: alias repeats the name or another alias verbatim")
                for x in forms:
                    k = snorm(x)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: {x!r} used by both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                occurs = [x for x in forms if tnorm(x) in flat]
                if not occurs:
                    errors.append(f"{tag}: {kind} {name!r}: neither name nor any alias occurs in the text")
                for a in aliases:
                    if tnorm(a) not in flat:
                        warnings.append(f"{tag}: {kind} {name!r}: alias {a!r} does not occur in the text")
                canon_by_kind[kind].setdefault(snorm(name), set()).add(tag)
                for a in aliases:
                    alias_owner[kind].setdefault(snorm(a), set()).add((tag, snorm(name)))
    for kind in KINDS:
        for cname, tags in canon_by_kind[kind].items():
            for tag, owner in alias_owner[kind].get(cname, ()):
                if owner != cname:
                    warnings.append(f"cross-doc {kind}: {cname!r} is a canonical name in {sorted(tags)} "
                                    f"but an alias of {owner!r} in {tag}")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
