#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]

Checks, for every gold/*.json:
  * JSON loads; top-level keys doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/; the file decodes (UTF-8, or the encoding
    listed in ENCODINGS) and is 1,500-5,000 characters long;
  * report: title/publisher/region/year/date present and filled (title may be null only
    if the text has none), year an int in 2015-2025, date YYYY-MM-DD; publisher is the
    canonical name of one of the gold organizations;
  * entities: name a non-empty str, aliases a list of str, type in the allowed set;
    regulations also doc_number (null or '<代字>〔YYYY〕<n>号'), issuer (null or str whose
    parts are gold organizations), relation in issues/implements/studies/mentions;
  * no duplicate canonical names, and no alias shared by two entities of one kind
    (that would make the scorer's matching ambiguous);
  * every entity's name or one of its aliases occurs in the text, compared after removing
    whitespace and title marks (《》〈〉<>「」『』), on the raw text, on the text with HTML
    entities decoded, and on the NFKC form of both.  Canonical names that do not occur
    themselves (resolved jurisdiction, simplified form of a traditional-character text,
    repaired damage) are listed as notes; an entity none of whose forms occurs is an error.
Exit status 1 if there is any error.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

ARGS = [a for a in sys.argv[1:] if not a.startswith("-")]
ROOT = Path(ARGS[0]) if ARGS else Path(__file__).resolve().parent
ENCODINGS = {"001_jinjiang_big5.txt": "big5", "002_pidu_gb18030.txt": "gb18030",
             "011_jiyang_gb18030.txt": "gb18030"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KINDS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕[0-9?]+号$")
DROP = set("《》〈〉<>「」『』“”\"'‘’")


def squash(s):
    return "".join(c for c in s if not c.isspace() and c not in DROP)


def views(text):
    out = {squash(text), squash(html.unescape(text))}
    out |= {unicodedata.normalize("NFKC", v) for v in list(out)}
    return out


def occurs(form, vs):
    f = squash(form)
    return bool(f) and any(f in v or unicodedata.normalize("NFKC", f) in v for v in vs)


def decode(path):
    data = path.read_bytes()
    enc = ENCODINGS.get(path.name, "utf-8-sig")
    return data.decode(enc), enc


def main():
    errors, notes = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    if not golds:
        sys.exit(f"no gold files under {ROOT / 'gold'}")
    for gf in golds:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        keys = {"doc", "report", "regulations", "organizations", "measures"}
        if set(g) != keys:
            err(f"top-level keys {sorted(g)} != {sorted(keys)}")
            continue
        doc = ROOT / "docs" / g["doc"]
        if g["doc"][:-4] != gf.stem or not doc.exists():
            err(f"doc {g['doc']!r} does not match the gold file or does not exist")
            continue
        try:
            text, enc = decode(doc)
        except UnicodeDecodeError as exc:
            err(f"{doc.name} does not decode: {exc}")
            continue
        n = len(text.replace("\r\n", "\n"))
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500-5000")
        vs = views(text)
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys wrong: {rep!r}")
        else:
            for f in ("publisher", "region", "year", "date", "title"):
                if rep[f] in (None, ""):
                    err(f"report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                err(f"report.year {rep['year']!r} not an int in 2015-2025")
            if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
                err(f"report.date {rep['date']!r} not YYYY-MM-DD")
            if rep["title"] and not occurs(rep["title"], vs):
                err(f"report.title does not occur in the text: {rep['title']}")
            if rep["publisher"] not in {o.get("name") for o in g["organizations"]}:
                err(f"publisher {rep['publisher']!r} is not a gold organization name")
        org_forms = {}
        for o in g["organizations"]:
            for a in [o.get("name"), *o.get("aliases", [])]:
                org_forms[a] = o.get("name")
        for kind, types in KINDS.items():
            items = g[kind]
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            seen = {}
            for e in items:
                name = e.get("name")
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    err(f"{kind} {name!r}: keys {sorted(e)} != {sorted(want)}")
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name {e!r}")
                    continue
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind} {name}: aliases must be a list of non-empty strings")
                    continue
                if e.get("type") not in types:
                    err(f"{kind} {name}: type {e.get('type')!r} not allowed")
                if kind == "regulations":
                    dn, iss, rel = e.get("doc_number"), e.get("issuer"), e.get("relation")
                    if dn is not None and not DOCNUM.match(dn):
                        err(f"{name}: doc_number {dn!r} not normalised to 代字〔年份〕序号号")
                    if rel not in RELATIONS:
                        err(f"{name}: relation {rel!r} not allowed")
                    if iss is not None:
                        for part in iss.split():
                            if part not in org_forms:
                                err(f"{name}: issuer part {part!r} is not a gold organization")
                for form in [name, *e["aliases"]]:
                    key = unicodedata.normalize("NFKC", squash(form))
                    if key in seen and seen[key] != name:
                        err(f"{kind}: form {form!r} used by both {seen[key]!r} and {name!r}")
                    seen[key] = name
                present = [f for f in [name, *e["aliases"]] if occurs(f, vs)]
                if not present:
                    err(f"{kind} {name}: neither the name nor any alias occurs in the text")
                elif not occurs(name, vs):
                    notes.append(f"{gf.name}: {kind} canonical {name!r} resolved; occurs as {present[0]!r}")
                for a in e["aliases"]:
                    if not occurs(a, vs):
                        err(f"{kind} {name}: alias {a!r} does not occur in the text")
        print(f"{gf.name}: {enc}, {n} chars, {len(g['regulations'])} regulations, "
              f"{len(g['organizations'])} organizations, {len(g['measures'])} measures")
    if "-v" in sys.argv or "--notes" in sys.argv:
        print("\n".join(notes))
    else:
        print(f"{len(notes)} canonical names occur only through an alias (run with --notes to list)")
    if errors:
        print(f"\n{len(errors)} ERRORS")
        print("\n".join(errors))
        sys.exit(1)
    print("OK: all gold files valid")


if __name__ == "__main__":
    main()
