#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--verbose]

Checks per gold file: JSON loads; top-level keys; `doc` names an existing text file; report
fields (publisher, region, year filled; title/date string or null; date YYYY-MM-DD); entity
fields and types/relations from the allowed sets; doc_number normalised `代字〔年份〕序号号`;
no two entities of a kind share a normalised name/alias; the publisher is one of the gold
organizations; and that every entity's name or at least one alias occurs in the text after
normalisation (HTML entities decoded, NFKC, whitespace and title/quotation marks removed,
brackets unified — the scorer's normalisation). Canonical names that are resolved (do not
occur) are reported as info when an alias occurs; an entity none of whose forms occurs is an
error. With --verbose, aliases that do not occur (accepted extra forms) are listed as info.
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
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", html.unescape(str(text)))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def main():
    verbose = "--verbose" in sys.argv
    errors, infos = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    for gf in golds:
        def err(msg): errors.append(f"{gf.name}: {msg}")
        def info(msg): infos.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            err(f"doc {g['doc']!r} does not match file name")
        tp = HERE / "docs" / g["doc"]
        if not tp.exists():
            err("text file missing"); continue
        raw = tp.read_text(encoding="utf-8")
        n = len(raw)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500-5000")
        text = norm(raw)
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {rep}")
        else:
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f].strip():
                    err(f"report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
                err("report.year not an int year")
            if rep["title"] is not None and not isinstance(rep["title"], str):
                err("report.title not string/null")
            if rep["title"] and norm(rep["title"]) not in text:
                err(f"report.title not in text: {rep['title']}")
            if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
                err(f"report.date {rep['date']!r} not YYYY-MM-DD")
        kinds = (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES))
        for kind, types in kinds:
            items = g[kind]
            if not isinstance(items, list):
                err(f"{kind} not a list"); continue
            seen = {}
            for i, e in enumerate(items):
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != want:
                    err(f"{kind}[{i}] keys {sorted(e) if isinstance(e, dict) else e}"); continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}[{i}] empty name"); continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    err(f"{kind} {name}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    err(f"{kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not re.fullmatch(r"\S+〔\d{4}〕\d+[号號]", dn):
                            err(f"{name}: doc_number {dn!r} not normalised")
                        elif norm(dn) not in text:
                            err(f"{name}: doc_number {dn!r} not in text")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{name}: issuer not string/null")
                forms = [name] + e["aliases"]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != i:
                        err(f"{kind}: form {f!r} shared by {items[seen[k]]['name']!r} and {name!r}")
                    seen.setdefault(k, i)
                found = [f for f in forms if norm(f) in text]
                if not found:
                    err(f"{kind} {name}: neither name nor any alias occurs in text")
                elif name not in found:
                    info(f"{kind} {name}: resolved canonical name, occurs via alias {found[0]!r}")
                if verbose:
                    for a in e["aliases"]:
                        if a not in found:
                            info(f"{kind} {name}: alias {a!r} (accepted form) not in text")
        if isinstance(rep, dict) and rep.get("publisher"):
            orgs = {norm(f) for o in g["organizations"] for f in [o["name"]] + o["aliases"]}
            if norm(rep["publisher"]) not in orgs:
                err(f"publisher {rep['publisher']!r} is not among the gold organizations")
            elif norm(rep["publisher"]) not in {norm(o["name"]) for o in g["organizations"]}:
                err(f"publisher {rep['publisher']!r} is an alias, not a canonical name")
    for line in infos:
        print("info:", line)
    for line in errors:
        print("ERROR:", line)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
