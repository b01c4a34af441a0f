#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py [--coverage]

Checks, for every gold/*.json:
  * JSON loads; top-level keys doc/report/regulations/organizations/measures; `doc` names an
    existing docs/ file and matches the gold file name;
  * report fields: title (str|null), publisher (str, one of the gold organizations), region (str),
    year (int 2015-2025), date (YYYY-MM-DD|null) — publisher/region/year must be filled;
  * every entity has the right keys and types; type / relation from the allowed sets;
    doc_number null or normalised `代字〔YYYY〕N号`; issuer null or str naming gold organizations
    (several issuers separated by a space);
  * every entity's name or one of its aliases occurs in the text (after removing 《》 and
    whitespace; a second pass also drops quotes/〈〉 and unifies brackets as score.py does).
    Canonical names that do not occur are listed as notes when an alias occurs;
  * no normalised name/alias is shared by two entities of the same kind (the scorer would
    silently attach it to the first one);
  * the text is 1,500-5,000 characters; it is decoded as UTF-8, else GB18030.
With --coverage it also lists every 《…》 title and “…” quoted span of the text that no gold
entity covers, for a manual completeness review.
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(t):  # same normalisation as /work/shared/score.py
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)


def light(t):  # the brief's rule: remove 《》 and whitespace
    return re.sub(r"[《》\s\u3000]", "", t)


def read_text(p):
    raw = p.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def main():
    coverage = "--coverage" in sys.argv
    errors, notes = [], []
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        E = lambda m: errors.append(f"{gf.name}: {m}")
        N = lambda m: notes.append(f"{gf.name}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            E(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            E(f"top-level keys {sorted(g)}")
        doc = g.get("doc", "")
        if doc[:-4] != gf.stem or not doc.endswith(".txt"):
            E(f"doc {doc!r} does not match file name")
        dp = DOCS / doc
        if not dp.exists():
            E(f"missing text {dp}"); continue
        text, enc = read_text(dp)
        if enc != "utf-8":
            N(f"text decoded as {enc}")
        if not 1500 <= len(text) <= 5000:
            E(f"text length {len(text)} outside 1500-5000")
        lt, nt = light(text), norm(text)
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            E(f"report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                E(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            E(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            E(f"report.date {rep['date']!r}")
        if rep.get("title") is not None and light(rep["title"]) not in lt:
            E(f"report.title does not occur: {rep['title']}")
        for f in ("title", "date"):
            if rep.get(f) is None:
                N(f"report.{f} is null")
        orgnames = {norm(a) for o in g.get("organizations", []) for a in [o["name"], *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
            E(f"publisher {rep['publisher']} is not a gold organization")
        covered = []
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                E(f"{kind} is not a list"); continue
            seen = {}
            for it in items:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(it) != want:
                    E(f"{kind} keys {sorted(it)} for {it.get('name')}")
                name, aliases = it.get("name"), it.get("aliases")
                if not isinstance(name, str) or not name.strip():
                    E(f"{kind}: empty name"); continue
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    E(f"{kind} {name}: aliases must be a list of strings"); aliases = []
                if it.get("type") not in types:
                    E(f"{kind} {name}: type {it.get('type')!r}")
                if kind == "regulations":
                    if it.get("relation") not in RELATIONS:
                        E(f"{name}: relation {it.get('relation')!r}")
                    dn = it.get("doc_number")
                    if dn is not None and not DOCNUM.match(dn):
                        E(f"{name}: doc_number not normalised: {dn!r}")
                    iss = it.get("issuer")
                    if iss is not None and not isinstance(iss, str):
                        E(f"{name}: issuer must be str or null")
                    elif iss is not None:
                        for part in iss.split():
                            if norm(part) not in orgnames:
                                E(f"{name}: issuer part {part!r} is not a gold organization")
                forms = [name, *aliases]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        E(f"{kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                strict = [f for f in forms if light(f) in lt]
                loose = [f for f in forms if norm(f) in nt]
                covered += [norm(f) for f in loose]
                if not loose:
                    E(f"{kind}: neither name nor alias occurs: {name}")
                elif not strict:
                    N(f"{kind}: occurs only after quote/bracket normalisation: {name}")
                elif light(name) not in lt and norm(name) not in nt:
                    N(f"{kind}: canonical name resolved (not in text), alias occurs: {name}")
                for a in aliases:
                    if norm(a) not in nt:
                        N(f"{kind}: accepted alias not in text: {name} ~ {a}")
        if coverage:
            spans = re.findall(r"《([^《》]{2,80})》", text) + re.findall(r"“([^“”]{1,40})”", text)
            for s in spans:
                ns = norm(s)
                if not any(ns in c or c in ns for c in covered if c):
                    N(f"COVERAGE? {s}")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
