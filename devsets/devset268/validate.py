#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--strict]

Errors (exit 1):
  * JSON does not load, keys/types wrong, enum values outside ANNOTATION.md, doc file missing;
  * report fields publisher/region/year missing, date not YYYY-MM-DD, publisher not among organizations;
  * an entity of which neither the name nor any alias occurs in the text (after removing
    title marks, quotation marks and whitespace, NFKC and bracket/dash unification);
  * two entities of one kind that share a normalised name/alias (the scorer would merge them);
  * doc_number not in the form 机关代字〔年份〕序号号.
Warnings (printed, exit 0 unless --strict):
  * aliases that do not occur in the text;
  * 《…》 titles in the text that no regulation name/alias covers;
  * “…” quoted terms that no entity name/alias contains.
Canonical names that do not occur are listed as info (fine when an alias occurs: resolved names).
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")

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
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise UnicodeDecodeError("unknown", raw, 0, 1, "undecodable")


def main():
    strict = "--strict" in sys.argv
    errors, warnings, infos = [], [], []
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    totals = {"regulations": 0, "organizations": 0, "measures": 0}
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{tag}: doc {g['doc']!r} does not match file name")
        txt_path = DOCS / g["doc"]
        if not txt_path.exists():
            errors.append(f"{tag}: missing text {txt_path}")
            continue
        text = read_text(txt_path)
        ntext = norm(text)
        n = len(re.sub(r"\s", "", text))
        if not 1500 <= n <= 5000:
            warnings.append(f"{tag}: text has {n} non-space characters (want 1500-5000)")
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {rep!r}")
            continue
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                errors.append(f"{tag}: report.{f} empty")
        if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
            errors.append(f"{tag}: report.year {rep['year']!r}")
        if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            errors.append(f"{tag}: report.date {rep['date']!r}")
        if rep["title"] is not None and norm(rep["title"]) not in ntext:
            errors.append(f"{tag}: report.title does not occur in text")
        if rep["date"] is None:
            infos.append(f"{tag}: report.date is null")
        orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
        if rep["publisher"] and norm(rep["publisher"]) not in orgnames:
            errors.append(f"{tag}: publisher {rep['publisher']!r} is not a gold organization")
        covered = {}
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g[kind]
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            totals[kind] += len(items)
            seen = {}
            for e in items:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{tag}: {kind} entry keys {sorted(e)}: {e.get('name')}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind} empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not DOCNUM.match(dn):
                            errors.append(f"{tag}: {name}: doc_number not normalised: {dn!r}")
                        else:
                            m = re.match(r"^(\S+)〔(\d{4})〕(\d+)号$", dn)
                            if m.group(1) not in text or m.group(2) not in text:
                                warnings.append(f"{tag}: {name}: doc_number parts of {dn} not in text")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{tag}: {name}: issuer must be string or null")
                forms = [name, *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: form {f!r} used by {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                    covered.setdefault(k, kind)
                present = [f for f in forms if norm(f) in ntext]
                if not present:
                    errors.append(f"{tag}: {kind}: neither name nor aliases occur in text: {name}")
                elif norm(name) not in ntext:
                    infos.append(f"{tag}: {kind}: resolved name not in text (alias occurs): {name}")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        warnings.append(f"{tag}: {kind} {name}: alias not in text: {a}")
        # completeness heuristics
        regforms = {norm(a) for r in g["regulations"] for a in [r["name"], *r["aliases"]]}
        for m in re.finditer(r"《([^《》]+)》", text):
            t = norm(m.group(1))
            if t not in regforms:
                warnings.append(f"{tag}: title not annotated as regulation: 《{m.group(1)}》")
        for m in re.finditer(r"〈([^〈〉]+)〉", text):
            t = norm(m.group(1))
            if t not in regforms:
                warnings.append(f"{tag}: inner title not annotated as regulation: 〈{m.group(1)}〉")
        allforms = list(covered)
        for m in re.finditer(r"“([^“”]{1,40})”", text):
            t = norm(m.group(1))
            if not any(t in f for f in allforms):
                warnings.append(f"{tag}: quoted term not in any entity: “{m.group(1)}”")
    for line in infos:
        print("INFO ", line)
    for line in warnings:
        print("WARN ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(files)} gold files, {totals}; {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors or (strict and warnings) else 0)


if __name__ == "__main__":
    main()
