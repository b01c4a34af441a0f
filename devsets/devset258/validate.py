#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--audit]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ (UTF-8 or GB18030 encoded) and matches the gold file name;
  * report fields: title (str or null), publisher/region (non-empty str), year (int 2015-2025),
    date (YYYY-MM-DD or null); publisher is one of the gold organizations (name or alias);
  * every entity has exactly the fields of its kind, with valid `type` (and `relation` for
    regulations); aliases is a list of strings; doc_number looks like a 文号 (〔YYYY〕N号),
    a 令 number (…令第N号) or a 公告 number; issuer parts are gold organizations;
  * names are unique per kind and no alias (after normalisation) points to two entities;
  * every entity's name or at least one alias occurs in the text (after normalisation: NFKC,
    whitespace, 《》〈〉 and quotation marks removed, brackets and dashes unified, as in score.py).
    Canonical names that do not occur but have an occurring alias are listed as info.
With --audit it also lists, per document, title-marked strings (《…》, 〈…〉) not covered by any
regulation and quoted strings (“…”, "…") not covered by any entity, for manual review.
Exit status 1 if any error was found.
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
FIELDS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^(\S+〔\d{4}〕\d+号|\S*令第\d+号|\S+公告\d{4}年第\d+号)$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("unknown", raw, 0, 1, "neither UTF-8 nor GB18030")


def check(gf, audit):
    errors, infos = [], []
    try:
        gold = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], []
    keys = set(gold)
    if keys != {"doc", "report", "regulations", "organizations", "measures"}:
        errors.append(f"top-level keys {sorted(keys)}")
    doc = gold.get("doc", "")
    if Path(doc).stem != gf.stem:
        errors.append(f"doc {doc!r} does not match gold file name")
    path = DOCS / doc
    if not path.exists():
        return errors + [f"document {doc} missing"], infos
    text, enc = read_text(path)
    if enc != "utf-8":
        infos.append(f"document encoded as {enc}")
    if not 1500 <= len(text) <= 5000:
        errors.append(f"document length {len(text)} outside 1500-5000")
    ntext = norm(text)

    rep = gold.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys {sorted(rep)}")
    if rep.get("title") is not None and (not isinstance(rep["title"], str) or norm(rep["title"]) not in ntext):
        errors.append(f"report title not in text: {rep.get('title')!r}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errors.append(f"report {f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errors.append(f"report year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
        errors.append(f"report date {rep.get('date')!r}")
    if rep.get("date") is None:
        infos.append("report date is null")

    org_forms = {}
    for o in gold.get("organizations", []):
        for a in [o.get("name", ""), *o.get("aliases", [])]:
            org_forms.setdefault(norm(a), o.get("name"))
    if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        errors.append(f"publisher {rep['publisher']!r} is not a gold organization")

    for kind in ("regulations", "organizations", "measures"):
        items = gold.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            name = e.get("name")
            if set(e) != FIELDS[kind]:
                errors.append(f"{kind} {name!r}: fields {sorted(e)}")
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name")
                continue
            aliases = e.get("aliases")
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                errors.append(f"{kind} {name!r}: aliases must be a list of non-empty strings")
                aliases = []
            if e.get("type") not in TYPES[kind]:
                errors.append(f"{kind} {name!r}: bad type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    errors.append(f"{kind} {name!r}: bad relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None and not DOCNUM.match(dn):
                    errors.append(f"{kind} {name!r}: doc_number {dn!r} not normalised")
                iss = e.get("issuer")
                if iss is not None:
                    for part in iss.split():
                        if norm(part) not in org_forms:
                            errors.append(f"{kind} {name!r}: issuer part {part!r} is not a gold organization")
            for form in [name, *aliases]:
                key = norm(form)
                if key in seen and seen[key] != name:
                    errors.append(f"{kind}: form {form!r} used by {seen[key]!r} and {name!r}")
                seen.setdefault(key, name)
            if norm(name) not in ntext:
                hit = [a for a in aliases if norm(a) in ntext]
                if hit:
                    infos.append(f"{kind}: resolved name {name!r} (occurs as {hit[0]!r})")
                else:
                    errors.append(f"{kind}: neither {name!r} nor an alias occurs in the text")

    if audit:
        reg_forms = {norm(f) for r in gold.get("regulations", []) for f in [r["name"], *r["aliases"]]}
        all_forms = set(reg_forms) | set(org_forms)
        all_forms |= {norm(f) for m in gold.get("measures", []) for f in [m["name"], *m["aliases"]]}
        titles = re.findall(r"《([^《》>]+)[》>]", text) + re.findall(r"〈([^〈〉]+)〉", text)
        for t in titles:
            if norm(t) not in reg_forms:
                infos.append(f"AUDIT title not covered: 《{t}》")
        for q in re.findall(r"[“\"]([^“”\"\n]{1,40})[”\"]", text):
            nq = norm(q)
            if not any(nq in f or f in nq for f in all_forms if f):
                infos.append(f"AUDIT quoted string not covered: “{q}”")
    return errors, infos


def main():
    audit = "--audit" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    total = 0
    for gf in files:
        errors, infos = check(gf, audit)
        total += len(errors)
        print(f"{gf.name}: {'OK' if not errors else f'{len(errors)} error(s)'}")
        for e in errors:
            print(f"  ERROR {e}")
        for i in infos:
            print(f"  info  {i}")
    docs = sorted(p.stem for p in DOCS.glob("*.txt"))
    if docs != [p.stem for p in files]:
        print(f"ERROR documents and gold files differ: {set(docs) ^ {p.stem for p in files}}")
        total += 1
    print(f"{len(files)} gold files, {total} error(s)")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
