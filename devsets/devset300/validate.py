#!/usr/bin/env python3
"""Validate the devset gold files in gold/ against docs/ and ANNOTATION.md.

usage: python3 validate.py [--verbose] [--strict-warnings]   (--verbose also prints the notes)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing file in docs/ and matches the gold file name;
  * report has title/publisher/region/year/date; publisher, region, year are filled;
    year is an int in 2015..2025; date is null or YYYY-MM-DD; the publisher is one of the
    gold organizations (name or alias);
  * every entity has the fields and value domains of ANNOTATION.md (types, relation,
    doc_number form 机关代字〔年份〕序号号 or 令第N号, issuer str/null, aliases list of str);
  * every name or at least one alias occurs in the text (after removing 《》〈〉 and
    whitespace; a second, looser pass uses the scorer's normalisation). Canonical names that
    do not occur (resolved names) are listed as notes, and it is an error when none of the
    name/aliases occurs;
  * no normalised name/alias is claimed by two entities of the same kind in one document;
  * every 《…》 title in the text is covered by some regulation (warning otherwise).
Documents are read as UTF-8, falling back to GB18030.
Exit status 1 if any error.
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
DOCNUM = re.compile(r"^(\S+〔(19|20)\d\d〕\d+号|\S+令第\d+号)$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def strict(t):
    return re.sub(r"[《》〈〉\s\u3000]", "", t)


def loose(t):
    t = unicodedata.normalize("NFKC", t)
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise UnicodeDecodeError("unknown", raw, 0, 1, "neither utf-8 nor gb18030")


def main():
    errors, warnings, notes = [], [], []
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        def err(m): errors.append(f"{gf.name}: {m}")
        def warn(m): warnings.append(f"{gf.name}: {m}")
        def note(m): notes.append(f"{gf.name}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        doc = g.get("doc")
        if doc != gf.stem + ".txt":
            err(f"doc {doc!r} does not match file name")
        dp = DOCS / str(doc)
        if not dp.exists():
            err(f"missing document {dp}")
            continue
        text, enc = read_doc(dp)
        if enc != "utf-8":
            note(f"document encoded as {enc}")
        n = len(re.sub(r"\s", "", text))
        if not 1500 <= len(text) <= 5000:
            warn(f"document length {len(text)} chars ({n} non-space) outside 1500-5000")
        st, lo = strict(text), loose(text)

        def occurs(s):
            if strict(s) and strict(s) in st:
                return "strict"
            if loose(s) and loose(s) in lo:
                return "loose"
            return None

        # report
        r = g.get("report")
        if not isinstance(r, dict) or set(r) != {"title", "publisher", "region", "year", "date"}:
            err(f"report fields {None if not isinstance(r, dict) else sorted(r)}")
            r = r if isinstance(r, dict) else {}
        for f in ("publisher", "region"):
            if not isinstance(r.get(f), str) or not r.get(f):
                err(f"report.{f} not filled")
        if not isinstance(r.get("year"), int) or not 2015 <= r["year"] <= 2025:
            err(f"report.year {r.get('year')!r}")
        if r.get("date") is not None and not (isinstance(r["date"], str) and DATE.match(r["date"])):
            err(f"report.date {r.get('date')!r}")
        if r.get("title") is not None:
            if not isinstance(r["title"], str) or not occurs(r["title"]):
                err(f"report.title {r.get('title')!r} not in text")
        else:
            note("report.title is null")
        if r.get("date") is None:
            note("report.date is null")
        orgnames = {loose(a) for o in g.get("organizations", []) for a in [o.get("name", "")] + list(o.get("aliases", []))}
        if r.get("publisher") and loose(r["publisher"]) not in orgnames:
            err(f"publisher {r['publisher']!r} is not a gold organization")

        # entities
        spec = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
        for kind, types in spec.items():
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            seen = {}
            for i, e in enumerate(items):
                where = f"{kind}[{i}] {e.get('name') if isinstance(e, dict) else e!r}"
                if not isinstance(e, dict):
                    err(f"{where}: not an object")
                    continue
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    err(f"{where}: keys {sorted(e)} != {sorted(want)}")
                name, aliases = e.get("name"), e.get("aliases")
                if not isinstance(name, str) or not name.strip():
                    err(f"{where}: empty name")
                    continue
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    err(f"{where}: aliases must be a list of non-empty strings")
                    aliases = []
                if name in aliases:
                    warn(f"{where}: alias equals name")
                if len(set(aliases)) != len(aliases):
                    warn(f"{where}: duplicate aliases")
                if e.get("type") not in types:
                    err(f"{where}: type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        err(f"{where}: relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                        err(f"{where}: doc_number {dn!r} not normalised")
                    if dn is not None and loose(dn) not in lo:
                        note(f"{where}: doc_number {dn!r} repaired/not verbatim in text")
                    iss = e.get("issuer")
                    if iss is not None and not isinstance(iss, str):
                        err(f"{where}: issuer must be str or null")
                    if isinstance(iss, str):
                        for part in iss.split():
                            if loose(part) not in orgnames:
                                warn(f"{where}: issuer part {part!r} is not a gold organization")
                hits = {s: occurs(s) for s in [name] + aliases}
                if not any(hits.values()):
                    err(f"{where}: neither name nor any alias occurs in the text")
                else:
                    if not hits[name]:
                        note(f"{where}: canonical name resolved (not in text)")
                    for a in aliases:
                        if not hits[a]:
                            note(f"{where}: alias {a!r} not in text (accepted form)")
                for s in [name] + aliases:
                    k = loose(s)
                    if k in seen and seen[k] != i:
                        err(f"{where}: {s!r} also claimed by {kind}[{seen[k]}]")
                    seen.setdefault(k, i)

        # coverage of 《》 titles
        covered = {loose(a) for e in g.get("regulations", []) for a in [e.get("name", "")] + list(e.get("aliases", []))}
        for m in re.finditer(r"《([^《》]{2,120})》", text):
            t = m.group(1)
            if loose(t) not in covered:
                warn(f"title 《{t}》 in text is not a gold regulation")
            for inner in re.findall(r"〈([^〈〉]+)〉", t):
                if loose(inner) not in covered:
                    warn(f"nested title 〈{inner}〉 is not a gold regulation")

    if "--verbose" in sys.argv:
        for m in notes:
            print("note:", m)
    for m in warnings:
        print("WARNING:", m)
    for m in errors:
        print("ERROR:", m)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(warnings)} warnings, {len(notes)} notes")
    sys.exit(1 if errors or ("--strict-warnings" in sys.argv and warnings) else 0)


if __name__ == "__main__":
    main()
