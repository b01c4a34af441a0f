#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this file)

Checks, per gold file:
  * JSON loads; top-level keys doc, report, regulations, organizations, measures;
  * the document named in `doc` exists in docs/ and decodes as UTF-8;
  * report: title/publisher/region/year/date present; publisher, region, year filled;
    year an int in 2015-2025; date null or YYYY-MM-DD; publisher is one of the gold
    organizations (name or alias);
  * every entity: name a non-empty string, aliases a list of strings, type in the
    allowed set; regulations also doc_number (null or 机关代字〔年份〕序号号), issuer
    (null or string), relation (issues/implements/studies/mentions);
  * every entity name or at least one alias occurs in the text (compared after removing
    《》〈〉 and whitespace, and also after the scorer's normalisation). A canonical name that
    does not occur itself but is found through an alias is listed as INFO (resolved names);
    one that occurs only when the page-number lines of a PDF extraction are removed is a
    WARN (intended messiness); an entity found in none of these ways is an ERROR;
  * no two entities of one kind share a normalised name/alias (the scorer would treat
    them as one);
  * each part of an issuer names a gold organization (WARN otherwise);
Across files: the same canonical name must carry the same type everywhere (WARN).
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
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# the scorer's normalisation (score.py)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def squeeze(text):
    """Remove title marks and all whitespace (line breaks of PDF extraction included)."""
    return re.sub(r"[\s《》〈〉]", "", text)


def occurs(form, text_sq, text_norm):
    return squeeze(form) in text_sq or norm(form) in text_norm


PAGE_LINE = re.compile(r"\n[ \t\u3000]*[-—－–][ \t]*\d+[ \t]*[-—－–][ \t]*\n")


def strip_page_numbers(text):
    """Drop the page-number lines of PDF extraction ('— 3 —', '- 2 -')."""
    return PAGE_LINE.sub("\n", text)


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, warns, infos = [], [], []
    types_seen = {}
    files = sorted((root / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        for key in ("doc", "report", "regulations", "organizations", "measures"):
            if key not in g:
                errors.append(f"{tag}: missing key {key}")
        if gf.stem + ".txt" != g.get("doc"):
            errors.append(f"{tag}: doc field {g.get('doc')!r} does not match file name")
        doc = root / "docs" / str(g.get("doc"))
        try:
            text = doc.read_text(encoding="utf-8")
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: cannot read {doc}: {exc}")
            continue
        if not 1500 <= len(text) <= 5000:
            warns.append(f"{tag}: document length {len(text)} outside 1500-5000")
        text_sq, text_norm = squeeze(text), norm(text)
        flat = strip_page_numbers(text)
        flat_sq, flat_norm = squeeze(flat), norm(flat)

        rep = g.get("report") or {}
        for f in ("title", "publisher", "region", "year", "date"):
            if f not in rep:
                errors.append(f"{tag}: report.{f} missing")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                errors.append(f"{tag}: report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{tag}: report.year {rep.get('year')!r} not an int in 2015-2025")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            errors.append(f"{tag}: report.date {rep['date']!r} not YYYY-MM-DD")
        if rep.get("title") is None:
            infos.append(f"{tag}: report.title is null")
        elif not occurs(rep["title"], text_sq, text_norm):
            warns.append(f"{tag}: report title does not occur in the text")
        org_forms = {}
        for o in g.get("organizations", []):
            for form in [o.get("name", ""), *o.get("aliases", [])]:
                org_forms[norm(form)] = o.get("name")
        if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            errors.append(f"{tag}: publisher {rep['publisher']!r} is not a gold organization")

        for kind, allowed in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEAS_TYPES)):
            seen = {}
            for e in g.get(kind, []):
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind}: empty name in {e}")
                    continue
                aliases = e.get("aliases")
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    errors.append(f"{tag}: {kind}: {name}: aliases must be a list of non-empty strings")
                    aliases = []
                if e.get("type") not in allowed:
                    errors.append(f"{tag}: {kind}: {name}: bad type {e.get('type')!r}")
                types_seen.setdefault((kind, norm(name)), set()).add(e.get("type"))
                if kind == "regulations":
                    for f in ("doc_number", "issuer", "relation"):
                        if f not in e:
                            errors.append(f"{tag}: {name}: missing {f}")
                    dn = e.get("doc_number")
                    if dn is not None and not DOCNUM.match(dn):
                        errors.append(f"{tag}: {name}: doc_number {dn!r} not normalised")
                    if e.get("relation") not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e.get('relation')!r}")
                    iss = e.get("issuer")
                    if iss is not None:
                        if not isinstance(iss, str):
                            errors.append(f"{tag}: {name}: issuer must be a string or null")
                        else:
                            for part in iss.replace("、", " ").split():
                                if norm(part) not in org_forms:
                                    warns.append(f"{tag}: {name}: issuer part {part!r} is not a gold organization")
                else:
                    extra = set(e) - {"name", "aliases", "type"}
                    if extra:
                        warns.append(f"{tag}: {kind}: {name}: extra fields {sorted(extra)}")
                for form in [name, *aliases]:
                    k = norm(form)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: form {form!r} used by both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                if occurs(name, text_sq, text_norm):
                    continue
                found = [a for a in aliases if occurs(a, text_sq, text_norm)]
                if found:
                    infos.append(f"{tag}: {kind}: resolved name {name!r} found via alias {found[0]!r}")
                elif any(occurs(f, flat_sq, flat_norm) for f in [name, *aliases]):
                    warns.append(f"{tag}: {kind}: {name!r} occurs only across a page-number line (PDF messiness)")
                else:
                    errors.append(f"{tag}: {kind}: neither {name!r} nor any alias occurs in the text")
    for (kind, name), ts in sorted(types_seen.items()):
        if len(ts) > 1:
            warns.append(f"cross-doc: {kind}: {name} typed {sorted(ts)}")
    for label, items in (("INFO", infos), ("WARN", warns), ("ERROR", errors)):
        for line in items:
            print(f"{label}\t{line}")
    print(f"{len(files)} gold files: {len(errors)} errors, {len(warns)} warnings, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
