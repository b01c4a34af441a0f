#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py            (run from anywhere; uses the directory of this file)

Checks per gold file: JSON loads; top-level keys; report fields (publisher, region, year
filled; date YYYY-MM-DD or null; publisher among the organizations); entity keys and value
types; allowed `type` / `relation` values; doc_number normalised as 代字〔YYYY〕N号;
no duplicate canonical names and no alias shared by two entities of one kind; and that every
entity's name or at least one alias occurs in the text (after removing 《》〈〉<> and all
whitespace on both sides). Entities whose canonical name does not occur but an alias does
are listed as INFO (resolved names); entities with no occurring form are ERRORs.
"""
import json, re, sys, unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
STRIP = re.compile(r"[《》〈〉<>\s\u3000]")


def squash(s):
    return STRIP.sub("", s)


def norm(s):  # the scorer's matching normalisation, for duplicate-alias checks
    drop = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
    mp = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
          "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
    s = unicodedata.normalize("NFKC", s)
    return "".join(mp.get(c, c) for c in s if c not in drop)


def check(gf):
    errs, infos = [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:
        return [f"JSON does not load: {exc}"], infos
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errs.append(f"top-level keys {sorted(g)}")
    doc = g.get("doc", "")
    if doc[:-4] != gf.stem:
        errs.append(f"doc {doc!r} does not match file name")
    tp = BASE / "docs" / doc
    if not tp.exists():
        return errs + [f"text {tp} missing"], infos
    raw = tp.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    if not 1500 <= len(text) <= 5000:
        errs.append(f"text length {len(text)} outside 1500-5000")
    flat = squash(text)
    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errs.append(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
        errs.append(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not DATE.match(str(rep["date"])):
        errs.append(f"report.date {rep['date']!r}")
    if rep.get("date") is None:
        infos.append("report.date is null")
    if rep.get("title") is None:
        infos.append("report.title is null")
    elif squash(rep["title"]) not in flat:
        errs.append(f"report.title not in text: {rep['title']}")
    org_forms = {norm(f) for o in g.get("organizations", []) for f in [o.get("name", ""), *o.get("aliases", [])]}
    if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        errs.append(f"publisher {rep['publisher']!r} is not among the organizations")
    spec = {"regulations": (REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
            "organizations": (ORG_TYPES, ("name", "aliases", "type")),
            "measures": (MEA_TYPES, ("name", "aliases", "type"))}
    for kind, (types, keys) in spec.items():
        items = g.get(kind)
        if not isinstance(items, list):
            errs.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != set(keys):
                errs.append(f"{kind}: bad keys {e}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errs.append(f"{kind}: {name}: aliases must be a list of strings")
                continue
            if e["type"] not in types:
                errs.append(f"{kind}: {name}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELS:
                    errs.append(f"{kind}: {name}: bad relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not DOCNUM.match(dn):
                    errs.append(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errs.append(f"{kind}: {name}: issuer must be string or null")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    errs.append(f"{kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            occurs = [f for f in forms if squash(f) in flat]
            if not occurs:
                errs.append(f"{kind}: {name}: neither name nor any alias occurs in the text")
            elif squash(name) not in flat:
                infos.append(f"{kind}: resolved name {name!r} (text has {occurs[0]!r})")
            for a in e["aliases"]:
                if squash(a) not in flat:
                    errs.append(f"{kind}: {name}: alias {a!r} does not occur in the text")
    return errs, infos


def main():
    files = sorted((BASE / "gold").glob("*.json"))
    docs = sorted((BASE / "docs").glob("*.txt"))
    bad = 0
    for d in docs:
        if not (BASE / "gold" / (d.stem + ".json")).exists():
            print(f"{d.name}: ERROR no gold file"); bad += 1
    verbose = "-v" in sys.argv
    for gf in files:
        errs, infos = check(gf)
        bad += len(errs)
        for e in errs:
            print(f"{gf.name}: ERROR {e}")
        if verbose:
            for i in infos:
                print(f"{gf.name}: INFO {i}")
    print(f"{len(files)} gold files, {bad} errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
