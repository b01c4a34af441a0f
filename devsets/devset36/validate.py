#!/usr/bin/env python3
"""Validate the devset36 gold files against ANNOTATION.md and the documents.

usage: python3 validate.py [--strict-aliases]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file and matches the gold file name;
  * report fields: title/publisher/region non-empty strings, year an int in 2015..2025,
    date null or YYYY-MM-DD; the publisher is one of the gold organizations (name or alias);
  * every entity has name (str), aliases (list of str) and a valid type; regulations also carry
    doc_number (null or `代字〔YYYY〕N号`), issuer (null or str) and a valid relation;
  * no two entities of one kind share a normalised name/alias (the scorer would mis-assign);
  * every entity's name or at least one alias occurs in the document text (after decoding the
    file -- UTF-8, else Big5/CP950, else GB18030 --, unescaping HTML entities and removing
    whitespace and 《》 from both sides). Canonical names that do not occur (resolved names,
    repaired titles, simplified names in a Traditional-Chinese document) are listed as INFO;
    an entity none of whose forms occurs is an ERROR. Aliases that do not occur are WARNINGs
    (errors with --strict-aliases);
  * the document is 1,500-5,000 characters long.
Exit status 1 if any ERROR.
"""
import html
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
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")

# same normalisation as score.py (section 6 of ANNOTATION.md)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def squeeze(text):
    """For occurrence checks: drop whitespace and 《》 only."""
    return re.sub(r"[\s《》]", "", text)


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "big5", "cp950", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace"), "utf-8?"


def main():
    strict = "--strict-aliases" in sys.argv
    errors = warnings = 0
    files = sorted(GOLD.glob("*.json"))
    if not files:
        print("no gold files"); return 1
    for gf in files:
        msgs = []

        def err(m):
            nonlocal errors
            errors += 1
            msgs.append("ERROR   " + m)

        def warn(m):
            nonlocal warnings, errors
            if strict:
                errors += 1
                msgs.append("ERROR   " + m)
            else:
                warnings += 1
                msgs.append("WARNING " + m)

        def info(m):
            msgs.append("INFO    " + m)

        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            print(f"{gf.name}: ERROR JSON does not load: {exc}")
            errors += 1
            continue
        keys = set(g)
        if keys != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(keys)}")
        doc = g.get("doc")
        dpath = DOCS / str(doc)
        if not isinstance(doc, str) or not dpath.is_file():
            err(f"doc {doc!r} not found in docs/")
            text, enc = "", "?"
        else:
            if doc[:-4] != gf.stem:
                err(f"doc {doc!r} does not match gold file name")
            text, enc = read_doc(dpath)
        n_chars = len(text)
        if text and not 1500 <= n_chars <= 5000:
            err(f"document length {n_chars} outside 1500-5000")
        flat = squeeze(html.unescape(text))

        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("title", "publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            err(f"report.date {rep.get('date')!r}")
        if rep.get("date") is None:
            warn("report.date is null")
        org_forms = {norm(a) for o in g.get("organizations", []) for a in [o.get("name", ""), *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            err(f"publisher {rep['publisher']!r} is not a gold organization")
        if rep.get("title") and squeeze(rep["title"]) not in flat:
            info(f"title not found verbatim (joined/converted): {rep['title']}")

        for kind, valid in TYPES.items():
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list"); continue
            seen = {}
            for e in items:
                name = e.get("name")
                if not isinstance(name, str) or not name:
                    err(f"{kind}: entity without name: {e}"); continue
                aliases = e.get("aliases")
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                    err(f"{kind}/{name}: aliases must be a list of non-empty strings")
                    aliases = []
                if e.get("type") not in valid:
                    err(f"{kind}/{name}: bad type {e.get('type')!r}")
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    err(f"{kind}/{name}: keys {sorted(e)}")
                if kind == "regulations":
                    dn = e.get("doc_number")
                    if dn is not None and not DOCNUM.match(dn):
                        err(f"{kind}/{name}: doc_number not normalised: {dn!r}")
                    if e.get("issuer") is not None and not isinstance(e.get("issuer"), str):
                        err(f"{kind}/{name}: issuer must be str or null")
                    if e.get("relation") not in RELATIONS:
                        err(f"{kind}/{name}: bad relation {e.get('relation')!r}")
                for form in [name, *aliases]:
                    k = norm(form)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {form!r} of {name!r} collides with {seen[k]!r}")
                    seen.setdefault(k, name)
                found = [f for f in [name, *aliases] if squeeze(f) in flat]
                if not found:
                    err(f"{kind}/{name}: neither name nor any alias occurs in the text")
                    continue
                if squeeze(name) not in flat:
                    info(f"{kind}/{name}: canonical name resolved (found via {found[0]!r})")
                for a in aliases:
                    if squeeze(a) not in flat:
                        warn(f"{kind}/{name}: alias {a!r} not in text")
        status = "OK" if not any(m.startswith("ERROR") for m in msgs) else "FAIL"
        print(f"== {gf.name} [{status}] ({enc}, {n_chars} chars, "
              f"{len(g.get('regulations', []))} reg / {len(g.get('organizations', []))} org / {len(g.get('measures', []))} mea)")
        for m in msgs:
            print("   " + m)
    # cross-document consistency: one canonical name should carry one type everywhere
    types = {}
    for gf in files:
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception:  # noqa: BLE001
            continue
        for kind in TYPES:
            for e in g.get(kind, []) if isinstance(g.get(kind), list) else []:
                if isinstance(e, dict) and "name" in e:
                    types.setdefault((kind, norm(e["name"])), {}).setdefault(e.get("type"), []).append(gf.stem[:3])
    for (kind, name), by_type in sorted(types.items()):
        if len(by_type) > 1:
            warnings += 1
            print(f"WARNING cross-doc: {kind}/{name} has types {by_type}")
    print(f"\n{len(files)} gold files, {errors} errors, {warnings} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
