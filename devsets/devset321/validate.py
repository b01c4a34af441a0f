#!/usr/bin/env python3
"""Check every gold file in gold/ against ANNOTATION.md and its document in docs/.

usage: python3 validate.py [--strict-canonical]

Checks: JSON loads; keys and value types; entity types / relations from ANNOTATION.md;
doc_number format 机关代字〔年份〕序号号; no two entities of one kind share a normalised
name or alias (the scorer would make one of them unmatchable); every entity's name or one of
its aliases occurs in the text; the report fields are filled (publisher is one of the gold
organizations); the document is 1,500-5,000 characters.

Text matching: the document is decoded (UTF-8, else GB18030 or Big5, whichever reads as
Chinese), HTML entities are decoded, zero-width characters are dropped, and both text and
names are normalised as score.py does (NFKC; whitespace, quotation and title marks removed;
dashes and brackets unified). Canonical names that do not occur (resolved names) are listed as
information only, as long as an alias occurs.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
KINDS = ("regulations", "organizations", "measures")
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text)).translate(ZERO_WIDTH)
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def read_doc(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = None
    for enc in ("gb18030", "big5"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        score = sum(text.count(w) for w in ("法治", "政府", "建设", "建設", "人民"))
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is None:
        raise ValueError("cannot decode as UTF-8, GB18030 or Big5")
    return best[1], best[2]


def check(gold_path, errors, infos):
    def err(msg):
        errors.append(f"{gold_path.name}: {msg}")

    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return
    if set(gold) != {"doc", "report", *KINDS}:
        err(f"top-level keys {sorted(gold)}")
    doc = gold.get("doc")
    if not isinstance(doc, str) or doc[:-4] != gold_path.stem or not doc.endswith(".txt"):
        err(f"doc {doc!r} does not match the file name")
        return
    doc_path = ROOT / "docs" / doc
    if not doc_path.exists():
        err(f"document {doc} missing")
        return
    try:
        text, enc = read_doc(doc_path)
    except ValueError as exc:
        err(str(exc))
        return
    if not 1500 <= len(text) <= 5000:
        err(f"document length {len(text)} outside 1,500-5,000")
    ntext = norm(html.unescape(text))
    ntext_raw = norm(text)

    rep = gold.get("report")
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep!r}")
        rep = rep if isinstance(rep, dict) else {}
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            err(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        err(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", str(rep["date"])):
        err(f"report.date {rep.get('date')!r}")
    if rep.get("date") is None:
        infos.append(f"{gold_path.name}: report.date is null")
    if rep.get("title") is not None and not isinstance(rep["title"], str):
        err("report.title not a string")
    if rep.get("title") and norm(rep["title"]) not in ntext:
        err(f"report.title does not occur in the text: {rep['title']}")
    org_names = {norm(n) for o in gold.get("organizations", []) for n in [o.get("name", ""), *o.get("aliases", [])]}
    if rep.get("publisher") and norm(rep["publisher"]) not in org_names:
        err(f"publisher {rep['publisher']} is not among the organizations")

    for kind in KINDS:
        items = gold.get(kind)
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            where = f"{kind}[{i}]"
            keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if not isinstance(e, dict) or set(e) != keys:
                err(f"{where}: keys {sorted(e) if isinstance(e, dict) else e!r}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                err(f"{where}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                err(f"{where} {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in TYPES[kind]:
                err(f"{where} {name}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{where} {name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not DOCNO.match(dn):
                    err(f"{where} {name}: doc_number {dn!r} not normalised")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str):
                        err(f"{where} {name}: issuer not a string")
                    else:
                        for part in iss.split():
                            if norm(part) not in org_names:
                                err(f"{where} {name}: issuer part {part} is not among the organizations")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != i:
                    err(f"{where} {name}: form {f!r} collides with {items[seen[k]]['name']!r}")
                seen.setdefault(k, i)
            found = [f for f in forms if norm(f) in ntext]
            if not found:
                err(f"{where}: neither name nor any alias occurs in the text: {name} {e['aliases']}")
            elif norm(name) not in ntext:
                infos.append(f"{gold_path.name}: {kind} canonical not in text (alias does): {name}")
            if found and not any(norm(f) in ntext_raw for f in forms):
                infos.append(f"{gold_path.name}: {kind} found only after HTML-entity decoding: {name}")


def main():
    gold_files = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted(p.name for p in (ROOT / "docs").glob("*.txt"))
    errors, infos = [], []
    if {g.stem + ".txt" for g in gold_files} != set(docs):
        errors.append(f"docs and gold files differ: {sorted(set(docs) ^ {g.stem + '.txt' for g in gold_files})}")
    for g in gold_files:
        check(g, errors, infos)
    if "-v" in sys.argv:
        for line in infos:
            print("info:", line)
    for line in errors:
        print("ERROR:", line)
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(infos)} notes (-v to list)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
