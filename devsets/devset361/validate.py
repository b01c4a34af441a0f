#!/usr/bin/env python3
"""Validate the gold files of this development set.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks, for every gold/*.json:
  * the file is JSON and has exactly the keys doc, report, regulations, organizations, measures;
  * report has title, publisher, region, year, date; publisher, region and year are filled,
    year is an int in 2015..2025, date is YYYY-MM-DD or null, publisher is one of the gold
    organizations (name or alias);
  * every entity has the fields and value types of ANNOTATION.md (type / relation vocabularies,
    doc_number shaped like 机关代字〔年份〕序号号, issuer parts resolvable to a gold organization);
  * the document docs/<doc> exists, decodes (UTF-8, UTF-8 with BOM, Big5 or GB18030) and has
    1,500-5,000 characters;
  * every entity's name or one of its aliases occurs in the text.  Occurrence is tested first
    literally (after removing 《》 and whitespace from both sides), then leniently (HTML
    entities decoded, NFKC, quotation and title marks dropped, brackets/dashes unified, as the
    scorer normalises names).  Entities found only leniently are listed as notes; entities
    found in no way are errors.  Canonical names that do not occur (resolved jurisdiction,
    simplified form of a traditional text, repaired damage) are fine when an alias occurs;
  * no two entities of one kind share a normalised name/alias (the scorer would mis-assign).
Exit status 1 if there is any error.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM_RE = re.compile(r"^[\u4e00-\u9fff□?？]+〔[0-9□?]{4}〕[0-9□?]+号$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Encodings the documents were written in (anything else must be UTF-8).
KNOWN_ENCODINGS = {"001_kaili.txt": "big5", "003_maiji.txt": "gb18030", "010_binju.txt": "gb18030"}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•\u00a0")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def strict(text):
    return "".join(c for c in text if c not in "《》" and not c.isspace())


def lenient(text):
    text = unicodedata.normalize("NFKC", html.unescape(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def decode(path):
    raw = path.read_bytes()
    enc = KNOWN_ENCODINGS.get(path.name)
    if enc:
        return raw.decode(enc), enc
    try:
        return raw.decode("utf-8-sig"), "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        pass
    best = None
    for enc in ("gb18030", "big5"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        score = sum(text.count(c) for c in "法治政府的年建设設")
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is None:
        raise UnicodeDecodeError("unknown", raw, 0, 1, "no encoding fits")
    return best[1], best[2]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    base = Path(args[0]) if args else Path(__file__).resolve().parent
    errors, notes = [], []
    gold_files = sorted((base / "gold").glob("*.json"))
    if not gold_files:
        sys.exit(f"no gold files under {base / 'gold'}")
    totals = {"regulations": 0, "organizations": 0, "measures": 0}
    for gf in gold_files:
        tag = gf.name

        def err(msg):
            errors.append(f"{tag}: {msg}")

        def note(msg):
            notes.append(f"{tag}: {msg}")

        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"not JSON: {exc}")
            continue
        if set(gold) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(gold)}")
            continue
        doc = gold["doc"]
        if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
            err(f"doc {doc!r} does not match the gold file name")
        path = base / "docs" / str(doc)
        if not path.exists():
            err(f"missing document {path}")
            continue
        try:
            text, enc = decode(path)
        except UnicodeDecodeError as exc:
            err(f"cannot decode {path.name}: {exc}")
            continue
        if not 1500 <= len(text) <= 5000:
            err(f"document has {len(text)} characters (want 1500-5000)")
        t_strict, t_len = strict(text), lenient(text)

        # report
        rep = gold["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep!r}")
        else:
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f].strip():
                    err(f"report.{f} empty")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                err(f"report.year {rep['year']!r}")
            if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE_RE.match(rep["date"])):
                err(f"report.date {rep['date']!r}")
            if rep["title"] is not None and lenient(rep["title"]) not in t_len:
                err(f"report.title does not occur in the text: {rep['title']}")
            if rep["date"] is None or rep["title"] is None:
                note("report title/date is null")

        org_forms = {}
        for o in gold.get("organizations", []):
            if isinstance(o, dict) and isinstance(o.get("name"), str):
                for a in [o["name"], *o.get("aliases", [])]:
                    org_forms.setdefault(lenient(a), lenient(o["name"]))
        if isinstance(rep, dict) and isinstance(rep.get("publisher"), str):
            if lenient(rep["publisher"]) not in org_forms:
                err(f"publisher {rep['publisher']} is not a gold organization")
            elif org_forms[lenient(rep["publisher"])] != lenient(rep["publisher"]):
                err(f"publisher {rep['publisher']} is an alias, use the canonical name")

        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = gold[kind]
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            totals[kind] += len(items)
            seen = {}
            for e in items:
                if not isinstance(e, dict):
                    err(f"{kind}: non-object entry {e!r}")
                    continue
                want = {"name", "aliases", "type"}
                if kind == "regulations":
                    want |= {"doc_number", "issuer", "relation"}
                if set(e) != want:
                    err(f"{kind}: {e.get('name')}: keys {sorted(e)}")
                    continue
                name, aliases = e["name"], e["aliases"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name")
                    continue
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    err(f"{kind}: {name}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{kind}: {name}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not (isinstance(dn, str) and DOCNUM_RE.match(dn)):
                        err(f"{kind}: {name}: doc_number {dn!r} not normalised")
                    iss = e["issuer"]
                    if iss is not None:
                        if not isinstance(iss, str):
                            err(f"{kind}: {name}: issuer {iss!r}")
                        else:
                            for part in iss.split():
                                if lenient(part) not in org_forms:
                                    err(f"{kind}: {name}: issuer part {part} is not a gold organization")
                # uniqueness of normalised forms within the kind
                for form in {lenient(x) for x in [name, *aliases]}:
                    if form in seen and seen[form] != name:
                        err(f"{kind}: form {form} used by both {seen[form]} and {name}")
                    seen.setdefault(form, name)
                # occurrence in the text
                forms = [name, *aliases]
                strict_hit = [f for f in forms if strict(f) and strict(f) in t_strict]
                lenient_hit = [f for f in forms if lenient(f) and lenient(f) in t_len]
                if not strict_hit and not lenient_hit:
                    err(f"{kind}: neither name nor any alias occurs: {name} {aliases}")
                elif not strict_hit:
                    note(f"{kind}: found only after lenient normalisation: {name}")
                if strict(name) not in t_strict and lenient(name) not in t_len:
                    note(f"{kind}: canonical name resolved (does not occur literally): {name}")
                for a in aliases:
                    if lenient(a) not in t_len:
                        note(f"{kind}: {name}: alias not in text (accepted variant): {a}")
        print(f"{tag}: {enc}, {len(text)} chars, "
              f"{len(gold['regulations'])} regulations, {len(gold['organizations'])} organizations, "
              f"{len(gold['measures'])} measures")
    if "-v" in sys.argv or "--notes" in sys.argv:
        for n in notes:
            print("note:", n)
    else:
        print(f"{len(notes)} notes (run with --notes to list them)")
    print("totals:", totals)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
