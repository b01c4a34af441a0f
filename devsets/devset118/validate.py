#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py            (run from anywhere; uses the directory of this file)

Checks per gold file:
  * JSON loads; top-level keys exactly doc/report/regulations/organizations/measures;
  * `doc` names an existing file in docs/ and matches the gold file name;
  * report has title/publisher/region/year/date; publisher, region, year filled;
    year int 2015-2026; date YYYY-MM-DD or null; publisher is one of the gold organizations;
  * every entity has the right keys and field types, type/relation from the allowed sets,
    doc_number normalised to 机关代字〔年份〕序号号 (or null);
  * every entity name or one of its aliases occurs in the text after removing 《》〈〉 and
    whitespace (canonical names that do not occur but have an occurring alias are listed as info);
    every alias occurs in the text (an alias that does not occur is an error);
  * no normalised name/alias is shared by two entities of the same kind;
  * every 文号 written in the text is the doc_number of some regulation (else a warning).
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^[\u4e00-\u9fff A-Za-z]+〔(19|20)\d\d〕\d+号$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def score_norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def squeeze(text):
    """Remove title marks and whitespace (the occurrence test of the brief)."""
    return re.sub(r"[\s《》〈〉]", "", text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def check(gf):
    errors, warnings, infos = [], [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], [], []
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(g) != keys:
        errors.append(f"top-level keys {sorted(g)} != {sorted(keys)}")
        return errors, warnings, infos
    doc = g["doc"]
    if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
        errors.append(f"doc {doc!r} does not match gold file name {gf.name}")
    tpath = BASE / "docs" / str(doc)
    if not tpath.exists():
        errors.append(f"text file {tpath} missing")
        return errors, warnings, infos
    text = read_text(tpath)
    n = len(text)
    if not 1500 <= n <= 5000:
        warnings.append(f"text length {n} outside 1500-5000")
    sq = squeeze(text)
    # report
    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys wrong: {rep!r}")
    else:
        for f in ("publisher", "region", "year"):
            if rep[f] in (None, ""):
                errors.append(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2026:
            errors.append(f"report.year {rep['year']!r} not an int in 2015-2026")
        if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
            errors.append(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep["title"] is not None and squeeze(rep["title"]) not in sq:
            errors.append(f"report.title does not occur in the text: {rep['title']}")
        if rep["title"] is None:
            infos.append("report.title is null")
        if rep["date"] is None:
            infos.append("report.date is null")
        orgnames = {o.get("name") for o in g["organizations"] if isinstance(o, dict)}
        if rep["publisher"] not in orgnames:
            errors.append(f"publisher {rep['publisher']!r} is not a gold organization")
    spec = {
        "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
        "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
        "measures": ({"name", "aliases", "type"}, MEA_TYPES),
    }
    docnums = set()
    for kind, (fields, types) in spec.items():
        items = g[kind]
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            where = f"{kind}[{i}]"
            if not isinstance(e, dict) or set(e) != fields:
                errors.append(f"{where}: keys {sorted(e) if isinstance(e, dict) else e} != {sorted(fields)}")
                continue
            name, aliases = e["name"], e["aliases"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{where}: empty name")
                continue
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                errors.append(f"{where} {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                errors.append(f"{where} {name}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{where} {name}: relation {e['relation']!r} not allowed")
                dn = e["doc_number"]
                if dn is not None:
                    if not isinstance(dn, str) or not DOCNUM.match(dn):
                        errors.append(f"{where} {name}: doc_number {dn!r} not normalised")
                    else:
                        docnums.add(score_norm(dn))
                if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"].strip()):
                    errors.append(f"{where} {name}: issuer must be a non-empty string or null")
            # occurrence
            if squeeze(name) not in sq:
                if any(squeeze(a) in sq for a in aliases):
                    infos.append(f"{where}: canonical name not in text (resolved; an alias occurs): {name}")
                else:
                    errors.append(f"{where}: neither name nor any alias occurs in the text: {name}")
            for a in aliases:
                if squeeze(a) not in sq:
                    errors.append(f"{where} {name}: alias does not occur in the text: {a}")
                if score_norm(a) == score_norm(name):
                    infos.append(f"{where} {name}: alias equal to name after normalisation: {a}")
            for form in [name, *aliases]:
                k = score_norm(form)
                if k in seen and seen[k] != i:
                    errors.append(f"{where} {name}: form {form!r} also belongs to {kind}[{seen[k]}]")
                seen.setdefault(k, i)
    # 文号 in the text
    flat = re.sub(r"\s", "", text)
    for m in re.finditer(r"([\u4e00-\u9fff]{1,10})[〔\[(（【﹝](20\d\d)[〕\])）】﹞](\d{1,4})号", flat):
        num = score_norm(f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号")
        if not any(num.endswith(d) or d.endswith(num) for d in docnums):
            warnings.append(f"文号 in text not a gold doc_number (report's own number?): {m.group(0)}")
    return errors, warnings, infos


def main():
    golds = sorted((BASE / "gold").glob("*.json"))
    docs = sorted((BASE / "docs").glob("*.txt"))
    bad = 0
    if {d.stem for d in docs} != {g.stem for g in golds}:
        print("docs and gold files do not pair up:", sorted({d.stem for d in docs} ^ {g.stem for g in golds}))
        bad += 1
    for gf in golds:
        errors, warnings, infos = check(gf)
        status = "OK" if not errors else "ERROR"
        print(f"== {gf.name}: {status} ({len(errors)} errors, {len(warnings)} warnings)")
        for e in errors:
            print("  ERROR  ", e)
        for w in warnings:
            print("  warning", w)
        if "-v" in sys.argv:
            for i in infos:
                print("  info   ", i)
        bad += bool(errors)
    print("clean" if not bad else f"{bad} file(s) with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
