#!/usr/bin/env python3
"""Check every gold file in gold/ against its document in docs/.

- JSON loads; keys and value types follow ANNOTATION.md section 5;
- type / relation values are from the allowed sets; doc_number is normalised (…〔YYYY〕N号);
- report fields are filled (title may be null only if the text has no title; date may be null
  only if the text has no date; both are reported as notes);
- every entity's name or one of its aliases occurs in the text (comparison after removing
  title marks, quotes and whitespace and NFKC normalisation, as score.py does);
  entities whose canonical name does not occur but an alias does are listed as notes;
- no two entities of the same kind share a normalised name/alias (would be a duplicate node).
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

BASE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def norm(t):
    t = unicodedata.normalize("NFKC", str(t))
    return "".join(_MAP.get(c, c) for c in t if c not in _DROP)

def main():
    errors, notes = [], []
    golds = sorted((BASE / "gold").glob("*.json"))
    docs = {p.name for p in (BASE / "docs").glob("*.txt")}
    for gf in golds:
        def err(msg): errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            err(f"JSON does not load: {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        doc = g.get("doc")
        if doc != gf.stem + ".txt" or doc not in docs:
            err(f"doc field {doc!r} does not name docs/{gf.stem}.txt"); continue
        raw = (BASE / "docs" / doc).read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
            notes.append(f"{gf.name}: document is not UTF-8 (read as GB18030)")
        ntext = norm(text)
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is None:
            notes.append(f"{gf.name}: report.date is null")
        elif not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
            err(f"report.date {rep['date']!r}")
        if rep.get("title") is None:
            notes.append(f"{gf.name}: report.title is null")
        elif norm(rep["title"]) not in ntext:
            err(f"report.title not in text")
        if not 1500 <= len(text) <= 5000:
            err(f"document length {len(text)} outside 1500-5000")
        regforms = {norm(n) for r in g.get("regulations", []) for n in [r["name"], *r["aliases"]]}
        for t in re.findall(r"《([^《》]+)》", text):
            if norm(t) not in regforms:
                err(f"title 《{t}》 in the text is not annotated as a regulation")
        for t in re.findall(r"〈([^〈〉]+)〉", text):
            if norm(t) not in regforms:
                err(f"inner title 〈{t}〉 in the text is not annotated as a regulation")
        allforms = [norm(n) for k in ("regulations", "organizations", "measures")
                    for e in g.get(k, []) for n in [e["name"], *e["aliases"]]]
        for q in re.findall(r"“([^“”]{2,40})”", text):
            if not any(norm(q) in f for f in allforms):
                notes.append(f"{gf.name}: quoted “{q}” is inside no annotated entity (check)")
        orgnames = {norm(n) for o in g.get("organizations", []) for n in [o["name"], *o["aliases"]]}
        if norm(rep.get("publisher", "")) not in orgnames:
            err("report.publisher is not among the organizations")
        spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
                "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
                "measures": ({"name", "aliases", "type"}, MEA_TYPES)}
        for kind, (keys, types) in spec.items():
            seen = {}
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list"); continue
            for e in items:
                nm = e.get("name")
                if set(e) != keys:
                    err(f"{kind} {nm!r}: keys {sorted(e)}")
                if not isinstance(nm, str) or not nm.strip():
                    err(f"{kind}: empty name"); continue
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind} {nm}: aliases must be a list of strings")
                    continue
                if e.get("type") not in types:
                    err(f"{kind} {nm}: type {e.get('type')!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{nm}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not re.fullmatch(r"\S+〔(19|20)\d\d〕\d+号", dn):
                        err(f"{nm}: doc_number {dn!r} not normalised")
                    if dn is not None and norm(dn) not in ntext:
                        err(f"{nm}: doc_number {dn!r} not in text")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{nm}: issuer type")
                forms = [nm, *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != nm:
                        err(f"{kind}: {f!r} used by both {seen[k]!r} and {nm!r}")
                    seen[k] = nm
                if norm(nm) in ntext:
                    pass
                elif any(norm(a) in ntext for a in e["aliases"]):
                    notes.append(f"{gf.name}: {kind} canonical {nm!r} resolved (alias occurs)")
                else:
                    err(f"{kind} {nm!r}: neither name nor any alias occurs in the text")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        notes.append(f"{gf.name}: {kind} alias {a!r} of {nm!r} does not occur (accepted form)")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
