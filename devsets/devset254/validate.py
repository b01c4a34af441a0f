#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

Checks per gold file:
  * JSON loads; top-level keys, field types and enumerations are valid;
  * the text file exists (UTF-8, or GB18030 for documents meant to be in a legacy encoding)
    and is 1,500-5,000 characters long;
  * report fields are filled (title may be null when the text has none; date null or YYYY-MM-DD);
  * publisher is one of the gold organizations;
  * doc_number is null or normalised 机关代字〔年份〕序号号;
  * every entity's name or one of its aliases occurs in the text (after removing 《》〈〉 and
    whitespace); canonical names that do not occur (resolved names) are listed as info;
  * no normalised name/alias is shared by two entities of the same kind;
  * every 《…》/〈…〉 title in the text is covered by a regulation (name or alias);
  * issuer parts are organizations of the gold (warning only).
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNUM = re.compile(r"^[^〔〕\s]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    """The scorer's normalisation (score.py)."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip(text):
    """Remove title marks and whitespace only (occurrence check)."""
    return re.sub(r"[《》〈〉\s\u3000]", "", text)


def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def check(gf):
    errors, warns, infos = [], [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], [], []
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errors.append(f"top-level keys {sorted(g)}")
        return errors, warns, infos
    if g["doc"] != gf.stem + ".txt":
        errors.append(f"doc field {g['doc']!r} does not match file name")
    tp = HERE / "docs" / g["doc"]
    if not tp.exists():
        return errors + [f"text {tp} missing"], warns, infos
    text, enc = read_text(tp)
    if enc != "utf-8":
        infos.append(f"text decoded as {enc}")
    n = len(text)
    if not 1500 <= n <= 5000:
        errors.append(f"text length {n} outside 1500-5000")
    flat = strip(text)
    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys {rep!r}")
    else:
        if rep["title"] is not None and (not isinstance(rep["title"], str) or strip(rep["title"]) not in flat):
            errors.append(f"report title not in text: {rep['title']!r}")
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                errors.append(f"report {f} empty")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"report year {rep['year']!r}")
        if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            errors.append(f"report date {rep['date']!r}")
        names = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
        if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in names:
            errors.append(f"publisher {rep['publisher']!r} is not a gold organization")
    org_names = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
    spec = {
        "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
        "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
        "measures": ({"name", "aliases", "type"}, MEA_TYPES),
    }
    for kind, (keys, types) in spec.items():
        seen = {}
        if not isinstance(g[kind], list):
            errors.append(f"{kind} is not a list")
            continue
        for e in g[kind]:
            if not isinstance(e, dict) or set(e) != keys:
                errors.append(f"{kind}: bad keys in {e!r}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                errors.append(f"{kind}: empty name {e!r}")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errors.append(f"{kind}: {e['name']}: aliases must be a list of strings")
                continue
            if e["type"] not in types:
                errors.append(f"{kind}: {e['name']}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"regulation {e['name']}: relation {e['relation']!r}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    errors.append(f"regulation {e['name']}: doc_number {e['doc_number']!r} not normalised")
                if e["issuer"] is not None:
                    for part in e["issuer"].split():
                        if norm(part) not in org_names:
                            warns.append(f"regulation {e['name']}: issuer part {part!r} not a gold organization")
            forms = [e["name"], *e["aliases"]]
            if not any(strip(f) in flat for f in forms):
                errors.append(f"{kind}: neither name nor any alias occurs in text: {e['name']!r}")
            elif strip(e["name"]) not in flat:
                infos.append(f"{kind}: resolved name (alias occurs): {e['name']!r}")
            for a in forms:
                k = norm(a)
                if k in seen and seen[k] != e["name"]:
                    errors.append(f"{kind}: form {a!r} shared by {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
            if len(set(map(norm, forms))) != len(forms):
                infos.append(f"{kind}: {e['name']}: aliases equal after normalisation (kept as written)")
    # every title in title marks must be covered by a regulation
    reg_forms = {norm(a) for r in g["regulations"] for a in [r["name"], *r["aliases"]]}
    for m in re.finditer(r"《([^《》]+)》|〈([^〈〉]+)〉|<([^<>]+)>", text):
        title = m.group(1) or m.group(2) or m.group(3)
        if norm(title) not in reg_forms:
            errors.append(f"title in text not annotated: 《{title}》")
    return errors, warns, infos


def main():
    verbose = "-v" in sys.argv
    bad = 0
    files = sorted((HERE / "gold").glob("*.json"))
    docs = sorted(p.name for p in (HERE / "docs").glob("*.txt"))
    for d in docs:
        if not (HERE / "gold" / (d[:-4] + ".json")).exists():
            print(f"{d}: ERROR no gold file")
            bad += 1
    for gf in files:
        errors, warns, infos = check(gf)
        bad += len(errors)
        status = "OK" if not errors else f"{len(errors)} error(s)"
        print(f"{gf.name}: {status}")
        for e in errors:
            print("   ERROR", e)
        for w in warns:
            print("   warn ", w)
        if verbose:
            for i in infos:
                print("   info ", i)
    print(f"{len(files)} gold files, {bad} error(s)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
