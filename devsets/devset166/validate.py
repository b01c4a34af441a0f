#!/usr/bin/env python3
"""Validate devset gold files: format, types, presence of names/aliases in the text, report fields."""
import json, pathlib, re, sys
root = pathlib.Path(__file__).parent
REG_T = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
         "party_document", "plan", "publication", "other"}
REL = {"issues", "implements", "studies", "mentions"}
ORG_T = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
         "enterprise", "social", "other"}
MEA_T = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
def clean(s):
    return re.sub(r"[\s《》]", "", s)
errors, notes = [], []
golds = sorted((root / "gold").glob("*.json"))
for gp in golds:
    try:
        g = json.loads(gp.read_text(encoding="utf-8"))
    except Exception as e:
        errors.append(f"{gp.name}: JSON error {e}"); continue
    E = lambda m: errors.append(f"{gp.name}: {m}")
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        E(f"keys {sorted(g)}")
    if g.get("doc") != gp.stem + ".txt":
        E("doc field does not match file name")
    tp = root / "docs" / g.get("doc", "")
    if not tp.exists():
        E("text missing"); continue
    raw = tp.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    n = len(re.sub(r"\s", "", text))
    if not 1500 <= len(text) <= 5000:
        E(f"length {len(text)} chars out of 1500-5000")
    ct = clean(text)
    r = g.get("report") or {}
    if set(r) != {"title", "publisher", "region", "year", "date"}:
        E(f"report keys {sorted(r)}")
    for k in ("publisher", "region", "year"):
        if not r.get(k):
            E(f"report.{k} empty")
    if not isinstance(r.get("year"), int) or not 2015 <= r["year"] <= 2025:
        E("report.year not int 2015-2025")
    if r.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]):
        E("report.date format")
    if r.get("title") and clean(r["title"]) not in ct:
        E(f"title not in text: {r['title']}")
    orgnames = {o["name"] for o in g.get("organizations", [])}
    orgall = {a for o in g.get("organizations", []) for a in [o["name"], *o["aliases"]]}
    if r.get("publisher") not in orgnames:
        E(f"publisher {r.get('publisher')} not among organizations")
    for kind, types in (("regulations", REG_T), ("organizations", ORG_T), ("measures", MEA_T)):
        seen = {}
        for e in g.get(kind, []):
            base = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != base:
                E(f"{kind} keys {sorted(e)} for {e.get('name')}")
            if not isinstance(e.get("name"), str) or not e["name"]:
                E(f"{kind}: empty name"); continue
            if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                E(f"{kind}: bad aliases for {e['name']}")
            if e.get("type") not in types:
                E(f"{kind}: bad type {e.get('type')} for {e['name']}")
            forms = [e["name"], *e["aliases"]]
            for f in forms:
                k = clean(f)
                if k in seen and seen[k] != e["name"]:
                    E(f"{kind}: form {f} used by {seen[k]} and {e['name']}")
                seen[k] = e["name"]
                if forms.count(f) > 1:
                    E(f"{kind}: duplicate form {f}")
            present = [f for f in forms if clean(f) in ct]
            if not present:
                E(f"{kind}: neither name nor any alias in text: {e['name']}")
            elif clean(e["name"]) not in ct:
                notes.append(f"{gp.name}: {kind}: canonical not verbatim (alias found): {e['name']}")
            for a in e["aliases"]:
                if clean(a) not in ct:
                    notes.append(f"{gp.name}: {kind}: alias not verbatim: {a} ({e['name']})")
            if kind == "regulations":
                if e.get("relation") not in REL:
                    E(f"bad relation for {e['name']}")
                dn = e.get("doc_number")
                if dn is not None and not DOCNUM.match(dn):
                    E(f"doc_number not normalised: {dn}")
                iss = e.get("issuer")
                if iss is not None:
                    for part in iss.split():
                        if part not in orgall:
                            notes.append(f"{gp.name}: issuer part {part} not among organizations")
print(f"{len(golds)} gold files checked")
for m in notes:
    print("NOTE ", m)
for m in errors:
    print("ERROR", m)
sys.exit(1 if errors else 0)
