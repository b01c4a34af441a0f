#!/usr/bin/env python3
"""Validate the devset30 gold files against ANNOTATION.md and their texts.

usage: python3 validate.py [-v]

Checks, for every gold/*.json:
  * JSON loads; top-level keys doc, report, regulations, organizations, measures;
  * report has title/publisher/region/year/date, publisher/region/year filled, date YYYY-MM-DD or null,
    publisher is (an alias of) one of the gold organizations;
  * every entity has the fields and types ANNOTATION.md defines; type/relation in the allowed sets;
    doc_number null or of the form 机关代字〔年份〕序号号; no alias shared by two entities of one kind;
  * the document exists and decodes (UTF-8, else Big5); after html.unescape, NFKC and removal of
    whitespace, title marks and quotation marks, the name or at least one alias occurs in the text.
    Entities found only through an alias are listed with -v (resolved canonical names: fine).
  * warnings: 《》 titles in the text that no regulation covers.
Exit status 1 if any error.
"""
import html, json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")


def norm(text):
    text = unicodedata.normalize("NFKC", html.unescape(str(text)))
    return "".join(MAP.get(c, c) for c in text if c not in DROP)


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "big5"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("none", raw, 0, 1, "neither utf-8 nor big5")


def check(gold_path, verbose):
    errs, warns, info = [], [], []
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], [], []
    for k in ("doc", "report", "regulations", "organizations", "measures"):
        if k not in g:
            errs.append(f"missing key {k}")
    if errs:
        return errs, warns, info
    if g["doc"] != gold_path.stem + ".txt":
        errs.append(f"doc {g['doc']!r} does not match file name")
    rep = g["report"]
    for f in ("title", "publisher", "region", "year", "date"):
        if f not in rep:
            errs.append(f"report.{f} missing")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            errs.append(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2010 <= rep["year"] <= 2026:
        errs.append(f"report.year not a plausible int: {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
        errs.append(f"report.date not YYYY-MM-DD: {rep['date']!r}")
    org_names = {norm(n) for o in g["organizations"] for n in [o["name"], *o.get("aliases", [])]}
    if rep.get("publisher") and norm(rep["publisher"]) not in org_names:
        errs.append(f"publisher {rep['publisher']!r} is not among the organizations")
    doc_path = HERE / "docs" / g["doc"]
    if not doc_path.exists():
        errs.append(f"document {doc_path} missing")
        return errs, warns, info
    text, enc = read_doc(doc_path)
    ntext = norm(text)
    n_chars = len(re.sub(r"\s", "", html.unescape(text)))
    if not 1500 <= n_chars <= 5200:
        warns.append(f"text length {n_chars} outside 1500-5000")
    spec = {"regulations": (REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
            "organizations": (ORG_TYPES, ("name", "aliases", "type")),
            "measures": (MEASURE_TYPES, ("name", "aliases", "type"))}
    for kind, (types, fields) in spec.items():
        seen = {}
        if not isinstance(g[kind], list):
            errs.append(f"{kind} is not a list")
            continue
        for e in g[kind]:
            for f in fields:
                if f not in e:
                    errs.append(f"{kind}: {e.get('name')!r} lacks {f}")
            name = e.get("name")
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{kind}: empty name {e!r}")
                continue
            if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) for a in e.get("aliases", [])):
                errs.append(f"{kind}: {name}: aliases not a list of strings")
            if e.get("type") not in types:
                errs.append(f"{kind}: {name}: bad type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    errs.append(f"{kind}: {name}: bad relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None and not DOCNUM.match(dn):
                    errs.append(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                if e.get("issuer") is not None and not isinstance(e["issuer"], str):
                    errs.append(f"{kind}: {name}: issuer not a string")
            forms = [name, *e.get("aliases", [])]
            for a in forms:
                k = norm(a)
                if k in seen and seen[k] != name:
                    errs.append(f"{kind}: form {a!r} belongs to both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            if norm(name) in ntext:
                continue
            hit = [a for a in e.get("aliases", []) if norm(a) in ntext]
            if hit:
                info.append(f"{kind}: {name!r} resolved, occurs as {hit[0]!r}")
            else:
                errs.append(f"{kind}: neither {name!r} nor any alias occurs in the text")
    # titles in the text no regulation covers
    reg_forms = {norm(n) for r in g["regulations"] for n in [r["name"], *r["aliases"]]}
    plain = unicodedata.normalize("NFKC", html.unescape(text))
    plain = re.sub(r"\s", "", plain)
    for t in re.findall(r"《([^《》]{2,80})》", plain):
        if norm(t) not in reg_forms and not any(norm(t) in f or f in norm(t) for f in reg_forms):
            warns.append(f"title 《{t}》 not covered by a regulation")
    return errs, warns, info


def main():
    verbose = "-v" in sys.argv
    files = sorted((HERE / "gold").glob("*.json"))
    bad = 0
    for gp in files:
        errs, warns, info = check(gp, verbose)
        status = "OK" if not errs else "ERROR"
        print(f"{gp.name}: {status} ({len(errs)} errors, {len(warns)} warnings, {len(info)} resolved names)")
        for e in errs:
            print("  ERROR  ", e)
        for w in warns:
            print("  WARN   ", w)
        if verbose:
            for i in info:
                print("  resolved", i)
        bad += bool(errs)
    docs = sorted((HERE / "docs").glob("*.txt"))
    missing = [d.name for d in docs if not (HERE / "gold" / (d.stem + ".json")).exists()]
    for m in missing:
        print(f"{m}: ERROR no gold file")
    print(f"{len(files)} gold files, {bad} with errors, {len(missing)} documents without gold")
    sys.exit(1 if bad or missing else 0)


if __name__ == "__main__":
    main()
