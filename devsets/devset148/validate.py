#!/usr/bin/env python3
"""Validate the devset148 gold files against ANNOTATION.md and the texts.

usage: python3 validate.py [--strict]   (run from anywhere)

Errors (exit 1): JSON/keys/types invalid, report fields missing, an entity none of whose
forms (name or aliases) occurs in the text, duplicate forms inside one kind, bad 文号 format.
Warnings: aliases that do not occur in the text (allowed: other accepted forms), forms that
occur only after the scorer's normalisation (NFKC, brackets). Info: null title/date.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^[^\s〔〕]+〔(19|20)\d{2}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def scorer_norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip(text):
    return re.sub(r"[\s《》]", "", text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace"), "utf-8?"


def main():
    errors, warnings, infos = [], [], []
    gold_files = sorted((ROOT / "gold").glob("*.json"))
    docs = {p.name for p in (ROOT / "docs").glob("*.txt")}
    if not gold_files:
        sys.exit("no gold files")
    seen_docs = set()
    for gf in gold_files:
        tag = gf.name
        def E(msg): errors.append(f"{tag}: {msg}")
        def W(msg): warnings.append(f"{tag}: {msg}")
        def I(msg): infos.append(f"{tag}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            E(f"JSON does not load: {exc}"); continue
        if set(g) != KEYS:
            E(f"keys {sorted(g)} != {sorted(KEYS)}")
        doc = g.get("doc")
        if doc != gf.stem + ".txt":
            E(f"doc {doc!r} does not match file name")
        if doc not in docs:
            E(f"text {doc!r} not found in docs/"); continue
        seen_docs.add(doc)
        text, enc = read_text(ROOT / "docs" / doc)
        n = len(text)
        if not 1500 <= n <= 5000:
            E(f"text length {n} outside 1500-5000")
        plain, normed = strip(text), scorer_norm(text)
        # report
        r = g.get("report")
        if not isinstance(r, dict) or set(r) != {"title", "publisher", "region", "year", "date"}:
            E("report must have exactly title, publisher, region, year, date")
        else:
            for f in ("publisher", "region"):
                if not isinstance(r[f], str) or not r[f].strip():
                    E(f"report.{f} not filled")
            if not isinstance(r["year"], int) or not 2015 <= r["year"] <= 2025:
                E(f"report.year {r['year']!r} not an int in 2015-2025")
            if r["date"] is None:
                I("report.date is null (the text gives no date)")
            elif not DATE.match(str(r["date"])):
                E(f"report.date {r['date']!r} not YYYY-MM-DD")
            if r["title"] is None:
                I("report.title is null (the text has no title)")
            elif not isinstance(r["title"], str):
                E("report.title not a string")
            orgs = {scorer_norm(a) for o in g.get("organizations", []) for a in [o.get("name", "")] + o.get("aliases", [])}
            if isinstance(r.get("publisher"), str) and scorer_norm(r["publisher"]) not in orgs:
                E(f"publisher {r['publisher']!r} is not among the organizations")
        # entities
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                E(f"{kind} is not a list"); continue
            forms = {}
            for e in items:
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    E(f"{kind}: entity without name: {e}"); continue
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    E(f"{kind}/{name}: keys {sorted(e)} != {sorted(want)}")
                al = e.get("aliases")
                if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
                    E(f"{kind}/{name}: aliases must be a list of non-empty strings"); al = []
                if e.get("type") not in types:
                    E(f"{kind}/{name}: bad type {e.get('type')!r}")
                if kind == "regulations":
                    dn = e.get("doc_number")
                    if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                        E(f"{kind}/{name}: doc_number {dn!r} not normalised to 代字〔年份〕序号号")
                    if e.get("issuer") is not None and not (isinstance(e["issuer"], str) and e["issuer"].strip()):
                        E(f"{kind}/{name}: issuer must be null or a non-empty string")
                    if e.get("relation") not in RELATIONS:
                        E(f"{kind}/{name}: bad relation {e.get('relation')!r}")
                for form in [name] + al:
                    key = scorer_norm(form)
                    if key in forms and forms[key] != name:
                        E(f"{kind}: form {form!r} used by both {forms[key]!r} and {name!r}")
                    forms[key] = name
                strict_hits = [f for f in [name] + al if strip(f) and strip(f) in plain]
                norm_hits = [f for f in [name] + al if scorer_norm(f) and scorer_norm(f) in normed]
                if not strict_hits and not norm_hits:
                    E(f"{kind}/{name}: neither name nor any alias occurs in the text")
                elif not strict_hits:
                    W(f"{kind}/{name}: occurs only after scorer normalisation (NFKC/brackets)")
                for a in al:
                    if strip(a) not in plain and scorer_norm(a) not in normed:
                        W(f"{kind}/{name}: alias {a!r} does not occur (accepted other form?)")
    for d in sorted(docs - seen_docs):
        errors.append(f"{d}: text without gold file")
    for i in infos:
        print("INFO ", i)
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(warnings)} warnings, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
