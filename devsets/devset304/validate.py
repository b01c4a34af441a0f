#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md and the texts.

usage: python3 validate.py [GOLD_DIR] [DOCS_DIR]

Checks, per gold file:
  * JSON loads; top-level keys doc/report/regulations/organizations/measures; `doc` names an
    existing text file and matches the gold file name;
  * report fields: title (str|null), publisher/region (non-empty str), year (int 2000-2030),
    date (YYYY-MM-DD|null); publisher is one of the gold organizations (name or alias);
  * every entity has name (str), aliases (list of str), a valid type; regulations also have
    doc_number (null or 机关代字〔YYYY〕N号), issuer (null or str whose parts are gold
    organizations) and relation in issues/implements/studies/mentions;
  * no two entities of one kind share a normalised name/alias (the scorer would mis-match);
  * every entity's name or one of its aliases occurs in the text after removing whitespace and
    title marks 《》〈〉 — checked both on the raw text and on the text with page numbers and
    running headers removed (PDF damage can put a page break inside a title). Canonical names
    that do not occur are listed as info when an alias occurs (resolved names are allowed).
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "gold"
DOCS = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "docs"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
PAGE = re.compile(r"^\s*(?:[—－\-–]\s*\d+\s*[—－\-–]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|[·•]\s*\d+\s*[·•])\s*$")

# same normalisation as score.py (names compared after it)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def squash(text):
    """Text form used for occurrence checks: whitespace and title marks removed."""
    return re.sub(r"[\s《》〈〉<>]", "", unicodedata.normalize("NFKC", text))


def strip_artifacts(text):
    lines = text.splitlines()
    after_page = {}
    for i, ln in enumerate(lines[:-1]):
        if PAGE.match(ln):
            nxt = lines[i + 1].strip()
            after_page[nxt] = after_page.get(nxt, 0) + 1
    headers = {h for h, n in after_page.items() if n >= 2 and len(h) < 40}
    kept, prev_page = [], False
    for ln in lines:
        if PAGE.match(ln):
            prev_page = True
            continue
        if prev_page and ln.strip() in headers:
            prev_page = False
            continue
        prev_page = False
        kept.append(ln)
    return "\n".join(kept)


def main():
    errors, warnings, infos = [], [], []
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit(f"no gold files in {GOLD}")
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        keys = {"doc", "report", "regulations", "organizations", "measures"}
        if set(g) != keys:
            errors.append(f"{tag}: keys {sorted(g)} != {sorted(keys)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{tag}: doc {g['doc']!r} does not match the file name")
        doc = DOCS / g["doc"]
        if not doc.exists():
            errors.append(f"{tag}: text {doc} missing")
            continue
        raw = doc.read_text(encoding="utf-8")
        if not 1500 <= len(raw) <= 5000:
            warnings.append(f"{tag}: text has {len(raw)} characters (expected 1500-5000)")
        texts = (squash(raw), squash(strip_artifacts(raw)))
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        if rep.get("title") is not None and not isinstance(rep["title"], str):
            errors.append(f"{tag}: report.title must be str or null")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep[f].strip():
                errors.append(f"{tag}: report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
            errors.append(f"{tag}: report.year {rep.get('year')!r} invalid")
        if rep.get("date") is not None and not re.fullmatch(r"20\d\d-[01]\d-[0-3]\d", str(rep["date"])):
            errors.append(f"{tag}: report.date {rep.get('date')!r} not YYYY-MM-DD")
        if rep.get("date") is None:
            warnings.append(f"{tag}: report.date is null")
        if rep.get("title") and not any(squash(rep["title"]) in t for t in texts):
            warnings.append(f"{tag}: report title does not occur in the text")
        org_forms = {}
        for o in g["organizations"]:
            for a in [o.get("name"), *o.get("aliases", [])]:
                org_forms[norm(a)] = o.get("name")
        if norm(rep.get("publisher", "")) not in org_forms:
            errors.append(f"{tag}: publisher {rep.get('publisher')!r} is not a gold organization")
        for kind, allowed in TYPES.items():
            seen = {}
            if not isinstance(g[kind], list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            for e in g[kind]:
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind}: entity without name: {e}")
                    continue
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{tag}: {kind}: {name}: keys {sorted(e)} != {sorted(want)}")
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) and a.strip() for a in e.get("aliases", [])):
                    errors.append(f"{tag}: {kind}: {name}: aliases must be a list of non-empty strings")
                if e.get("type") not in allowed:
                    errors.append(f"{tag}: {kind}: {name}: type {e.get('type')!r} not allowed")
                if kind == "regulations":
                    dn = e.get("doc_number")
                    if dn is not None and not DOCNUM.match(dn):
                        errors.append(f"{tag}: {name}: doc_number {dn!r} not normalised")
                    if e.get("relation") not in RELATIONS:
                        errors.append(f"{tag}: {name}: relation {e.get('relation')!r}")
                    iss = e.get("issuer")
                    if iss is not None:
                        for part in str(iss).split():
                            if norm(part) not in org_forms:
                                errors.append(f"{tag}: {name}: issuer part {part!r} is not a gold organization")
                forms = [name, *e.get("aliases", [])]
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: form {a!r} shared by {seen[k]!r} and {name!r}")
                    seen[k] = name
                hits = [a for a in forms if any(squash(a) in t for t in texts)]
                if not hits:
                    errors.append(f"{tag}: {kind}: neither {name!r} nor its aliases occur in the text")
                elif name not in hits:
                    infos.append(f"{tag}: {kind}: canonical {name!r} resolved (occurs as {hits[0]!r})")
                for a in e.get("aliases", []):
                    if a not in hits:
                        infos.append(f"{tag}: {kind}: alias {a!r} of {name!r} is an accepted form not written in the text")
    for label, items in (("ERROR", errors), ("WARN", warnings), ("info", infos)):
        for it in items:
            print(f"{label}\t{it}")
    print(f"{len(files)} gold files: {len(errors)} errors, {len(warnings)} warnings, {len(infos)} info")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
