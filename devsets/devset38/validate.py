#!/usr/bin/env python3
"""Validate the devset38 gold files against ANNOTATION.md and the documents.

usage: python3 validate.py [--coverage]

Errors (exit 1): JSON/keys/types invalid; an entity none of whose name/aliases occurs in the
text; report fields missing; publisher not among the organizations; alias shared by two entities.
Notes: canonical names that do not occur literally (resolved jurisdiction, simplified canonical
for Traditional text) but have an alias that does; aliases that do not occur (accepted forms).
--coverage also lists 《》/「」 titles and quoted “…” terms in the text not covered by any gold
name/alias (a completeness aid; debris titles and generic quotes may legitimately appear).
Text matching: html.unescape, NFKC, whitespace and title/quotation marks removed (so PDF line
breaks, half-width punctuation and HTML entities do not hide a mention).
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_DROP = re.compile(r"[\s《》〈〉<>“”\"'‘’「」『』·•]")
_MAP = str.maketrans({"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(",
                      "〕": ")", "[": "(", "]": ")", "【": "(", "】": ")", "，": ",", "、": ","})


try:
    import opencc as _opencc
    _S2T = _opencc.OpenCC("s2t")

    def _s2t(s):
        return _S2T.convert(s)
except ImportError:  # without opencc the Traditional documents' 文号 prefixes are not checked
    def _s2t(s):
        return ""


def flat(s):
    s = unicodedata.normalize("NFKC", html.unescape(s))
    return _DROP.sub("", s).translate(_MAP)


def main():
    coverage = "--coverage" in sys.argv
    errors, notes = [], []
    gold_files = sorted((HERE / "gold").glob("*.json"))
    docs = sorted((HERE / "docs").glob("*.txt"))
    if len(gold_files) != len(docs):
        errors.append(f"{len(gold_files)} gold files but {len(docs)} documents")
    for gf in gold_files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa
            errors.append(f"{tag}: not JSON: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{tag}: doc field {g['doc']!r}")
        tp = HERE / "docs" / g["doc"]
        if not tp.exists():
            errors.append(f"{tag}: missing document {g['doc']}")
            continue
        raw = tp.read_text(encoding="utf-8")
        n = len(raw)
        if not 1500 <= n <= 6000:
            errors.append(f"{tag}: document length {n}")
        text = flat(raw)
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                errors.append(f"{tag}: report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{tag}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not DATE.match(rep["date"]):
            errors.append(f"{tag}: report.date {rep['date']!r}")
        if rep.get("date") is None:
            notes.append(f"{tag}: report.date null")
        if rep.get("title") is None:
            notes.append(f"{tag}: report.title null")
        elif flat(rep["title"]) not in text:
            errors.append(f"{tag}: title not in text: {rep['title']}")
        orgnames = {flat(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
        if rep.get("publisher") and flat(rep["publisher"]) not in orgnames:
            errors.append(f"{tag}: publisher {rep['publisher']} not among organizations")
        covered = set()
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            if not isinstance(g[kind], list):
                errors.append(f"{tag}: {kind} not a list")
                continue
            for e in g[kind]:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    errors.append(f"{tag}: {kind} {e.get('name')}: keys {sorted(e)}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip() or not isinstance(e["aliases"], list):
                    errors.append(f"{tag}: {kind} bad name/aliases {e}")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {e['name']}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {e['name']}: relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        errors.append(f"{tag}: {e['name']}: doc_number {e['doc_number']!r}")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{tag}: {e['name']}: issuer {e['issuer']!r}")
                    if e["doc_number"] is not None:
                        # the number (possibly damaged) should be near: check year and serial appear
                        m = re.match(r"^(\S+)〔(\d{4})〕(\d+)号$", e["doc_number"])
                        if m and flat(m.group(1)) not in text and flat(_s2t(m.group(1))) not in text:
                            errors.append(f"{tag}: {e['name']}: doc_number prefix {m.group(1)} not in text")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    k = flat(f)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{tag}: {kind}: form {f!r} used by {seen[k]!r} and {e['name']!r}")
                    seen[k] = e["name"]
                    covered.add(k)
                hits = [f for f in forms if flat(f) and flat(f) in text]
                if not hits:
                    errors.append(f"{tag}: {kind}: no name/alias of {e['name']!r} occurs in the text")
                elif e["name"] not in hits:
                    notes.append(f"{tag}: {kind}: canonical {e['name']!r} resolved; occurs as {hits[0]!r}")
                for f in e["aliases"]:
                    if flat(f) not in text:
                        notes.append(f"{tag}: {kind}: alias {f!r} of {e['name']!r} is an accepted form not in text")
        if coverage:
            plain = html.unescape(raw)
            plain = re.sub(r"\s+", "", unicodedata.normalize("NFKC", plain))
            for t in re.findall(r"《([^《》]{2,80})》", plain):
                if flat(t) not in covered:
                    notes.append(f"{tag}: COVERAGE title not in gold: 《{t}》")
            for t in re.findall(r"[“\"「]([^“”\"「」]{2,30})[”\"」]", plain):
                if not any(flat(t) in c for c in covered):
                    notes.append(f"{tag}: COVERAGE quoted term not in any gold form: “{t}”")
    for n_ in notes:
        print("note:", n_)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
