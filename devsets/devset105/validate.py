#!/usr/bin/env python3
"""Validate the gold files of this devset.

Checks per gold file: JSON loads; keys and value types as in ANNOTATION.md section 5;
type / relation values from the allowed sets; doc_number shape; report fields filled;
the doc file exists and decodes; every entity's name or one of its aliases occurs in the
text (compared after the scorer's normalisation: NFKC, whitespace/quotes/title marks
removed, brackets and dashes unified); no alias shared by two entities of one kind.
Exit status 1 if any error. Entities whose canonical name does not occur but an alias
does are listed as info (resolved names), not errors.
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "utf-16"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError("cannot decode")


def main():
    errors, infos, notes = [], [], []
    files = sorted(GOLD.glob("*.json"))
    if not files:
        print("no gold files"); return 1
    docs_seen = set()
    for gf in files:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{where}: JSON error {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{where}: keys {sorted(g)}")
        doc = g.get("doc")
        if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
            errors.append(f"{where}: doc field {doc!r} does not match file name")
            continue
        docs_seen.add(doc)
        dp = DOCS / doc
        if not dp.exists():
            errors.append(f"{where}: missing {dp}"); continue
        text = read_doc(dp)
        ntext = norm(text)
        n = len(re.sub(r"\s", "", text))
        if not 1500 <= n <= 5000:
            errors.append(f"{where}: text length {n} outside 1500-5000")
        rep = g.get("report")
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys {rep and sorted(rep)}")
        else:
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    errors.append(f"{where}: report.{f} empty")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                errors.append(f"{where}: report.year {rep['year']!r}")
            if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
                errors.append(f"{where}: report.date {rep['date']!r}")
            if rep["title"] is not None and norm(rep["title"]) not in ntext:
                errors.append(f"{where}: title not in text")
            orgnames = {norm(a) for o in g.get("organizations", []) for a in [o["name"], *o["aliases"]]}
            if norm(rep["publisher"]) not in orgnames:
                errors.append(f"{where}: publisher {rep['publisher']} not among organizations")
        for kind, types, extra in (("regulations", REG_TYPES, ("doc_number", "issuer", "relation")),
                                   ("organizations", ORG_TYPES, ()),
                                   ("measures", MEA_TYPES, ())):
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{where}: {kind} not a list"); continue
            seen = {}
            for it in items:
                want = {"name", "aliases", "type", *extra}
                if set(it) != want:
                    errors.append(f"{where}: {kind} item keys {sorted(it)}"); continue
                if not isinstance(it["name"], str) or not it["name"]:
                    errors.append(f"{where}: {kind} empty name")
                if not isinstance(it["aliases"], list) or not all(isinstance(a, str) and a for a in it["aliases"]):
                    errors.append(f"{where}: {it['name']}: aliases must be a list of strings")
                if it["type"] not in types:
                    errors.append(f"{where}: {it['name']}: bad type {it['type']!r}")
                if kind == "regulations":
                    if it["relation"] not in RELATIONS:
                        errors.append(f"{where}: {it['name']}: bad relation {it['relation']!r}")
                    dn = it["doc_number"]
                    if dn is not None and not re.fullmatch(r"\S+〔\d{4}〕\d+号", dn):
                        errors.append(f"{where}: {it['name']}: doc_number not normalised: {dn!r}")
                    if dn is not None and norm(dn) not in ntext:
                        errors.append(f"{where}: {it['name']}: doc_number {dn} not in text")
                    if it["issuer"] is not None and not isinstance(it["issuer"], str):
                        errors.append(f"{where}: {it['name']}: issuer not a string")
                forms = [it["name"], *it["aliases"]]
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != it["name"]:
                        errors.append(f"{where}: {kind}: form {a!r} used by {seen[k]!r} and {it['name']!r}")
                    seen[k] = it["name"]
                found = [a for a in forms if norm(a) in ntext]
                if not found:
                    errors.append(f"{where}: {kind}: neither name nor alias in text: {it['name']}")
                elif norm(it["name"]) not in ntext:
                    infos.append(f"{where}: {kind}: resolved name {it['name']!r} (text has {found[0]!r})")
                for a in it["aliases"]:
                    if norm(a) not in ntext:
                        notes.append(f"{where}: {kind}: accepted form {a!r} of {it['name']!r} not in text")
    for dp in sorted(DOCS.glob("*.txt")):
        if dp.name not in docs_seen:
            errors.append(f"{dp.name}: no gold file")
    for line in infos:
        print("info:", line)
    for line in notes:
        print("note:", line)
    for line in errors:
        print("ERROR:", line)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(infos)} resolved names, {len(notes)} accepted forms not in text")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
