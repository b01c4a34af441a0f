#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

Checks: JSON loads; keys and value types; enum values (type, relation); doc_number format;
report fields; every entity has its name or one alias in the text (after normalisation:
NFKC, whitespace, quotation and title marks removed, brackets unified - as score.py does);
no normalised alias shared by two entities of the same kind; publisher and issuers are
gold organizations. Canonical names that do not occur (resolved names) are listed as info.
usage: python3 validate.py [DEVSET_DIR]
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def main():
    errors, infos = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    for gf in golds:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            err(f"doc field {g['doc']!r} does not match file name")
        tf = ROOT / "docs" / g["doc"]
        if not tf.exists():
            err(f"text {tf} missing")
            continue
        text = tf.read_text(encoding="utf-8")
        if not 1500 <= len(text) <= 5000:
            err(f"text length {len(text)} outside 1500-5000")
        ntext = norm(text)
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            err(f"report.date {rep['date']!r}")
        if rep.get("title") is not None and norm(rep["title"]) not in ntext:
            err(f"report.title not in text: {rep['title']}")
        for f in ("title", "date"):
            if rep.get(f) is None:
                infos.append(f"{gf.name}: report.{f} is null")
        org_aliases = {}
        for o in g["organizations"]:
            for a in [o["name"], *o["aliases"]]:
                org_aliases[norm(a)] = o["name"]
        if rep.get("publisher") and norm(rep["publisher"]) not in org_aliases:
            err(f"publisher {rep['publisher']} is not a gold organization")
        spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
                "measures": (MEA_TYPES, {"name", "aliases", "type"})}
        for kind, (types, keys) in spec.items():
            if not isinstance(g[kind], list):
                err(f"{kind} is not a list")
                continue
            seen = {}
            for e in g[kind]:
                if not isinstance(e, dict) or set(e) != keys:
                    err(f"{kind}: bad keys {e}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    err(f"{kind}: empty name")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind}: {e['name']}: aliases must be a list of strings")
                if e["type"] not in types:
                    err(f"{kind}: {e['name']}: bad type {e['type']!r}")
                forms = [e["name"], *e["aliases"]]
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != e["name"]:
                        err(f"{kind}: alias {a!r} used by both {seen[k]} and {e['name']}")
                    seen.setdefault(k, e["name"])
                present = [a for a in forms if norm(a) in ntext]
                if not present:
                    err(f"{kind}: neither name nor any alias in text: {e['name']}")
                elif norm(e["name"]) not in ntext:
                    infos.append(f"{gf.name}: {kind}: resolved name not in text (alias {present[0]!r} is): {e['name']}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{e['name']}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not DOCNUM.match(dn):
                            err(f"{e['name']}: doc_number not normalised: {dn}")
                        elif norm(dn) not in ntext:
                            infos.append(f"{gf.name}: doc_number {dn} repaired/normalised (not verbatim in text)")
                    iss = e["issuer"]
                    if iss is not None:
                        for part in iss.split():
                            if norm(part) not in org_aliases:
                                err(f"{e['name']}: issuer {part} is not a gold organization")
    for i in infos:
        print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
