#!/usr/bin/env python3
"""Validate devset48 gold files against ANNOTATION.md and the texts.

Checks per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing file in docs/ and matches the gold file name;
  * report: title str|null, publisher/region non-empty str, year int 2015-2025, date null|YYYY-MM-DD;
    the publisher is one of the gold organizations (name or alias);
  * every entity has the fields and types that ANNOTATION.md allows (type / relation enums,
    doc_number null or a 文号 / 令 number, issuer null or str, aliases a list of str);
  * no two entities of one kind share a normalised name/alias (the scorer would merge them);
  * each issuer part is a gold organization of the same document;
  * every entity's name or one of its aliases occurs in the text, after removing 《》〈〉 and
    whitespace (PDF line breaks); NORM = found only after the scorer's normalisation (NFKC,
    quotes, brackets); SPLIT = a title wrapped inside a table cell, found as two pieces.
    Canonical names that are resolved (and so not in the text) are fine when an alias occurs.
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^(\S+〔\d{4}〕\d+号|\S*令(\d{4}年)?第\d+号)$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):  # the scorer's normalisation
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip(text):  # the brief's: remove title marks and whitespace
    return re.sub(r"[《》〈〉\s]", "", text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "big5"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise ValueError(f"{path}: neither UTF-8 nor Big5")


def occurs(forms, text):
    s, n = strip(text), norm(text)
    for f in forms:
        if strip(f) and strip(f) in s:
            return "OK", f
    for f in forms:
        if norm(f) and norm(f) in n:
            return "NORM", f
    # a title wrapped inside a table cell: both halves occur
    for f in forms:
        g = norm(f)
        for i in range(4, len(g) - 3):
            if g[:i] in n and g[i:] in n:
                return "SPLIT", f"{g[:i]} | {g[i:]}"
    return "MISSING", None


def main():
    errors = warnings = 0
    def err(msg):
        nonlocal errors
        errors += 1
        print("ERROR  ", msg)
    def warn(msg):
        nonlocal warnings
        warnings += 1
        print("WARN   ", msg)
    files = sorted(GOLD.glob("*.json"))
    if not files:
        err("no gold files")
    for gf in files:
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"{gf.name}: JSON does not load: {exc}")
            continue
        if set(g) != KEYS:
            err(f"{gf.name}: keys {sorted(g)}")
            continue
        doc = g["doc"]
        if doc[:-4] != gf.stem or not (DOCS / doc).exists():
            err(f"{gf.name}: doc {doc!r} does not match / does not exist")
            continue
        text, enc = read_text(DOCS / doc)
        if not 1500 <= len(text) <= 5000:
            warn(f"{doc}: length {len(text)} outside 1500-5000")
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"{doc}: report keys {sorted(rep)}")
        if rep.get("title") is not None and not isinstance(rep["title"], str):
            err(f"{doc}: title not str/null")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep[f]:
                err(f"{doc}: report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"{doc}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            err(f"{doc}: report.date {rep['date']!r}")
        if rep.get("title"):
            st, _ = occurs([rep["title"]], text)
            if st == "MISSING":
                err(f"{doc}: title not in text")
        org_forms = {}
        for o in g["organizations"]:
            for a in [o["name"], *o.get("aliases", [])]:
                org_forms[norm(a)] = o["name"]
        if norm(rep.get("publisher", "")) not in org_forms:
            err(f"{doc}: publisher {rep.get('publisher')!r} is not a gold organization")
        counts = {}
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            counts[kind] = len(g[kind])
            for e in g[kind]:
                name = e.get("name")
                if not isinstance(name, str) or not name:
                    err(f"{doc}: {kind}: entity without name: {e}")
                    continue
                al = e.get("aliases")
                if not isinstance(al, list) or not all(isinstance(a, str) for a in al):
                    err(f"{doc}: {kind}: {name}: aliases not a list of str")
                    al = []
                if e.get("type") not in types:
                    err(f"{doc}: {kind}: {name}: bad type {e.get('type')!r}")
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    err(f"{doc}: {kind}: {name}: fields {sorted(e)}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        err(f"{doc}: {name}: bad relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not DOCNO.match(dn):
                        err(f"{doc}: {name}: doc_number {dn!r} not normalised")
                    if dn is not None:
                        digits = re.findall(r"\d+", dn)
                        if not all(d in norm(text) for d in digits):
                            warn(f"{doc}: {name}: doc_number digits {digits} not all in text")
                    iss = e.get("issuer")
                    if iss is not None:
                        if not isinstance(iss, str):
                            err(f"{doc}: {name}: issuer not str")
                        else:
                            for part in iss.split():
                                if norm(part) not in org_forms:
                                    err(f"{doc}: {name}: issuer part {part!r} is not a gold organization")
                for a in [name, *al]:
                    k = norm(a)
                    if k in seen and seen[k] != name:
                        err(f"{doc}: {kind}: {a!r} used by both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                for a in al:
                    # (Big5 doc: simplified aliases are the simplified equivalents of the written forms)
                    if enc == "utf-8" and occurs([a], text)[0] == "MISSING":
                        print(f"info    {doc}: {kind}: {name!r}: alias {a!r} not in text (accepted variant)")
                st, how = occurs([name, *al], text)
                if st == "MISSING":
                    err(f"{doc}: {kind}: {name!r}: neither name nor an alias occurs in the text")
                elif st in ("NORM", "SPLIT"):
                    print(f"info    {doc}: {kind}: {name!r}: {st} via {how!r}")
        print(f"ok      {doc} ({enc}, {len(text)} chars): " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    print(f"\n{len(files)} gold files, {errors} errors, {warnings} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
