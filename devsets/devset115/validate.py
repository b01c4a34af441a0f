#!/usr/bin/env python3
"""Check every gold file in gold/ against ANNOTATION.md: JSON loads, keys and types valid,
every entity's name or one of its aliases occurs in the text, report fields filled.
Text and names are compared after html.unescape, NFKC, removing whitespace, quotes and title marks
(the scorer's normalisation), so PDF line breaks, HTML entities and half-width punctuation are tolerated."""
import html, json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(t):
    t = unicodedata.normalize("NFKC", html.unescape(str(t)))
    return "".join(MAP.get(c, c) for c in t if c not in DROP)


def main():
    problems, notes = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    for gf in golds:
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            problems.append(f"{gf.name}: JSON error {e}"); continue
        P = lambda m: problems.append(f"{gf.name}: {m}")
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            P(f"top-level keys {sorted(g)}")
        doc = ROOT / "docs" / g.get("doc", "")
        if not doc.is_file() or doc.stem != gf.stem:
            P(f"doc file {g.get('doc')} missing or misnamed"); continue
        raw = doc.read_text(encoding="utf-8")
        n = len(re.sub(r"\s", "", html.unescape(raw)))
        if not 1500 <= n <= 5000:
            P(f"text length {n} outside 1500-5000")
        text = norm(raw)
        r = g.get("report") or {}
        if set(r) != {"title", "publisher", "region", "year", "date"}:
            P(f"report keys {sorted(r)}")
        for f in ("publisher", "region", "year"):
            if not r.get(f):
                P(f"report.{f} empty")
        if not isinstance(r.get("year"), int) or not 2015 <= r["year"] <= 2025:
            P("report.year not an int in 2015-2025")
        if r.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]):
            P(f"bad date {r['date']}")
        orgnames = {norm(x) for o in g["organizations"] for x in [o["name"], *o["aliases"]]}
        if r.get("publisher") and norm(r["publisher"]) not in orgnames:
            P("publisher not among organizations")
        for kind, keys, types in (("regulations", {"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
                                  ("organizations", {"name", "aliases", "type"}, ORG_TYPES),
                                  ("measures", {"name", "aliases", "type"}, MEA_TYPES)):
            seen = {}
            for e in g[kind]:
                if set(e) != keys:
                    P(f"{kind} {e.get('name')}: keys {sorted(e)}")
                if e.get("type") not in types:
                    P(f"{kind} {e['name']}: bad type {e.get('type')}")
                if not isinstance(e.get("aliases"), list):
                    P(f"{kind} {e['name']}: aliases not a list")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        P(f"{e['name']}: bad relation")
                    dn = e["doc_number"]
                    if dn is not None and not re.fullmatch(r".+〔\d{4}〕\d+号|.+令第\d+号", dn):
                        P(f"{e['name']}: doc_number not normalised: {dn}")
                for a in [e["name"], *e["aliases"]]:
                    k = norm(a)
                    if k in seen and seen[k] != e["name"]:
                        P(f"{kind}: '{a}' used by both {seen[k]} and {e['name']}")
                    seen[k] = e["name"]
                forms = [e["name"], *e["aliases"]]
                found = [a for a in forms if norm(a) in text]
                if not found:
                    P(f"{kind} '{e['name']}': neither name nor any alias occurs in text")
                elif norm(e["name"]) not in text:
                    notes.append(f"{gf.name}: {kind} '{e['name']}' resolved; occurs as {found[0]!r}")
                for a in e["aliases"]:
                    if norm(a) not in text:
                        notes.append(f"{gf.name}: alias '{a}' of '{e['name']}' is an accepted form not in text")
    for n in notes:
        print("note:", n)
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(golds)} gold files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
