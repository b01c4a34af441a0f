#!/usr/bin/env python3
"""Check every gold file in gold/ against ANNOTATION.md and its document in docs/.

Checks: JSON loads; top-level keys; report fields (publisher/region/year filled, year int,
date YYYY-MM-DD or null, publisher is a gold organization name or alias); entity fields and
types/relations from the allowed sets; doc_number in the form 机关代字〔年份〕序号号;
no alias listed twice and no alias shared by two entities of the same kind; and that the
name or at least one alias of every entity occurs in the document text.

Text matching: the document is decoded (UTF-8, UTF-8 with BOM, Big5 or GB18030, whichever
decodes strictly and reads as Chinese best), HTML entities are unescaped, zero-width characters
removed, then both sides are normalised like score.py (NFKC, whitespace, quotation and title
marks removed, brackets/dashes unified).  Canonical names that do not occur (resolved or
repaired names) are fine when an alias occurs; they are listed with --verbose.

usage: python3 validate.py [--verbose]
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text)).translate(ZERO_WIDTH)
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_doc(path):
    data = path.read_bytes()
    best, best_score, best_enc = None, -1, None
    for enc in ("utf-8-sig", "big5", "gb18030"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = sum(text.count(w) for w in ("法治", "政府", "建設", "建设", "依法"))
        if score > best_score:
            best, best_score, best_enc = text, score, enc
    return best, best_enc


def check(gpath, verbose):
    errs, notes = [], []
    try:
        g = json.loads(gpath.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], notes, None
    if set(g) != KEYS:
        errs.append(f"top-level keys {sorted(g)}")
    if g.get("doc") != gpath.stem + ".txt":
        errs.append(f"doc field {g.get('doc')!r} does not match file name")
    dpath = ROOT / "docs" / str(g.get("doc"))
    if not dpath.exists():
        return errs + [f"missing document {dpath}"], notes, None
    text, enc = read_doc(dpath)
    if text is None:
        return errs + ["document does not decode"], notes, None
    plain = html.unescape(html.unescape(text))
    ntext = norm(plain)
    nchar = len(plain.translate(ZERO_WIDTH))
    if not 1500 <= nchar <= 5000:
        errs.append(f"document length {nchar} outside 1500-5000")
    rep = g.get("report") or {}
    if set(rep) != REPORT_KEYS:
        errs.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if rep.get(f) in (None, ""):
            errs.append(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errs.append(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
        errs.append(f"report.date {rep.get('date')!r}")
    if rep.get("title") is None:
        notes.append("report.title is null")
    elif norm(rep["title"]) not in ntext:
        errs.append(f"report.title not in text: {rep['title']}")
    if rep.get("date") is None:
        notes.append("report.date is null")
    orgnames = {norm(a) for o in g.get("organizations", []) for a in [o.get("name"), *o.get("aliases", [])]}
    if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
        errs.append(f"publisher {rep['publisher']} is not a gold organization")
    for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
        seen = {}
        items = g.get(kind)
        if not isinstance(items, list):
            errs.append(f"{kind} is not a list")
            continue
        for e in items:
            name = e.get("name")
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{kind}: bad name {name!r}")
                continue
            if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) for a in e["aliases"]):
                errs.append(f"{kind}/{name}: aliases must be a list of strings")
                continue
            want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != want:
                errs.append(f"{kind}/{name}: keys {sorted(e)}")
            if e.get("type") not in types:
                errs.append(f"{kind}/{name}: type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    errs.append(f"{kind}/{name}: relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None and not DOCNUM.match(dn):
                    errs.append(f"{kind}/{name}: doc_number {dn!r} not normalised")
                if dn is not None and norm(dn) not in ntext and verbose:
                    notes.append(f"{kind}/{name}: doc_number {dn} repaired/normalised (not literally in text)")
                if e.get("issuer") is not None and not isinstance(e["issuer"], str):
                    errs.append(f"{kind}/{name}: issuer {e['issuer']!r}")
            forms = [name, *e["aliases"]]
            nforms = [norm(f) for f in forms]
            if len(set(nforms)) != len(nforms) and verbose:
                notes.append(f"{kind}/{name}: aliases equal after normalisation: {forms}")
            for nf in set(nforms):
                if nf in seen and seen[nf] != name:
                    errs.append(f"{kind}: form {nf!r} belongs to both {seen[nf]!r} and {name!r}")
                seen.setdefault(nf, name)
            found = [f for f, nf in zip(forms, nforms) if nf and nf in ntext]
            if not found:
                errs.append(f"{kind}/{name}: neither name nor any alias occurs in the text")
            elif norm(name) not in ntext and verbose:
                notes.append(f"{kind}/{name}: canonical not in text (resolved); occurs as {found[0]!r}")
            for f, nf in zip(forms[1:], nforms[1:]):
                if nf not in ntext:
                    errs.append(f"{kind}/{name}: alias {f!r} does not occur in the text")
    return errs, notes, enc


def main():
    verbose = "--verbose" in sys.argv
    files = sorted((ROOT / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    bad = 0
    counts = [0, 0, 0]
    for gp in files:
        errs, notes, enc = check(gp, verbose)
        g = json.loads(gp.read_text(encoding="utf-8")) if not errs or "JSON" not in errs[0] else {}
        c = [len(g.get(k, [])) for k in ("regulations", "organizations", "measures")]
        counts = [a + b for a, b in zip(counts, c)]
        status = "OK " if not errs else "ERR"
        print(f"{status} {gp.name} [{enc}] regs={c[0]} orgs={c[1]} measures={c[2]}")
        for e in errs:
            print("   ERROR", e)
        if verbose:
            for n in notes:
                print("   note ", n)
        bad += bool(errs)
    print(f"{len(files)} gold files, {bad} with errors; entities: regs={counts[0]} orgs={counts[1]} measures={counts[2]}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
