#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [-v]

Checks for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file whose stem equals the gold file's stem;
  * report has title/publisher/region/year/date; publisher, region, year filled; year is int;
    date is YYYY-MM-DD or null; publisher is one of the gold organizations (name or alias);
  * every entity has the required keys with valid types (regulation: name, aliases, type,
    doc_number, issuer, relation; organization/measure: name, aliases, type), type/relation
    values from ANNOTATION.md, doc_number normalised to 机关代字〔年份〕序号号;
  * no duplicate canonical names and no alias shared by two entities of the same kind
    (after the scorer's normalisation);
  * the canonical name or at least one alias occurs in the text (text and names compared
    after NFKC, removing whitespace, title and quotation marks). A canonical name that does
    not occur but has an alias that does is reported as INFO (resolved name), not an error.
  * issuer, where given, occurs in the text or is a known organization of the gold file.
With -v also lists aliases that do not occur in the text (allowed: "other accepted forms").
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(19|20)\d\d-\d\d-\d\d$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    """The scorer's normalisation (score.py): NFKC, drop spaces/quotes/title marks, unify."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def main():
    verbose = "-v" in sys.argv
    errors, infos, warns = [], [], []
    files = sorted((HERE / "gold").glob("*.json"))
    if not files:
        print("no gold files"); return 1
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa
            errors.append(f"{tag}: JSON does not load: {exc}"); continue
        keys = set(g)
        if keys != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(keys)}")
        doc = g.get("doc")
        txt_path = HERE / "docs" / str(doc)
        if not isinstance(doc, str) or not doc.endswith(".txt") or doc[:-4] != gf.stem:
            errors.append(f"{tag}: doc {doc!r} does not match file name")
        if not txt_path.exists():
            errors.append(f"{tag}: missing text {txt_path}"); continue
        text = norm(read_text(txt_path))
        n_chars = len(read_text(txt_path))
        if not 1500 <= n_chars <= 5000:
            warns.append(f"{tag}: text has {n_chars} characters (outside 1500-5000)")
        # report
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if rep.get(f) in (None, ""):
                errors.append(f"{tag}: report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
            errors.append(f"{tag}: report.year {rep.get('year')!r} not an int in 2015-2025")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            errors.append(f"{tag}: report.date {rep['date']!r}")
        if rep.get("title") is not None and norm(rep["title"]) not in text:
            errors.append(f"{tag}: report.title not in text")
        if rep.get("title") is None:
            infos.append(f"{tag}: report.title is null")
        org_forms = {}
        for o in g.get("organizations", []):
            for a in [o.get("name", ""), *o.get("aliases", [])]:
                org_forms[norm(a)] = o.get("name")
        if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            errors.append(f"{tag}: publisher {rep['publisher']!r} is not a gold organization")
        # entities
        spec = {"regulations": (REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
                "organizations": (ORG_TYPES, ("name", "aliases", "type")),
                "measures": (MEA_TYPES, ("name", "aliases", "type"))}
        for kind, (types, fields) in spec.items():
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list"); continue
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != set(fields):
                    errors.append(f"{tag}: {kind} entry keys {sorted(e) if isinstance(e, dict) else e!r}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind} empty name"); continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                        errors.append(f"{tag}: {name}: doc_number {dn!r} not normalised")
                    if dn is not None:
                        raw_num = re.sub(r"[〔〕\[\]()（）【】﹝﹞]", "", norm(dn))
                        if raw_num not in re.sub(r"[()]", "", text):
                            warns.append(f"{tag}: {name}: doc_number {dn} not found in text (repaired?)")
                    iss = e["issuer"]
                    if iss is not None:
                        parts = [p for p in iss.split() if p]
                        for p in parts:
                            if norm(p) not in org_forms and norm(p) not in text:
                                errors.append(f"{tag}: {name}: issuer part {p!r} neither in text nor a gold organization")
                forms = [name, *e["aliases"]]
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: form {a!r} shared by {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                present = [a for a in forms if norm(a) in text]
                if not present:
                    errors.append(f"{tag}: {kind}: neither {name!r} nor any alias occurs in the text")
                elif norm(name) not in text:
                    infos.append(f"{tag}: {kind}: resolved name {name!r} (occurs as {present[0]!r})")
                for a in e["aliases"]:
                    if norm(a) not in text:
                        warns.append(f"{tag}: {kind}: alias {a!r} of {name!r} is not in the text (accepted form)")
    for line in infos if verbose else []:
        print("INFO ", line)
    for line in warns if verbose else [w for w in warns if "alias" not in w]:
        print("WARN ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(warns)} warnings, {len(infos)} resolved names/info")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
