#!/usr/bin/env python3
"""Validate devset63 gold files against ANNOTATION.md rules and the document texts.

Checks: JSON loads; keys/types; enum values; doc file exists; every entity has its name or an
alias occurring in the text (after NFKC, removing whitespace, title/quotation marks, unifying
brackets); aliases that do not occur are reported; no alias shared by two entities of a kind;
report fields filled (title may be null when the text has none)."""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
         "party_document", "plan", "publication", "other"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
         "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
REL = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』·• \t\r\n\u3000")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")", "[": "(", "]": ")",
       "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(t):
    t = unicodedata.normalize("NFKC", t)
    return "".join(MAP.get(c, c) for c in t if c not in DROP)


def main():
    problems, notes = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    if len(golds) != 10:
        problems.append(f"expected 10 gold files, found {len(golds)}")
    for gf in golds:
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            problems.append(f"{gf.name}: JSON error {e}"); continue
        P = lambda m: problems.append(f"{gf.name}: {m}")
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            P(f"keys {sorted(g)}")
        doc = HERE / "docs" / g.get("doc", "")
        if g.get("doc") != gf.stem + ".txt" or not doc.exists():
            P(f"doc field {g.get('doc')!r} does not name an existing docs/ file"); continue
        raw = doc.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
        n = len(text)
        if not 1500 <= n <= 5000:
            P(f"length {n} chars outside 1500-5000")
        nt = norm(text)
        r = g.get("report") or {}
        if set(r) != {"title", "publisher", "region", "year", "date"}:
            P(f"report keys {sorted(r)}")
        for f in ("publisher", "region", "year"):
            if not r.get(f):
                P(f"report.{f} empty")
        if not isinstance(r.get("year"), int) or not 2015 <= r["year"] <= 2025:
            P("report.year not an int in 2015-2025")
        if r.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            P(f"report.date {r['date']!r} not YYYY-MM-DD")
        if r.get("title") and norm(r["title"]) not in nt:
            P("report.title does not occur in text")
        orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
        if r.get("publisher") and norm(r["publisher"]) not in orgnames:
            P("report.publisher is not among the organizations")
        for kind, types in (("regulations", REG_T), ("organizations", ORG_T), ("measures", MEA_T)):
            seen = {}
            items = g.get(kind)
            if not isinstance(items, list):
                P(f"{kind} not a list"); continue
            for e in items:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    P(f"{kind} {e.get('name')}: keys {sorted(e)}")
                if not isinstance(e.get("name"), str) or not e["name"].strip():
                    P(f"{kind}: empty name"); continue
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    P(f"{kind} {e['name']}: bad aliases")
                if e.get("type") not in types:
                    P(f"{kind} {e['name']}: bad type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in REL:
                        P(f"{e['name']}: bad relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not re.fullmatch(r"\S+〔(19|20)\d\d〕\d+[号號]", dn):
                        P(f"{e['name']}: doc_number {dn!r} not normalised")
                    if dn is not None and not re.search(r"\d+[号號]", text.replace(" ", "")):
                        P(f"{e['name']}: doc_number given but no 号 in text")
                    if e.get("issuer") is not None and not isinstance(e["issuer"], str):
                        P(f"{e['name']}: bad issuer")
                forms = [e["name"], *e.get("aliases", [])]
                occ = [f for f in forms if norm(f) and norm(f) in nt]
                if not occ:
                    P(f"{kind} {e['name']}: neither name nor any alias occurs in the text")
                elif norm(e["name"]) not in nt:
                    notes.append(f"{gf.name}: {kind} canonical {e['name']!r} resolved (alias {occ[0]!r} occurs)")
                for f in forms:
                    if norm(f) not in nt:
                        if f != e["name"]:
                            P(f"{kind} {e['name']}: alias {f!r} does not occur")
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        P(f"{kind}: form {f!r} shared by {seen[k]!r} and {e['name']!r}")
                    seen[k] = e["name"]
    for nline in notes:
        print("note:", nline)
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(golds)} gold files, {len(problems)} problems, {len(notes)} resolved canonical names")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
