#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md conventions.

usage: python3 validate.py [--strict]

Checks per gold file:
  * JSON loads; top-level keys doc, report, regulations, organizations, measures; `doc`
    names an existing file in docs/ (UTF-8, or GB18030 as fallback).
  * report: title (str|null), publisher, region (non-empty str), year (int 2015-2025),
    date (YYYY-MM-DD or null); publisher is one of the gold organizations.
  * every entity has name (str), aliases (list of str), a valid type; regulations have a valid
    relation, doc_number (null or 机关代字〔YYYY〕N号) and issuer (null or str).
  * each alias occurs in the text after removing 《》〈〉 and whitespace; the canonical name
    occurs too, or else (a resolved name) at least one alias occurs -- these are listed as
    'resolved' (informational).
  * no normalised alias is shared by two entities of the same kind (the scorer would
    credit only the first).
  * completeness hints: every 《…》 title in the text is covered by some regulation name
    or alias; quoted “…”/"…" terms not covered by any entity are listed (informational).
Exit status 1 if any ERROR was found.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):  # the scorer's normalisation
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip(text):  # the occurrence check asked for: drop title marks and whitespace
    return re.sub(r"[《》〈〉\s]", "", text)


def read_doc(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def main():
    strict = "--strict" in sys.argv
    errors, warnings, infos = [], [], []
    gold_files = sorted((HERE / "gold").glob("*.json"))
    if not gold_files:
        sys.exit("no gold files")
    for gf in gold_files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        keys = {"doc", "report", "regulations", "organizations", "measures"}
        if set(g) != keys:
            errors.append(f"{tag}: keys {sorted(g)} != {sorted(keys)}")
        doc = g.get("doc")
        if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
            errors.append(f"{tag}: doc field {doc!r} does not match the gold file name")
            continue
        dp = HERE / "docs" / doc
        if not dp.exists():
            errors.append(f"{tag}: {dp} missing")
            continue
        text, enc = read_doc(dp)
        s_text, n_text = strip(text), norm(text)
        n_chars = len(re.sub(r"\s", "", text))
        if not 1500 <= len(text) <= 5000:
            warnings.append(f"{tag}: text length {len(text)} outside 1500-5000")
        infos.append(f"{tag}: {enc}, {len(text)} chars, {len(g.get('regulations', []))} regulations, "
                     f"{len(g.get('organizations', []))} organizations, {len(g.get('measures', []))} measures")
        # report
        rep = g.get("report")
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report must have title, publisher, region, year, date")
            rep = rep if isinstance(rep, dict) else {}
        if rep.get("title") is not None and not isinstance(rep.get("title"), str):
            errors.append(f"{tag}: report.title must be str or null")
        if rep.get("title") is None:
            infos.append(f"{tag}: report.title is null (no title in the text)")
        elif strip(rep["title"]) not in s_text:
            errors.append(f"{tag}: report.title not in text: {rep['title']}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                errors.append(f"{tag}: report.{f} must be a non-empty string")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{tag}: report.year must be an int in 2015-2025")
        d = rep.get("date")
        if d is None:
            infos.append(f"{tag}: report.date is null (no date in the text)")
        elif not (isinstance(d, str) and re.fullmatch(r"20\d\d-\d\d-\d\d", d)):
            errors.append(f"{tag}: report.date must be YYYY-MM-DD or null")
        org_names = {norm(o.get("name", "")) for o in g.get("organizations", [])}
        if rep.get("publisher") and norm(rep["publisher"]) not in org_names:
            errors.append(f"{tag}: publisher {rep['publisher']} is not a gold organization")
        # entities
        for kind, valid in TYPES.items():
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} must be a list")
                continue
            seen = {}
            for e in items:
                if not isinstance(e, dict):
                    errors.append(f"{tag}: {kind}: entity is not an object: {e!r}")
                    continue
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{tag}: {kind}: {e.get('name')}: keys {sorted(e)} != {sorted(want)}")
                name, aliases = e.get("name"), e.get("aliases")
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind}: bad name {name!r}")
                    continue
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    errors.append(f"{tag}: {kind}: {name}: aliases must be a list of non-empty strings")
                    aliases = []
                if e.get("type") not in valid:
                    errors.append(f"{tag}: {kind}: {name}: invalid type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        errors.append(f"{tag}: {name}: invalid relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                        errors.append(f"{tag}: {name}: doc_number not normalised: {dn!r}")
                    if e.get("issuer") is not None and not isinstance(e.get("issuer"), str):
                        errors.append(f"{tag}: {name}: issuer must be str or null")
                if len(set(aliases)) != len(aliases) or name in aliases:
                    warnings.append(f"{tag}: {kind}: {name}: repeated alias")
                for a in [name, *aliases]:
                    k = norm(a)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: form {a!r} used by both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                for a in aliases:
                    if strip(a) not in s_text:
                        if norm(a) in n_text:
                            warnings.append(f"{tag}: {kind}: alias occurs only after scorer normalisation: {a}")
                        else:
                            errors.append(f"{tag}: {kind}: alias not in text: {a}  (of {name})")
                if strip(name) not in s_text:
                    if norm(name) in n_text:
                        infos.append(f"{tag}: {kind}: name occurs after scorer normalisation: {name}")
                    elif any(strip(a) in s_text for a in aliases):
                        infos.append(f"{tag}: {kind}: resolved name (alias occurs): {name}")
                    else:
                        errors.append(f"{tag}: {kind}: neither name nor any alias in text: {name}")
        # completeness hints
        regforms = {norm(a) for r in g.get("regulations", []) for a in [r["name"], *r["aliases"]]}
        allforms = [norm(a) for k in TYPES for e in g.get(k, []) for a in [e["name"], *e["aliases"]]]
        for m in re.finditer(r"《([^《》]{2,120})》|<<([^<>]{2,120})>>", text):
            title = m.group(1) or m.group(2)
            if norm(title) not in regforms:
                errors.append(f"{tag}: title in text not covered by any regulation: 《{title}》")
            for inner in re.findall(r"[〈<]([^〈〉<>]{2,80})[〉>]", title):
                if norm(inner) not in regforms:
                    errors.append(f"{tag}: nested title not covered: 〈{inner}〉")
        for m in re.finditer(r"[“\"]([^“”\"\n]{1,40})[”\"]", text):
            q = norm(m.group(1))
            if q and not any(q in f for f in allforms):
                infos.append(f"{tag}: quoted term not inside any entity form: “{m.group(1)}”")
    for line in infos:
        print("info:", line)
    for line in warnings:
        print("WARNING:", line)
    for line in errors:
        print("ERROR:", line)
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors or (strict and warnings) else 0)


if __name__ == "__main__":
    main()
