#!/usr/bin/env python3
"""Validate the devset11 gold files against ANNOTATION.md rules and their texts.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks per gold file:
  * JSON loads; top-level keys exactly doc/report/regulations/organizations/measures;
    `doc` names an existing file in docs/ and matches the gold file name;
  * report: title (str or null), publisher (non-empty str, also listed among the organizations),
    region (non-empty str), year (int 2000-2030), date (YYYY-MM-DD or null);
  * every entity has the fields of its kind with valid types / relations (ANNOTATION.md 1-3);
    doc_number null or normalised `…〔YYYY〕N号` (or a 令 number `…令第N号`); issuer null or str;
  * every entity's name or at least one alias occurs in the text after removing 《》〈〉<> and all
    whitespace (errors); entities whose canonical name does not occur but an alias does are
    listed as notes (resolved names); aliases that do not occur are listed as notes;
  * no normalised name/alias is shared by two entities of the same kind (the scorer would
    then match one prediction to the wrong entity);
  * issuers of regulations are (space-separated) organizations of the same gold file.
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}

# same normalisation as score.py, used for collision checks
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def flat(text):
    """Text form used for the occurrence check: no title marks, no whitespace."""
    return re.sub(r"\s+", "", re.sub(r"[《》〈〉<>]", "", text))


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace"), "utf-8?"


DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$|^\S*令第\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check(gold_path, docs_dir):
    errors, notes = [], []
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], notes
    if set(g) != KEYS:
        errors.append(f"top-level keys {sorted(g)} != {sorted(KEYS)}")
        return errors, notes
    if g["doc"] != gold_path.stem + ".txt":
        errors.append(f"doc {g['doc']!r} does not match file name {gold_path.name}")
    txt_path = docs_dir / g["doc"]
    if not txt_path.exists():
        return errors + [f"text {txt_path} missing"], notes
    text, enc = read_text(txt_path)
    if enc != "utf-8":
        notes.append(f"text encoding {enc}")
    ftext = flat(text)

    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        errors.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
    else:
        if rep["title"] is not None and (not isinstance(rep["title"], str) or not rep["title"]):
            errors.append("report.title must be a non-empty string or null")
        if rep["title"] and flat(rep["title"]) not in ftext:
            errors.append(f"report.title not in text: {rep['title']}")
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f].strip():
                errors.append(f"report.{f} empty")
        if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
            errors.append(f"report.year invalid: {rep['year']!r}")
        if rep["date"] is not None and (not isinstance(rep["date"], str) or not DATE.match(rep["date"])):
            errors.append(f"report.date invalid: {rep['date']!r}")
        if rep["date"] is None:
            notes.append("report.date is null")
        orgnames = {o.get("name") for o in g["organizations"] if isinstance(o, dict)}
        if rep.get("publisher") not in orgnames:
            errors.append(f"publisher {rep.get('publisher')!r} is not among the organizations")

    specs = {
        "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
        "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
        "measures": ({"name", "aliases", "type"}, MEASURE_TYPES),
    }
    org_norms = {}
    for o in g["organizations"]:
        if isinstance(o, dict):
            for a in [o.get("name", ""), *o.get("aliases", [])]:
                org_norms[norm(a)] = o.get("name")
    for kind, (fields, types) in specs.items():
        items = g[kind]
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != fields:
                errors.append(f"{kind}: bad entity fields {e}")
                continue
            name, aliases = e["name"], e["aliases"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name")
                continue
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                errors.append(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                errors.append(f"{kind}: {name}: invalid type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{kind}: {name}: invalid relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and (not isinstance(dn, str) or not DOCNO.match(dn)):
                    errors.append(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str) or not iss.strip():
                        errors.append(f"{kind}: {name}: issuer must be a non-empty string or null")
                    else:
                        for part in iss.split():
                            if norm(part) not in org_norms:
                                errors.append(f"{kind}: {name}: issuer part {part!r} is not an organization of this gold file")
            # occurrence
            forms = [name, *aliases]
            present = [f for f in forms if flat(f) in ftext]
            if not present:
                errors.append(f"{kind}: {name}: neither the name nor any alias occurs in the text")
            else:
                if flat(name) not in ftext:
                    notes.append(f"{kind}: resolved name not in text (ok, alias present): {name}  <- {present[0]}")
                for a in aliases:
                    if flat(a) not in ftext:
                        notes.append(f"{kind}: alias not literally in text (accepted form): {name}: {a}")
            # collisions
            for f in set(norm(x) for x in forms):
                if f in seen and seen[f] != name:
                    errors.append(f"{kind}: form {f!r} shared by {seen[f]!r} and {name!r}")
                seen.setdefault(f, name)
    return errors, notes


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    root = Path(args[0]) if args else Path(__file__).resolve().parent
    golds = sorted((root / "gold").glob("*.json"))
    if not golds:
        sys.exit(f"no gold files in {root / 'gold'}")
    total_err = 0
    verbose = "-v" in sys.argv
    for gp in golds:
        errors, notes = check(gp, root / "docs")
        total_err += len(errors)
        print(f"{gp.name}: {'OK' if not errors else str(len(errors)) + ' error(s)'}; {len(notes)} note(s)")
        for e in errors:
            print("  ERROR", e)
        if verbose:
            for n in notes:
                print("  note ", n)
    print(f"{len(golds)} gold files, {total_err} error(s)")
    sys.exit(1 if total_err else 0)


if __name__ == "__main__":
    main()
