#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--strict]

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc/report/regulations/organizations/measures;
    `doc` names an existing file in docs/ and matches the gold file name;
  * report: title (str|null), publisher/region (non-empty str), year (int 2015-2025),
    date (YYYY-MM-DD|null); the publisher is one of the gold organizations (name or alias);
  * every entity: non-empty name, aliases a list of str, valid type; regulations also
    valid relation, doc_number normalised to 机关代字〔年份〕序号号 (or null), issuer str|null;
  * no alias collision: one normalised string may belong to only one entity per kind;
  * presence: the name or one of its aliases (after removing 《》〈〉 and whitespace) occurs in
    the text. Entities whose canonical name does not occur (resolved names) are listed as
    information; entities with no occurring form are ERRORS.
Heuristic completeness warnings (not errors unless --strict):
  * a 《…》 title in the text not covered by any regulation;
  * a “…” / "…" quoted term in the text not covered by any entity;
  * a 文号 in the text that is no regulation's doc_number (the report's own 文号 is allowed);
  * aliases that do not occur in the text (accepted extra forms) are listed.
Exit status 1 if any error (or, with --strict, any warning).
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"

KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNUM_RE = re.compile(r"^\S+〔(19|20)\d{2}〕\d+号$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Quoted terms reviewed by hand and judged NOT to be entities (goals, slogans, pejoratives);
# see README.md, "annotation decisions".
REVIEWED_NOT_ENTITIES = {
    "主攻工业、决战脱贫、建设赣粤边际现代化区域中心城市",  # 005: development goal, not a measure
    "重实体、轻程序",  # 005: description of a shortcoming
    "村霸",  # 007: pejorative for local thugs
}

_STRIP = set("《》〈〉 \t\r\n\u3000")
_LOOSE = _STRIP | set("“”\"'‘’「」『』·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "，": ",", "、": ",", "：": ":", "；": ";"}


def strip_marks(s):
    """The check the brief asks for: remove 《》 (and 〈〉) and whitespace."""
    return "".join(c for c in s if c not in _STRIP)


def loose(s):
    """Scorer-like normalisation (NFKC, quotes and title marks dropped, brackets unified)."""
    s = unicodedata.normalize("NFKC", s)
    return "".join(_MAP.get(c, c) for c in s if c not in _LOOSE)


def check(path, errors, warnings, infos):
    name = path.name
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        errors.append(f"{name}: JSON does not load: {exc}")
        return
    if set(gold) != KEYS:
        errors.append(f"{name}: top-level keys {sorted(gold)} != {sorted(KEYS)}")
    doc = gold.get("doc")
    if not isinstance(doc, str) or Path(doc).stem != path.stem:
        errors.append(f"{name}: doc {doc!r} does not match the gold file name")
        return
    txt_path = DOCS / doc
    if not txt_path.exists():
        errors.append(f"{name}: docs/{doc} missing")
        return
    text = txt_path.read_text(encoding="utf-8")
    n = len(text)
    if not 1500 <= n <= 5000:
        warnings.append(f"{name}: text length {n} outside 1500-5000")
    t_strict = strip_marks(text)
    t_loose = loose(text)

    # report -------------------------------------------------------------
    rep = gold.get("report")
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        errors.append(f"{name}: report keys must be {sorted(REPORT_KEYS)}")
        rep = rep if isinstance(rep, dict) else {}
    if rep.get("title") is not None and not isinstance(rep.get("title"), str):
        errors.append(f"{name}: report.title must be str or null")
    if rep.get("title") is None:
        infos.append(f"{name}: report.title is null")
    elif strip_marks(rep["title"]) not in t_strict:
        warnings.append(f"{name}: report.title not found in text: {rep['title']}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errors.append(f"{name}: report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errors.append(f"{name}: report.year must be an int in 2015-2025, got {rep.get('year')!r}")
    if rep.get("date") is not None and (not isinstance(rep["date"], str) or not DATE_RE.match(rep["date"])):
        errors.append(f"{name}: report.date must be YYYY-MM-DD or null, got {rep.get('date')!r}")
    if rep.get("date") is None:
        infos.append(f"{name}: report.date is null")

    # entities -------------------------------------------------------------
    org_forms = set()
    for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEASURE_TYPES)):
        items = gold.get(kind)
        if not isinstance(items, list):
            errors.append(f"{name}: {kind} must be a list")
            continue
        owner = {}
        for i, e in enumerate(items):
            where = f"{name}: {kind}[{i}]"
            if not isinstance(e, dict):
                errors.append(f"{where}: not an object")
                continue
            want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != want:
                errors.append(f"{where}: keys {sorted(e)} != {sorted(want)}")
            ename = e.get("name")
            if not isinstance(ename, str) or not ename.strip():
                errors.append(f"{where}: empty name")
                continue
            where = f"{name}: {kind} '{ename}'"
            aliases = e.get("aliases")
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                errors.append(f"{where}: aliases must be a list of non-empty strings")
                aliases = []
            if e.get("type") not in types:
                errors.append(f"{where}: bad type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    errors.append(f"{where}: bad relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None and (not isinstance(dn, str) or not DOCNUM_RE.match(dn)):
                    errors.append(f"{where}: doc_number not normalised: {dn!r}")
                if e.get("issuer") is not None and not isinstance(e.get("issuer"), str):
                    errors.append(f"{where}: issuer must be str or null")
            forms = [ename, *aliases]
            for f in forms:
                k = loose(f)
                if k in owner and owner[k] != ename:
                    errors.append(f"{where}: form '{f}' collides with entity '{owner[k]}'")
                owner.setdefault(k, ename)
                if kind == "organizations":
                    org_forms.add(k)
            present = [f for f in forms if strip_marks(f) in t_strict]
            present_loose = [f for f in forms if loose(f) in t_loose]
            if not present and not present_loose:
                errors.append(f"{where}: neither the name nor any alias occurs in the text")
            elif not present:
                infos.append(f"{where}: occurs only after quote/bracket normalisation")
            elif ename not in present and strip_marks(ename) not in t_strict and loose(ename) not in t_loose:
                infos.append(f"{where}: resolved canonical name (text has {present[0]!r})")
            for a in aliases:
                if strip_marks(a) not in t_strict and loose(a) not in t_loose:
                    infos.append(f"{where}: accepted alias not in text: {a!r}")
        gold.setdefault("_forms", {})[kind] = owner
    pub = rep.get("publisher")
    if isinstance(pub, str) and loose(pub) not in org_forms:
        errors.append(f"{name}: publisher '{pub}' is not among the gold organizations")

    # completeness heuristics --------------------------------------------
    forms = gold.get("_forms", {})
    reg_forms = set(forms.get("regulations", {}))
    all_forms = set()
    for d in forms.values():
        all_forms |= set(d)
    for m in re.finditer(r"《([^《》]+)》", text):
        title = m.group(1)
        parts = [title] + re.findall(r"〈([^〈〉]+)〉", title)
        for p in parts:
            if loose(p) not in reg_forms:
                warnings.append(f"{name}: title 《{p}》 not covered by a regulation")
    for m in re.finditer(r"[“\"]([^“”\"\n]{1,40})[”\"]", text):
        q = loose(m.group(1))
        if m.group(1) in REVIEWED_NOT_ENTITIES:
            continue
        if q and not any(q in f for f in all_forms):
            warnings.append(f"{name}: quoted term “{m.group(1)}” not covered by any entity")
    nums = {loose(e["doc_number"]) for e in gold.get("regulations", []) if isinstance(e, dict) and e.get("doc_number")}
    first_line = text.strip().splitlines()[0] if text.strip() else ""
    for m in re.finditer(r"[\u4e00-\u9fa5]{1,8}[〔\[【(（]\s*(19|20)\d{2}\s*[〕\]】)）]\s*\d+\s*号", text):
        if loose(m.group(0)) not in nums and m.group(0) not in first_line:
            warnings.append(f"{name}: 文号 {m.group(0)} is no regulation's doc_number")


def main():
    strict = "--strict" in sys.argv
    errors, warnings, infos = [], [], []
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    txts = {p.stem for p in DOCS.glob("*.txt")}
    for stem in sorted(txts - {p.stem for p in files}):
        errors.append(f"docs/{stem}.txt has no gold file")
    for p in files:
        check(p, errors, warnings, infos)
    for line in infos:
        print("info:   ", line)
    for line in warnings:
        print("WARNING:", line)
    for line in errors:
        print("ERROR:  ", line)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(warnings)} warnings, {len(infos)} infos")
    sys.exit(1 if errors or (strict and warnings) else 0)


if __name__ == "__main__":
    main()
