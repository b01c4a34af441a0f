#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this script)

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing docs/<doc> file whose stem equals the gold file's stem;
  * report: title (str or null), publisher (str, and it is the name or an alias of a gold
    organization), region (str), year (int, 2015-2025), date (YYYY-MM-DD or null);
  * every entity has the fields of its kind with valid types (type/relation enums of
    ANNOTATION.md), aliases is a list of distinct strings, doc_number is null or of the form
    <机关代字>〔YYYY〕N号, issuer is null or made of gold organization names/aliases;
  * no normalised name/alias is shared by two entities of the same kind;
  * every entity is attested in the text: its name or one of its aliases occurs in the text
    after normalisation (HTML entities decoded, NFKC, whitespace, quotes and title marks removed,
    brackets and dashes unified — the scorer's normalisation); every alias should occur too
    (a note otherwise). If it is attested only after
    removing page furniture (page-number lines such as "— 3 —" and running headers repeated on
    several pages) that is reported as a note. Canonical names that do not occur themselves
    (resolved names) are fine when an alias occurs; they are listed with --verbose;
  * doc_number, if any, occurs in the text under the same normalisation (notes if repaired).
Exit status 1 if any ERROR was printed.
"""
import html
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
FIELDS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNO = re.compile(r"^[^\s〔〕]+〔(19|20)\d\d〕\d+号$")
PAGE_LINE = re.compile(r"^\s*[—\-－–]\s*\d+\s*[—\-－–]\s*$")


def norm(text):
    text = unicodedata.normalize("NFKC", html.unescape(str(text)))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def strip_furniture(raw):
    lines = raw.split("\n")
    counts = Counter(l.strip() for l in lines if len(l.strip()) >= 6)
    repeated = {l for l, n in counts.items() if n >= 2}
    keep = [l for l in lines if not PAGE_LINE.match(l) and l.strip() not in repeated]
    return "\n".join(keep)


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else Path(__file__).parent
    verbose = "--verbose" in sys.argv
    errors = notes = 0
    files = sorted((base / "gold").glob("*.json"))
    if not files:
        print("ERROR: no gold files"); return 1
    counts = Counter()
    for gf in files:
        def err(msg):
            nonlocal errors
            errors += 1
            print(f"ERROR {gf.name}: {msg}")

        def note(msg):
            nonlocal notes
            notes += 1
            print(f"note  {gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}"); continue
        if set(g) != KEYS:
            err(f"top-level keys {sorted(g)}")
        doc = g.get("doc")
        if not isinstance(doc, str) or Path(doc).stem != gf.stem or not doc.endswith(".txt"):
            err(f"doc field {doc!r} does not match file name")
            continue
        tp = base / "docs" / doc
        if not tp.exists():
            err(f"text {tp} missing"); continue
        raw = tp.read_text(encoding="utf-8")
        text = norm(raw)
        text_clean = norm(strip_furniture(raw))
        n_chars = len(raw)
        if not 1500 <= n_chars <= 5000:
            err(f"text length {n_chars} outside 1500-5000")
        orgs = g.get("organizations", [])
        org_names = {}
        for o in orgs if isinstance(orgs, list) else []:
            if isinstance(o, dict):
                for a in [o.get("name"), *(o.get("aliases") or [])]:
                    if isinstance(a, str):
                        org_names[norm(a)] = o.get("name")
        # report
        rep = g.get("report")
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep!r}")
        else:
            if rep["title"] is not None and (not isinstance(rep["title"], str) or not rep["title"].strip()):
                err("report.title must be a non-empty string or null")
            if rep["title"] is None:
                note("report.title is null")
            elif norm(rep["title"]) not in text:
                note(f"report.title {rep['title']!r} does not occur verbatim (normalised) in the text")
            if not isinstance(rep["publisher"], str) or not rep["publisher"]:
                err("report.publisher empty")
            elif norm(rep["publisher"]) not in org_names:
                err(f"report.publisher {rep['publisher']!r} is not a gold organization")
            if not isinstance(rep["region"], str) or not rep["region"]:
                err("report.region empty")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                err(f"report.year {rep['year']!r}")
            if rep["date"] is not None and not (isinstance(rep["date"], str) and re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"])):
                err(f"report.date {rep['date']!r}")
            if rep["date"] is None:
                note("report.date is null")
        for kind in ("regulations", "organizations", "measures"):
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list"); continue
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != FIELDS[kind]:
                    err(f"{kind}: bad entity fields {e!r}"); continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name"); continue
                if e["type"] not in TYPES[kind]:
                    err(f"{kind}: {name}: type {e['type']!r}")
                al = e["aliases"]
                if not isinstance(al, list) or not all(isinstance(a, str) and a for a in al):
                    err(f"{kind}: {name}: aliases must be a list of strings"); al = []
                if len(set(al)) != len(al) or name in al:
                    err(f"{kind}: {name}: duplicate alias")
                for a in {norm(x) for x in [name, *al]}:
                    if a in seen and seen[a] != name:
                        err(f"{kind}: '{a}' shared by {seen[a]!r} and {name!r}")
                    seen[a] = name
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{name}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not isinstance(dn, str) or not DOCNO.match(dn):
                            err(f"{name}: doc_number {dn!r} not normalised")
                        elif norm(dn) not in text:
                            if norm(dn) in text_clean:
                                note(f"{name}: doc_number {dn} occurs only across page furniture")
                            else:
                                note(f"{name}: doc_number {dn} repaired (not verbatim in text)")
                    iss = e["issuer"]
                    if iss is not None:
                        for part in str(iss).split():
                            if norm(part) not in org_names:
                                err(f"{name}: issuer part {part!r} is not a gold organization")
                for a in al:
                    if norm(a) not in text and norm(a) not in text_clean:
                        note(f"{kind}: {name!r}: alias {a!r} does not occur in the text")
                forms = [name, *al]
                hits = [f for f in forms if norm(f) in text]
                if not hits:
                    hits2 = [f for f in forms if norm(f) in text_clean]
                    if hits2:
                        note(f"{kind}: {name!r} attested only after removing page furniture ({hits2[0]!r})")
                    else:
                        err(f"{kind}: {name!r}: neither name nor any alias occurs in the text")
                elif norm(name) not in text and verbose:
                    print(f"info  {gf.name}: {kind}: canonical {name!r} resolved; attested as {hits[0]!r}")
                counts[kind] += 1
    print(f"checked {len(files)} gold files: " + ", ".join(f"{k}={v}" for k, v in counts.items())
          + f"; {errors} error(s), {notes} note(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
