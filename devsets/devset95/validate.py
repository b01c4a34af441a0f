#!/usr/bin/env python3
"""Validate devset gold files against ANNOTATION.md conventions.

usage: python3 validate.py [OUTDIR]   (default: the directory of this script)
Checks: JSON loads; keys and value types; enumerations (type, relation); doc file exists;
every entity's name or at least one alias occurs in the text (compared after the scorer's
normalisation and with all whitespace removed, so PDF line breaks do not matter); names
that do not occur (resolved canonical names) are listed as info when an alias occurs;
duplicate names/aliases within a kind; doc_number form; report fields filled.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
REL = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP and not c.isspace())

def read_text(p):
    raw = p.read_bytes()
    for enc in ("utf-8", "gb18030", "utf-16"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError("cannot decode")

errors, infos = [], []
def err(f, m): errors.append(f"{f}: {m}")

golds = sorted((ROOT / "gold").glob("*.json"))
if not golds:
    sys.exit("no gold files")
for gf in golds:
    f = gf.name
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e:
        err(f, f"JSON does not load: {e}"); continue
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        err(f, f"top-level keys {sorted(g)}")
    doc = g.get("doc")
    if doc != gf.stem + ".txt":
        err(f, f"doc {doc!r} != file stem")
    dp = ROOT / "docs" / str(doc)
    if not dp.exists():
        err(f, "doc file missing"); continue
    text = read_text(dp)
    ntext = norm(text)
    n = len(text)
    if not 1500 <= n <= 5000:
        err(f, f"text length {n} outside 1500-5000")
    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f, f"report keys {sorted(rep)}")
    for k in ("publisher", "region", "year"):
        if not rep.get(k):
            err(f, f"report.{k} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
        err(f, "report.year not an int in 2015-2025")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
        err(f, "report.date not YYYY-MM-DD")
    if rep.get("title") is not None and norm(rep["title"]) not in ntext:
        err(f, "report.title does not occur in text")
    orgnames = {norm(a) for o in g.get("organizations", []) for a in [o["name"], *o["aliases"]]}
    if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
        err(f, "publisher is not a gold organization name/alias")
    spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
            "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
            "measures": (MEAS_TYPES, {"name", "aliases", "type"})}
    for kind, (types, keys) in spec.items():
        items = g.get(kind)
        if not isinstance(items, list):
            err(f, f"{kind} not a list"); continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != keys:
                err(f, f"{kind}: bad keys {e}"); continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                err(f, f"{kind}: empty name"); continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                err(f, f"{kind}/{e['name']}: aliases must be a list of strings")
                continue
            if e["type"] not in types:
                err(f, f"{kind}/{e['name']}: bad type {e['type']!r}")
            forms = [e["name"], *e["aliases"]]
            for a in forms:
                k = norm(a)
                if k in seen and seen[k] != e["name"]:
                    err(f, f"{kind}: {a!r} used by both {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
            occ = [a for a in forms if norm(a) in ntext]
            if not occ:
                err(f, f"{kind}/{e['name']}: neither name nor any alias occurs in text")
            elif norm(e["name"]) not in ntext:
                infos.append(f"{f}: {kind}: resolved name {e['name']!r} (text has {occ[0]!r})")
            for a in e["aliases"]:
                if norm(a) not in ntext:
                    infos.append(f"{f}: {kind}: alias {a!r} of {e['name']!r} not in text (accepted variant)")
            if kind == "regulations":
                if e["relation"] not in REL:
                    err(f, f"regulation {e['name']}: bad relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None:
                    if not re.fullmatch(r".+〔(19|20)\d\d〕\d+号", dn):
                        err(f, f"regulation {e['name']}: doc_number {dn!r} not normalised")
                    digits = re.sub(r"\D", "", dn)
                    if digits not in re.sub(r"\D", "", text):
                        err(f, f"regulation {e['name']}: doc_number digits not in text")
                if e["issuer"] is not None:
                    parts = e["issuer"].split()
                    if not all(norm(p) in orgnames for p in parts):
                        infos.append(f"{f}: issuer {e['issuer']!r} of {e['name']!r} is not a gold organization")
for i in infos:
    print("info:", i)
for e in errors:
    print("ERROR:", e)
print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} infos")
sys.exit(1 if errors else 0)
