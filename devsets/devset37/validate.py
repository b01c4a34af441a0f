#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py            (run from anywhere; paths are relative to this file)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ and equals <gold stem>.txt;
  * report has title/publisher/region/year/date; publisher, region, year filled; year int;
    date YYYY-MM-DD or null; publisher is one of the gold organizations (name or alias);
  * every entity has the right keys and value types; `type` and `relation` are in the
    vocabularies of ANNOTATION.md; doc_number looks like 机关代字〔YYYY〕N号;
  * no two entities of one kind share a normalised name/alias (the scorer would merge them);
  * the canonical name or at least one alias (after removing 《》〈〉 and whitespace) occurs
    in the text.  The text is searched as is, then with PDF page footers and line breaks
    removed (PDF-wrapped documents).  Canonical names that do not occur themselves
    (resolved names) are listed as INFO, which is fine when an alias occurs.
Exit status 1 if any ERROR was found.
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
KEYS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
TYPESETS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNO = re.compile(r"^(\S+〔\d{4}〕\d+号|\S+令第\d+号)$")
FOOTER = re.compile(r"^\s*(?:[—－-]\s*\d+\s*[—－-]|第\s*\d+\s*页.*|-\s*\d+\s*-)\s*$")

# the scorer's normalisation (score.py), used for the collision check
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip_marks(s):
    return re.sub(r"[《》〈〉\s]", "", unicodedata.normalize("NFKC", s))


def strip_quotes(s):
    return re.sub(r"[“”‘’\"'「」]", "", s)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def joined(text):
    lines = [l for l in text.splitlines() if not FOOTER.match(l)]
    return re.sub(r"\s", "", "".join(lines))


def main():
    errors, infos, n_ent = [], [], 0
    gold_files = sorted(GOLD.glob("*.json"))
    if not gold_files:
        sys.exit("no gold files")
    for gf in gold_files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != TOP_KEYS:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
        if g.get("doc") != gf.stem + ".txt":
            errors.append(f"{tag}: doc {g.get('doc')!r} != {gf.stem}.txt")
        docpath = DOCS / str(g.get("doc"))
        if not docpath.exists():
            errors.append(f"{tag}: missing document {docpath}")
            continue
        text = read_text(docpath)
        flat = strip_marks(text)
        flat_joined = strip_marks(joined(text))
        flat_q = strip_quotes(flat_joined)

        def occurs(form):
            f = strip_marks(form)
            if f in flat:
                return "raw"
            if f in flat_joined:
                return "joined"
            if strip_quotes(f) in flat_q:
                return "unquoted"
            return None
        n = len(re.sub(r"\s", "", text))
        if not 1500 <= n <= 5000:
            errors.append(f"{tag}: document length {n} chars outside 1500-5000")
        rep = g.get("report") or {}
        if set(rep) != REPORT_KEYS:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if rep.get(f) in (None, ""):
                errors.append(f"{tag}: report.{f} empty")
        if not isinstance(rep.get("year"), int):
            errors.append(f"{tag}: report.year not int")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            errors.append(f"{tag}: report.date {rep['date']!r}")
        for f in ("title", "date"):
            if rep.get(f) is None:
                infos.append(f"{tag}: report.{f} is null")
        if rep.get("title") and not occurs(rep["title"]):
            errors.append(f"{tag}: report title not in text: {rep['title']}")
        org_forms = {norm(x) for o in g.get("organizations", []) for x in [o.get("name", ""), *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            errors.append(f"{tag}: publisher {rep['publisher']!r} is not a gold organization")
        for kind in ("regulations", "organizations", "measures"):
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} not a list")
                continue
            seen = {}
            for e in items:
                n_ent += 1
                if not isinstance(e, dict) or set(e) != KEYS[kind]:
                    errors.append(f"{tag}: {kind} entry keys wrong: {e}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind} empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in TYPESETS[kind]:
                    errors.append(f"{tag}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and (not isinstance(dn, str) or not DOCNO.match(dn)):
                        errors.append(f"{tag}: {name}: doc_number not normalised: {dn!r}")
                    if dn is not None and norm(dn) not in norm(text) and norm(dn) not in norm(flat_joined):
                        infos.append(f"{tag}: {name}: doc_number {dn} not verbatim in text (repaired?)")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{tag}: {name}: issuer must be str or null")
                forms = [name, *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: '{f}' belongs to both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                where = {f: occurs(f) for f in forms}
                if not any(where.values()):
                    errors.append(f"{tag}: {kind} {name}: neither name nor any alias occurs in text")
                    continue
                if "raw" not in where.values() and "unquoted" not in where.values():
                    infos.append(f"{tag}: {kind} {name}: found only after joining PDF lines")
                if not where[name]:
                    infos.append(f"{tag}: {kind} {name}: canonical (resolved) name not in text; alias occurs")
                for a in e["aliases"]:
                    if not where[a]:
                        errors.append(f"{tag}: {kind} {name}: alias {a!r} not in text")
    for line in infos:
        print("INFO ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(gold_files)} gold files, {n_ent} entities, {len(errors)} errors, {len(infos)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
