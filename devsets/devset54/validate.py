#!/usr/bin/env python3
"""Validate devset54 gold files against ANNOTATION.md conventions.

Checks: JSON loads; keys and value types; enumerated types/relations; doc_number shape;
every entity's name or one of its aliases occurs in the text (after html-unescaping,
NFKC, removing title marks, quotes, whitespace, and the '?' left by converter damage);
report fields filled (title/date may be null only when the text has none -> reported as notes);
publisher is a gold organization.  Exit code 1 on any error.
"""
import html, json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
         "normative_document", "party_document", "plan", "publication", "other"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee",
         "institution", "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
REL = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000?\u200c\u200b")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "，": ",", "、": ","}
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")


def norm(s):
    s = unicodedata.normalize("NFKC", html.unescape(str(s)))
    return "".join(MAP.get(c, c) for c in s if c not in DROP)


def main():
    errors, notes = [], []
    files = sorted((HERE / "gold").glob("*.json"))
    for f in files:
        try:
            g = json.loads(f.read_text(encoding="utf-8"))
        except Exception as e:  # noqa
            errors.append(f"{f.name}: JSON error {e}"); continue
        E = lambda m: errors.append(f"{f.name}: {m}")
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            E(f"bad keys {sorted(g)}")
        txtp = HERE / "docs" / g.get("doc", "")
        if g.get("doc") != f.stem + ".txt" or not txtp.exists():
            E(f"doc field {g.get('doc')!r} does not name the text file"); continue
        text = norm(txtp.read_text(encoding="utf-8"))
        r = g["report"]
        if set(r) != {"title", "publisher", "region", "year", "date"}:
            E(f"bad report keys {sorted(r)}")
        for k in ("publisher", "region"):
            if not isinstance(r.get(k), str) or not r[k]:
                E(f"report.{k} empty")
        if not isinstance(r.get("year"), int) or not 2015 <= r["year"] <= 2025:
            E("report.year not int in 2015-2025")
        if r.get("date") is not None and not re.match(r"^\d{4}-\d\d-\d\d$", r["date"]):
            E("report.date bad format")
        for k in ("title", "date"):
            if r.get(k) is None:
                notes.append(f"{f.name}: report.{k} is null (text has none)")
        if r.get("title") and norm(r["title"]) not in text:
            E("report.title not in text")
        names = {o["name"] for o in g["organizations"]}
        if r.get("publisher") not in names:
            E("publisher not among organizations")
        for kind, types in (("regulations", REG_T), ("organizations", ORG_T), ("measures", MEA_T)):
            seen = set()
            for e in g[kind]:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    E(f"{kind} {e.get('name')}: keys {sorted(e)}")
                if not isinstance(e.get("name"), str) or not e["name"]:
                    E(f"{kind}: empty name"); continue
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) for a in e["aliases"]):
                    E(f"{kind} {e['name']}: aliases not list of str")
                if e.get("type") not in types:
                    E(f"{kind} {e['name']}: bad type {e.get('type')}")
                if kind == "regulations":
                    if e["relation"] not in REL:
                        E(f"{e['name']}: bad relation")
                    if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                        E(f"{e['name']}: doc_number not normalised: {e['doc_number']}")
                    if e["doc_number"] is not None and norm(e["doc_number"]) not in text:
                        notes.append(f"{f.name}: doc_number {e['doc_number']} repaired (not literally in text)")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        E(f"{e['name']}: issuer not str")
                forms = {norm(x): x for x in [e["name"]] + e.get("aliases", [])}
                for nx, x in forms.items():
                    if nx in seen:
                        E(f"{kind}: form {x!r} used by two entities")
                    seen.add(nx)
                if norm(e["name"]) not in text:
                    if any(norm(a) in text for a in e["aliases"]):
                        notes.append(f"{f.name}: {kind} canonical {e['name']!r} resolved (alias occurs)")
                    else:
                        E(f"{kind} {e['name']!r}: neither name nor alias occurs in text")
                for a in e["aliases"]:
                    if norm(a) not in text:
                        notes.append(f"{f.name}: alias {a!r} of {e['name']!r} is an accepted form not in text")
    verbose = "-v" in sys.argv
    for n in notes:
        if verbose or "resolved" not in n and "accepted form" not in n:
            print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(notes)} notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
