#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py            (run from anywhere; checks ./gold against ./docs)

Checks per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing file in docs/ and equals the gold file's stem + .txt;
  * report has title, publisher, region, year, date; publisher, region and year are filled;
    year is an int in 2000-2030; date is YYYY-MM-DD or null; publisher is one of the gold
    organizations (name or alias);
  * every entity has the fields of its kind with valid values (type / relation enums,
    doc_number normalised as 机关代字〔年份〕序号号 or null, issuer string or null, aliases a
    list of distinct strings);
  * every part of a regulation's issuer resolves to a gold organization of the same file;
  * no two entities of one kind share a normalised name or alias (the scorer would lose one);
  * the document is 1,500-5,000 characters long;
  * every entity's name or one of its aliases occurs in the text (compared after removing PDF
    page-number lines,
    whitespace and title marks, and also after the scorer's normalisation). Names that do not
    occur but have an occurring alias are listed as INFO (resolved canonical names); aliases
    that do not occur are listed as WARN; entities with no occurring form are ERRORs.
Exit status 1 if any ERROR.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS, GOLD = ROOT / "docs", ROOT / "gold"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+[号號]$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PAGE_LINE = re.compile(r"\n[ \t]*(?:[—-][ \t]*\d+[ \t]*[—-]|第[ \t]*\d+[ \t]*页[ \t]*共[ \t]*\d+[ \t]*页)[ \t]*(?=\n|$)")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):  # same normalisation as score.py
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip_simple(text):  # remove whitespace and 《》 only
    return re.sub(r"[\s《》]", "", text)


def occurs(form, raw_text, norm_text):
    return strip_simple(form) in raw_text or norm(form) in norm_text


def check(gf, errors, warns, infos):
    def err(msg): errors.append(f"{gf.name}: {msg}")
    def warn(msg): warns.append(f"{gf.name}: {msg}")
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:
        err(f"JSON does not load: {exc}"); return
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(g) != keys:
        err(f"top-level keys {sorted(g)} != {sorted(keys)}")
    doc = g.get("doc")
    if doc != gf.stem + ".txt":
        err(f"doc {doc!r} does not match file name")
    path = DOCS / str(doc)
    if not path.exists():
        err(f"document {doc} missing"); return
    text = path.read_text(encoding="utf-8")
    n = len(text)
    if not 1500 <= n <= 5000:
        err(f"document length {n} outside 1500-5000")
    # PDF page furniture ("— 3 —", "-2-", "第 1 页 共 2 页") can split a title across pages;
    # it is removed before matching, as a reader (and the gold) would repair it.
    body = PAGE_LINE.sub("\n", text)
    raw_text, norm_text = strip_simple(body), norm(body)

    orgs = g.get("organizations", [])
    org_forms = {norm(f) for o in orgs for f in [o.get("name", ""), *o.get("aliases", [])]}

    rep = g.get("report")
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys wrong: {rep!r}")
    else:
        for f in ("publisher", "region", "year"):
            if rep[f] in (None, ""):
                err(f"report.{f} is empty")
        if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
            err(f"report.year {rep['year']!r} not an int year")
        if rep["date"] is not None and not DATE.match(str(rep["date"])):
            err(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep["title"] is not None and not occurs(rep["title"], raw_text, norm_text):
            err(f"report.title does not occur in text")
        if rep["publisher"] and norm(rep["publisher"]) not in org_forms:
            err(f"publisher {rep['publisher']!r} is not a gold organization")

    spec = {
        "regulations": (REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
        "organizations": (ORG_TYPES, ("name", "aliases", "type")),
        "measures": (MEA_TYPES, ("name", "aliases", "type")),
    }
    for kind, (types, fields) in spec.items():
        items = g.get(kind)
        if not isinstance(items, list):
            err(f"{kind} is not a list"); continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != set(fields):
                err(f"{kind}: bad entity fields {e!r}"); continue
            name, aliases = e["name"], e["aliases"]
            if not isinstance(name, str) or not name.strip():
                err(f"{kind}: empty name"); continue
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                err(f"{kind}/{name}: aliases must be a list of strings")
                aliases = []
            if len(set(aliases)) != len(aliases) or name in aliases:
                warn(f"{kind}/{name}: duplicate alias")
            if e["type"] not in types:
                err(f"{kind}/{name}: type {e['type']!r} invalid")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{kind}/{name}: relation {e['relation']!r} invalid")
                dn = e["doc_number"]
                if dn is not None and not DOCNUM.match(dn):
                    err(f"{kind}/{name}: doc_number {dn!r} not normalised")
                if dn is not None and not occurs(dn, raw_text, norm_text):
                    infos.append(f"{gf.name}: {kind}/{name}: doc_number {dn!r} repaired (not verbatim in text)")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str):
                        err(f"{kind}/{name}: issuer not a string")
                    else:
                        for part in iss.split():
                            if norm(part) not in org_forms:
                                err(f"{kind}/{name}: issuer part {part!r} is not a gold organization")
            for form in [name, *aliases]:
                k = norm(form)
                if k in seen and seen[k] != name:
                    err(f"{kind}: normalised form {form!r} shared by {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            name_in = occurs(name, raw_text, norm_text)
            alias_in = [a for a in aliases if occurs(a, raw_text, norm_text)]
            if not name_in and not alias_in:
                err(f"{kind}/{name}: neither name nor any alias occurs in the text")
            elif not name_in:
                infos.append(f"{gf.name}: {kind}/{name}: resolved name, occurs via alias {alias_in[0]!r}")
            for a in aliases:
                if a not in alias_in:
                    warn(f"{kind}/{name}: alias {a!r} does not occur in the text")


def main():
    errors, warns, infos = [], [], []
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    docs = {p.name for p in DOCS.glob("*.txt")}
    golds = {json.loads(f.read_text(encoding="utf-8")).get("doc") for f in files}
    for d in sorted(docs - golds):
        errors.append(f"{d}: document without gold")
    for gf in files:
        check(gf, errors, warns, infos)
    verbose = "-v" in sys.argv
    if verbose:
        for m in infos: print("INFO ", m)
    for m in warns: print("WARN ", m)
    for m in errors: print("ERROR", m)
    print(f"{len(files)} gold files: {len(errors)} errors, {len(warns)} warnings, {len(infos)} info (-v to list)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
