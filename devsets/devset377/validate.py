#!/usr/bin/env python3
"""Validate the devset377 gold files against ANNOTATION.md and against their texts.

usage: python3 validate.py [-v]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/*.txt file and matches the gold file name;
  * report: title (str|null), publisher (str, and listed among the organizations by name or alias),
    region (str), year (int, 2014..2025), date (YYYY-MM-DD|null); publisher/region/year filled;
  * every entity has the fields of its kind with valid types; regulations have a valid
    relation, a doc_number of the form 机关代字〔YYYY〕N号 (or null) and an issuer (str|null);
  * no two entities of one kind share a name or alias after score.py's normalisation
    (that would make the scorer's alias index ambiguous);
  * every entity's name or one of its aliases occurs in the text. The text is decoded
    (UTF-8, UTF-8 with BOM, or whichever of GB18030/Big5 fits the gold best) and searched
    twice: literally, with whitespace and 《》 removed from both sides; and after
    normalisation (HTML entities decoded, NFKC, quotation/title marks dropped).
    Entities found by neither are ERRORs. Entities found only through an alias (canonical
    names resolved or repaired, e.g. 县司法局 -> 泾县司法局, or Traditional -> Simplified)
    are listed with -v, as are matches found only after normalisation.
Exit status 1 if any ERROR.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^\S+〔\d{4}〕\S+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# same normalisation as /work/shared/score.py
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def literal(text):
    return re.sub(r"\s+", "", text).replace("《", "").replace("》", "")


def read_text(path, names):
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = None
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        lit = literal(text)
        hits = sum(1 for n in names if literal(n) in lit)
        if best is None or hits > best[0]:
            best = (hits, text, enc)
    if best is None:
        raise UnicodeDecodeError("unknown", data, 0, 1, "no encoding fits")
    return best[1], best[2]


def main():
    verbose = "-v" in sys.argv
    errors, notes = [], []
    gold_files = sorted((ROOT / "gold").glob("*.json"))
    docs = {p.name for p in (ROOT / "docs").glob("*.txt")}
    seen_docs = set()
    for gf in gold_files:
        tag = gf.name

        def err(msg):
            errors.append(f"{tag}: {msg}")

        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        if set(gold) != TOP_KEYS:
            err(f"top-level keys {sorted(gold)}")
            continue
        doc = gold["doc"]
        seen_docs.add(doc)
        if doc != gf.stem + ".txt":
            err(f"doc {doc!r} does not match file name")
        if doc not in docs:
            err(f"doc {doc!r} not in docs/")
            continue
        rep = gold["report"]
        if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
            err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        else:
            for k in ("publisher", "region"):
                if not isinstance(rep[k], str) or not rep[k].strip():
                    err(f"report.{k} not filled")
            if not isinstance(rep["year"], int) or not 2014 <= rep["year"] <= 2025:
                err(f"report.year {rep['year']!r}")
            if rep["title"] is not None and not isinstance(rep["title"], str):
                err("report.title must be str or null")
            if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
                err(f"report.date {rep['date']!r}")
            if rep["title"] is None:
                notes.append(f"{tag}: report.title is null")
            if rep["date"] is None:
                notes.append(f"{tag}: report.date is null")
        # entity structure
        all_names = []
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = gold[kind]
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            index = {}
            for e in items:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != want:
                    err(f"{kind}: bad entity keys {e}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    err(f"{kind}: empty name")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    err(f"{kind}: {e['name']}: aliases must be a list of non-empty strings")
                if e["type"] not in types:
                    err(f"{kind}: {e['name']}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"regulation {e['name']}: relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                        err(f"regulation {e['name']}: doc_number {e['doc_number']!r} not normalised")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"regulation {e['name']}: issuer must be str or null")
                for a in [e["name"], *e["aliases"]]:
                    key = norm(a)
                    if key in index and index[key] != e["name"]:
                        err(f"{kind}: {a!r} is both {index[key]!r} and {e['name']!r}")
                    index.setdefault(key, e["name"])
                all_names.extend([e["name"], *e["aliases"]])
        if isinstance(rep, dict) and isinstance(rep.get("publisher"), str):
            orgs = {norm(a) for o in gold["organizations"] for a in [o["name"], *o["aliases"]]}
            if norm(rep["publisher"]) not in orgs:
                err(f"publisher {rep['publisher']!r} is not among the organizations")
        # presence in text
        text, enc = read_text(ROOT / "docs" / doc, all_names)
        lit_text = literal(text)
        norm_text = norm(html.unescape(text))
        for kind in ("regulations", "organizations", "measures"):
            for e in gold[kind]:
                forms = [e["name"], *e["aliases"]]
                lit_hits = [f for f in forms if literal(f) in lit_text]
                norm_hits = [f for f in forms if norm(f) in norm_text]
                if not lit_hits and not norm_hits:
                    err(f"{kind}: neither name nor any alias occurs in text: {e['name']!r} {e['aliases']}")
                    continue
                if not lit_hits:
                    notes.append(f"{tag}: {kind}: {e['name']!r} found only after normalisation (as {norm_hits[0]!r})")
                if e["name"] not in lit_hits and e["name"] not in norm_hits:
                    notes.append(f"{tag}: {kind}: canonical {e['name']!r} resolved; occurs as {(lit_hits or norm_hits)[0]!r}")
                for a in e["aliases"]:
                    if a not in lit_hits and a not in norm_hits:
                        err(f"{kind}: alias {a!r} of {e['name']!r} does not occur in text")
        notes.append(f"{tag}: decoded as {enc}, {len(text)} characters")
        if not 1500 <= len(text) <= 5000:
            err(f"text length {len(text)} outside 1500..5000")
    for d in sorted(docs - seen_docs):
        errors.append(f"docs/{d}: no gold file")
    if verbose:
        for n in notes:
            print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
