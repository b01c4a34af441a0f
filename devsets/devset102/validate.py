#!/usr/bin/env python3
"""Validate every gold file of this dev set against ANNOTATION.md conventions.

usage: python3 validate.py            (from anywhere; paths are relative to this file)

Checks: JSON loads; keys and value types; enum values (regulation/organization/measure
types, relation); doc_number format; report fields filled; the publisher is one of the
gold organizations; no alias shared by two entities of one kind; and every entity has its
name or at least one alias occurring in the text. The text is compared after the same kind
of normalisation the scorer uses (NFKC, HTML entities decoded, whitespace incl. PDF line
breaks removed, quotation/title marks removed, brackets and dashes unified). Canonical names
that do not occur (resolved jurisdiction / official full title) are listed as INFO as long as
an alias occurs; an entity with no occurring form is an ERROR.
"""
import html, json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
NATIONAL = {"中共中央", "国务院", "中共中央办公厅", "国务院办公厅", "中共中央 国务院",
            "中共中央办公厅 国务院办公厅"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def text_norm(raw):
    raw = re.sub(r"<[^>]+>", "", raw)          # HTML tags
    raw = html.unescape(raw)                    # &ldquo; &#12298; &lt;&lt; ...
    raw = re.sub(r"\n\s*[—\-]\s*\d+\s*[—\-]\s*\n", "\n", raw)   # PDF page footers
    return norm(raw)


def check(gold_path, errors, infos):
    name = gold_path.name
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        errors.append(f"{name}: JSON does not load: {exc}")
        return
    def err(msg): errors.append(f"{name}: {msg}")
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        err(f"top-level keys {sorted(g)}")
    doc = HERE / "docs" / g.get("doc", "")
    if not doc.is_file():
        err(f"doc file {g.get('doc')} missing"); return
    if doc.stem != gold_path.stem:
        err("doc name does not match gold file name")
    raw = doc.read_text(encoding="utf-8")
    if not 1500 <= len(raw) <= 5000:
        err(f"document length {len(raw)} outside 1500-5000")
    text = text_norm(raw)
    rep = g.get("report", {})
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {sorted(rep)}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            err(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        err("report.year not an int in 2015-2025")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
        err("report.date not YYYY-MM-DD")
    if rep.get("date") is None:
        infos.append(f"{name}: report.date is null")
    if rep.get("title") is None:
        infos.append(f"{name}: report.title is null")
    elif norm(rep["title"]) not in text:
        err(f"report.title does not occur in text: {rep['title']}")
    orgs = {norm(a): o["name"] for o in g.get("organizations", []) for a in [o["name"], *o.get("aliases", [])]}
    if rep.get("publisher") and norm(rep["publisher"]) not in orgs:
        err("report.publisher is not among the gold organizations")
    for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
        items = g.get(kind)
        if not isinstance(items, list):
            err(f"{kind} is not a list"); continue
        seen = {}
        for e in items:
            keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != keys:
                err(f"{kind} entry keys {sorted(e)} for {e.get('name')}")
            if not isinstance(e.get("name"), str) or not e["name"]:
                err(f"{kind} entry without name"); continue
            if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) for a in e["aliases"]):
                err(f"{kind} {e['name']}: aliases not a list of strings")
            if e.get("type") not in types:
                err(f"{kind} {e['name']}: bad type {e.get('type')}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    err(f"{e['name']}: bad relation {e.get('relation')}")
                dn = e.get("doc_number")
                if dn is not None and not re.fullmatch(r"[^\s〔〕]+〔\d{4}〕\d+[号號]", dn):
                    err(f"{e['name']}: doc_number not normalised: {dn}")
                if dn is not None and norm(dn) not in text:
                    err(f"{e['name']}: doc_number {dn} does not occur in text")
                iss = e.get("issuer")
                if iss is not None and norm(iss) not in orgs and iss not in NATIONAL:
                    err(f"{e['name']}: issuer {iss} is neither a gold organization nor a national body")
            forms = [e["name"], *e.get("aliases", [])]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    err(f"{kind}: form {f!r} shared by {seen[k]!r} and {e['name']!r}")
                seen[k] = e["name"]
            present = [f for f in forms if norm(f) in text]
            if not present:
                err(f"{kind} {e['name']}: neither name nor any alias occurs in the text")
            elif norm(e["name"]) not in text:
                infos.append(f"{name}: {kind} canonical not in text (resolved), alias occurs: "
                             f"{e['name']} <- {present[0]}")
            for a in e.get("aliases", []):
                if norm(a) not in text:
                    err(f"{kind} {e['name']}: alias {a!r} does not occur in the text")


def main():
    errors, infos = [], []
    files = sorted((HERE / "gold").glob("*.json"))
    if len(files) != 10:
        errors.append(f"expected 10 gold files, found {len(files)}")
    for f in files:
        check(f, errors, infos)
    docs = {p.stem for p in (HERE / "docs").glob("*.txt")}
    if docs != {f.stem for f in files}:
        errors.append(f"docs without gold or gold without doc: {sorted(docs ^ {f.stem for f in files})}")
    if "-v" in sys.argv:
        for i in infos:
            print("INFO ", i)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
