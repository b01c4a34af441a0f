#!/usr/bin/env python3
"""Validate devset103 gold files against ANNOTATION.md format rules and the texts."""
import json, sys, unicodedata, re
from pathlib import Path
HERE = Path(__file__).resolve().parent
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
         "party_document", "plan", "publication", "other"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
         "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
REL = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)
DOCNO = re.compile(r"^.+〔\d{4}〕\d+号$")
errors, notes = [], []
def err(f, m): errors.append(f"{f}: {m}")
for gf in sorted((HERE / "gold").glob("*.json")):
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e:
        err(gf.name, f"JSON error {e}"); continue
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        err(gf.name, f"keys {sorted(g)}")
    tp = HERE / "docs" / g.get("doc", "")
    if not tp.exists() or g["doc"][:-4] != gf.stem:
        err(gf.name, "doc file missing / name mismatch"); continue
    text = tp.read_text(encoding="utf-8")
    ntext = norm(text)
    if not 1500 <= len(text) <= 5000:
        err(gf.name, f"text length {len(text)}")
    r = g["report"]
    if set(r) != {"title", "publisher", "region", "year", "date"}:
        err(gf.name, "report keys")
    for k in ("publisher", "region", "year"):
        if not r.get(k): err(gf.name, f"report.{k} empty")
    if not isinstance(r.get("year"), int): err(gf.name, "year not int")
    if r.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]): err(gf.name, "bad date")
    if r.get("title") and norm(r["title"]) not in ntext: err(gf.name, "title not in text")
    if norm(r["publisher"]) not in {norm(n) for o in g["organizations"] for n in [o["name"]]}:
        err(gf.name, "publisher not among organizations")
    spec = {"regulations": REG_T, "organizations": ORG_T, "measures": MEA_T}
    for kind, types in spec.items():
        seen = {}
        for e in g[kind]:
            if not isinstance(e.get("name"), str) or not e["name"]: err(gf.name, f"{kind}: empty name"); continue
            if not isinstance(e.get("aliases"), list): err(gf.name, f"{kind}: aliases not list")
            if e.get("type") not in types: err(gf.name, f"{kind} {e['name']}: bad type {e.get('type')}")
            if kind == "regulations":
                if set(e) != {"name", "aliases", "type", "doc_number", "issuer", "relation"}: err(gf.name, f"reg keys {e['name']}")
                if e["relation"] not in REL: err(gf.name, f"bad relation {e['name']}")
                if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]): err(gf.name, f"doc_number format {e['doc_number']}")
                if e["doc_number"] is not None and norm(e["doc_number"]) not in ntext: err(gf.name, f"doc_number not in text {e['doc_number']}")
            else:
                if set(e) != {"name", "aliases", "type"}: err(gf.name, f"{kind} keys {e['name']}")
            forms = [e["name"], *e.get("aliases", [])]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    err(gf.name, f"{kind}: form {f!r} shared by {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
            present = [f for f in forms if norm(f) in ntext]
            if not present:
                err(gf.name, f"{kind}: neither name nor alias occurs: {e['name']}")
            elif norm(e["name"]) not in ntext:
                notes.append(f"{gf.name}: {kind} canonical resolved (not in text): {e['name']}  <- {present[0]}")
            for a in e.get("aliases", []):
                if norm(a) not in ntext:
                    err(gf.name, f"{kind}: alias not in text: {a!r} ({e['name']})")
print("\n".join("NOTE " + n for n in notes) if "-v" in sys.argv else f"{len(notes)} resolved canonical names (use -v to list)")
print("\n".join("ERROR " + e for e in errors) or "OK: all gold files valid")
sys.exit(1 if errors else 0)
