#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py [--notes]

Checks, for every gold/*.json:
  * JSON loads; top-level keys doc, report, regulations, organizations, measures;
  * report has title/publisher/region/year/date; publisher, region, year filled,
    year an int in 2015..2025, date null or YYYY-MM-DD;
  * every entity has the required keys with valid types; regulation type, relation,
    doc_number (机关代字〔年份〕序号号) valid; organization and measure types valid;
  * docs/<doc> exists (UTF-8 or GB18030) and is 1,500-5,000 characters;
  * every entity's name or one of its aliases occurs in the text after removing
    《》〈〉 and whitespace (quotes are also tried removed on both sides);
    names that do not occur themselves but are found through an alias are listed
    as "resolved" (fine); entities found through neither are errors;
  * no two entities of one kind share a normalised name/alias (a duplicate node);
  * the publisher is one of the gold organizations (name or alias);
  * regulation issuers name gold organizations where they are bodies in the text.
With --notes, also lists aliases that are not in the text (accepted variant forms).
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_TM = set("《》〈〉 \t\r\n\u3000")
_Q = set("“”\"'‘’「」『』")
_SCORE_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_SCORE_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
              "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def strip_tm(s):
    return "".join(c for c in s if c not in _TM)


def strip_q(s):
    return "".join(c for c in s if c not in _Q)


def score_norm(s):
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(_SCORE_MAP.get(c, c) for c in s if c not in _SCORE_DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise UnicodeDecodeError("unknown", raw, 0, 1, "neither utf-8 nor gb18030")


def occurs(form, text_tm, text_q):
    f = strip_tm(form)
    return bool(f) and (f in text_tm or strip_q(f) in text_q)


def main():
    notes = "--notes" in sys.argv
    errors, resolved, alias_notes = [], [], []
    files = sorted((HERE / "gold").glob("*.json"))
    docs = sorted(p.name for p in (HERE / "docs").glob("*.txt"))
    if len(files) != len(docs):
        errors.append(f"{len(files)} gold files but {len(docs)} docs")
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{tag}: doc field {g['doc']!r} does not match file name")
        tp = HERE / "docs" / g["doc"]
        if not tp.exists():
            errors.append(f"{tag}: missing text {tp}")
            continue
        text, enc = read_text(tp)
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{tag}: text length {n} outside 1500-5000")
        text_tm = strip_tm(text)
        text_q = strip_q(text_tm)
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
        if rep.get("title") is not None and not occurs(rep["title"], text_tm, text_q):
            errors.append(f"{tag}: report.title not in text")
        org_forms = set()
        for o in g["organizations"]:
            for a in [o["name"], *o["aliases"]]:
                org_forms.add(score_norm(a))
        if score_norm(rep.get("publisher") or "") not in org_forms:
            errors.append(f"{tag}: publisher {rep.get('publisher')!r} is not a gold organization")
        spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
                "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
                "measures": ({"name", "aliases", "type"}, MEA_TYPES)}
        for kind, (keys, types) in spec.items():
            seen = {}
            if not isinstance(g[kind], list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            for e in g[kind]:
                if not isinstance(e, dict) or set(e) != keys:
                    errors.append(f"{tag}: {kind} entry keys wrong: {e}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    errors.append(f"{tag}: {kind} empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {e['name']}: aliases not a list of strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {e['name']}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {e['name']}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                        errors.append(f"{tag}: {e['name']}: doc_number not normalised: {e['doc_number']!r}")
                    if e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if score_norm(part) not in org_forms:
                                errors.append(f"{tag}: {e['name']}: issuer {part!r} not among gold organizations")
                for a in [e["name"], *e["aliases"]]:
                    k = score_norm(a)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{tag}: {kind}: form {a!r} belongs to both {seen[k]!r} and {e['name']!r}")
                    seen[k] = e["name"]
                if occurs(e["name"], text_tm, text_q):
                    hit = True
                else:
                    hits = [a for a in e["aliases"] if occurs(a, text_tm, text_q)]
                    hit = bool(hits)
                    if hit:
                        resolved.append(f"{tag}: {kind}: {e['name']}  <- {hits[0]}")
                if not hit:
                    errors.append(f"{tag}: {kind}: neither name nor any alias in text: {e['name']}")
                for a in e["aliases"]:
                    if not occurs(a, text_tm, text_q):
                        alias_notes.append(f"{tag}: {kind}: alias not in text: {a}  (of {e['name']})")
        print(f"{tag}: {enc}, {n} chars, {len(g['regulations'])} regulations, "
              f"{len(g['organizations'])} organizations, {len(g['measures'])} measures")
    print(f"\nresolved canonical names (not in text, found through an alias): {len(resolved)}")
    if notes:
        for r in resolved:
            print("  " + r)
        print(f"\naliases not in text (variant forms): {len(alias_notes)}")
        for r in alias_notes:
            print("  " + r)
    print(f"\nerrors: {len(errors)}")
    for e in errors:
        print("  ERROR " + e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
