#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

Checks per gold file: JSON loads; top-level keys; report fields filled and well-typed;
entity keys and enumerated types/relations; doc_number format; no duplicate names/aliases
within a kind; every entity's name or one of its aliases occurs in the text (compared after
NFKC and removal of whitespace, title marks and quotation marks, so PDF line breaks and
half-width punctuation do not matter). Names that do not occur literally but are found via
an alias are listed as INFO (resolved canonical names). Exit status 1 on any ERROR.
usage: python3 validate.py [DEVSET_DIR]
"""
import json, re, sys, unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(s):
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(MAP.get(c, c) for c in s if c not in DROP)


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
    errors, infos = [], []
    golds = sorted((root / "gold").glob("*.json"))
    docs = {p.name for p in (root / "docs").glob("*.txt")}
    if not golds:
        errors.append("no gold files")
    for gf in golds:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt" or g["doc"] not in docs:
            err(f"doc field {g['doc']!r} does not match a text file")
            continue
        raw = (root / "docs" / g["doc"]).read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
        ntext = norm(text)
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500-5000")
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        else:
            for k in ("publisher", "region"):
                if not isinstance(rep[k], str) or not rep[k]:
                    err(f"report.{k} empty")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                err(f"report.year {rep['year']!r}")
            if rep["date"] is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", rep["date"]):
                err(f"report.date {rep['date']!r}")
            if rep["title"] is not None and norm(rep["title"]) not in ntext:
                err(f"report.title not in text")
            orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
            if norm(rep["publisher"]) not in orgnames:
                err("report.publisher is not an organization of the gold")
        spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
                "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
                "measures": ({"name", "aliases", "type"}, MEA_TYPES)}
        for kind, (keys, types) in spec.items():
            if not isinstance(g[kind], list):
                err(f"{kind} is not a list")
                continue
            seen = {}
            for e in g[kind]:
                if set(e) != keys:
                    err(f"{kind}: keys {sorted(e)} for {e.get('name')}")
                    continue
                if not isinstance(e["name"], str) or not e["name"]:
                    err(f"{kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind}: bad aliases for {e['name']}")
                if e["type"] not in types:
                    err(f"{kind}: type {e['type']!r} for {e['name']}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"relation {e['relation']!r} for {e['name']}")
                    dn = e["doc_number"]
                    if dn is not None and not re.fullmatch(r"\S+〔(19|20)\d\d〕\d+号", dn):
                        err(f"doc_number {dn!r} not normalised for {e['name']}")
                    if e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if norm(part) not in orgnames:
                                err(f"issuer part {part!r} of {e['name']} is not a gold organization")
                for a in {norm(x) for x in [e["name"], *e["aliases"]]}:
                    if a in seen and seen[a] != e["name"]:
                        err(f"{kind}: form {a!r} used by {seen[a]!r} and {e['name']!r}")
                    seen[a] = e["name"]
                forms = [e["name"], *e["aliases"]]
                found = [f for f in forms if norm(f) in ntext]
                if not found:
                    err(f"{kind}: neither name nor any alias occurs in text: {e['name']}")
                elif norm(e["name"]) not in ntext:
                    infos.append(f"{gf.name}: {kind}: resolved name {e['name']!r} found via alias {found[0]!r}")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        infos.append(f"{gf.name}: {kind}: alias {a!r} of {e['name']!r} is an accepted form not in text")
    for m in infos:
        print("INFO ", m)
    for m in errors:
        print("ERROR", m)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} info")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
