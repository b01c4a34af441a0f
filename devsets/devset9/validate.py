#!/usr/bin/env python3
"""Validate the devset9 gold files against ANNOTATION.md and the document texts.

usage: python3 validate.py            (run from anywhere; paths are relative to this file)

Checks, per gold file:
  * JSON loads; top-level keys doc/report/regulations/organizations/measures; `doc` names an existing txt;
  * report: title/publisher/region/year/date keys; publisher, region, year filled; year int 2015-2025;
    date null or YYYY-MM-DD; publisher is one of the gold organizations (name or alias);
  * every entity: name (non-empty str), aliases (list of str), type in the allowed set;
    regulations also doc_number (null or 机关代字〔YYYY〕N号), issuer (null or str), relation in the allowed set;
  * no normalised name/alias is shared by two entities of the same kind (the scorer would merge them);
  * the name or at least one alias of every entity occurs in the text (after the scorer's normalisation:
    NFKC, quotes/title marks/whitespace removed, brackets and dashes unified). Canonical names that are
    resolved (not written) are fine as long as an alias occurs; the few entities the text only mentions
    elliptically ("清远市委、市政府") are listed in ELLIPTICAL and reported as notes, not errors;
  * every doc_number occurs in the text (normalised), allowing the scraping-repaired forms;
  * document length 1,500-5,000 characters.
Texts are read as UTF-8, falling back to Big5 (cp950) for the Big5 document.
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}

# Entities that the text mentions only elliptically (the place is shared with a following body),
# e.g. "在清远市委、市政府的正确领导下": 市政府 there is 清远市人民政府, but the alias 市政府 belongs to the
# reporting body elsewhere in the same report, so no alias of its own can be given.
ELLIPTICAL = {
    "001_lianzhou.txt": {"清远市人民政府"},
    "011_renhua.txt": {"韶关市人民政府"},
}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "cp950", "big5"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise ValueError(f"{path}: cannot decode")


DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+[号號]$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check(gf):
    errors, notes = [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], notes
    for k in ("doc", "report", "regulations", "organizations", "measures"):
        if k not in g:
            errors.append(f"missing key {k}")
    if errors:
        return errors, notes
    if g["doc"][:-4] != gf.stem:
        errors.append(f"doc {g['doc']} does not match file name {gf.name}")
    tpath = DOCS / g["doc"]
    if not tpath.exists():
        return errors + [f"text {tpath} missing"], notes
    text, enc = read_text(tpath)
    if enc != "utf-8":
        notes.append(f"text read as {enc}")
    if not 1500 <= len(text) <= 5000:
        errors.append(f"text length {len(text)} outside 1500-5000")
    ntext = norm(text)

    rep = g["report"]
    for k in ("title", "publisher", "region", "year", "date"):
        if k not in rep:
            errors.append(f"report lacks {k}")
    for k in ("publisher", "region", "year"):
        if not rep.get(k):
            errors.append(f"report.{k} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errors.append(f"report.year {rep.get('year')!r} not an int in 2015-2025")
    if rep.get("date") is not None and not DATE.match(rep["date"]):
        errors.append(f"report.date {rep['date']!r} not YYYY-MM-DD")
    if rep.get("date") is None:
        notes.append("report.date is null")
    if rep.get("title") is None:
        notes.append("report.title is null")
    elif norm(rep["title"]) not in ntext:
        errors.append(f"report.title {rep['title']!r} not in text")
    org_forms = {norm(f) for o in g["organizations"] for f in [o["name"], *o.get("aliases", [])]}
    if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        errors.append(f"publisher {rep['publisher']!r} is not a gold organization")

    ell = ELLIPTICAL.get(g["doc"], set())
    for kind, allowed in TYPES.items():
        seen = {}
        for e in g[kind]:
            name = e.get("name")
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: bad name {name!r}")
                continue
            al = e.get("aliases")
            if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
                errors.append(f"{kind}: {name}: aliases must be a list of non-empty strings")
                al = []
            if e.get("type") not in allowed:
                errors.append(f"{kind}: {name}: type {e.get('type')!r} not allowed")
            if kind == "regulations":
                for k in ("doc_number", "issuer", "relation"):
                    if k not in e:
                        errors.append(f"regulations: {name}: lacks {k}")
                if e.get("relation") not in RELATIONS:
                    errors.append(f"regulations: {name}: relation {e.get('relation')!r} not allowed")
                dn = e.get("doc_number")
                if dn is not None:
                    if not DOCNUM.match(dn):
                        errors.append(f"regulations: {name}: doc_number {dn!r} not normalised")
                    elif norm(dn) not in ntext:
                        errors.append(f"regulations: {name}: doc_number {dn!r} not in text")
                iss = e.get("issuer")
                if iss is not None and not isinstance(iss, str):
                    errors.append(f"regulations: {name}: issuer must be str or null")
            else:
                extra = set(e) - {"name", "aliases", "type"}
                if extra:
                    errors.append(f"{kind}: {name}: unexpected keys {sorted(extra)}")
            for f in [name, *al]:
                nf = norm(f)
                if nf in seen and seen[nf] != name:
                    errors.append(f"{kind}: form {f!r} shared by {seen[nf]!r} and {name!r}")
                seen.setdefault(nf, name)
            forms = [name, *al]
            if not any(norm(f) in ntext for f in forms):
                if name in ell:
                    notes.append(f"{kind}: {name}: elliptical mention only (whitelisted)")
                else:
                    errors.append(f"{kind}: {name}: neither name nor any alias occurs in the text")
            for a in al:
                if norm(a) not in ntext and norm(a) != norm(name):
                    notes.append(f"{kind}: {name}: alias {a!r} is an accepted form not written in the text")
    return errors, notes


def main():
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    bad = 0
    for gf in files:
        errors, notes = check(gf)
        status = "OK " if not errors else "ERR"
        print(f"{status} {gf.name}")
        for e in errors:
            print(f"    ERROR {e}")
        for n in notes:
            print(f"    note  {n}")
        bad += bool(errors)
    txts = {p.name for p in DOCS.glob("*.txt")}
    golds = {json.loads(p.read_text(encoding='utf-8'))["doc"] for p in files}
    for t in sorted(txts - golds):
        print(f"ERR {t}: no gold file"); bad += 1
    print(f"{len(files)} gold files, {bad} with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
