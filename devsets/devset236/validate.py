#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md and their texts.

usage: python3 validate.py [--verbose]

Checks, for every gold/*.json:
  * JSON loads; top-level keys doc/report/regulations/organizations/measures; the doc exists;
  * report has title/publisher/region/year/date; publisher, region, year filled (title, date may
    be null); year is an int 2015-2025; date is YYYY-MM-DD or null; the publisher is one of the
    gold organizations;
  * every entity has the fields of its kind with valid values (types, relation, doc_number
    normalised to 代字〔年份〕序号号, aliases a list of distinct strings);
  * no two entities of one kind share a normalised name/alias (the scorer would merge them);
  * the name or at least one alias occurs in the text after removing 《》〈〉 and whitespace
    (strict).  Entities found only after the scorer's full normalisation (quotes, brackets,
    NFKC) are reported as 'loose'; canonical names that do not occur (resolved names) are
    listed with --verbose; an entity with no occurring form is an ERROR;
  * the text is 1,500-5,000 characters.
Exit status 1 if there is any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def loose(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strict(text):
    return "".join(c for c in str(text) if c not in "《》〈〉" and not c.isspace())


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise ValueError("undecodable")


def main():
    verbose = "--verbose" in sys.argv
    errors, warnings, notes = [], [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        tag = gf.stem
        def err(msg): errors.append(f"{tag}: {msg}")
        def warn(msg): warnings.append(f"{tag}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        if g.get("doc") != tag + ".txt":
            err(f"doc field {g.get('doc')!r} != file name")
        tp = ROOT / "docs" / (tag + ".txt")
        if not tp.exists():
            err("text missing"); continue
        text, enc = read_text(tp)
        if enc != "utf-8":
            notes.append(f"{tag}: text encoded as {enc}")
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500-5000")
        st, lo = strict(text), loose(text)
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                err(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
            err(f"report.date {rep['date']!r}")
        if rep.get("title") is None:
            warn("report.title is null")
        elif strict(rep["title"]) not in st and loose(rep["title"]) not in lo:
            err(f"report.title not in text: {rep['title']}")
        if rep.get("date") is None:
            warn("report.date is null")
        orgnames = {o.get("name") for o in g.get("organizations", [])}
        if rep.get("publisher") not in orgnames:
            err(f"publisher {rep.get('publisher')!r} is not a gold organization")
        spec = {"regulations": (REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
                "organizations": (ORG_TYPES, ("name", "aliases", "type")),
                "measures": (MEA_TYPES, ("name", "aliases", "type"))}
        for kind, (types, fields) in spec.items():
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} not a list"); continue
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != set(fields):
                    err(f"{kind}: bad fields {e}"); continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name"); continue
                if e["type"] not in types:
                    err(f"{kind}: {name}: type {e['type']!r}")
                al = e["aliases"]
                if not isinstance(al, list) or not all(isinstance(a, str) and a for a in al):
                    err(f"{kind}: {name}: aliases {al!r}"); continue
                if len(set(al)) != len(al) or name in al:
                    err(f"{kind}: {name}: repeated alias")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{kind}: {name}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not DOCNUM.match(dn):
                            err(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                        digits = re.findall(r"\d+", dn)
                        if not all(d in lo for d in digits):
                            warn(f"{kind}: {name}: doc_number digits not all in text: {dn}")
                    iss = e["issuer"]
                    if iss is not None and not isinstance(iss, str):
                        err(f"{kind}: {name}: issuer {iss!r}")
                for form in [name, *al]:
                    key = loose(form)
                    if key in seen and seen[key] != name:
                        err(f"{kind}: form {form!r} of {name!r} collides with {seen[key]!r}")
                    seen.setdefault(key, name)
                found_strict = [f for f in [name, *al] if strict(f) in st]
                found_loose = [f for f in [name, *al] if loose(f) in lo]
                if not found_strict and not found_loose:
                    err(f"{kind}: NOT IN TEXT: {name} {al}")
                elif not found_strict:
                    warnings.append(f"{tag}: {kind}: found only loosely (quotes/brackets): {name}")
                if strict(name) not in st and loose(name) not in lo:
                    notes.append(f"{tag}: {kind}: resolved canonical name (an alias occurs): {name}")
                for a in al:
                    if strict(a) not in st and loose(a) not in lo:
                        warn(f"{kind}: {name}: alias not in text: {a!r}")
    for w in warnings:
        print("WARN ", w)
    if verbose:
        for m in notes:
            print("NOTE ", m)
    else:
        print(f"({len(notes)} notes on resolved canonical names; --verbose lists them)")
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
