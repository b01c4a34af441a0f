#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [OUTDIR]

Checks, for every gold/*.json:
  * JSON loads; top-level keys exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file (UTF-8, or GB18030 for documents meant to be in it);
  * report fields title/publisher/region/year/date have the right types; publisher, region and year
    are filled; date is YYYY-MM-DD or null; publisher is one of the gold organizations;
  * every entity has the fields of its kind with valid `type` (and `relation`) values, aliases is a
    list of strings, doc_number looks like 机关代字〔年份〕序号号;
  * the canonical name or at least one alias occurs in the text (after removing 《》〈〉 and
    whitespace); if only found after the scorer's full normalisation (quotes, brackets) it is a
    note, if not found at all an ERROR;  canonical names that do not occur are listed as info
    (fine when an alias occurs: resolved names);
  * aliases that do not occur anywhere in the text are listed as warnings;
  * no normalised name/alias is shared by two entities of the same kind in a document;
  * the document length is within 1,500-5,000 characters.
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

BASE = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):  # same as score.py
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def light(text):  # remove title marks and whitespace only
    return re.sub(r"[《》〈〉\s\u3000]", "", str(text))


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("unknown", raw, 0, 1, "neither utf-8 nor gb18030")


def main():
    errors, warnings, infos = [], [], []
    gold_files = sorted((BASE / "gold").glob("*.json"))
    if not gold_files:
        sys.exit("no gold files")
    stats = []
    for gf in gold_files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != KEYS:
            errors.append(f"{tag}: keys {sorted(g)} != {sorted(KEYS)}")
        doc = g.get("doc")
        if not isinstance(doc, str) or doc != gf.stem + ".txt":
            errors.append(f"{tag}: doc {doc!r} does not match file name")
        path = BASE / "docs" / str(doc)
        if not path.exists():
            errors.append(f"{tag}: missing document {path}")
            continue
        text, enc = read_doc(path)
        if enc != "utf-8":
            infos.append(f"{tag}: document encoded in {enc}")
        if not 1500 <= len(text) <= 5000:
            errors.append(f"{tag}: document length {len(text)} outside 1500-5000")
        t_light, t_norm = light(text), norm(text)

        rep = g.get("report")
        if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
            errors.append(f"{tag}: report keys wrong: {rep!r}")
            rep = {}
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                errors.append(f"{tag}: report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2000 <= rep.get("year", 0) <= 2030:
            errors.append(f"{tag}: report.year invalid: {rep.get('year')!r}")
        if rep.get("title") is not None and not isinstance(rep.get("title"), str):
            errors.append(f"{tag}: report.title must be str or null")
        if rep.get("title") and light(rep["title"]) not in t_light:
            errors.append(f"{tag}: report.title does not occur in the text")
        date = rep.get("date")
        if date is not None and not re.fullmatch(r"(19|20)\d\d-[01]\d-[0-3]\d", str(date)):
            errors.append(f"{tag}: report.date not YYYY-MM-DD: {date!r}")
        if date is None:
            infos.append(f"{tag}: report.date is null")
        org_names = {norm(a) for o in g.get("organizations", []) for a in [o.get("name", ""), *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in org_names:
            errors.append(f"{tag}: publisher {rep['publisher']!r} is not among the gold organizations")

        counts = []
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            counts.append(len(items))
            seen = {}
            for e in items:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != want:
                    errors.append(f"{tag}: {kind}: bad fields {sorted(e) if isinstance(e, dict) else e!r}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    errors.append(f"{tag}: {kind}: {name}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind}: {name}: invalid type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: invalid relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                        errors.append(f"{tag}: {name}: doc_number not normalised: {dn!r}")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{tag}: {name}: issuer must be str or null")
                    if dn is not None:
                        num = re.search(r"〔(\d{4})〕(\d+)号", dn)
                        if num and not re.search(num.group(1) + r"\D{0,3}" + num.group(2), text):
                            warnings.append(f"{tag}: {name}: doc_number {dn} not visible in the text")
                forms = [name, *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                found_light = [f for f in forms if light(f) in t_light]
                found_norm = [f for f in forms if norm(f) in t_norm]
                if not found_light and not found_norm:
                    errors.append(f"{tag}: {kind}: neither name nor any alias occurs: {name}")
                elif not found_light:
                    infos.append(f"{tag}: {kind}: {name}: occurs only after full normalisation")
                if light(name) not in t_light and norm(name) not in t_norm:
                    infos.append(f"{tag}: {kind}: canonical name resolved (not in text), alias occurs: {name}")
                for a in e["aliases"]:
                    if light(a) not in t_light and norm(a) not in t_norm:
                        warnings.append(f"{tag}: {kind}: {name}: alias does not occur: {a}")
        stats.append((tag, len(text), enc, *counts))

    for s in stats:
        print("%-28s chars=%5d enc=%-7s reg=%3d org=%3d mea=%3d" % s)
    for i in infos:
        print("info   ", i)
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR  ", e)
    print(f"{len(stats)} gold files, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
