#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DIR]   (DIR defaults to the directory of this script)

Checks, per gold/*.json:
  * JSON loads; top-level keys are exactly doc/report/regulations/organizations/measures;
  * `doc` names an existing docs/<doc> file (read as UTF-8, else GB18030);
  * report: title str|null, publisher/region non-empty str, year int 2015-2025,
    date null or a valid YYYY-MM-DD; the publisher is one of the gold organizations;
  * every entity: non-empty name, aliases a list of distinct non-empty strings, type in
    the allowed set; regulations also doc_number (null or 〔年份〕…号 form), issuer
    (null or str), relation (issues/implements/studies/mentions);
  * no two entities of one kind in a document share a normalised name or alias;
  * occurrence: the name or at least one alias, after removing 《》 and whitespace,
    occurs in the text with 《》 and whitespace removed.  Entities whose canonical name
    does not occur but an alias does are listed as "resolved" (fine);
  * doc_number occurs in the text up to bracket style (warning if not: repaired numbers);
  * cross-document: one canonical name keeps one type everywhere; an alias that maps to
    different canonical names in different documents is reported as a warning.
Exit status 1 if any ERROR was found.
"""
import datetime
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

TYPES = {
    "regulations": {"law", "administrative_regulation", "departmental_rule", "local_regulation",
                    "normative_document", "party_document", "plan", "publication", "other"},
    "organizations": {"government", "department", "party", "legislature", "judiciary", "committee",
                      "institution", "enterprise", "social", "other"},
    "measures": {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"},
}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    """The scorer's normalisation (score.py)."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip_marks(text):
    """Remove 《》 and whitespace only (the occurrence test asked for)."""
    return "".join(c for c in text if c not in "《》" and not c.isspace())


def brackets(text):
    return "".join(_MAP.get(c, c) for c in unicodedata.normalize("NFKC", text) if not c.isspace())


def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, warnings, resolved = [], [], []
    canon_type = defaultdict(set)
    alias_canon = defaultdict(lambda: defaultdict(set))
    files = sorted((root / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{where}: JSON does not load: {exc}")
            continue
        if set(g) != KEYS:
            errors.append(f"{where}: keys {sorted(g)} != {sorted(KEYS)}")
            continue
        doc = g["doc"]
        if doc[:-4] != gf.stem or not doc.endswith(".txt"):
            errors.append(f"{where}: doc {doc!r} does not match the file name")
        dpath = root / "docs" / doc
        if not dpath.exists():
            errors.append(f"{where}: missing text {dpath}")
            continue
        text, enc = read_text(dpath)
        flat = strip_marks(text)
        nchar = len(text)
        if not 1500 <= nchar <= 5000:
            warnings.append(f"{where}: text has {nchar} characters (outside 1500-5000)")
        # report
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
            errors.append(f"{where}: report keys wrong: {rep!r}")
        else:
            if rep["title"] is not None and not (isinstance(rep["title"], str) and rep["title"]):
                errors.append(f"{where}: report.title must be a string or null")
            if rep["title"] and strip_marks(rep["title"]) not in flat:
                warnings.append(f"{where}: report.title not found verbatim in text")
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    errors.append(f"{where}: report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                errors.append(f"{where}: report.year {rep['year']!r} not an int in 2015-2025")
            if rep["date"] is not None:
                try:
                    datetime.date.fromisoformat(rep["date"])
                except (TypeError, ValueError):
                    errors.append(f"{where}: report.date {rep['date']!r} not YYYY-MM-DD")
            orgnames = {norm(a) for o in g["organizations"] for a in [o.get("name", ""), *o.get("aliases", [])]}
            if isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in orgnames:
                errors.append(f"{where}: publisher {rep['publisher']!r} is not among the organizations")
        # entities
        for kind in ("regulations", "organizations", "measures"):
            items = g[kind]
            if not isinstance(items, list):
                errors.append(f"{where}: {kind} is not a list")
                continue
            seen = {}
            for i, e in enumerate(items):
                tag = f"{where}: {kind}[{i}]"
                if not isinstance(e, dict) or not isinstance(e.get("name"), str) or not e["name"].strip():
                    errors.append(f"{tag}: bad entity {e!r}")
                    continue
                name = e["name"]
                tag = f"{where}: {kind} {name!r}"
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    errors.append(f"{tag}: keys {sorted(e)} != {sorted(need)}")
                al = e.get("aliases")
                if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
                    errors.append(f"{tag}: aliases must be a list of non-empty strings")
                    al = []
                if len(set(al)) != len(al) or name in al:
                    errors.append(f"{tag}: duplicate alias")
                if e.get("type") not in TYPES[kind]:
                    errors.append(f"{tag}: type {e.get('type')!r} not allowed")
                if kind == "regulations":
                    dn = e.get("doc_number")
                    if dn is not None:
                        if not isinstance(dn, str) or not DOCNUM.match(dn):
                            errors.append(f"{tag}: doc_number {dn!r} not normalised")
                        elif brackets(dn) not in brackets(text):
                            warnings.append(f"{tag}: doc_number {dn} not in text as written (repaired?)")
                    if e.get("issuer") is not None and not (isinstance(e["issuer"], str) and e["issuer"].strip()):
                        errors.append(f"{tag}: issuer must be a string or null")
                    if e.get("relation") not in RELATIONS:
                        errors.append(f"{tag}: relation {e.get('relation')!r} not allowed")
                for form in [name, *al]:
                    k = norm(form)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: form {form!r} also belongs to {seen[k]!r}")
                    seen[k] = name
                    alias_canon[kind][k].add(name)
                canon_type[(kind, name)].add(e.get("type"))
                if strip_marks(name) in flat:
                    continue
                if any(strip_marks(a) in flat for a in al):
                    resolved.append(f"{tag} (via {[a for a in al if strip_marks(a) in flat][0]!r})")
                else:
                    errors.append(f"{tag}: neither the name nor any alias occurs in the text")
    for (kind, name), types in sorted(canon_type.items()):
        if len(types) > 1:
            errors.append(f"cross-doc: {kind} {name!r} has types {sorted(types)}")
    for kind, m in alias_canon.items():
        if kind == "organizations":  # short forms (县委, 镇政府) resolve by context, by design
            continue
        for k, names in sorted(m.items()):
            if len(names) > 1:
                warnings.append(f"cross-doc: {kind} form {k!r} maps to {sorted(names)}")
    for line in resolved:
        print("resolved:", line)
    for line in warnings:
        print("WARNING:", line)
    for line in errors:
        print("ERROR:", line)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(warnings)} warnings, {len(resolved)} resolved names")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
