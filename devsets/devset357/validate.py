#!/usr/bin/env python3
"""Validate the devset gold files against ANNOTATION.md conventions and the texts.

usage: python3 validate.py [-v]

Checks for every gold/<name>.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file (UTF-8, or GB18030 for documents meant to be in
    a legacy encoding) of 1,500-5,000 characters;
  * report fields: title (str|null), publisher (str, and it is one of the gold organizations),
    region (str), year (int 2015-2025), date (YYYY-MM-DD|null) - publisher/region/year filled;
  * every entity has the right keys and value types, type/relation from the allowed sets,
    doc_number normalised as 机关代字〔年份〕序号号 (or a 令 number as written), aliases a list of distinct strings;
  * no normalised name/alias is shared by two entities of the same kind in one document
    (it would make the scorer's matching ambiguous);
  * the canonical name or at least one alias occurs in the text (after the scorer's
    normalisation: NFKC, whitespace/quotation/title marks removed, brackets unified).
    A form interrupted by PDF page furniture (a page-number line, a form feed) counts as
    occurring (info). Canonical names that do not occur (resolved names) are listed as info when an alias
    occurs; entities with no occurring form are errors. Aliases that do not occur are
    warnings (allowed only for accepted alternative forms).
Exit status 1 if there is any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPESETS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
ENTITY_KEYS = {"regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
               "organizations": {"name", "aliases", "type"},
               "measures": {"name", "aliases", "type"}}
DOCNUM = re.compile(r"^([^〔〕\s]+〔(19|20)\d\d〕\d+号|[^〔〕\s]+令(\d{4}年)?第\d+号)$")  # 文号, or a 令 number
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PAGE_FURNITURE = re.compile(r"^[ \t]*([—\-－][ \t]*\d+[ \t]*[—\-－]|第[ \t]*\d+[ \t]*页([ \t]*共[ \t]*\d+[ \t]*页)?)[ \t]*$", re.M)

# same normalisation as /work/shared/score.py
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def main():
    verbose = "-v" in sys.argv
    errors, warnings, infos = [], [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    docs_seen = set()
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != KEYS:
            errors.append(f"{tag}: top-level keys {sorted(g)} != {sorted(KEYS)}")
            continue
        doc = g["doc"]
        if doc != gf.stem + ".txt":
            errors.append(f"{tag}: doc {doc!r} does not match the gold file name")
        docs_seen.add(doc)
        path = ROOT / "docs" / doc
        if not path.exists():
            errors.append(f"{tag}: missing text {path}")
            continue
        text, enc = read_text(path)
        if enc != "utf-8":
            infos.append(f"{tag}: text is {enc}")
        if not 1500 <= len(text) <= 5000:
            errors.append(f"{tag}: text has {len(text)} characters (want 1500-5000)")
        ntext = norm(text)
        # the same text with PDF page furniture (page-number lines, form feeds) removed:
        # a name split by a page break is still a mention of the entity
        ptext = norm(PAGE_FURNITURE.sub("", text.replace("\x0c", "")))
        # report
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
            errors.append(f"{tag}: report keys wrong: {rep!r}")
        else:
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    errors.append(f"{tag}: report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                errors.append(f"{tag}: report.year bad: {rep['year']!r}")
            if rep["title"] is not None and not isinstance(rep["title"], str):
                errors.append(f"{tag}: report.title bad")
            if rep["title"] and norm(rep["title"]) not in ntext:
                errors.append(f"{tag}: report.title not in text: {rep['title']}")
            if rep["date"] is not None and (not isinstance(rep["date"], str) or not DATE.match(rep["date"])):
                errors.append(f"{tag}: report.date bad: {rep['date']!r}")
            orgnames = {norm(o.get("name", "")) for o in g["organizations"] if isinstance(o, dict)}
            if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in orgnames:
                errors.append(f"{tag}: publisher {rep['publisher']} is not a gold organization name")
        # entities
        for kind in ("regulations", "organizations", "measures"):
            items = g[kind]
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            owner = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != ENTITY_KEYS[kind]:
                    errors.append(f"{tag}: {kind}: bad keys {e!r}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind}: empty name")
                    continue
                if e["type"] not in TYPESETS[kind]:
                    errors.append(f"{tag}: {kind}: {name}: bad type {e['type']!r}")
                al = e["aliases"]
                if not isinstance(al, list) or not all(isinstance(a, str) and a for a in al):
                    errors.append(f"{tag}: {kind}: {name}: aliases must be a list of strings")
                    continue
                if len(set(al)) != len(al) or name in al:
                    errors.append(f"{tag}: {kind}: {name}: duplicate alias")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not isinstance(dn, str) or not DOCNUM.match(dn):
                            errors.append(f"{tag}: {name}: doc_number not normalised: {dn!r}")
                        else:
                            m = re.match(r"^(.*)〔(\d{4})〕(\d+)号$", dn)
                            if not m and norm(dn) not in ntext:
                                warnings.append(f"{tag}: {name}: doc_number {dn} not in text")
                            if m and not all(norm(p) in ntext for p in m.groups()):
                                warnings.append(f"{tag}: {name}: parts of doc_number {dn} not in text")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{tag}: {name}: issuer must be str or null")
                for form in [name, *al]:
                    k = norm(form)
                    if k in owner and owner[k] != name:
                        errors.append(f"{tag}: {kind}: form {form!r} shared by {owner[k]!r} and {name!r}")
                    owner.setdefault(k, name)
                found = [f for f in [name, *al] if norm(f) in ntext]
                if not found:
                    split = [f for f in [name, *al] if norm(f) in ptext]
                    if split:
                        infos.append(f"{tag}: {kind}: {split[0]!r} occurs only across a PDF page break")
                        continue
                    errors.append(f"{tag}: {kind}: no form of {name!r} occurs in the text")
                    continue
                if norm(name) not in ntext:
                    infos.append(f"{tag}: {kind}: canonical {name!r} resolved (occurs as {found[0]!r})")
                for a in al:
                    if norm(a) not in ntext:
                        warnings.append(f"{tag}: {kind}: alias {a!r} of {name!r} not in text")
    for d in sorted((ROOT / "docs").glob("*.txt")):
        if d.name not in docs_seen:
            errors.append(f"{d.name}: no gold file")
    for label, lst in (("ERROR", errors), ("WARN", warnings)) + ((("INFO", infos),) if verbose else ()):
        for m in lst:
            print(f"{label}\t{m}")
    print(f"{len(files)} gold files: {len(errors)} errors, {len(warnings)} warnings, {len(infos)} info")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
