#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py            (run from anywhere; paths are relative to this file)

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing docs/<doc> file and matches the gold file name;
  * report has title, publisher, region, year, date; publisher, region, year are filled
    (year an int in 2015..2025), date is null or a valid YYYY-MM-DD, the publisher is one
    of the gold organizations (by name or alias);
  * every entity has exactly the fields of its kind, a valid `type` (and for regulations a
    valid `relation`, a doc_number of the form 代字〔YYYY〕N号 or null, issuer str or null);
  * every entity's name or one of its aliases occurs in the text after normalisation
    (NFKC; whitespace, 《》〈〉 and quotation marks removed; brackets/dashes unified, as in
    score.py).  Entities whose canonical name does not occur but an alias does are listed
    as notes (resolved names) - that is fine;
  * no normalised name/alias is shared by two entities of the same kind (would make the
    scorer's matching ambiguous);
  * doc_numbers occur in the text (bracket style ignored) - a warning only, since scraping
    damage may have been repaired;
  * the text is 1,500-5,000 characters.
Exit status 1 if any ERROR was found.
"""
import datetime
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
KEYS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace"), "utf-8?"


def check(gf, errors, warnings, notes):
    def err(msg):
        errors.append(f"{gf.name}: {msg}")

    def warn(msg):
        warnings.append(f"{gf.name}: {msg}")

    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        err(f"top-level keys {sorted(g)}")
        return
    doc = g["doc"]
    if doc != gf.stem + ".txt":
        err(f"doc field {doc!r} does not match file name")
    tpath = DOCS / doc
    if not tpath.exists():
        err(f"text {tpath} missing")
        return
    text, enc = read_text(tpath)
    if enc != "utf-8":
        notes.append(f"{gf.name}: text encoded as {enc}")
    n = len(text)
    if not 1500 <= n <= 5000:
        err(f"text length {n} outside 1500-5000")
    ntext = norm(text)
    flat = re.sub(r"[()]", "", ntext)

    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f].strip():
                err(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep['year']!r}")
        if rep["date"] is not None:
            try:
                datetime.date.fromisoformat(rep["date"])
            except (TypeError, ValueError):
                err(f"report.date {rep['date']!r} not YYYY-MM-DD")
        else:
            notes.append(f"{gf.name}: report.date is null")
        if rep["title"] is None:
            notes.append(f"{gf.name}: report.title is null")
        elif norm(rep["title"]) not in ntext:
            warn(f"report.title not found in text: {rep['title']}")
        orgnames = {norm(a) for o in g["organizations"] for a in [o.get("name", ""), *o.get("aliases", [])]}
        if isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in orgnames:
            err(f"publisher {rep['publisher']} is not a gold organization")

    orgnames = {norm(a) for o in g["organizations"] for a in [o.get("name", ""), *o.get("aliases", [])]}
    for kind in ("regulations", "organizations", "measures"):
        items = g[kind]
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            if not isinstance(e, dict) or set(e) != KEYS[kind]:
                err(f"{kind}[{i}] keys {sorted(e) if isinstance(e, dict) else e}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                err(f"{kind}[{i}] empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                err(f"{kind} {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in TYPES[kind]:
                err(f"{kind} {name}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{name}: bad relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None:
                    if not isinstance(dn, str) or not re.fullmatch(r"\S+〔(19|20)\d\d〕\d+号", dn):
                        err(f"{name}: doc_number {dn!r} not normalised to 代字〔YYYY〕N号")
                    elif re.sub(r"[()]", "", norm(dn)) not in flat:
                        warn(f"{name}: doc_number {dn} not found in text (repaired?)")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str) or not iss.strip():
                        err(f"{name}: issuer must be null or a string")
                    else:
                        for part in iss.split():
                            if norm(part) not in orgnames:
                                warn(f"{name}: issuer part {part} is not a gold organization")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != i:
                    err(f"{kind}: form {f!r} shared by {items[seen[k]]['name']!r} and {name!r}")
                seen.setdefault(k, i)
            present = [f for f in forms if norm(f) and norm(f) in ntext]
            if not present:
                err(f"{kind} {name}: neither name nor any alias occurs in the text")
            elif norm(name) not in ntext:
                notes.append(f"{gf.name}: {kind} resolved name {name} (occurs as: {' / '.join(present)})")
    return g


def main():
    errors, warnings, notes = [], [], []
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    docs = {p.name for p in DOCS.glob("*.txt")}
    golds = {p.stem + ".txt" for p in files}
    for missing in sorted(docs - golds):
        errors.append(f"{missing}: no gold file")
    counts = []
    for gf in files:
        g = check(gf, errors, warnings, notes)
        if g:
            counts.append((gf.stem, len(g["regulations"]), len(g["organizations"]), len(g["measures"])))
    for c in counts:
        print(f"{c[0]:<28} regs={c[1]:<3} orgs={c[2]:<3} measures={c[3]}")
    if "-v" in sys.argv:
        for m in notes:
            print("NOTE   ", m)
    for m in warnings:
        print("WARNING", m)
    for m in errors:
        print("ERROR  ", m)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(warnings)} warnings, {len(notes)} notes (-v to list)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
