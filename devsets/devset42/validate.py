#!/usr/bin/env python3
"""Validate devset42 gold files against ANNOTATION.md (format, types, names occur in text)."""
import html, json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^\S+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def text_variants(raw):
    un = html.unescape(raw)
    return {norm(raw), norm(un)}


def main():
    problems, notes = [], []
    gold_files = sorted((ROOT / "gold").glob("*.json"))
    for gf in gold_files:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            problems.append(f"{where}: JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            problems.append(f"{where}: keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            problems.append(f"{where}: doc field {g.get('doc')!r} != file name")
        txt = ROOT / "docs" / (gf.stem + ".txt")
        if not txt.exists():
            problems.append(f"{where}: no text {txt.name}"); continue
        raw = txt.read_text(encoding="utf-8")
        if not 1500 <= len(raw) <= 5000:
            problems.append(f"{where}: text length {len(raw)} outside 1500-5000")
        variants = text_variants(raw)
        rep = g.get("report", {})
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            problems.append(f"{where}: report keys {sorted(rep)}")
        for k in ("publisher", "region", "year"):
            if not rep.get(k):
                problems.append(f"{where}: report.{k} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            problems.append(f"{where}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not DATE.match(rep["date"]):
            problems.append(f"{where}: report.date {rep['date']!r}")
        if rep.get("title") is not None and not isinstance(rep["title"], str):
            problems.append(f"{where}: report.title not str/null")
        org_names = {norm(o["name"]) for o in g.get("organizations", [])}
        org_names |= {norm(a) for o in g.get("organizations", []) for a in o.get("aliases", [])}
        if rep.get("publisher") and norm(rep["publisher"]) not in org_names:
            problems.append(f"{where}: publisher {rep['publisher']} not among organizations")
        spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
                "measures": (MEA_TYPES, {"name", "aliases", "type"})}
        for kind, (types, keys) in spec.items():
            seen = {}
            for e in g.get(kind, []):
                if set(e) != keys:
                    problems.append(f"{where}: {kind} entry keys {sorted(e)}: {e.get('name')}")
                    continue
                if not isinstance(e["name"], str) or not e["name"]:
                    problems.append(f"{where}: {kind} bad name {e['name']!r}")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) for a in e["aliases"]):
                    problems.append(f"{where}: {kind} bad aliases for {e['name']}")
                if e["type"] not in types:
                    problems.append(f"{where}: {kind} bad type {e['type']!r} for {e['name']}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        problems.append(f"{where}: bad relation {e['relation']!r} for {e['name']}")
                    if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                        problems.append(f"{where}: doc_number not normalised {e['doc_number']!r}")
                    if e["doc_number"] is not None:
                        dn = norm(e["doc_number"])
                        if not any(dn in v for v in variants):
                            notes.append(f"{where}: doc_number {e['doc_number']} not literally in text (repaired/normalised)")
                    if e["issuer"] is not None and norm(e["issuer"]) not in org_names:
                        notes.append(f"{where}: issuer {e['issuer']} named only inside a title (not an organization entry)")
                forms = [e["name"]] + list(e["aliases"])
                for f in forms:
                    key = norm(f)
                    if key in seen and seen[key] != e["name"]:
                        problems.append(f"{where}: {kind} form {f!r} used by {seen[key]!r} and {e['name']!r}")
                    seen[key] = e["name"]
                hits = [f for f in forms if any(norm(f) in v for v in variants)]
                if not hits:
                    problems.append(f"{where}: {kind} {e['name']!r}: neither name nor any alias occurs in text")
                elif not any(norm(e["name"]) in v for v in variants):
                    notes.append(f"{where}: {kind} canonical {e['name']!r} resolved (occurs as {hits[0]!r})")
                for a in e["aliases"]:
                    if not any(norm(a) in v for v in variants):
                        notes.append(f"{where}: {kind} alias {a!r} of {e['name']!r} is an accepted form, not in text")
    verbose = "-v" in sys.argv
    if verbose:
        for n in notes:
            print("note:", n)
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(gold_files)} gold files, {len(problems)} problems, {len(notes)} notes")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
