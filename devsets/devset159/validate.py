#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

Checks: JSON loads; keys and types; every entity's name or one of its aliases occurs in the
text (compared after the scorer's normalisation: NFKC, whitespace/quotes/title marks removed,
brackets and dashes unified); report fields filled; doc_number format; no duplicate names.
Usage: python3 validate.py [DEVSET_DIR]
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)


def check(gf, problems, notes):
    def bad(msg):
        problems.append(f"{gf.name}: {msg}")
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e:
        bad(f"JSON does not load: {e}")
        return
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        bad(f"top-level keys {sorted(g)}")
        return
    txt_path = ROOT / "docs" / g["doc"]
    if not txt_path.exists():
        bad(f"doc file {g['doc']} missing")
        return
    if g["doc"][:-4] != gf.stem:
        bad("doc name does not match gold file name")
    text = txt_path.read_text(encoding="utf-8")
    n = len(text)
    if not 1500 <= n <= 5000:
        bad(f"text length {n} outside 1500-5000")
    ntext = norm(text)
    rep = g["report"]
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        bad(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            bad(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        bad("report.year not an int in 2015-2025")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
        bad("report.date not YYYY-MM-DD")
    if rep.get("title") is not None and norm(rep["title"]) not in ntext:
        bad("report.title not in text")
    org_names = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
    if norm(rep["publisher"]) not in org_names:
        bad("publisher is not among the organizations")
    spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
            "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
            "measures": ({"name", "aliases", "type"}, MEA_TYPES)}
    for kind, (keys, types) in spec.items():
        if not isinstance(g[kind], list):
            bad(f"{kind} is not a list")
            continue
        seen = {}
        for e in g[kind]:
            if set(e) != keys:
                bad(f"{kind} {e.get('name')}: keys {sorted(e)}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                bad(f"{kind}: empty name")
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) for a in e["aliases"]):
                bad(f"{kind} {e['name']}: aliases not a list of strings")
            if e["type"] not in types:
                bad(f"{kind} {e['name']}: bad type {e['type']}")
            for a in [e["name"], *e["aliases"]]:
                k = norm(a)
                if k in seen and seen[k] != e["name"]:
                    bad(f"{kind}: form {a!r} belongs to both {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
            forms = [e["name"], *e["aliases"]]
            hits = [a for a in forms if norm(a) in ntext]
            if not hits:
                bad(f"{kind} {e['name']}: neither name nor any alias occurs in the text")
            elif norm(e["name"]) not in ntext:
                notes.append(f"{gf.name}: {kind} {e['name']} (resolved; found as {hits[0]!r})")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    bad(f"regulation {e['name']}: bad relation {e['relation']}")
                dn = e["doc_number"]
                if dn is not None and not re.fullmatch(r"\S+〔\d{4}〕\d+号", dn):
                    bad(f"regulation {e['name']}: doc_number {dn!r} not normalised")
                if dn is not None and not any(norm(dn)[:-1].split(")")[-1] in ntext for _ in [0]):
                    bad(f"regulation {e['name']}: doc_number serial not in text")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    bad(f"regulation {e['name']}: issuer not a string")


def main():
    problems, notes = [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    if len(files) != len(docs):
        problems.append(f"{len(files)} gold files but {len(docs)} docs")
    for gf in files:
        check(gf, problems, notes)
    print(f"{len(files)} gold files checked")
    print(f"{len(notes)} resolved names not in the text (an alias occurs):")
    for n in notes:
        print("  " + n)
    if problems:
        print(f"{len(problems)} PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK: no problems")


if __name__ == "__main__":
    main()
