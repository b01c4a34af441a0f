#!/usr/bin/env python3
"""Check every gold file of this devset.

usage: python3 validate.py [--hints]

Errors (exit 1): JSON does not load, keys/types invalid per ANNOTATION.md, a gold entity of
which neither the name nor any alias occurs in the text, report fields missing, the same
surface form given to two entities of one kind, doc_number not in 机关代字〔年份〕序号号 form,
document length outside 1,500-5,000 characters.
Notes: entities whose canonical name does not occur (resolved names) but an alias does.
--hints: 《》 titles and “” terms in the text that no gold entity covers (for completeness review).
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def check(gf, hints):
    errs, notes, hint = [], [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], [], []
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errs.append(f"top-level keys {sorted(g)}")
    doc = HERE / "docs" / str(g.get("doc"))
    if g.get("doc") != gf.stem + ".txt" or not doc.exists():
        errs.append(f"doc field {g.get('doc')!r} does not name docs/{gf.stem}.txt")
        return errs, notes, hint
    text = read_text(doc)
    ntext = norm(text)
    if not 1500 <= len(text) <= 5000:
        errs.append(f"length {len(text)} outside 1500-5000")
    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            errs.append(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
        errs.append(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
        errs.append(f"report.date {rep.get('date')!r}")
    if rep.get("title") is not None and norm(rep["title"]) not in ntext:
        errs.append(f"report.title not in text: {rep['title']}")
    orgnames = {norm(n) for o in g.get("organizations", []) for n in [o["name"], *o["aliases"]]}
    if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
        errs.append(f"publisher {rep['publisher']} is not a gold organization")
    spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
            "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
            "measures": (MEA_TYPES, {"name", "aliases", "type"})}
    for kind, (types, keys) in spec.items():
        seen = {}
        items = g.get(kind)
        if not isinstance(items, list):
            errs.append(f"{kind} is not a list")
            continue
        for e in items:
            if set(e) != keys:
                errs.append(f"{kind} {e.get('name')}: keys {sorted(e)}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                errs.append(f"{kind}: empty name")
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) for a in e["aliases"]):
                errs.append(f"{kind} {e['name']}: aliases not a list of strings")
                continue
            if e["type"] not in types:
                errs.append(f"{kind} {e['name']}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"{kind} {e['name']}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not re.fullmatch(r"[^〔〕]+〔\d{4}〕\d+号", dn):
                    errs.append(f"{kind} {e['name']}: doc_number {dn!r} not normalised")
                if dn is not None and norm(dn) not in ntext:
                    notes.append(f"{kind} {e['name']}: doc_number {dn} does not occur verbatim (repaired?)")
                iss = e["issuer"]
                if iss is not None:
                    for part in iss.split():
                        if norm(part) not in orgnames:
                            errs.append(f"{kind} {e['name']}: issuer part {part} is not a gold organization")
            forms = [e["name"], *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != e["name"]:
                    errs.append(f"{kind}: form {f!r} given to both {seen[k]!r} and {e['name']!r}")
                seen.setdefault(k, e["name"])
            present = [f for f in forms if norm(f) in ntext]
            if not present:
                errs.append(f"{kind} {e['name']}: neither name nor any alias occurs in the text")
            elif norm(e["name"]) not in ntext:
                notes.append(f"{kind} {e['name']}: resolved name (occurs as {present[0]!r})")
            for a in e["aliases"]:
                if norm(a) not in ntext:
                    notes.append(f"{kind} {e['name']}: alias {a!r} does not occur (accepted form)")
        if kind == "regulations" and hints:
            covered = {norm(f) for e in items for f in [e["name"], *e["aliases"]]}
            for m in re.finditer(r"《([^》]+)》|〈([^〉]+)〉", text):
                t = m.group(1) or m.group(2)
                if norm(t) not in covered:
                    hint.append(f"title not covered: {t}")
    if hints:
        allforms = {norm(f) for k in spec for e in g.get(k, []) for f in [e["name"], *e["aliases"]]}
        for m in re.finditer(r"[“\"]([^”\"]{1,30})[”\"]", text):
            t = norm(m.group(1))
            if not any(t in f for f in allforms):
                hint.append(f"quoted term not covered: {m.group(1)}")
    return errs, notes, hint


def main():
    hints = "--hints" in sys.argv
    files = sorted((HERE / "gold").glob("*.json"))
    docs = sorted(p.stem for p in (HERE / "docs").glob("*.txt"))
    bad = 0
    if docs != [f.stem for f in files]:
        print("docs and gold files differ:", set(docs) ^ {f.stem for f in files})
        bad += 1
    for gf in files:
        errs, notes, hint = check(gf, hints)
        for e in errs:
            print(f"ERROR {gf.stem}: {e}")
        for n in notes:
            print(f"note  {gf.stem}: {n}")
        for h in hint:
            print(f"hint  {gf.stem}: {h}")
        bad += len(errs)
    print(f"{len(files)} gold files checked, {bad} errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
