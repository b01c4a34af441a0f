#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [GOLD_DIR] [DOCS_DIR]

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc/report/regulations/organizations/measures;
  * `doc` names an existing text file (decoded as UTF-8, else GB18030) and matches the gold file name;
  * report: title (str|null), publisher (str, listed among the organizations), region (str),
    year (int 2015-2026), date (YYYY-MM-DD|null) — publisher, region and year must be filled;
  * every entity has the fields of its kind with valid types / relations; doc_number is null or
    normalised `机关代字〔年份〕序号号`; issuer is null or a non-empty string; aliases is a list of
    distinct strings different from the name;
  * no two entities of one kind in one document share a name/alias after scorer normalisation;
  * every entity's name or at least one alias occurs in the text after removing 《》〈〉 and
    whitespace from both (quotation marks are kept: an alias must be written as the text writes it).
    Entities whose canonical name does not occur but an alias does are listed as INFO (resolved
    names); entities with no occurrence at all are ERRORs.
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
DOCNUM = re.compile(r"^([\u4e00-\u9fffA-Za-z]+〔(19|20)\d\d〕\d+号|[\u4e00-\u9fff]+令第\d+号)$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# scorer normalisation (copied from score.py, section 6 of ANNOTATION.md)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def squash(text):
    """Remove title marks and whitespace (the occurrence test)."""
    return re.sub(r"[《》〈〉\s\u3000]", "", text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise ValueError(f"cannot decode {path}")


def main():
    errors, infos = [], []
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit(f"no gold files in {GOLD}")
    counts = {"regulations": 0, "organizations": 0, "measures": 0}
    for gf in files:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        keys = set(g)
        if keys != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(keys)}")
        doc = g.get("doc")
        if not isinstance(doc, str) or not doc.endswith(".txt"):
            err(f"bad doc field {doc!r}")
            continue
        if doc[:-4] != gf.stem:
            err(f"doc {doc} does not match gold file name")
        tpath = DOCS / doc
        if not tpath.exists():
            err(f"text {tpath} missing")
            continue
        text, enc = read_text(tpath)
        flat = squash(text)
        nchar = len(re.sub(r"\s", "", text))
        if not 1500 <= nchar <= 5000:
            err(f"text length {nchar} outside 1500-5000 (non-space chars)")
        # report
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2026:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            err(f"report.date {rep.get('date')!r}")
        if rep.get("title") is not None:
            if squash(rep["title"]) not in flat:
                err(f"report.title does not occur in text: {rep['title']}")
        else:
            infos.append(f"{gf.name}: report.title is null")
        if rep.get("date") is None:
            infos.append(f"{gf.name}: report.date is null")
        org_names = {norm(a) for o in g.get("organizations", []) for a in [o.get("name", ""), *o.get("aliases", [])]}
        if isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in org_names:
            err(f"publisher {rep['publisher']} is not among the organizations")
        # entities
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            counts[kind] += len(items)
            seen = {}
            for e in items:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    err(f"{kind}: {e.get('name')}: keys {sorted(e)}")
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name")
                    continue
                aliases = e.get("aliases")
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                    err(f"{kind}: {name}: aliases must be a list of strings")
                    aliases = []
                if len(set(aliases)) != len(aliases) or name in aliases:
                    err(f"{kind}: {name}: repeated alias")
                if e.get("type") not in types:
                    err(f"{kind}: {name}: bad type {e.get('type')!r}")
                if kind == "regulations":
                    dn = e.get("doc_number")
                    if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                        err(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                    iss = e.get("issuer")
                    if iss is not None and not (isinstance(iss, str) and iss.strip()):
                        err(f"{kind}: {name}: bad issuer {iss!r}")
                    if e.get("relation") not in RELATIONS:
                        err(f"{kind}: {name}: bad relation {e.get('relation')!r}")
                for form in [name, *aliases]:
                    k = norm(form)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: '{form}' of {name} collides with {seen[k]}")
                    seen.setdefault(k, name)
                found = [f for f in [name, *aliases] if squash(f) and squash(f) in flat]
                if not found:
                    err(f"{kind}: {name}: neither name nor any alias occurs in the text")
                elif squash(name) not in flat:
                    infos.append(f"{gf.name}: {kind}: resolved name '{name}' (text has: {found[0]})")
    for line in infos:
        print("INFO ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(files)} gold files; {counts}; {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
