#!/usr/bin/env python3
"""Validate the gold files of this dev set.

usage: python3 validate.py [--coverage]

Checks for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file whose stem equals the gold file stem;
  * report has title, publisher, region, year, date; publisher, region and year are filled,
    year is an int in 2010..2026, date is null or YYYY-MM-DD; the publisher is one of the
    gold organizations (name or alias), as score.py needs to match it;
  * every entity has the fields and value types of ANNOTATION.md section 5, with type /
    relation values from the allowed sets; doc_number null or normalised `…〔YYYY〕N号`
    (or `…令第N号` for government decrees, which carry no year);
  * the issuer of a regulation, when given, is (each part of) a gold organization;
  * no normalised name/alias is used by two entities of the same kind in one document;
  * every entity name or one of its aliases occurs in the text (compared after NFKC and removal
    of whitespace, quotation marks and title marks, brackets unified). Canonical names that do
    not occur but have an alias that does are reported as INFO (resolved names); aliases that do
    not occur are reported as WARN; entities of which nothing occurs are ERRORs. Lines that are
    only a PDF page number are removed before this test.
With --coverage it also lists 《》/〈〉 titles and “”-quoted strings of the text that no gold
entity covers, as a help against omissions (these are hints, not errors).
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEASURE_TYPES}
DOCNUM = re.compile(r"^([^\s〔〕]+〔(19|20)\d\d〕\d+号|[^\s〔〕]+令第\d+号)$")

PAGENO = re.compile(r"^[ \t]*[\u2014\-\u00b7\uff0d]+[ \t]*\d{1,3}[ \t]*[\u2014\-\u00b7\uff0d]+[ \t]*$", re.M)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def check(gf, coverage):
    errors, warns, infos = [], [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], [], []
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(g) != keys:
        errors.append(f"top-level keys {sorted(g)} != {sorted(keys)}")
        return errors, warns, infos
    doc = g["doc"]
    if not isinstance(doc, str) or not doc.endswith(".txt") or doc[:-4] != gf.stem:
        errors.append(f"doc field {doc!r} does not match gold file name")
    txt_path = DOCS / str(doc)
    if not txt_path.exists():
        errors.append(f"text file {txt_path} missing")
        return errors, warns, infos
    text = read_text(txt_path)
    # PDF page-number lines ("- 3 -", "-3-", "· 3 ·") may fall inside a mention; drop them
    # before the occurrence test (the text itself keeps them).
    ntext = norm(PAGENO.sub("\n", text))
    n = len(text)
    if not 1500 <= n <= 5000:
        warns.append(f"text length {n} outside 1500..5000")
    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report fields wrong: {rep!r}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                errors.append(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2010 <= rep["year"] <= 2026:
            errors.append(f"report.year bad: {rep['year']!r}")
        if rep["date"] is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", str(rep["date"])):
            errors.append(f"report.date bad: {rep['date']!r}")
        if rep["title"] is not None:
            if not isinstance(rep["title"], str) or norm(rep["title"]) not in ntext:
                errors.append(f"report.title does not occur in text: {rep['title']!r}")
        else:
            infos.append("report.title is null")
        if rep["date"] is None:
            infos.append("report.date is null")
        orgnames = {norm(a) for o in g["organizations"] for a in [o.get("name", ""), *o.get("aliases", [])]}
        if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in orgnames:
            errors.append(f"publisher {rep['publisher']!r} is not among the gold organizations")
    orgnames = {norm(a) for o in g["organizations"] if isinstance(o, dict)
                for a in [o.get("name", ""), *o.get("aliases", [])]}
    covered = []
    for kind, allowed in TYPES.items():
        items = g[kind]
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if not isinstance(e, dict) or set(e) != want:
                errors.append(f"{kind}[{i}] fields {sorted(e) if isinstance(e, dict) else e!r} != {sorted(want)}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}[{i}] empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errors.append(f"{kind} {name}: aliases must be a list of strings")
                continue
            if e["type"] not in allowed:
                errors.append(f"{kind} {name}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"regulation {name}: relation {e['relation']!r} not allowed")
                dn = e["doc_number"]
                if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                    errors.append(f"regulation {name}: doc_number {dn!r} not normalised")
                iss = e["issuer"]
                if iss is not None:
                    parts = [p for p in re.split(r"[ 、，]+", iss) if p]
                    for p in parts:
                        if norm(p) not in orgnames:
                            errors.append(f"regulation {name}: issuer part {p!r} is not a gold organization")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != i:
                    errors.append(f"{kind}: form {f!r} used by two entities ({items[seen[k]]['name']!r}, {name!r})")
                seen.setdefault(k, i)
            if len({norm(f) for f in forms}) != len(forms):
                warns.append(f"{kind} {name}: duplicate forms after normalisation")
            occ = [f for f in forms if norm(f) in ntext]
            covered.extend(norm(f) for f in occ)
            if not occ:
                errors.append(f"{kind} {name}: neither name nor any alias occurs in the text")
            else:
                if norm(name) not in ntext:
                    infos.append(f"{kind} resolved name not in text (alias occurs): {name}")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        warns.append(f"{kind} {name}: alias {a!r} does not occur in the text")
    if coverage:
        flat = re.sub(r"\s+", "", PAGENO.sub("\n", text))
        cands = set(re.findall(r"《([^《》]{2,120})》", flat)) | set(re.findall(r"〈([^〈〉]{2,80})〉", flat))
        cands |= set(re.findall(r"<([^<>]{2,80})>", flat))
        quoted = set(re.findall(r"[“\"]([^“”\"]{2,40})[”\"]", flat))
        for c in sorted(cands):
            if not any(norm(c) == cv or norm(c) in cv for cv in covered):
                infos.append(f"COVERAGE title not covered: 《{c}》")
        for c in sorted(quoted):
            if not any(norm(c) in cv for cv in covered):
                infos.append(f"COVERAGE quoted string not covered: “{c}”")
    return errors, warns, infos


def main():
    coverage = "--coverage" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    n_err = n_warn = 0
    for gf in files:
        errors, warns, infos = check(gf, coverage)
        n_err += len(errors)
        n_warn += len(warns)
        status = "OK" if not errors else "FAIL"
        print(f"== {gf.name}: {status} ({len(errors)} errors, {len(warns)} warnings)")
        for m in errors:
            print("  ERROR", m)
        for m in warns:
            print("  WARN ", m)
        for m in infos:
            print("  INFO ", m)
    docs = sorted(p.stem for p in DOCS.glob("*.txt"))
    missing = sorted(set(docs) - {f.stem for f in files})
    for m in missing:
        print("ERROR no gold for", m)
        n_err += 1
    print(f"\n{len(files)} gold files, {n_err} errors, {n_warn} warnings")
    sys.exit(1 if n_err else 0)


if __name__ == "__main__":
    main()
