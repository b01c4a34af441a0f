#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md and the document texts.

usage: python3 validate.py            (from anywhere; paths are relative to this file)

Checks, per gold file:
  * JSON loads; top-level keys, report keys and entity keys are exactly the ones of the format;
  * types / relations are from the closed lists of ANNOTATION.md; year is an int; date is YYYY-MM-DD or null;
    doc_number is null or normalised `代字〔YYYY〕N号`; aliases are a list of distinct strings;
  * report publisher / region / year are filled, and the publisher is one of the gold organizations;
  * the document exists, decodes (UTF-8, else GB18030 or Big5, whichever explains more gold names),
    is 1,500-5,000 characters long;
  * every entity's name or one of its aliases occurs in the text after the scorer's normalisation
    (NFKC, whitespace/quotes/title marks dropped, brackets unified) plus the repair of
    converter damage that the gold ignores (HTML entities decoded, zero-width characters dropped).
    Entities whose canonical name does not occur but an alias does are listed as "resolved" (fine);
    entities with no occurrence at all are errors;
  * no normalised alias is shared by two entities of the same kind in one document (the scorer would
    shadow one of them);
  * every entity has an occurrence that is not merely part of a longer occurrence of another
    entity (warning otherwise: e.g. a measure named only inside a regulation title);
  * a doc_number that does not occur in the text is reported as a note (repaired damage).
Exit status 1 if any error.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
REG_KEYS = {"name", "aliases", "type", "doc_number", "issuer", "relation"}
ENT_KEYS = {"name", "aliases", "type"}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
_ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def norm(text):
    """The scorer's normalisation (score.py norm) plus removal of zero-width characters."""
    text = unicodedata.normalize("NFKC", str(text)).translate(_ZW)
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def unescape(text):
    for _ in range(3):  # entities are sometimes escaped twice (&amp;ldquo;)
        new = html.unescape(text)
        if new == text:
            break
        text = new
    return text


def names_of(gold):
    for kind in ("regulations", "organizations", "measures"):
        for e in gold.get(kind, []):
            yield kind, e, [e["name"], *e.get("aliases", [])]


def read_doc(path, gold):
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
        t = norm(unescape(text))
        hits = sum(any(norm(a) in t for a in al) for _, _, al in names_of(gold))
        if best is None or hits > best[0]:
            best = (hits, text, enc)
    if best is None:
        raise ValueError("cannot decode")
    return best[1], best[2]


def check(gf, errors, notes, warnings):
    def err(msg):
        errors.append(f"{gf.name}: {msg}")

    try:
        gold = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return
    if set(gold) != KEYS:
        err(f"top-level keys {sorted(gold)}")
        return
    rep = gold["report"]
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        return
    for f in ("publisher", "region"):
        if not isinstance(rep[f], str) or not rep[f].strip():
            err(f"report.{f} not filled")
    if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
        err(f"report.year {rep['year']!r}")
    if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
        err(f"report.date {rep['date']!r}")
    if rep["title"] is None:
        notes.append(f"{gf.name}: report.title is null")
    if rep["date"] is None:
        notes.append(f"{gf.name}: report.date is null")
    for kind, keys, types in (("regulations", REG_KEYS, REG_TYPES), ("organizations", ENT_KEYS, ORG_TYPES),
                              ("measures", ENT_KEYS, MEA_TYPES)):
        if not isinstance(gold[kind], list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in gold[kind]:
            if not isinstance(e, dict) or set(e) != keys:
                err(f"{kind} entry keys {sorted(e) if isinstance(e, dict) else e}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                err(f"{kind}: empty name")
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                err(f"{kind} {e['name']}: aliases must be a list of strings")
            elif len(set(e["aliases"])) != len(e["aliases"]) or e["name"] in e["aliases"]:
                err(f"{kind} {e['name']}: repeated alias")
            if e["type"] not in types:
                err(f"{kind} {e['name']}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"regulation {e['name']}: bad relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not re.fullmatch(r"[^〔〕\s]+〔(19|20)\d\d〕\d+号", dn):
                    err(f"regulation {e['name']}: doc_number not normalised: {dn!r}")
                if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"].strip()):
                    err(f"regulation {e['name']}: bad issuer {e['issuer']!r}")
            for a in [e["name"], *e.get("aliases", [])]:
                k = norm(a)
                if k in seen and seen[k] != e["name"]:
                    err(f"{kind}: alias {a!r} of {e['name']!r} also belongs to {seen[k]!r}")
                seen.setdefault(k, e["name"])
    org_names = {norm(a) for o in gold["organizations"] for a in [o["name"], *o["aliases"]]}
    if rep["publisher"] and norm(rep["publisher"]) not in org_names:
        err(f"publisher {rep['publisher']!r} is not a gold organization")
    doc = HERE / "docs" / gold["doc"]
    if gf.stem != gold["doc"][:-4]:
        err(f"gold file name does not match doc {gold['doc']!r}")
    if not doc.exists():
        err(f"document {gold['doc']} missing")
        return
    text, enc = read_doc(doc, gold)
    if enc != "utf-8":
        notes.append(f"{gf.name}: document decoded as {enc}")
    n = len(text)
    if not 1500 <= n <= 5000:
        err(f"document length {n} outside 1500-5000")
    t = norm(unescape(text))
    for kind, e, al in names_of(gold):
        found = [a for a in al if norm(a) and norm(a) in t]
        if not found:
            err(f"{kind}: NOT IN TEXT: {e['name']!r} aliases={e['aliases']!r}")
        elif e["name"] not in found:
            notes.append(f"{gf.name}: resolved {kind[:3]} {e['name']!r} <- {found[0]!r}")
    # every entity should have at least one occurrence that is not just a piece of a longer
    # occurrence of another entity (e.g. a measure named only inside a regulation title)
    spans = []
    for kind, e, al in names_of(gold):
        for a in {norm(a) for a in al if norm(a)}:
            i = t.find(a)
            while i >= 0:
                spans.append((i, i + len(a), id(e)))
                i = t.find(a, i + 1)
    reg_ids = {id(e) for e in gold["regulations"]}
    for kind, e, al in names_of(gold):
        own = [s for s in spans if s[2] == id(e)]
        free = [s for s in own if not any(o[2] != id(e) and o[0] <= s[0] and s[1] <= o[1]
                                          and o[1] - o[0] > s[1] - s[0] for o in spans)]
        if own and not free:
            hosts = {o[2] for s in own for o in spans if o[2] != id(e) and o[0] <= s[0] and s[1] <= o[1]}
            if hosts <= reg_ids:
                notes.append(f"{gf.name}: {kind[:3]} {e['name']!r} is named only inside a cited title")
            else:
                warnings.append(f"{gf.name}: {kind[:3]} {e['name']!r} occurs only inside another entity's name")
    for e in gold["regulations"]:
        if e["doc_number"] and norm(e["doc_number"]) not in t:
            notes.append(f"{gf.name}: doc_number {e['doc_number']!r} repaired (not verbatim in text)")
    if rep["title"] and norm(rep["title"]) not in t:
        notes.append(f"{gf.name}: title not verbatim in text")


def main():
    errors, notes, warnings = [], [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    docs = sorted((HERE / "docs").glob("*.txt"))
    for gf in golds:
        check(gf, errors, notes, warnings)
    gold_docs = {g.stem for g in golds}
    for d in docs:
        if d.stem not in gold_docs:
            errors.append(f"{d.name}: no gold file")
    verbose = "-v" in sys.argv
    if verbose:
        for n in notes:
            print("note:", n)
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} gold files, {len(docs)} documents, {len(errors)} errors, {len(warnings)} warnings, {len(notes)} notes"
          + ("" if verbose else " (-v to list notes)"))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
