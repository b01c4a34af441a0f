#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file (decoded as UTF-8);
  * report fields: title (str or null), publisher (str, one of the gold organizations or
    their aliases), region (str), year (int, 2015-2025), date (YYYY-MM-DD or null);
    publisher, region and year must be filled;
  * every entity has the fields of its kind, with types / relations from ANNOTATION.md;
    doc_number normalised to 机关代字〔年份〕序号号 (or null); issuer str or null;
  * every entity name or at least one alias occurs in the text after removing title marks,
    quotation marks and whitespace (NFKC, brackets unified as in score.py). Canonical names
    that do not occur (resolved names) are listed as INFO when an alias occurs; aliases that
    do not occur are listed as WARN (gold may list other accepted forms); an entity with no
    occurring form is an ERROR;
  * no two entities of one kind share a normalised name/alias (scorer would mis-match).
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

KINDS = ("regulations", "organizations", "measures")
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def strip_simple(text):
    """What the brief asks: remove 《》 and whitespace."""
    return re.sub(r"[《》\s]", "", text)


def norm(text):
    """score.py normalisation (NFKC, marks and whitespace dropped, brackets unified)."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def occurs(form, text_simple, text_norm):
    return strip_simple(form) in text_simple or norm(form) in text_norm


def check(devset):
    devset = Path(devset)
    errors, warns, infos = [], [], []
    files = sorted((devset / "gold").glob("*.json"))
    if not files:
        errors.append("no gold files")
    docs_seen = set()
    for gf in files:
        tag = gf.name

        def err(msg):
            errors.append(f"{tag}: {msg}")
        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        if set(gold) != {"doc", *KINDS, "report"}:
            err(f"top-level keys {sorted(gold)}")
        doc = gold.get("doc")
        if not isinstance(doc, str) or not doc.endswith(".txt"):
            err(f"bad doc {doc!r}")
            continue
        if doc[:-4] != gf.stem:
            err(f"doc {doc} does not match gold file name")
        docs_seen.add(doc)
        path = devset / "docs" / doc
        if not path.exists():
            err(f"missing text {path}")
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            err(f"text is not UTF-8: {exc}")
            continue
        n_chars = len(text)
        if not 1500 <= n_chars <= 5000:
            warns.append(f"{tag}: text length {n_chars} outside 1500-5000")
        t_simple, t_norm = strip_simple(text), norm(text)

        rep = gold.get("report")
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {None if not isinstance(rep, dict) else sorted(rep)}")
            rep = rep if isinstance(rep, dict) else {}
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            err(f"report.date {rep.get('date')!r}")
        if rep.get("title") is not None:
            if not isinstance(rep["title"], str):
                err("report.title not str")
            elif not occurs(rep["title"], t_simple, t_norm):
                warns.append(f"{tag}: report.title does not occur verbatim: {rep['title']}")
        org_forms = {norm(f) for o in gold.get("organizations", []) for f in [o.get("name", ""), *o.get("aliases", [])]}
        if isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in org_forms:
            err(f"publisher {rep['publisher']} is not a gold organization")

        for kind in KINDS:
            items = gold.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            seen = {}
            for e in items:
                if not isinstance(e, dict):
                    err(f"{kind}: entry is not an object")
                    continue
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    err(f"{kind}: {e.get('name')}: keys {sorted(e)}")
                name = e.get("name")
                aliases = e.get("aliases", [])
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name")
                    continue
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                    aliases = []
                types = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}[kind]
                if e.get("type") not in types:
                    err(f"{kind}: {name}: type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        err(f"{kind}: {name}: relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                        err(f"{kind}: {name}: doc_number {dn!r} not normalised")
                    if dn is not None and norm(dn) not in t_norm:
                        # a repaired number need not occur; report for a human look
                        infos.append(f"{tag}: {kind}: doc_number {dn} not verbatim in text (repaired?)")
                    iss = e.get("issuer")
                    if iss is not None and not isinstance(iss, str):
                        err(f"{kind}: {name}: issuer {iss!r}")
                forms = [name, *aliases]
                hit = [f for f in forms if occurs(f, t_simple, t_norm)]
                if not hit:
                    err(f"{kind}: no form occurs in text: {forms}")
                else:
                    if name not in hit:
                        infos.append(f"{tag}: {kind}: resolved name not in text: {name}  (via {hit[0]})")
                    for a in aliases:
                        if a not in hit:
                            warns.append(f"{tag}: {kind}: alias not in text: {a}  (of {name})")
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
    for p in sorted((devset / "docs").glob("*.txt")):
        if p.name not in docs_seen:
            errors.append(f"{p.name}: text without gold")
    return errors, warns, infos


def main():
    devset = sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).resolve().parent)
    errors, warns, infos = check(devset)
    for line in infos:
        print("INFO ", line)
    for line in warns:
        print("WARN ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(errors)} errors, {len(warns)} warnings, {len(infos)} info")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
