#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [-v] [DEVSET_DIR]      (default: the directory of this script)

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` is the name of an existing docs/<doc> file and matches the gold file name;
  * report: title (str or null), publisher / region (non-empty str), year (int 2015-2025),
    date (null or a valid YYYY-MM-DD); the publisher is one of the gold organizations;
  * every entity has the fields and types ANNOTATION.md defines (type / relation from the
    allowed sets, doc_number null or normalised to 机关代字〔年份〕序号号, issuer null or str);
  * no two entities of one kind share a (normalised) name or alias — the scorer could not
    tell them apart;
  * the canonical name or at least one alias occurs in the text (after removing 《》〈〉 and
    whitespace from both; documents are read as UTF-8, else GB18030; CRLF is fine).
    Canonical names that do not occur but have an occurring alias are listed as INFO
    (resolved names such as 中共苏州市吴中区委员会 for 区委); aliases that do not occur are WARN.
Exit status 1 if there is any ERROR.
"""
import datetime
import json
import re
import sys
import unicodedata
from pathlib import Path

KEYS = ["doc", "report", "regulations", "organizations", "measures"]
REPORT_KEYS = ["title", "publisher", "region", "year", "date"]
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")

# the scorer's normalisation (score.py), used for the collision check
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def squash(text):
    """Remove title marks and whitespace only (the occurrence test)."""
    return "".join(c for c in text if c not in "《》〈〉" and not c.isspace())


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("unknown", raw, 0, 1, "neither UTF-8 nor GB18030")


def check(devset):
    errors, warns, infos = [], [], []
    gold_dir, docs_dir = devset / "gold", devset / "docs"
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        errors.append(f"no gold files in {gold_dir}")
    stats = {"regulations": 0, "organizations": 0, "measures": 0}
    for gf in files:
        where = gf.name
        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{where}: JSON does not load: {exc}")
            continue
        if list(gold) != KEYS:
            errors.append(f"{where}: keys {list(gold)} != {KEYS}")
        doc = gold.get("doc")
        if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
            errors.append(f"{where}: doc {doc!r} does not match the gold file name")
            continue
        if not (docs_dir / doc).exists():
            errors.append(f"{where}: docs/{doc} missing")
            continue
        text, enc = read_doc(docs_dir / doc)
        flat = squash(text)
        infos.append(f"{where}: {enc}, {'CRLF' if chr(13) + chr(10) in text else 'LF'}, "
                     f"{len(''.join(text.split()))} non-space chars")
        if not 1500 <= len("".join(text.split())) <= 5000:
            warns.append(f"{where}: document length outside 1500-5000 characters")

        # report
        rep = gold.get("report")
        if not isinstance(rep, dict) or list(rep) != REPORT_KEYS:
            errors.append(f"{where}: report keys {list(rep or {})} != {REPORT_KEYS}")
            rep = rep or {}
        if rep.get("title") is not None and not isinstance(rep.get("title"), str):
            errors.append(f"{where}: report.title must be str or null")
        if rep.get("title") and squash(rep["title"]) not in flat:
            warns.append(f"{where}: report.title not found in text")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                errors.append(f"{where}: report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{where}: report.year {rep.get('year')!r} not an int in 2015-2025")
        if rep.get("date") is not None:
            try:
                datetime.date.fromisoformat(rep["date"])
            except (TypeError, ValueError):
                errors.append(f"{where}: report.date {rep['date']!r} not YYYY-MM-DD")
        else:
            infos.append(f"{where}: report.date is null")
        org_names = {norm(o.get("name", "")) for o in gold.get("organizations", []) if isinstance(o, dict)}
        if rep.get("publisher") and norm(rep["publisher"]) not in org_names:
            errors.append(f"{where}: publisher {rep['publisher']!r} is not a gold organization")

        # entities
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEASURE_TYPES)):
            items = gold.get(kind)
            if not isinstance(items, list):
                errors.append(f"{where}: {kind} is not a list")
                continue
            stats[kind] += len(items)
            seen = {}
            for e in items:
                if not isinstance(e, dict):
                    errors.append(f"{where}: {kind}: entry is not an object: {e!r}")
                    continue
                want = ["name", "aliases", "type"] + (["doc_number", "issuer", "relation"] if kind == "regulations" else [])
                if sorted(e) != sorted(want):
                    errors.append(f"{where}: {kind}: {e.get('name')!r} has keys {sorted(e)}, want {sorted(want)}")
                name, aliases = e.get("name"), e.get("aliases")
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{where}: {kind}: empty name")
                    continue
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    errors.append(f"{where}: {kind}: {name}: aliases must be a list of non-empty strings")
                    aliases = []
                if e.get("type") not in types:
                    errors.append(f"{where}: {kind}: {name}: bad type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        errors.append(f"{where}: {name}: bad relation {e.get('relation')!r}")
                    num = e.get("doc_number")
                    if num is not None and (not isinstance(num, str) or not DOCNUM.match(num)):
                        errors.append(f"{where}: {name}: doc_number {num!r} not normalised")
                    if num is not None and squash(num) in flat:
                        pass
                    elif num is not None:
                        infos.append(f"{where}: {name}: doc_number {num} written differently in the text")
                    iss = e.get("issuer")
                    if iss is not None and (not isinstance(iss, str) or not iss.strip()):
                        errors.append(f"{where}: {name}: issuer must be null or a string")
                for form in [name, *aliases]:
                    key = norm(form)
                    if key in seen and seen[key] != name:
                        errors.append(f"{where}: {kind}: {form!r} is both {seen[key]!r} and {name!r}")
                    seen.setdefault(key, name)
                # an alias that differs from the name only in quotation marks is allowed (the seed
                # gold does it: it records the form as written); an exact repeat is not
                if len(set(aliases)) != len(aliases) or name in aliases:
                    warns.append(f"{where}: {kind}: {name}: repeated alias")
                found = [f for f in [name, *aliases] if squash(f) in flat]
                if not found:
                    errors.append(f"{where}: {kind}: neither {name!r} nor an alias occurs in the text")
                    continue
                if squash(name) not in flat:
                    infos.append(f"{where}: {kind}: canonical {name!r} resolved, occurs as {found[0]!r}")
                for a in aliases:
                    if squash(a) not in flat:
                        warns.append(f"{where}: {kind}: {name}: alias {a!r} does not occur")
    return errors, warns, infos, stats, len(files)


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    devset = Path(args[0]) if args else Path(__file__).resolve().parent
    errors, warns, infos, stats, n = check(devset)
    verbose = "-v" in sys.argv
    if verbose:
        for m in infos:
            print("INFO ", m)
    for m in warns:
        print("WARN ", m)
    for m in errors:
        print("ERROR", m)
    print(f"{n} gold files; {stats['regulations']} regulations, {stats['organizations']} organizations, "
          f"{stats['measures']} measures; {len(errors)} errors, {len(warns)} warnings, {len(infos)} info "
          f"(-v to list)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
