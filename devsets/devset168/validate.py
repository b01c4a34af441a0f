#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py            (run from anywhere; paths are relative to this file)

Checks, per gold file:
  * JSON loads; top-level keys doc/report/regulations/organizations/measures, nothing else;
  * `doc` names an existing docs/<file>.txt and matches the gold file name;
  * report fields: title (str or null), publisher/region (non-empty str), year (int 2000-2030),
    date (YYYY-MM-DD or null); publisher is the name or an alias of a gold organization;
  * every entity has the required keys with the right types; type/relation values are from
    ANNOTATION.md; doc_number (if any) looks like 代字〔年份〕序号号 (or a 令 number);
  * the entity name or at least one alias occurs in the text after removing title marks,
    quotation marks and whitespace (a second, looser pass also applies the scorer's
    normalisation: NFKC, dashes and brackets unified). Canonical names that do not occur
    themselves are listed as info (resolved names) - fine as long as an alias occurs;
  * no two entities of one kind in a document share a normalised name/alias;
  * issuers (split on spaces) resolve to a gold organization or a known national body (warning).
Exit status 1 if any ERROR was reported.
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
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KIND_TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
KIND_KEYS = {"regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
             "organizations": {"name", "aliases", "type"},
             "measures": {"name", "aliases", "type"}}
NATIONAL = {"中共中央", "国务院", "中共中央办公厅", "国务院办公厅", "全国人民代表大会",
            "全国人民代表大会常务委员会"}

_STRIP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def strip(text):
    return "".join(c for c in text if c not in _STRIP)


def loose(text):
    text = unicodedata.normalize("NFKC", text)
    return "".join(_MAP.get(c, c) for c in text if c not in _STRIP)


DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$|^\S*令第\d+号$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def main():
    errors = warnings = 0
    files = sorted(GOLD.glob("*.json"))
    if not files:
        print("ERROR: no gold files"); return 1
    docs_seen = set()
    for gf in files:
        def err(msg):
            nonlocal errors; errors += 1; print(f"ERROR {gf.name}: {msg}")
        def warn(msg):
            nonlocal warnings; warnings += 1; print(f"warn  {gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            err(f"doc {g['doc']!r} does not match file name")
        tp = DOCS / g["doc"]
        if not tp.exists():
            err(f"text {tp} missing"); continue
        docs_seen.add(g["doc"])
        raw = tp.read_text(encoding="utf-8")
        n = len(raw)
        if not 1500 <= n <= 5000:
            warn(f"text length {n} outside 1500-5000")
        t_strict, t_loose = strip(raw), loose(raw)

        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {rep if not isinstance(rep, dict) else sorted(rep)}")
        else:
            if rep["title"] is not None and (not isinstance(rep["title"], str) or not rep["title"]):
                err("report.title must be a non-empty string or null")
            if rep["title"] and strip(rep["title"]) not in t_strict:
                warn(f"report.title not found verbatim in text: {rep['title']}")
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f].strip():
                    err(f"report.{f} empty")
            if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
                err(f"report.year {rep['year']!r}")
            if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
                err(f"report.date {rep['date']!r}")
            orgnames = {loose(x) for o in g.get("organizations", []) if isinstance(o, dict)
                        for x in [o.get("name", "")] + list(o.get("aliases") or [])}
            if isinstance(rep["publisher"], str) and loose(rep["publisher"]) not in orgnames:
                err(f"publisher {rep['publisher']!r} is not a gold organization")

        orgnames = {loose(x) for o in g.get("organizations", []) if isinstance(o, dict)
                    for x in [o.get("name", "")] + list(o.get("aliases") or [])}
        for kind, types in KIND_TYPES.items():
            items = g[kind]
            if not isinstance(items, list):
                err(f"{kind} is not a list"); continue
            seen = {}
            for i, e in enumerate(items):
                where = f"{kind}[{i}]"
                if not isinstance(e, dict) or set(e) != KIND_KEYS[kind]:
                    err(f"{where}: keys {sorted(e) if isinstance(e, dict) else e!r}"); continue
                name, aliases = e["name"], e["aliases"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{where}: empty name"); continue
                where = f"{kind} {name!r}"
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    err(f"{where}: aliases must be a list of non-empty strings"); continue
                if e["type"] not in types:
                    err(f"{where}: type {e['type']!r} not allowed")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{where}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                        err(f"{where}: doc_number {dn!r} not normalised")
                    iss = e["issuer"]
                    if iss is not None:
                        if not isinstance(iss, str) or not iss.strip():
                            err(f"{where}: issuer must be a non-empty string or null")
                        else:
                            for part in iss.split():
                                if loose(part) not in orgnames and part not in NATIONAL:
                                    warn(f"{where}: issuer part {part!r} is not a gold organization")
                forms = [name] + aliases
                for f in forms:
                    k = loose(f)
                    if k in seen and seen[k] != name:
                        err(f"{where}: form {f!r} also belongs to {seen[k]!r}")
                    seen.setdefault(k, name)
                hits = [f for f in forms if strip(f) in t_strict]
                if not hits:
                    hits2 = [f for f in forms if loose(f) in t_loose]
                    if hits2:
                        print(f"info  {gf.name}: {where} found only after scorer normalisation ({hits2[0]!r})")
                    else:
                        err(f"{where}: neither name nor any alias occurs in the text")
                elif strip(name) not in t_strict and loose(name) not in t_loose:
                    print(f"info  {gf.name}: {where} is a resolved canonical name (alias {hits[0]!r} occurs)")
                for a in aliases:
                    if strip(a) not in t_strict and loose(a) not in t_loose:
                        warn(f"{where}: alias {a!r} does not occur in the text")
    for t in sorted(DOCS.glob("*.txt")):
        if t.name not in docs_seen:
            print(f"ERROR: {t.name} has no gold file"); errors += 1
    print(f"\n{len(files)} gold files, {errors} errors, {warnings} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
