#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md and the texts.

usage: python3 validate.py [-v] [DIR]   (DIR defaults to the directory of this script; -v lists
       every entity whose canonical name is resolved and found only through an alias)

Checks, per gold file:
  * JSON loads; keys doc, report{title,publisher,region,year,date}, regulations[],
    organizations[], measures[]; `doc` names an existing docs/*.txt;
  * every entity has the right fields and types; type / relation values are in the
    ANNOTATION.md vocabularies; doc_number has the form 机关代字〔年份〕序号号;
    no duplicate names/aliases inside one kind (after the scorer's normalisation);
  * report fields are filled (publisher, region, year; title and date may be null
    only when the text has none -- reported as a note), date is YYYY-MM-DD,
    the publisher is one of the gold organizations;
  * every gold name or one of its aliases occurs in the text after removing title
    marks, quotation marks and whitespace and the PDF page furniture (page numbers
    such as "— 3 —" / "-3-" and the repeated running header); entities found only
    through an alias (resolved canonical names) are listed as notes; aliases that
    do not occur are listed as notes; a doc_number must occur in the text.
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
PAGENO = re.compile(r"^\s*(—\s*\d+\s*—|-\s*\d+\s*-|－\s*\d+\s*－|第\s*\d+\s*页)\s*$")
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def squash(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(_MAP.get(c, c) for c in s if c not in DROP)


def body_text(raw):
    """Text with page numbers and running headers removed, lines joined.

    A running header is a line that follows a page-number line (blank lines between
    allowed) and occurs more than once in the document."""
    lines = raw.splitlines()
    counts = Counter(l.strip() for l in lines if l.strip())
    out, after_pn = [], False
    for l in lines:
        t = l.strip()
        if PAGENO.match(t):
            after_pn = True
            continue
        if not t:
            continue
        if after_pn and counts[t] >= 2:
            after_pn = False
            continue
        after_pn = False
        out.append(t)
    return "".join(out)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    root = Path(args[0]) if args else Path(__file__).resolve().parent
    errors, notes = [], []
    files = sorted((root / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        E = lambda m: errors.append(f"{tag}: {m}")  # noqa
        N = lambda m: notes.append(f"{tag}: {m}")  # noqa
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            E(f"top-level keys {sorted(g)}")
        doc = g.get("doc")
        txt_path = root / "docs" / str(doc)
        if not doc or doc[:-4] != gf.stem or not txt_path.exists():
            E(f"doc {doc!r} does not name docs/{gf.stem}.txt")
            continue
        raw = txt_path.read_text(encoding="utf-8")
        if not 1500 <= len(raw) <= 5000:
            E(f"text length {len(raw)} outside 1500-5000")
        plain = squash(raw)
        body = squash(body_text(raw))
        rep = g.get("report")
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            E(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
            rep = {}
        for f in ("publisher", "region", "year"):
            if rep.get(f) in (None, ""):
                E(f"report.{f} is empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
            E(f"report.year {rep.get('year')!r} not an int in 2015-2025")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
            E(f"report.date {rep['date']!r} not YYYY-MM-DD")
        for f in ("title", "date"):
            if rep.get(f) is None:
                N(f"report.{f} is null")
        if rep.get("title") and squash(rep["title"]) not in body:
            E(f"report.title not in text: {rep['title']}")
        if rep.get("date"):
            y, m, d = rep["date"].split("-")
            if f"{int(y)}年{int(m)}月{int(d)}日" not in plain and rep["date"] not in raw:
                E(f"report.date {rep['date']} not written in the text")
        spec = {"regulations": ("type", REG_TYPES), "organizations": ("type", ORG_TYPES),
                "measures": ("type", MEASURE_TYPES)}
        for kind, (_, vocab) in spec.items():
            items = g.get(kind)
            if not isinstance(items, list):
                E(f"{kind} is not a list")
                continue
            keyset = ({"name", "aliases", "type", "doc_number", "issuer", "relation"} if kind == "regulations"
                      else {"name", "aliases", "type"})
            index = {}
            for it in items:
                if not isinstance(it, dict) or set(it) != keyset:
                    E(f"{kind}: bad keys {sorted(it) if isinstance(it, dict) else it}")
                    continue
                name, aliases = it["name"], it["aliases"]
                if not isinstance(name, str) or not name.strip():
                    E(f"{kind}: empty name")
                    continue
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                    E(f"{kind} {name}: aliases must be a list of strings")
                    aliases = []
                if it["type"] not in vocab:
                    E(f"{kind} {name}: type {it['type']!r} not in vocabulary")
                if kind == "regulations":
                    if it["relation"] not in RELATIONS:
                        E(f"{kind} {name}: relation {it['relation']!r}")
                    dn = it["doc_number"]
                    if dn is not None:
                        if not DOCNO.match(dn):
                            E(f"{kind} {name}: doc_number {dn!r} not normalised")
                        elif squash(dn) not in body:
                            E(f"{kind} {name}: doc_number {dn} not in text")
                    iss = it["issuer"]
                    if iss is not None:
                        orgs = {squash(x) for o in g.get("organizations", []) for x in [o["name"], *o["aliases"]]}
                        for part in iss.split():
                            if squash(part) not in orgs:
                                E(f"{kind} {name}: issuer part {part!r} is not a gold organization")
                for form in [name, *aliases]:
                    k = squash(form)
                    if k in index and index[k] != name:
                        E(f"{kind}: form {form!r} used by both {index[k]!r} and {name!r}")
                    index[k] = name
                present = [f for f in [name, *aliases] if squash(f) in body]
                if not present:
                    E(f"{kind} {name}: neither name nor any alias occurs in the text")
                    continue
                if squash(name) not in body:
                    N(f"{kind} {name}: resolved name, found via alias {present[0]!r}")
                for a in aliases:
                    if squash(a) not in body:
                        N(f"{kind} {name}: alias {a!r} not in text")
                if all(squash(f) not in plain for f in present):
                    N(f"{kind} {name}: occurs only across a page break")
        pub = rep.get("publisher")
        if pub and not any(squash(pub) in {squash(x) for x in [o["name"], *o["aliases"]]}
                           for o in g.get("organizations", [])):
            E(f"publisher {pub} is not a gold organization")
    verbose = "-v" in sys.argv
    for n in notes:
        if verbose or "resolved name" not in n:
            print("note ", n)
    resolved = sum("resolved name" in n for n in notes)
    if resolved and not verbose:
        print(f"note  {resolved} entities are named by a resolved canonical name that does not occur"
              f" in the text but have an alias that does (fine; -v lists them)")
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
