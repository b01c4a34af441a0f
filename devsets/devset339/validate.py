#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [OUTDIR]   (default: the directory of this script)

Checks, for every gold/*.json:
  * JSON loads; exactly the keys doc, report, regulations, organizations, measures;
  * report has title/publisher/region/year/date; publisher, region, year filled,
    date is YYYY-MM-DD or null, publisher is one of the gold organizations;
  * every entity has the fields of its kind with valid types / relations, aliases is a list
    of strings, doc_number is null or normalised to 机关代字〔年份〕序号号;
  * no two entities of one kind share a (normalised) name or alias — the scorer would
    otherwise give the second one to the first;
  * the document exists (UTF-8, or GBK/GB18030 when it is meant to be), has 1,500–5,000
    characters, and the entity name or at least one alias occurs in the text
    (compared after NFKC and removal of title marks, quotes and whitespace, as the scorer does).
Canonical names that do not occur but have an occurring alias are listed as info;
aliases that do not occur are listed as EXTRA info (accepted forms, review by hand); an entity with no occurring form is an error.
Exit status 1 if there is any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
KINDS = {"regulations": ("name", "aliases", "type", "doc_number", "issuer", "relation"),
         "organizations": ("name", "aliases", "type"),
         "measures": ("name", "aliases", "type")}
TYPESETS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gbk"


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, warnings, infos = [], [], []
    golds = sorted((root / "gold").glob("*.json"))
    docs = sorted((root / "docs").glob("*.txt"))
    if not golds:
        sys.exit("no gold files")
    seen_docs = set()
    for gf in golds:
        E = lambda m: errors.append(f"{gf.name}: {m}")
        W = lambda m: warnings.append(f"{gf.name}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            E(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", *KINDS}:
            E(f"keys {sorted(g)}")
            continue
        doc = g["doc"]
        if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
            E(f"doc field {doc!r} does not match file name")
            continue
        seen_docs.add(doc)
        tp = root / "docs" / doc
        if not tp.exists():
            E("document missing")
            continue
        text, enc = read_text(tp)
        ntext = norm(text)
        if not 1500 <= len(text) <= 5000:
            W(f"length {len(text)} characters outside 1,500-5,000")
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            E(f"report keys {rep}")
            continue
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f].strip():
                E(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            E(f"report.year {rep['year']!r}")
        if rep["date"] is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", str(rep["date"])):
            E(f"report.date {rep['date']!r}")
        if rep["date"] is None:
            infos.append(f"{gf.name}: report.date is null")
        if rep["title"] is None:
            infos.append(f"{gf.name}: report.title is null")
        elif norm(rep["title"]) not in ntext:
            E(f"title does not occur: {rep['title']}")
        org_forms = {}
        for o in g["organizations"]:
            for a in [o.get("name"), *o.get("aliases", [])]:
                org_forms[norm(a)] = norm(o.get("name"))
        if norm(rep["publisher"] or "") not in org_forms:
            E(f"publisher {rep['publisher']!r} is not a gold organization")
        for kind, fields in KINDS.items():
            items = g[kind]
            if not isinstance(items, list):
                E(f"{kind} is not a list")
                continue
            forms = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != set(fields):
                    E(f"{kind}: bad fields {e}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    E(f"{kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    E(f"{kind}: {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in TYPESETS[kind]:
                    E(f"{kind}: {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        E(f"{name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not re.fullmatch(r"[^〔〕\s]+〔(19|20)\d\d〕\d+号", dn):
                        E(f"{name}: doc_number not normalised: {dn!r}")
                    iss = e["issuer"]
                    if iss is not None:
                        if not isinstance(iss, str) or not iss.strip():
                            E(f"{name}: bad issuer {iss!r}")
                        else:
                            for part in iss.split():
                                if norm(part) not in org_forms:
                                    W(f"{name}: issuer part {part!r} is not a gold organization")
                # uniqueness of normalised forms within the kind
                for a in dict.fromkeys([name, *e["aliases"]]):
                    na = norm(a)
                    if na in forms and forms[na] != name:
                        E(f"{kind}: form {a!r} of {name!r} already belongs to {forms[na]!r}")
                    forms.setdefault(na, name)
                # occurrence
                occ = [a for a in [name, *e["aliases"]] if norm(a) in ntext]
                if not occ:
                    E(f"{kind}: no form of {name!r} occurs in the text")
                else:
                    if norm(name) not in ntext:
                        infos.append(f"{gf.name}: {kind}: canonical {name!r} resolved, occurs as {occ[0]!r}")
                    for a in e["aliases"]:
                        if norm(a) not in ntext:
                            infos.append(f"{gf.name}: EXTRA {kind}: alias {a!r} of {name!r} not in text (accepted form)")
        print(f"{gf.name}: {enc}, {len(text)} chars, "
              + ", ".join(f"{len(g[k])} {k}" for k in KINDS))
    for d in docs:
        if d.name not in seen_docs:
            errors.append(f"{d.name}: document without gold file")
    for label, lst in (("INFO", infos), ("WARNING", warnings), ("ERROR", errors)):
        for m in lst:
            print(f"{label}: {m}")
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(warnings)} warnings, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
