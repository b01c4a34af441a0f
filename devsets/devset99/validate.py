#!/usr/bin/env python3
"""Check every gold file of devset99 against ANNOTATION.md and its document text."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ENC = {"002_jiangmen_big5.txt": "big5"}
RTYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
          "party_document", "plan", "publication", "other"}
RELS = {"issues", "implements", "studies", "mentions"}
OTYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
          "enterprise", "social", "other"}
MTYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DROP = set("《》〈〉<>“”\"'‘’「」『』")


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if c not in DROP and not c.isspace())


def main():
    problems, info = [], []
    files = sorted((ROOT / "gold").glob("*.json"))
    for gf in files:
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            problems.append(f"{gf.name}: JSON: {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            problems.append(f"{gf.name}: keys {sorted(g)}")
        doc = ROOT / "docs" / g.get("doc", "")
        if not doc.exists() or gf.stem + ".txt" != g["doc"]:
            problems.append(f"{gf.name}: doc {g.get('doc')} missing/mismatch"); continue
        raw = doc.read_bytes().decode(ENC.get(g["doc"], "utf-8"))
        text = norm(raw)
        n = len(re.sub(r"\s", "", raw))
        if not 1500 <= len(raw) <= 5000:
            problems.append(f"{gf.name}: length {len(raw)}")
        r = g["report"]
        if set(r) != {"title", "publisher", "region", "year", "date"}:
            problems.append(f"{gf.name}: report keys")
        for k in ("title", "publisher", "region", "year", "date"):
            if r.get(k) in (None, ""):
                problems.append(f"{gf.name}: report.{k} empty")
        if not isinstance(r.get("year"), int) or not 2015 <= r["year"] <= 2025:
            problems.append(f"{gf.name}: year {r.get('year')}")
        if r.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            problems.append(f"{gf.name}: date {r['date']}")
        orgnames = set()
        for o in g["organizations"]:
            orgnames.update(norm(x) for x in [o["name"], *o["aliases"]])
        if norm(r["publisher"]) not in orgnames:
            problems.append(f"{gf.name}: publisher not among organizations")
        for kind, types in (("regulations", RTYPES), ("organizations", OTYPES), ("measures", MTYPES)):
            seen = {}
            for e in g[kind]:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    problems.append(f"{gf.name}: {kind} {e.get('name')}: keys {sorted(e)}")
                if e["type"] not in types:
                    problems.append(f"{gf.name}: {kind} {e['name']}: type {e['type']}")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    problems.append(f"{gf.name}: {kind} {e['name']}: aliases")
                if kind == "regulations":
                    if e["relation"] not in RELS:
                        problems.append(f"{gf.name}: {e['name']}: relation {e['relation']}")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not re.fullmatch(r"\S+〔\d{4}〕\d+号", dn):
                            problems.append(f"{gf.name}: {e['name']}: doc_number form {dn}")
                        elif not re.search(r"\d{4}\D{0,2}" + re.escape(re.search(r"〕(\d+)号", dn).group(1)), text):
                            problems.append(f"{gf.name}: {e['name']}: doc_number {dn} not in text")
                    if e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if norm(part) not in orgnames:
                                problems.append(f"{gf.name}: {e['name']}: issuer {part} not an organization")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        problems.append(f"{gf.name}: {kind}: form {f} shared by {seen[k]} and {e['name']}")
                    seen[k] = e["name"]
                hits = [f for f in forms if norm(f) in text]
                if not hits:
                    problems.append(f"{gf.name}: {kind}: NOT IN TEXT: {e['name']} {e['aliases']}")
                elif norm(e["name"]) not in text:
                    info.append(f"{gf.name}: {kind}: canonical resolved (found via alias {hits[0]}): {e['name']}")
    for p in problems:
        print("PROBLEM", p)
    if "-v" in sys.argv:
        for i in info:
            print("info", i)
    print(f"{len(files)} gold files, {len(problems)} problems, {len(info)} resolved canonical names")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
