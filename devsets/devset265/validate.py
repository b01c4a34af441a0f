#!/usr/bin/env python3
"""Validate the gold files of this dev set against their documents and ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ and the gold file is named after it;
  * report has title, publisher, region, year, date; publisher, region and year are filled;
    year is an int in 2015..2025; date is null or YYYY-MM-DD; publisher is one of the gold
    organizations (name or alias), so the scorer can resolve it;
  * every entity has the fields of its kind with valid types (ANNOTATION.md sections 1-3);
    regulations have a valid relation, doc_number is null or a normalised 文号
    (机关代字〔年份〕序号号, or …令第N号), issuer is null or a string whose parts are gold organizations;
  * no two entities of one kind share a normalised name/alias (the scorer would make one of
    them unmatchable);
  * the name or at least one alias of every entity occurs in the document text.

Text matching: the document is decoded (BOM → UTF-16/UTF-8; else UTF-8; else whichever of
GB18030 / Big5 decodes and reads as Chinese), HTML entities are unescaped, zero-width
characters and soft hyphens are removed, then text and names are normalised as the scorer
does (NFKC, whitespace, quotation and title marks — 《》〈〉<> “” "" 「」 · — removed, dashes
and brackets unified, 、 and ， unified).  Entities whose canonical name does not occur but an
alias does are listed as INFO (resolved canonical names); entities with no occurring form are
ERRORS.  Exit status 1 if any error.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$|^\S+令第\d+号$")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text)).translate(_INVISIBLE)
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def decode(raw):
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16"), "utf-16"
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw.decode("utf-8-sig"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = None
    for enc in ("gb18030", "big5"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        score = text.count("法治") + text.count("政府")
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is None:
        raise UnicodeDecodeError("unknown", raw, 0, 1, "no encoding fits")
    return best[1], best[2]


def clean_text(text):
    text = html.unescape(html.unescape(text))
    return text.translate(_INVISIBLE)


def check(gold_path, docs_dir, errors, infos):
    where = gold_path.name
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        errors.append(f"{where}: JSON does not load: {exc}")
        return
    if set(gold) != TOP_KEYS:
        errors.append(f"{where}: top-level keys {sorted(gold)} != {sorted(TOP_KEYS)}")
    doc = gold.get("doc")
    if not isinstance(doc, str) or not doc.endswith(".txt"):
        errors.append(f"{where}: bad doc field {doc!r}")
        return
    if Path(doc).stem != gold_path.stem:
        errors.append(f"{where}: doc {doc} does not match the gold file name")
    doc_path = docs_dir / doc
    if not doc_path.exists():
        errors.append(f"{where}: document {doc_path} missing")
        return
    try:
        text, enc = decode(doc_path.read_bytes())
    except UnicodeDecodeError as exc:
        errors.append(f"{where}: cannot decode {doc}: {exc}")
        return
    ntext = norm(clean_text(text))
    infos.append(f"{where}: decoded as {enc}, {len(text)} characters")
    if not 1500 <= len(clean_text(text)) <= 6000:
        errors.append(f"{where}: document length {len(clean_text(text))} outside 1500-5000 (+markup)")

    # organizations first: publisher and issuers resolve through them
    org_forms = set()
    for o in gold.get("organizations", []):
        if isinstance(o, dict) and isinstance(o.get("name"), str):
            org_forms.add(norm(o["name"]))
            org_forms.update(norm(a) for a in o.get("aliases", []) if isinstance(a, str))

    rep = gold.get("report")
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        errors.append(f"{where}: report keys wrong: {rep!r}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f].strip():
                errors.append(f"{where}: report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{where}: report.year {rep['year']!r} not an int in 2015..2025")
        if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
            errors.append(f"{where}: report.date {rep['date']!r} not YYYY-MM-DD")
        if rep["date"] is None:
            infos.append(f"{where}: report.date is null")
        if rep["title"] is not None and not isinstance(rep["title"], str):
            errors.append(f"{where}: report.title must be a string or null")
        if rep["title"] is None:
            infos.append(f"{where}: report.title is null")
        if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in org_forms:
            errors.append(f"{where}: publisher {rep['publisher']} is not among the gold organizations")
        if isinstance(rep["title"], str) and norm(rep["title"]) not in ntext:
            errors.append(f"{where}: title does not occur in the text")

    spec = {
        "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
        "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
        "measures": ({"name", "aliases", "type"}, MEAS_TYPES),
    }
    for kind, (keys, types) in spec.items():
        items = gold.get(kind)
        if not isinstance(items, list):
            errors.append(f"{where}: {kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != keys:
                errors.append(f"{where}: {kind} entry has keys {sorted(e) if isinstance(e, dict) else e!r}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{where}: {kind} entry with empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                errors.append(f"{where}: {kind} {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                errors.append(f"{where}: {kind} {name}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{where}: {name}: relation {e['relation']!r} not allowed")
                dn = e["doc_number"]
                if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                    errors.append(f"{where}: {name}: doc_number {dn!r} not normalised")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str):
                        errors.append(f"{where}: {name}: issuer must be a string or null")
                    else:
                        for part in iss.split():
                            if norm(part) not in org_forms:
                                errors.append(f"{where}: {name}: issuer part {part} not among gold organizations")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    errors.append(f"{where}: {kind}: form {f!r} of {name} collides with {seen[k]}")
                seen.setdefault(k, name)
            if norm(name) in ntext:
                continue
            hits = [a for a in e["aliases"] if norm(a) in ntext]
            if hits:
                infos.append(f"{where}: {kind}: resolved name {name} (text has {hits[0]})")
            else:
                errors.append(f"{where}: {kind}: neither {name} nor an alias occurs in the text")


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_files = sorted((root / "gold").glob("*.json"))
    if not gold_files:
        sys.exit(f"no gold files in {root / 'gold'}")
    errors, infos = [], []
    for gf in gold_files:
        check(gf, root / "docs", errors, infos)
    docs = {p.name for p in (root / "docs").glob("*.txt")}
    golds = {json.loads(p.read_text(encoding="utf-8")).get("doc") for p in gold_files}
    for d in sorted(docs - golds):
        errors.append(f"docs/{d} has no gold file")
    for line in infos:
        print("INFO ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(infos)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
