#!/usr/bin/env python3
"""Validate devset gold files against their documents (rules: /work/shared/ANNOTATION.md).

Checks: JSON loads; keys and value types; enum values of type/relation; report fields filled;
doc_number form; every entity has its name or one alias (after removing 《》〈〉 and whitespace)
occurring in the text. Text is read as UTF-8, else GB18030; HTML tags are stripped and
entities decoded as an extra view of the text. Exit code 1 on any error."""
import html, json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
         "party_document", "plan", "publication", "other"}
REL = {"issues", "implements", "studies", "mentions"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
         "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DROP = re.compile(r"[《》〈〉\s\u3000]")

def squash(s):
    return DROP.sub("", s)

def read_text(p):
    b = p.read_bytes()
    try:
        return b.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return b.decode("gb18030"), "gb18030"

def main():
    errors, notes = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    docs = {p.name for p in (ROOT / "docs").glob("*.txt")}
    for gf in golds:
        def err(m): errors.append(f"{gf.name}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            err(f"JSON error {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"bad top-level keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt" or g.get("doc") not in docs:
            err(f"doc field {g.get('doc')!r} does not name docs/{gf.stem}.txt")
            continue
        text, enc = read_text(ROOT / "docs" / g["doc"])
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500-5000")
        views = [squash(text), squash(html.unescape(re.sub(r"<[^>]+>", "", text)))]
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"bad report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if not rep.get(f):
                err(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err("report.year must be int 2015-2025")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            err("report.date not YYYY-MM-DD")
        if rep.get("title") and not any(squash(rep["title"]) in v for v in views):
            err(f"title not in text: {rep['title']}")
        orgnames = set()
        for kind, tset, keys in (("regulations", REG_T, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                                 ("organizations", ORG_T, {"name", "aliases", "type"}),
                                 ("measures", MEA_T, {"name", "aliases", "type"})):
            seen = {}
            for e in g.get(kind, []):
                if set(e) != keys:
                    err(f"{kind} {e.get('name')}: keys {sorted(e)}")
                    continue
                if not isinstance(e["name"], str) or not e["name"] or not isinstance(e["aliases"], list):
                    err(f"{kind}: bad name/aliases {e}")
                if e["type"] not in tset:
                    err(f"{kind} {e['name']}: bad type {e['type']}")
                if kind == "regulations":
                    if e["relation"] not in REL:
                        err(f"regulation {e['name']}: bad relation {e['relation']}")
                    dn = e["doc_number"]
                    if dn is not None and not (re.fullmatch(r".+〔\d{4}〕\d+号", dn) or re.fullmatch(r".+令第\d+号", dn)):
                        err(f"regulation {e['name']}: doc_number not normalised: {dn}")
                if kind == "organizations":
                    orgnames.update([e["name"], *e["aliases"]])
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    k = squash(f)
                    if k in seen and seen[k] != e["name"]:
                        err(f"{kind}: form {f!r} used by both {seen[k]!r} and {e['name']!r}")
                    seen[k] = e["name"]
                hits = [f for f in forms if any(squash(f) in v for v in views)]
                if not hits:
                    err(f"{kind} {e['name']}: neither name nor any alias occurs in text")
                elif e["name"] not in hits:
                    notes.append(f"{gf.name}: {kind} canonical {e['name']!r} resolved (text has {hits[0]!r})")
        for e in g.get("regulations", []):
            if e.get("issuer"):
                for part in e["issuer"].split():
                    if part not in orgnames:
                        err(f"regulation {e['name']}: issuer part {part!r} is not a gold organization")
        if rep.get("publisher") and rep["publisher"] not in orgnames:
            err(f"publisher {rep['publisher']!r} not among organizations")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(notes)} resolved names")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
