#!/usr/bin/env python3
"""Validate devset132 gold files against ANNOTATION.md: JSON loads, keys/types valid,
every entity's name or one of its aliases occurs in the text (compared after the scorer's
normalisation: NFKC, whitespace/quotes/title marks removed, brackets/dashes unified),
report fields filled. Exit 1 on any error."""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")


def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)


def check(gf):
    errs, notes = [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e:
        return [f"JSON does not load: {e}"], notes
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errs.append(f"top-level keys {sorted(g)}")
    if g.get("doc") != gf.stem + ".txt":
        errs.append(f"doc field {g.get('doc')!r} != {gf.stem}.txt")
    txt_path = HERE / "docs" / g.get("doc", "")
    if not txt_path.exists():
        return errs + [f"missing text {txt_path}"], notes
    text = norm(txt_path.read_text(encoding="utf-8"))
    n = len(txt_path.read_text(encoding="utf-8"))
    if not 1500 <= n <= 5000:
        errs.append(f"text length {n} outside 1500-5000")
    rep = g.get("report", {})
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    for k in ("publisher", "region", "year"):
        if not rep.get(k):
            errs.append(f"report.{k} empty")
    if not isinstance(rep.get("year"), int):
        errs.append("report.year not int")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
        errs.append(f"report.date {rep['date']!r}")
    if rep.get("title") is None:
        notes.append("report.title is null")
    orgnames = {norm(o["name"]) for o in g.get("organizations", [])} | {norm(a) for o in g.get("organizations", []) for a in o.get("aliases", [])}
    if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
        errs.append(f"publisher {rep['publisher']!r} not among organizations")
    spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
            "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
            "measures": ({"name", "aliases", "type"}, MEA_TYPES)}
    for kind, (keys, types) in spec.items():
        seen = {}
        for e in g.get(kind, []):
            if set(e) != keys:
                errs.append(f"{kind}: {e.get('name')!r} keys {sorted(e)}")
                continue
            if not isinstance(e["name"], str) or not e["name"]:
                errs.append(f"{kind}: bad name {e['name']!r}")
            if not isinstance(e["aliases"], list):
                errs.append(f"{kind}: {e['name']} aliases not a list")
            if e["type"] not in types:
                errs.append(f"{kind}: {e['name']} type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"{kind}: {e['name']} relation {e['relation']!r}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    errs.append(f"{kind}: {e['name']} doc_number {e['doc_number']!r} not normalised")
            forms = [e["name"], *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    errs.append(f"{kind}: form {f!r} used by both {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
            if not any(norm(f) in text for f in forms):
                errs.append(f"{kind}: neither name nor any alias of {e['name']!r} occurs in text")
            else:
                if norm(e["name"]) not in text:
                    notes.append(f"{kind}: canonical {e['name']!r} resolved (occurs only via alias)")
                for a in e["aliases"]:
                    if norm(a) not in text:
                        errs.append(f"{kind}: alias {a!r} of {e['name']!r} does not occur in text")
    return errs, notes


def main():
    files = sorted((HERE / "gold").glob("*.json"))
    bad = 0
    verbose = "-v" in sys.argv
    for gf in files:
        errs, notes = check(gf)
        bad += len(errs)
        print(f"{gf.name}: {'OK' if not errs else str(len(errs)) + ' error(s)'}  ({len(notes)} note(s))")
        for e in errs:
            print("   ERROR", e)
        if verbose:
            for nt in notes:
                print("   note ", nt)
    print(f"{len(files)} gold files, {bad} error(s)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
