#!/usr/bin/env python3
"""Check every gold file of this dev set against ANNOTATION.md and its document.

usage: python3 validate.py            (from anywhere; prints problems, exit 1 if any)
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000")
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(c for c in text if c not in DROP)


def check(gf, problems, notes):
    def bad(msg):
        problems.append(f"{gf.name}: {msg}")
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        bad(f"JSON does not load: {exc}")
        return
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        bad(f"top-level keys {sorted(g)}")
        return
    docf = HERE / "docs" / g["doc"]
    if not docf.exists():
        bad(f"doc {g['doc']} missing")
        return
    if Path(g["doc"]).stem != gf.stem:
        bad("doc name does not match gold file name")
    raw = docf.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    ntext = norm(text)
    if not 1500 <= len(text) <= 5000:
        bad(f"document length {len(text)} outside 1500-5000")
    rep = g["report"]
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        bad(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if rep.get(f) in (None, ""):
            bad(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        bad(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
        bad(f"report.date {rep['date']!r}")
    if rep.get("date") is None:
        notes.append(f"{gf.name}: report.date is null")
    if rep.get("title") is not None and norm(rep["title"]) not in ntext:
        bad(f"title not in text: {rep['title']}")
    if rep.get("title") is None:
        notes.append(f"{gf.name}: report.title is null")
    org_names = {norm(n) for o in g["organizations"] for n in [o["name"], *o["aliases"]]}
    if norm(rep.get("publisher") or "") not in org_names:
        bad(f"publisher {rep.get('publisher')} is not a gold organization")
    spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
            "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
            "measures": (MEAS_TYPES, {"name", "aliases", "type"})}
    for kind, (types, keys) in spec.items():
        seen = {}
        if not isinstance(g[kind], list):
            bad(f"{kind} is not a list")
            continue
        for e in g[kind]:
            if set(e) != keys:
                bad(f"{kind} {e.get('name')}: keys {sorted(e)}")
                continue
            if not isinstance(e["name"], str) or not e["name"]:
                bad(f"{kind}: empty name")
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                bad(f"{kind} {e['name']}: aliases must be a list of strings")
            if e["type"] not in types:
                bad(f"{kind} {e['name']}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    bad(f"{kind} {e['name']}: relation {e['relation']!r}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    bad(f"{kind} {e['name']}: doc_number {e['doc_number']!r} not normalised")
                if e["doc_number"] is not None:
                    num = re.search(r"〔(\d{4})〕(\d+)号", e["doc_number"])
                    if num and num.group(1) not in ntext:
                        bad(f"{kind} {e['name']}: doc_number year not in text")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    bad(f"{kind} {e['name']}: issuer must be a string or null")
            forms = [e["name"], *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    bad(f"{kind}: form {f!r} used by both {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
            occurring = [f for f in forms if norm(f) in ntext]
            if not occurring:
                bad(f"{kind} {e['name']}: neither name nor any alias occurs in the text")
            elif norm(e["name"]) not in ntext:
                notes.append(f"{gf.name}: {kind} canonical {e['name']!r} resolved (occurs as {occurring[0]!r})")
            for a in e["aliases"]:
                if norm(a) not in ntext:
                    notes.append(f"{gf.name}: {kind} {e['name']!r}: alias {a!r} not in text (accepted variant)")


def main():
    problems, notes = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    docs = sorted((HERE / "docs").glob("*.txt"))
    if {d.stem for d in docs} != {g.stem for g in golds}:
        problems.append("docs/ and gold/ file names differ")
    for gf in golds:
        check(gf, problems, notes)
    if "-v" in sys.argv:
        for n in notes:
            print("note:", n)
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(golds)} gold files, {len(problems)} problems, {len(notes)} notes (-v to list)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
