#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--hints] [DOC_PREFIX ...]

Checks, for every gold/*.json:
  * the JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file and matches the gold file name;
  * report has title/publisher/region/year/date; publisher, region and year are filled; year is an
    int in 2015..2025; date is YYYY-MM-DD or null; the publisher is one of the gold organizations;
  * every entity has the keys and value types of the seed gold format, a type from ANNOTATION.md,
    relation from the four allowed values, doc_number normalised to 代字〔年份〕N号 (or null);
  * no two entities of one kind share a name/alias after the scorer's normalisation;
  * every gold name or one of its aliases occurs in the text after removing 《》 and whitespace
    (canonical names that are resolved and do not occur are fine when an alias occurs);
    aliases that do not occur are reported as notes (accepted forms are allowed by ANNOTATION.md);
  * issuer (if set) is made of organization names/aliases of the same gold file.
Texts are read as UTF-8, falling back to GB18030.
--hints lists 《》 titles and quoted strings of each text that no gold entity covers, to help
spot omissions (not an error: slogans etc. are deliberately left out).
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS, GOLD = ROOT / "docs", ROOT / "gold"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^[\u4e00-\u9fff]{1,12}〔(19|20)\d\d〕\d{1,4}号$")

# same normalisation as /work/shared/score.py
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def snorm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def light(text):
    """Remove 《》 and all whitespace (the check the brief asks for)."""
    return re.sub(r"[\s《》]", "", str(text))


def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030")


def occurs(name, text_light, text_snorm):
    if light(name) and light(name) in text_light:
        return "exact"
    if snorm(name) and snorm(name) in text_snorm:
        return "norm"
    return None


def check(gf, hints):
    errors, notes = [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], notes, None
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(g) != keys:
        errors.append(f"top-level keys {sorted(g)} != {sorted(keys)}")
    doc = g.get("doc")
    if not isinstance(doc, str) or not doc.endswith(".txt"):
        errors.append(f"bad doc field {doc!r}")
        return errors, notes, None
    if doc[:-4] != gf.stem:
        errors.append(f"doc {doc} does not match gold file name {gf.name}")
    tp = DOCS / doc
    if not tp.exists():
        errors.append(f"text {tp} missing")
        return errors, notes, None
    text = read_text(tp)
    tl, tn = light(text), snorm(text)
    n = len(text)
    if not 1500 <= n <= 5000:
        notes.append(f"length {n} chars outside 1500-5000")

    rep = g.get("report")
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys wrong: {rep!r}")
        rep = rep if isinstance(rep, dict) else {}
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            errors.append(f"report.{f} is empty")
    if rep.get("year") is not None and (not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025):
        errors.append(f"report.year {rep.get('year')!r} not an int in 2015..2025")
    if rep.get("date") is not None:
        try:
            date.fromisoformat(rep["date"])
        except (TypeError, ValueError):
            errors.append(f"report.date {rep['date']!r} not YYYY-MM-DD")
    if rep.get("title") is not None and not occurs(rep["title"], tl, tn):
        errors.append(f"report.title does not occur in text: {rep['title']}")
    if rep.get("title") is None:
        notes.append("report.title is null")
    if rep.get("date") is None:
        notes.append("report.date is null")

    org_names = {}
    for o in g.get("organizations", []):
        if isinstance(o, dict):
            for a in [o.get("name"), *o.get("aliases", [])]:
                org_names[snorm(a)] = o.get("name")
    if rep.get("publisher") and snorm(rep["publisher"]) not in org_names:
        errors.append(f"publisher {rep['publisher']} is not a gold organization")

    spec = {
        "regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
        "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
        "measures": (MEAS_TYPES, {"name", "aliases", "type"}),
    }
    covered = []
    for kind, (types, fields) in spec.items():
        items = g.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != fields:
                errors.append(f"{kind}: bad fields {e!r}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                errors.append(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                errors.append(f"{kind}: {name}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{kind}: {name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                    errors.append(f"{kind}: {name}: doc_number {dn!r} not normalised")
                iss = e["issuer"]
                if iss is not None:
                    for part in str(iss).split():
                        if snorm(part) not in org_names:
                            errors.append(f"{kind}: {name}: issuer part {part!r} is not a gold organization")
            forms = [name, *e["aliases"]]
            for a in forms:
                k = snorm(a)
                if k in seen and seen[k] != name:
                    errors.append(f"{kind}: {a!r} is a form of both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            found = {a: occurs(a, tl, tn) for a in forms}
            covered.extend(snorm(a) for a in forms)
            if not any(found.values()):
                errors.append(f"{kind}: neither name nor any alias occurs in text: {name} {e['aliases']}")
                continue
            if not found[name]:
                notes.append(f"{kind}: canonical name not in text (alias occurs): {name}")
            for a in e["aliases"]:
                if not found[a]:
                    notes.append(f"{kind}: accepted form not in text: {name} <- {a}")
                elif found[a] == "norm":
                    notes.append(f"{kind}: alias occurs only after quote/bracket normalisation: {a}")

    hint_lines = []
    if hints:
        flat = re.sub(r"\s+", "", text)
        cands = set(re.findall(r"《([^《》]{2,80})》", flat))
        cands |= set(re.findall(r"[“\"「]([^“”\"「」]{2,30})[”\"」]", flat))
        for c in sorted(cands):
            k = snorm(c)
            if not any(k in cov or cov in k for cov in covered if cov):
                hint_lines.append(c)
    return errors, notes, hint_lines


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    hints = "--hints" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    if args:
        files = [f for f in files if any(f.name.startswith(a) for a in args)]
    texts = sorted(p.name for p in DOCS.glob("*.txt"))
    golds = {f.stem + ".txt" for f in sorted(GOLD.glob("*.json"))}
    total = 0
    for t in texts:
        if t not in golds:
            print(f"ERROR {t}: no gold file")
            total += 1
    for gf in files:
        errors, notes, hint_lines = check(gf, hints)
        total += len(errors)
        status = "OK " if not errors else "ERR"
        print(f"{status} {gf.name}: {len(errors)} errors, {len(notes)} notes")
        for e in errors:
            print(f"    ERROR {e}")
        for nline in notes:
            print(f"    note  {nline}")
        for h in hint_lines or []:
            print(f"    hint  uncovered quoted/titled string: {h}")
    print(f"{len(files)} gold files checked, {total} errors")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
