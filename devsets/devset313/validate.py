#!/usr/bin/env python3
"""Validate the devset313 gold files against ANNOTATION.md and against their documents.

usage: python3 validate.py [-v] [DEVSET_DIR]     (default: the directory of this script; -v lists INFO lines)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc/report/regulations/organizations/measures;
  * `doc` names an existing file in docs/, and the gold file is named after it;
  * report has title/publisher/region/year/date, all filled; year is an int in 2015..2025;
    date is YYYY-MM-DD; the publisher is one of the document's organizations;
  * every entity has the fields of its kind with valid types; relation in the four values;
    doc_number null or normalised `机关代字〔YYYY〕N号`; each issuer part names an organization
    of the document; aliases a list of distinct strings, none equal to the name;
  * no name/alias (normalised as score.py does) belongs to two entities of the same kind;
  * the document (decoded: UTF-8, else GB18030 or Big5 - whichever explains the gold best) is
    1,500-5,000 characters long;
  * every entity's name or at least one alias occurs in the text, comparing after score.py's
    normalisation (NFKC, quotes, title marks and whitespace removed, brackets/dashes unified)
    and after decoding HTML entities and removing zero-width characters from the text.
    Canonical names that do not occur themselves but have an occurring alias are listed as
    INFO (resolved names such as 中华人民共和国行政复议法 or 县司法局 -> 阳朔县司法局).
Exit status 1 if any ERROR.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

KINDS = ("regulations", "organizations", "measures")
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
FIELDS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))

# same normalisation as /work/shared/score.py
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text)).translate(ZERO_WIDTH)
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def text_view(raw):
    return norm(html.unescape(raw.translate(ZERO_WIDTH)))


def names_of(gold):
    for kind in KINDS:
        for e in gold.get(kind, []) or []:
            if isinstance(e, dict) and isinstance(e.get("name"), str):
                yield e["name"], [a for a in e.get("aliases", []) if isinstance(a, str)]


def decode(data, gold):
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = None
    for enc in ("gb18030", "big5"):
        try:
            txt = data.decode(enc)
        except UnicodeDecodeError:
            continue
        view = text_view(txt)
        hits = sum(any(norm(x) in view for x in [n, *a]) for n, a in names_of(gold))
        if best is None or hits > best[0]:
            best = (hits, txt, enc)
    if best is None:
        return None, None
    return best[1], best[2]


def check(gold_path, docs_dir):
    errors, infos = [], []
    err = errors.append
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], []
    if set(gold) != {"doc", *KINDS, "report"}:
        err(f"top-level keys {sorted(gold)}")
    doc = gold.get("doc")
    if not isinstance(doc, str) or not doc.endswith(".txt"):
        err(f"bad doc field {doc!r}")
        return errors, infos
    if Path(doc).stem != gold_path.stem:
        err(f"gold file {gold_path.name} does not match doc {doc}")
    doc_path = docs_dir / doc
    if not doc_path.exists():
        err(f"document {doc_path} missing")
        return errors, infos

    org_index = {}
    for o in gold.get("organizations", []) or []:
        if isinstance(o, dict):
            for x in [o.get("name"), *(o.get("aliases") or [])]:
                if isinstance(x, str):
                    org_index.setdefault(norm(x), o.get("name"))

    rep = gold.get("report")
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep!r}")
    else:
        for k in ("title", "publisher", "region", "year", "date"):
            if rep.get(k) in (None, ""):
                err(f"report.{k} is not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") and not re.fullmatch(r"20\d\d-[01]\d-[0-3]\d", rep["date"]):
            err(f"report.date {rep['date']!r}")
        if isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in org_index:
            err(f"publisher {rep['publisher']} is not among the organizations")
        for k in ("title", "publisher", "region"):
            if rep.get(k) is not None and not isinstance(rep[k], str):
                err(f"report.{k} not a string")

    data = doc_path.read_bytes()
    text, enc = decode(data, gold)
    if text is None:
        err("document cannot be decoded")
        return errors, infos
    if not 1500 <= len(text.translate(ZERO_WIDTH)) <= 5000 + 4000 * ("&nbsp;" in text):
        err(f"document length {len(text)} outside 1500-5000")
    view = text_view(text)

    for kind in KINDS:
        items = gold.get(kind)
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict):
                err(f"{kind}: entry not an object: {e!r}")
                continue
            if set(e) != FIELDS[kind]:
                err(f"{kind}: {e.get('name')}: fields {sorted(e)}")
            name = e.get("name")
            if not isinstance(name, str) or not name.strip():
                err(f"{kind}: empty name")
                continue
            aliases = e.get("aliases")
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                aliases = []
            if len(set(aliases)) != len(aliases) or name in aliases:
                err(f"{kind}: {name}: duplicate alias or alias equal to name")
            if e.get("type") not in TYPES[kind]:
                err(f"{kind}: {name}: bad type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    err(f"{kind}: {name}: bad relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None and (not isinstance(dn, str) or not DOCNO.match(dn)):
                    err(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                iss = e.get("issuer")
                if iss is not None:
                    if not isinstance(iss, str):
                        err(f"{kind}: {name}: issuer not a string")
                    else:
                        for part in iss.split():
                            if norm(part) not in org_index:
                                err(f"{kind}: {name}: issuer part {part} is not an organization")
            for x in [name, *aliases]:
                k = norm(x)
                if k in seen and seen[k] != name:
                    err(f"{kind}: '{x}' belongs to both {seen[k]} and {name}")
                seen.setdefault(k, name)
            name_hit = norm(name) in view
            alias_hits = [a for a in aliases if norm(a) in view]
            if not name_hit and not alias_hits:
                err(f"{kind}: neither name nor any alias occurs in the text: {name} {aliases}")
            elif not name_hit:
                infos.append(f"{kind}: canonical not in text (alias found: {alias_hits[0]}): {name}")
    infos.insert(0, f"encoding {enc}, {len(text)} chars")
    return errors, infos


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    root = Path(args[0]) if args else Path(__file__).resolve().parent
    gold_files = sorted((root / "gold").glob("*.json"))
    docs = sorted((root / "docs").glob("*.txt"))
    total = 0
    if len(gold_files) != len(docs):
        print(f"ERROR: {len(docs)} documents but {len(gold_files)} gold files")
        total += 1
    for gf in gold_files:
        errors, infos = check(gf, root / "docs")
        total += len(errors)
        print(f"== {gf.name}: {'OK' if not errors else str(len(errors)) + ' error(s)'}")
        for e in errors:
            print(f"  ERROR {e}")
        if "-v" in sys.argv or "--verbose" in sys.argv:
            for i in infos:
                print(f"  INFO  {i}")
        else:
            print(f"  INFO  {infos[0]}; {len(infos) - 1} resolved canonical name(s) found only via alias")
    print(f"{len(gold_files)} gold files, {total} error(s)")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
