#!/usr/bin/env python3
"""Validate the devset gold files against ANNOTATION.md and the texts.

usage: python3 validate.py [-v] [DEVSET_DIR]   (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing file in docs/ whose stem is the gold file's stem;
  * report: title (str or null), publisher / region (non-empty str), year (int 2015-2025),
    date (null or a valid YYYY-MM-DD); the publisher is one of the gold organizations;
  * every entity: name (non-empty str), aliases (list of str), type in the allowed set;
    regulations also doc_number (null or str), issuer (null or str), relation in the allowed set;
    doc_number in the normalised form 机关代字〔年份〕序号号 (other forms are listed as notes);
    every part of an issuer is a gold organization (name or alias);
  * no normalised form (name or alias) is shared by two entities of one kind;
  * the name or one of the aliases occurs in the text. Text and names are compared after:
    decoding (UTF-8 with or without BOM, else GBK), dropping PDF page-number lines
    (`— 3 —`, `第 3 页 共 4 页`), Unicode NFKC, removing whitespace, title marks and quotation
    marks, and unifying dashes and brackets as score.py does. Canonical names that do not occur
    (resolved jurisdiction, simplified form of a traditional text, repaired damage) are listed
    as notes when an alias occurs; an entity none of whose forms occurs is an ERROR;
  * measures whose every occurrence is inside a 《》 title are flagged (WARN);
  * document length 1,500-5,000 characters.
Exit status 1 if there is any ERROR.
"""
import datetime
import json
import re
import sys
import unicodedata
from pathlib import Path

KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEASURE_TYPES}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
PAGE_LINE = re.compile(r"^[ \t\u3000]*(?:[-—–－]+[ \t\u3000]*\d+[ \t\u3000]*[-—–－]+|第[ \t\u3000]*\d+[ \t\u3000]*页"
                       r"(?:[ \t\u3000]*共[ \t\u3000]*\d+[ \t\u3000]*页)?)[ \t\u3000]*$", re.M)
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gbk"), "gbk"


def strip_pages(text):
    return PAGE_LINE.sub("", text)


TITLE = re.compile(r"《[^《》\n]*》")


def outside_titles(text):
    """The text with every closed 《…》 title replaced by a separator (unclosed marks are ignored)."""
    return TITLE.sub("|", text)


def check(gold_path, docs_dir, errors, warns, notes):
    stem = gold_path.stem
    def err(msg): errors.append(f"{stem}: {msg}")
    def warn(msg): warns.append(f"{stem}: {msg}")
    def note(msg): notes.append(f"{stem}: {msg}")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return
    if set(gold) != KEYS:
        err(f"top-level keys {sorted(gold)} != {sorted(KEYS)}")
        return
    doc = gold["doc"]
    if doc != stem + ".txt":
        err(f"doc {doc!r} does not match the gold file name")
    txt = docs_dir / doc
    if not txt.exists():
        err(f"text {txt} missing")
        return
    text, enc = read_text(txt)
    if enc != "utf-8":
        note(f"encoding {enc}")
    if not 1500 <= len(text) <= 5000:
        err(f"length {len(text)} outside 1500-5000")
    clean = strip_pages(text)
    ntext = norm(clean)
    nout = norm(outside_titles(clean))

    rep = gold["report"]
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep!r}")
    else:
        if rep["title"] is not None and not isinstance(rep["title"], str):
            err("report.title must be str or null")
        if rep["title"] is None:
            note("report.title is null")
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f].strip():
                err(f"report.{f} empty")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep['year']!r}")
        if rep["date"] is None:
            note("report.date is null")
        else:
            try:
                datetime.date.fromisoformat(rep["date"])
                if len(rep["date"]) != 10:
                    raise ValueError
            except (TypeError, ValueError):
                err(f"report.date {rep['date']!r} is not YYYY-MM-DD")

    org_forms = {}
    resolved = []
    for kind in ("regulations", "organizations", "measures"):
        items = gold[kind]
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or not isinstance(e.get("name"), str) or not e["name"].strip():
                err(f"{kind}: bad entity {e!r}")
                continue
            name = e["name"]
            want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != want:
                err(f"{kind}: {name}: keys {sorted(e)} != {sorted(want)}")
            al = e.get("aliases")
            if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
                err(f"{kind}: {name}: aliases must be a list of non-empty str")
                al = []
            if e.get("type") not in TYPES[kind]:
                err(f"{kind}: {name}: type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    err(f"{kind}: {name}: relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None:
                    if not isinstance(dn, str):
                        err(f"{kind}: {name}: doc_number must be str or null")
                    elif not DOCNUM.match(dn):
                        note(f"doc_number not of the form X〔YYYY〕N号: {dn!r} ({name})")
                if e.get("issuer") is not None and not isinstance(e.get("issuer"), str):
                    err(f"{kind}: {name}: issuer must be str or null")
            forms = [name, *al]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    err(f"{kind}: form {f!r} belongs to both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
                if kind == "organizations":
                    org_forms[k] = name
            present = [f for f in forms if norm(f) and norm(f) in ntext]
            if not present:
                err(f"{kind}: {name}: neither the name nor an alias occurs in the text")
            elif norm(name) not in ntext:
                resolved.append(name)
                if VERBOSE:
                    note(f"{kind}: canonical {name!r} does not occur; aliases found: {present}")
            if kind == "measures" and present and not any(norm(f) in nout for f in forms):
                warn(f"measures: {name}: occurs only inside 《》 titles")
    if resolved:
        note(f"{len(resolved)} canonical names occur only through an alias (resolved/normalised; -v lists them)")
    rep = gold.get("report") or {}
    if isinstance(rep, dict) and rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        err(f"publisher {rep['publisher']!r} is not among the organizations")
    for e in gold.get("regulations", []):
        iss = e.get("issuer") if isinstance(e, dict) else None
        if iss:
            for part in iss.replace("、", " ").split():
                if norm(part) not in org_forms:
                    err(f"regulations: {e['name']}: issuer part {part!r} is not a gold organization")


VERBOSE = False


def main():
    global VERBOSE
    args = [a for a in sys.argv[1:] if a not in ("-v", "--verbose")]
    VERBOSE = len(args) != len(sys.argv) - 1
    base = Path(args[0]) if args else Path(__file__).resolve().parent
    gold_files = sorted((base / "gold").glob("*.json"))
    errors, warns, notes = [], [], []
    for gp in gold_files:
        check(gp, base / "docs", errors, warns, notes)
    docs = {p.stem for p in (base / "docs").glob("*.txt")}
    for missing in sorted(docs - {g.stem for g in gold_files}):
        errors.append(f"{missing}: text without gold")
    for n in notes:
        print("note ", n)
    for w in warns:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(warns)} warnings, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
