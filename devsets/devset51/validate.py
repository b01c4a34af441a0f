#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

Checks: JSON loads; keys and value types; enumerated types/relations; doc_number format;
every entity's name or one of its aliases occurs in the text (compared after NFKC, removing
whitespace, title and quotation marks, unifying dashes and brackets — the scorer's norm());
report fields filled; no alias claimed by two entities of the same kind; text length.
usage: python3 validate.py [OUTDIR]
"""
import json, re, sys, unicodedata
from pathlib import Path

BASE = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def main():
    problems, notes = [], []
    golds = sorted((BASE / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    for gf in golds:
        def bad(msg):
            problems.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            bad(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            bad(f"top-level keys {sorted(g)}")
            continue
        txt_path = BASE / "docs" / g["doc"]
        if g["doc"][:-4] != gf.stem or not txt_path.exists():
            bad(f"doc {g['doc']!r} does not match a text file")
            continue
        raw = txt_path.read_text(encoding="utf-8")
        if not 1500 <= len(raw) <= 5000:
            bad(f"text length {len(raw)} outside 1500-5000")
        text = norm(raw)
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            bad(f"report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                bad(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            bad(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            bad(f"report.date {rep['date']!r}")
        if rep.get("title") is not None and norm(rep["title"]) not in text:
            bad(f"report.title not in text: {rep['title']}")
        org_names = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
        if norm(rep.get("publisher") or "") not in org_names:
            bad("report.publisher is not among the organizations")
        spec = {"regulations": (REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
                "organizations": (ORG_TYPES, ("name", "aliases", "type")),
                "measures": (MEAS_TYPES, ("name", "aliases", "type"))}
        for kind, (types, keys) in spec.items():
            if not isinstance(g[kind], list):
                bad(f"{kind} is not a list")
                continue
            seen = {}
            for e in g[kind]:
                if not isinstance(e, dict) or set(e) != set(keys):
                    bad(f"{kind}: bad keys in {e}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    bad(f"{kind}: empty name")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    bad(f"{kind}: {e['name']}: aliases must be a list of strings")
                if e["type"] not in types:
                    bad(f"{kind}: {e['name']}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        bad(f"{kind}: {e['name']}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not re.fullmatch(r"\S+〔(19|20)\d\d〕\d+号", dn):
                        bad(f"{kind}: {e['name']}: doc_number not normalised: {dn!r}")
                    if dn is not None and norm(dn) not in text.replace("號", "号"):  # Traditional text
                        bad(f"{kind}: {e['name']}: doc_number not in text: {dn!r}")
                    if e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if norm(part) not in org_names and norm(part) not in norm(e["name"]):
                                bad(f"{kind}: {e['name']}: issuer part {part!r} not an organization")
                forms = [e["name"], *e["aliases"]]
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != e["name"]:
                        bad(f"{kind}: form {a!r} claimed by {seen[k]!r} and {e['name']!r}")
                    seen[k] = e["name"]
                found = [a for a in forms if norm(a) in text]
                if not found:
                    bad(f"{kind}: neither name nor any alias occurs in text: {e['name']}")
                elif norm(e["name"]) not in text:
                    notes.append(f"{gf.name}: {kind}: canonical name resolved, not in text (alias {found[0]!r} is): {e['name']}")
                for a in e["aliases"]:
                    if norm(a) not in text:
                        bad(f"{kind}: {e['name']}: alias not in text: {a!r}")
    for n in notes:
        print("note:", n)
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(golds)} gold files, {len(problems)} problems, {len(notes)} resolved canonical names")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
