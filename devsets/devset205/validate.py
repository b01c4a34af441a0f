#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

Checks per gold file: JSON loads; top-level keys; report fields filled (title may be null,
date YYYY-MM-DD or null); entity keys and types valid; relation valid; doc_number normalised;
every entity has its name or one alias in the text (after removing 《》〈〉 quotes and whitespace);
no alias shared by two entities of the same kind.  Also (--coverage) lists 《》 titles and
quoted “…” spans of the text that no gold name/alias covers, as a completeness aid.
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
# Entities whose canonical name is resolved from an elided form ("保定市委、市政府") so that
# neither the name nor an alias occurs verbatim; reported as exceptions, not errors.
EXCEPTIONS = {
    ("002_zhuozhou", "保定市人民政府"): "elided in 保定市委、市政府",
    ("007_anda", "绥化市人民政府"): "elided in 绥化市委、市政府",
    ("004_zhungeer", "内蒙古自治区人民政府"): "elided in 自治区党委、政府",
}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000")


def strip(s):
    return "".join(c for c in s if c not in DROP)


def norm(s):  # like score.py, for the duplicate-alias check
    s = unicodedata.normalize("NFKC", s)
    m = {"—": "-", "–": "-", "－": "-", "（": "(", "）": ")", "〔": "(", "〕": ")", "[": "(", "]": ")",
         "【": "(", "】": ")", "，": ",", "、": ","}
    return "".join(m.get(c, c) for c in s if c not in DROP and c not in "·•")


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def check(gf, coverage=False):
    errs, warns = [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e:
        return [f"JSON: {e}"], []
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errs.append(f"top-level keys {sorted(g)}")
    doc = HERE / "docs" / g.get("doc", "")
    if g.get("doc", "")[:-4] != gf.stem or not doc.exists():
        errs.append(f"doc {g.get('doc')!r} does not match a text file")
        return errs, warns
    text = read_text(doc)
    flat = strip(text)
    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    for k in ("publisher", "region", "year"):
        if not rep.get(k):
            errs.append(f"report.{k} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
        errs.append(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
        errs.append(f"report.date {rep['date']!r}")
    if rep.get("title") is not None and strip(rep["title"]) not in flat:
        errs.append(f"report.title not in text: {rep['title']}")
    orgnames = {norm(a) for o in g.get("organizations", []) for a in [o["name"], *o["aliases"]]}
    if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
        errs.append(f"publisher {rep['publisher']} is not a gold organization")
    spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
            "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
            "measures": ({"name", "aliases", "type"}, MEA_TYPES)}
    covered = []
    for kind, (keys, types) in spec.items():
        seen = {}
        for e in g.get(kind, []):
            name = e.get("name", "?")
            if set(e) != keys:
                errs.append(f"{kind} {name}: keys {sorted(e)}")
                continue
            if e["type"] not in types:
                errs.append(f"{kind} {name}: type {e['type']!r}")
            if not isinstance(e["aliases"], list):
                errs.append(f"{kind} {name}: aliases not a list")
            forms = [name, *e["aliases"]]
            covered += forms
            if not any(strip(f) in flat for f in forms):
                if (gf.stem, name) in EXCEPTIONS:
                    warns.append(f"EXCEPTION {kind} {name}: {EXCEPTIONS[(gf.stem, name)]}")
                    continue
                errs.append(f"{kind} {name}: neither name nor any alias occurs in the text")
            elif strip(name) not in flat:
                warns.append(f"{kind} {name}: canonical name resolved (an alias occurs)")
            for a in e["aliases"]:
                if strip(a) not in flat:
                    warns.append(f"{kind} {name}: alias {a!r} not in text (accepted form)")
            for f in forms:
                n = norm(f)
                if n in seen and seen[n] != name:
                    errs.append(f"{kind}: form {f!r} used by {seen[n]!r} and {name!r}")
                seen[n] = name
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"{name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not re.fullmatch(r".+〔(19|20)\d\d〕\d+号|.+令第\d+号", dn):
                    errs.append(f"{name}: doc_number not normalised: {dn!r}")
                if e["issuer"] is not None:
                    for part in e["issuer"].split():
                        if norm(part) not in orgnames:
                            warns.append(f"{name}: issuer {part} not among gold organizations")
    if coverage:
        cov = [strip(c) for c in covered]
        for m in re.finditer(r'《([^》]{2,80})》|“([^”]{1,40})”|"([^"\n]{1,40})"', text):
            span = strip(m.group(1) or m.group(2) or m.group(3))
            if not any(span in c or c in span for c in cov if c):
                warns.append(f"UNCOVERED {m.group(0)}")
    return errs, warns


def main():
    coverage = "--coverage" in sys.argv
    verbose = "-v" in sys.argv or coverage
    files = sorted((HERE / "gold").glob("*.json"))
    bad = 0
    for gf in files:
        errs, warns = check(gf, coverage)
        bad += bool(errs)
        for e in errs:
            print(f"ERROR {gf.name}: {e}")
        if verbose:
            for w in warns:
                print(f"note  {gf.name}: {w}")
    print(f"{len(files)} gold files, {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
