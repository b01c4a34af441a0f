#!/usr/bin/env python3
"""Check every gold file in gold/ against its document in docs/.

Checks: JSON loads; top-level keys and field types follow ANNOTATION.md (section 5);
entity types / relations are from the allowed sets; doc_number looks like a 文号;
report fields publisher/region/year are filled (title/date may be null only when the
text has none) and the publisher is one of the gold organizations; every gold entity
occurs in the text by its name or one of its aliases (after removing 《》〈〉<>, quotation
marks and whitespace from both sides); every alias occurs in the text (except other accepted full forms of the
resolved name, reported as notes); no normalised
alias is shared by two entities of one kind; issuers resolve to gold organizations;
document length is 1,500-5,000 characters.

usage: python3 validate.py [-v]      (exit status 1 if there are errors)
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$|^\S*令(\d{4}年)?第\d+号$")
STRIP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000")

# scorer normalisation (copied from score.py, rules of ANNOTATION.md section 6)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip(text):
    return "".join(c for c in text if c not in STRIP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace"), "utf-8?"


def check(gf, verbose):
    errors, warnings, notes = [], [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:
        return [f"JSON does not load: {exc}"], [], []
    if set(g) != KEYS:
        errors.append(f"top-level keys {sorted(g)}")
        return errors, warnings, notes
    if g["doc"] != gf.stem + ".txt":
        errors.append(f"doc field {g['doc']!r} does not match file name")
    tp = ROOT / "docs" / g["doc"]
    if not tp.exists():
        return errors + [f"missing text {tp}"], warnings, notes
    text, enc = read_text(tp)
    if enc != "utf-8":
        notes.append(f"text decoded as {enc}")
    flat = strip(text)
    nflat = norm(text)
    n = len(re.sub(r"\s", "", text))
    if not 1500 <= n <= 5000:
        warnings.append(f"length {n} non-space characters outside 1500-5000")

    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        errors.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                errors.append(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
            errors.append(f"report.year {rep['year']!r}")
        if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
            errors.append(f"report.date {rep['date']!r}")
        if rep["title"] is None:
            notes.append("report.title is null")
        elif strip(rep["title"]) not in flat:
            errors.append(f"report.title not in text: {rep['title']}")
        if rep["date"] is None:
            notes.append("report.date is null")
        else:
            y, m, d = rep["date"].split("-")
            forms = [rep["date"], f"{y}年{int(m)}月{int(d)}日", f"{y}年{m}月{d}日", f"{y}.{m}.{d}", f"{y}/{m}/{d}"]
            if not any(strip(x) in flat for x in forms):
                warnings.append(f"report.date {rep['date']} not found in text")

    org_index = {}
    for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
        items = g[kind]
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if not isinstance(e, dict) or set(e) != need:
                errors.append(f"{kind}: bad keys {e}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errors.append(f"{kind}: {name}: aliases must be a list of strings")
                continue
            if e["type"] not in types:
                errors.append(f"{kind}: {name}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"regulations: {name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None:
                    if not isinstance(dn, str) or not DOCNUM.match(dn):
                        errors.append(f"regulations: {name}: doc_number {dn!r} not normalised")
                    else:
                        year_seq = re.findall(r"\d+", dn)
                        if not all(x in flat for x in year_seq):
                            warnings.append(f"regulations: {name}: doc_number digits {year_seq} not all in text")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errors.append(f"regulations: {name}: issuer {e['issuer']!r}")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    errors.append(f"{kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
                if kind == "organizations":
                    org_index.setdefault(k, name)
            if not any(strip(f) in flat for f in forms):
                if any(norm(f) in nflat for f in forms):
                    warnings.append(f"{kind}: {name}: only found after full normalisation")
                else:
                    errors.append(f"{kind}: {name}: neither name nor any alias occurs in the text")
            elif strip(name) not in flat:
                notes.append(f"{kind}: canonical (resolved) name not in text, alias occurs: {name}")
            for a in e["aliases"]:
                if strip(a) not in flat:
                    if norm(a) in nflat:
                        notes.append(f"{kind}: alias {a!r} of {name} occurs only after normalisation")
                    elif len(strip(a)) >= len(strip(name)) - 2:
                        # another accepted (resolved) form of the full name, as ANNOTATION.md allows
                        notes.append(f"{kind}: accepted full form {a!r} of {name} not in text")
                    else:
                        warnings.append(f"{kind}: alias {a!r} of {name} does not occur in the text")
    if isinstance(g.get("report"), dict) and g["report"].get("publisher"):
        if norm(g["report"]["publisher"]) not in org_index:
            errors.append("report.publisher is not a gold organization")
    for e in g.get("regulations", []):
        if isinstance(e, dict) and e.get("issuer"):
            for part in str(e["issuer"]).split():
                if norm(part) not in org_index:
                    warnings.append(f"regulations: {e['name']}: issuer part {part!r} is not a gold organization")
    return errors, warnings, notes


def main():
    verbose = "-v" in sys.argv
    files = sorted((ROOT / "gold").glob("*.json"))
    docs = {p.stem for p in (ROOT / "docs").glob("*.txt")}
    total_e = total_w = 0
    for missing in sorted(docs - {f.stem for f in files}):
        print(f"{missing}: ERROR no gold file")
        total_e += 1
    for gf in files:
        errors, warnings, notes = check(gf, verbose)
        total_e += len(errors)
        total_w += len(warnings)
        status = "OK" if not errors and not warnings else ("ERRORS" if errors else "warnings")
        print(f"{gf.stem}: {status}")
        for m in errors:
            print(f"  ERROR   {m}")
        for m in warnings:
            print(f"  WARNING {m}")
        if verbose:
            for m in notes:
                print(f"  note    {m}")
    print(f"{len(files)} gold files, {total_e} errors, {total_w} warnings")
    sys.exit(1 if total_e else 0)


if __name__ == "__main__":
    main()
