#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md and the texts.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this script)

Errors (exit status 1):
  - gold JSON does not load, keys/types/values invalid per ANNOTATION.md
  - report fields publisher/region/year missing, date not YYYY-MM-DD, publisher not among organizations
  - neither the name nor any alias of an entity occurs in the text
    (comparison after removing 《》〈〉<> and whitespace; quotation marks are also tried removed)
  - two entities of one kind in one document share a normalised name/alias (score.py normalisation)
  - a doc_number not in the form 机关代字〔年份〕序号号
  - an issuer part that is not an organization of the same gold file
Warnings (printed, do not fail):
  - canonical names that do not occur in the text (resolved names; fine when an alias occurs)
  - 《…》 titles in the text that no regulation name/alias covers
  - document numbers (…〔2019〕3号 and variants) in the text that no doc_number covers
  - one canonical name given different types in different documents
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KINDS = ("regulations", "organizations", "measures")

# score.py normalisation (ANNOTATION.md section 6)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip_marks(text):
    """Remove title marks and whitespace only (the occurrence test of the brief)."""
    return re.sub(r"[《》〈〉<>\s\u3000]", "", text)


def strip_quotes(text):
    return re.sub(r"[“”\"‘’'「」]", "", text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace"), "utf-8?"


DOCNUM_RE = re.compile(r"^[^\s〔〕]+〔(19|20)\d\d〕\d+号$")
TEXT_DOCNUM_RE = re.compile(r"[\u4e00-\u9fa5]{1,12}(?:[〔\[【(（﹝]\s*(?:19|20)\d\d\s*[〕\]】)）﹞]?|(?:19|20)\d\d)\s*\d{1,4}\s*号")


def check(devset):
    errors, warnings = [], []
    docs_dir, gold_dir = devset / "docs", devset / "gold"
    golds = sorted(gold_dir.glob("*.json"))
    txts = sorted(docs_dir.glob("*.txt"))
    if len(golds) != len(txts):
        errors.append(f"{len(txts)} texts but {len(golds)} gold files")
    types_seen = {}
    for gf in golds:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", *KINDS}:
            errors.append(f"{tag}: keys {sorted(g)}")
            continue
        if g["doc"][:-4] != gf.stem or not g["doc"].endswith(".txt"):
            errors.append(f"{tag}: doc field {g['doc']!r} does not name this file's text")
        tp = docs_dir / g["doc"]
        if not tp.exists():
            errors.append(f"{tag}: text {tp} missing")
            continue
        text, enc = read_text(tp)
        n_chars = len(re.sub(r"\s", "", text))
        if not 1500 <= n_chars <= 5000:
            warnings.append(f"{tag}: text has {n_chars} non-space characters")
        t_plain = strip_marks(text)
        t_noq = strip_quotes(t_plain)
        t_norm = norm(text)
        # report
        r = g["report"]
        if not isinstance(r, dict) or set(r) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {r!r}")
        else:
            for f in ("publisher", "region"):
                if not isinstance(r[f], str) or not r[f]:
                    errors.append(f"{tag}: report.{f} empty")
            if not isinstance(r["year"], int) or not 2015 <= r["year"] <= 2025:
                errors.append(f"{tag}: report.year {r['year']!r}")
            if r["date"] is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", str(r["date"])):
                errors.append(f"{tag}: report.date {r['date']!r}")
            if r["title"] is not None and strip_marks(r["title"]) not in t_plain:
                errors.append(f"{tag}: title not in text: {r['title']}")
            orgnames = {norm(o["name"]) for o in g["organizations"]}
            if norm(r["publisher"] or "") not in orgnames:
                errors.append(f"{tag}: publisher {r['publisher']} is not a gold organization")
        org_canon = {norm(o["name"]) for o in g["organizations"]}
        # entities
        for kind in KINDS:
            if not isinstance(g[kind], list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            seen = {}
            for e in g[kind]:
                keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != keys:
                    errors.append(f"{tag}: {kind} keys {sorted(e)} in {e.get('name')}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    errors.append(f"{tag}: {kind} empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {e['name']}: aliases must be a list of strings")
                    continue
                allowed = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}[kind]
                if e["type"] not in allowed:
                    errors.append(f"{tag}: {kind} {e['name']}: bad type {e['type']!r}")
                types_seen.setdefault((kind, norm(e["name"])), set()).add((e["type"], tag))
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {e['name']}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM_RE.match(e["doc_number"]):
                        errors.append(f"{tag}: {e['name']}: doc_number not normalised: {e['doc_number']!r}")
                    if e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if norm(part) not in org_canon:
                                errors.append(f"{tag}: {e['name']}: issuer part {part!r} not a gold organization")
                # occurrence
                forms = [e["name"], *e["aliases"]]
                found = []
                for form in forms:
                    p = strip_marks(form)
                    if p in t_plain or strip_quotes(p) in t_noq:
                        found.append(form)
                if not found:
                    errors.append(f"{tag}: {kind}: neither name nor alias occurs: {e['name']} {e['aliases']}")
                elif e["name"] not in found:
                    warnings.append(f"{tag}: {kind}: canonical name resolved (not in text, alias does): {e['name']}")
                for a in e["aliases"]:
                    if a not in found:
                        errors.append(f"{tag}: {kind}: alias does not occur in text: {a} (of {e['name']})")
                # collisions
                for form in forms:
                    k = norm(form)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{tag}: {kind}: {form!r} shared by {seen[k]} and {e['name']}")
                    seen.setdefault(k, e["name"])
        # coverage hints
        reg_forms = {norm(f) for e in g["regulations"] for f in [e["name"], *e["aliases"]]}
        for m in re.finditer(r"《([^《》]{2,120})》", text):
            if norm(m.group(1)) not in reg_forms:
                warnings.append(f"{tag}: title in text not covered by a regulation: 《{m.group(1)}》")
        nums = {norm(e["doc_number"]) for e in g["regulations"] if e["doc_number"]}
        for m in TEXT_DOCNUM_RE.finditer(text):
            raw = m.group(0)
            digits = "".join(re.findall(r"\d", unicodedata.normalize("NFKC", raw)))
            if not any(digits == "".join(re.findall(r"\d", nn)) for nn in nums):
                warnings.append(f"{tag}: document number in text not covered by a doc_number: {raw}")
        if enc != "utf-8":
            warnings.append(f"{tag}: text decoded as {enc}")
    for (kind, name), vals in sorted(types_seen.items()):
        ts = {t for t, _ in vals}
        if len(ts) > 1:
            warnings.append(f"cross-doc: {kind} {name} typed {sorted(vals)}")
    return errors, warnings


def main():
    devset = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, warnings = check(devset)
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
