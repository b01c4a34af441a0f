#!/usr/bin/env python3
"""Validate the devset180 gold files against ANNOTATION.md (format, types, occurrence in text).

usage: python3 validate.py [-v]      (run from anywhere; checks ./docs and ./gold beside this file)
Errors make the exit status 1. With -v, canonical names that do not occur literally in the
text but are matched through an alias (resolved names) are listed as information.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
REG_KEYS = {"name", "aliases", "type", "doc_number", "issuer", "relation"}
ENT_KEYS = {"name", "aliases", "type"}
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
# PDF page furniture (page numbers between lines) can split a name across a page break;
# such names count as occurring when the page-number lines are ignored.
PAGE_LINE = re.compile(r"^\s*(?:[—\-－]\s*\d+\s*[—\-－]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?)\s*$", re.M)
DATE = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    """Same normalisation as score.py: NFKC, drop quotes/title marks/whitespace, unify brackets."""
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


def check(gf, verbose, errors, infos):
    def err(msg):
        errors.append(f"{gf.name}: {msg}")
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return
    if set(g) != TOP_KEYS:
        err(f"top-level keys {sorted(g)} != {sorted(TOP_KEYS)}")
    if g.get("doc") != gf.stem + ".txt":
        err(f"doc field {g.get('doc')!r} does not match file name")
    txt_path = DOCS / str(g.get("doc"))
    if not txt_path.exists():
        err(f"text {txt_path} missing")
        return
    raw = read_text(txt_path)
    text = norm(raw)
    text_nopage = norm(PAGE_LINE.sub("", raw))
    rep = g.get("report") or {}
    if set(rep) != REPORT_KEYS:
        err(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            err(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2000 <= rep.get("year", 0) <= 2030:
        err(f"report.year not a plausible int: {rep.get('year')!r}")
    if rep.get("date") is not None and not DATE.match(str(rep["date"])):
        err(f"report.date not YYYY-MM-DD: {rep['date']!r}")
    if rep.get("title") is not None and norm(rep["title"]) not in text:
        err(f"report.title does not occur in text: {rep['title']!r}")
    org_names = set()
    for o in g.get("organizations", []):
        org_names.update(norm(a) for a in [o.get("name", ""), *o.get("aliases", [])])
    if rep.get("publisher") and norm(rep["publisher"]) not in org_names:
        err(f"publisher {rep['publisher']!r} is not a gold organization")
    for kind, keys, types in (("regulations", REG_KEYS, REG_TYPES), ("organizations", ENT_KEYS, ORG_TYPES),
                              ("measures", ENT_KEYS, MEA_TYPES)):
        items = g.get(kind)
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != keys:
                err(f"{kind}: bad keys in {e!r}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                err(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                err(f"{kind}: {name}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{kind}: {name}: bad relation {e['relation']!r}")
                if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                    err(f"{kind}: {name}: doc_number not normalised: {e['doc_number']!r}")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    err(f"{kind}: {name}: issuer must be a string or null")
                if e["doc_number"] is not None and norm(e["doc_number"]) not in text:
                    infos.append(f"{gf.name}: {kind}: {name}: doc_number {e['doc_number']} repaired/normalised (not literal)")
            forms = [name, *e["aliases"]]
            for f in forms:
                nf = norm(f)
                if nf in seen and seen[nf] != name:
                    err(f"{kind}: form {f!r} used by both {seen[nf]!r} and {name!r}")
                seen.setdefault(nf, name)
            if len({norm(f) for f in forms}) != len(forms):
                infos.append(f"{gf.name}: {kind}: {name}: aliases repeat a form after normalisation")
            present = [f for f in forms if norm(f) in text]
            if not present:
                present = [f for f in forms if norm(f) in text_nopage]
                if present:
                    infos.append(f"{gf.name}: {kind}: {name}: occurs only across a PDF page break")
            if not present:
                err(f"{kind}: {name}: neither the name nor any alias occurs in the text")
            elif norm(name) not in text:
                infos.append(f"{gf.name}: {kind}: resolved name {name!r} (text has {present[0]!r})")
            for a in e["aliases"]:
                if norm(a) not in text:
                    infos.append(f"{gf.name}: {kind}: {name}: alias {a!r} is an accepted form not in text")


def main():
    verbose = "-v" in sys.argv
    errors, infos = [], []
    gold_files = sorted(GOLD.glob("*.json"))
    txts = {p.name for p in DOCS.glob("*.txt")}
    for gf in gold_files:
        check(gf, verbose, errors, infos)
    for t in sorted(txts - {gf.stem + ".txt" for gf in gold_files}):
        errors.append(f"{t}: no gold file")
    for t in sorted(txts):
        n = len(read_text(DOCS / t))
        if not 1500 <= n <= 5000:
            errors.append(f"{t}: length {n} outside 1500-5000 characters")
    if verbose:
        for i in infos:
            print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(infos)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
