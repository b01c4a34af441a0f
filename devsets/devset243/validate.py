#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--strict]

Checks, per gold file:
  * JSON loads; top-level keys doc/report/regulations/organizations/measures; report keys
    title/publisher/region/year/date; types of every field;
  * entity `type` (and regulation `relation`) values are the ones ANNOTATION.md allows;
    doc_number is null or normalised `代字〔YYYY〕N号`; issuer null or a string;
  * the txt file exists, is 1,500-5,000 characters;
  * every entity name or one of its aliases occurs in the text (both sides normalised the way
    score.py normalises: NFKC, whitespace / quotes / title marks dropped, brackets unified);
    canonical names that are resolved (do not occur) are listed as INFO when an alias occurs;
    an entity none of whose forms occurs is an ERROR;
  * every alias occurs in the text (WARN otherwise);
  * no two entities of one kind share a normalised form (that would be a split/duplicate);
  * report: publisher, region, year filled; publisher is one of the gold organizations;
    year in 2015..2025; date null or YYYY-MM-DD.
Exit status 1 if there is any ERROR (or any WARN with --strict).
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
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KIND_TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}
DOCNO = re.compile(r"^[^〔〕\s]+〔(19|20)\d\d〕\d+号$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def main():
    strict = "--strict" in sys.argv
    errors = warns = 0
    files = sorted(GOLD.glob("*.json"))
    if not files:
        print("no gold files"); return 1
    for gf in files:
        msgs = []
        def err(m):
            msgs.append("ERROR " + m)
        def warn(m):
            msgs.append("WARN  " + m)
        def info(m):
            msgs.append("INFO  " + m)
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa
            print(f"{gf.name}: ERROR JSON: {exc}"); errors += 1; continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        doc = g.get("doc")
        if not isinstance(doc, str) or Path(doc).stem != gf.stem:
            err(f"doc field {doc!r} does not match file name")
        txt_path = DOCS / str(doc)
        if not txt_path.exists():
            err(f"missing text {txt_path}"); text = ""
        else:
            raw = txt_path.read_bytes()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("gb18030")
                info("text is not UTF-8 (decoded as GB18030)")
            n = len(text)
            if not 1500 <= n <= 5000:
                err(f"text length {n} outside 1500-5000")
        ntext = norm(text)
        # report
        rep = g.get("report")
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep!r}")
            rep = rep if isinstance(rep, dict) else {}
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
            err(f"report.date {rep.get('date')!r}")
        if rep.get("date") is None:
            info("report.date is null")
        if rep.get("title") is None:
            info("report.title is null")
        elif norm(rep["title"]) not in ntext:
            warn(f"report.title does not occur: {rep['title']}")
        org_forms = {norm(f) for o in g.get("organizations", []) if isinstance(o, dict)
                     for f in [o.get("name", ""), *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            err(f"publisher {rep['publisher']} is not a gold organization")
        # entities
        for kind, types in KIND_TYPES.items():
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list"); continue
            seen = {}
            for e in items:
                if not isinstance(e, dict):
                    err(f"{kind}: entry is not an object: {e!r}"); continue
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    err(f"{kind}: keys {sorted(e)} for {e.get('name')}")
                name = e.get("name")
                aliases = e.get("aliases", [])
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name"); continue
                if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                    err(f"{kind}: aliases of {name} not a list of strings"); aliases = []
                if e.get("type") not in types:
                    err(f"{kind}: bad type {e.get('type')!r} for {name}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        err(f"bad relation {e.get('relation')!r} for {name}")
                    dn = e.get("doc_number")
                    if dn is not None:
                        if not isinstance(dn, str) or not DOCNO.match(dn):
                            err(f"doc_number {dn!r} of {name} not normalised")
                        else:
                            digits = re.sub(r"\D", "", dn)
                            if digits not in re.sub(r"\D", "", ntext):
                                warn(f"doc_number {dn} of {name}: digits not found in text")
                    if e.get("issuer") is not None and not isinstance(e.get("issuer"), str):
                        err(f"issuer of {name} not a string")
                forms = [name, *aliases]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {f!r} shared by {seen[k]} and {name}")
                    seen.setdefault(k, name)
                occurs = [f for f in forms if norm(f) and norm(f) in ntext]
                if not occurs:
                    err(f"{kind}: neither name nor alias occurs: {name} {aliases}")
                elif norm(name) not in ntext:
                    info(f"{kind}: resolved canonical name not in text: {name} (via {occurs[0]})")
                for a in aliases:
                    if norm(a) not in ntext:
                        warn(f"{kind}: alias does not occur: {a!r} of {name}")
        e_n = sum(m.startswith("ERROR") for m in msgs)
        w_n = sum(m.startswith("WARN") for m in msgs)
        errors += e_n
        warns += w_n
        counts = " ".join(f"{k}={len(g.get(k, []))}" for k in KIND_TYPES)
        print(f"{gf.name}: {'OK' if not e_n else 'FAIL'} ({counts}; {e_n} errors, {w_n} warnings)")
        for m in msgs:
            if not m.startswith("INFO") or "-v" in sys.argv:
                print("   ", m)
    print(f"\n{len(files)} gold files, {errors} errors, {warns} warnings")
    return 1 if errors or (strict and warns) else 0


if __name__ == "__main__":
    sys.exit(main())
