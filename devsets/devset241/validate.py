#!/usr/bin/env python3
"""Validate the gold files of this dev set.

usage: python3 validate.py [--strict]

Checks per gold file: JSON loads; keys and value types follow ANNOTATION.md; report fields
are filled (publisher, region, year; title/date may be null only where the text has none);
every entity's name or one of its aliases occurs in the document text (compared after the
scorer's normalisation, i.e. without 《》, quotes and whitespace, and after removing PDF page
numbers / running headers); no alias is shared by two entities of one kind; issuers and the
publisher resolve to organizations of the same file. Names that do not occur themselves but
through an alias (resolved canonical names) are listed as INFO; aliases that do not occur are
WARN; anything else wrong is ERROR. Exit status 1 if there is an ERROR (or a WARN with --strict).
"""
import json, re, sys, unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•\f")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
PAGE = re.compile(r"^\s*(?:[—\-–－]\s*\d+\s*[—\-–－]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)\s*$")


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
    return raw.decode("utf-8", "replace")


def depdf(text):
    """Drop page-number lines and running headers (a line repeated in the document that
    directly follows a page number, or any short line repeated 3+ times)."""
    lines = text.replace("\f", "\n").split("\n")
    counts = defaultdict(int)
    for ln in lines:
        if ln.strip() and len(ln.strip()) <= 40:
            counts[ln.strip()] += 1
    keep, after_page = [], False
    for ln in lines:
        s = ln.strip()
        if PAGE.match(ln):
            after_page = True
            continue
        if not s:
            keep.append(ln)
            continue
        if after_page and s:
            after_page = False
            if counts[s] >= 2:
                continue
        if s and counts[s] >= 3:
            continue
        keep.append(ln)
    return "\n".join(keep)


def check(gold_path, problems, stats, xdoc):
    def err(msg): problems.append(("ERROR", gold_path.name, msg))
    def warn(msg): problems.append(("WARN", gold_path.name, msg))
    def info(msg): problems.append(("INFO", gold_path.name, msg))
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        err(f"JSON does not load: {exc}"); return
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(g) != keys:
        err(f"top-level keys {sorted(g)} != {sorted(keys)}")
    doc = g.get("doc")
    if doc != gold_path.stem + ".txt":
        err(f"doc field {doc!r} does not match file name")
    txt_path = HERE / "docs" / str(doc)
    if not txt_path.exists():
        err(f"text {txt_path} missing"); return
    text = read_text(txt_path)
    n = len(text)
    if not 1500 <= n <= 5000:
        warn(f"text length {n} outside 1500-5000")
    ntext = norm(depdf(text))
    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {sorted(rep)}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            err(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        err(f"report.year {rep.get('year')!r} not an int year")
    if rep.get("date") is not None and not DATE.match(str(rep["date"])):
        err(f"report.date {rep['date']!r} not YYYY-MM-DD")
    if rep.get("title") is not None:
        if norm(rep["title"]) not in ntext:
            err(f"report.title not in text: {rep['title']}")
    else:
        info("report.title is null")
    if rep.get("date") is None:
        info("report.date is null")
    org_names = {norm(o.get("name", "")) for o in g.get("organizations", [])}
    org_alias = {}
    for o in g.get("organizations", []):
        for a in [o.get("name", "")] + list(o.get("aliases", [])):
            org_alias.setdefault(norm(a), norm(o.get("name", "")))
    if rep.get("publisher") and norm(rep["publisher"]) not in org_names:
        err(f"publisher {rep['publisher']!r} is not the canonical name of an organization")
    for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
        items = g.get(kind)
        if not isinstance(items, list):
            err(f"{kind} is not a list"); continue
        seen = {}
        for e in items:
            if not isinstance(e, dict):
                err(f"{kind}: entry is not an object: {e!r}"); continue
            want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != want:
                err(f"{kind}: {e.get('name')!r} keys {sorted(e)} != {sorted(want)}")
            name = e.get("name")
            if not isinstance(name, str) or not name.strip():
                err(f"{kind}: empty name"); continue
            aliases = e.get("aliases")
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                err(f"{kind}: {name}: aliases must be a list of non-empty strings"); aliases = []
            if e.get("type") not in types:
                err(f"{kind}: {name}: bad type {e.get('type')!r}")
            xdoc[kind][name].add((gold_path.stem, e.get("type")))
            if kind == "regulations":
                dn = e.get("doc_number")
                if dn is not None and not DOCNUM.match(dn):
                    err(f"regulations: {name}: doc_number {dn!r} not normalised to 代字〔年〕号")
                if dn is not None and norm(dn) not in ntext and norm(dn.replace("〔", "").replace("〕", "")) not in ntext:
                    info(f"regulations: {name}: doc_number {dn} written differently in text (repaired/normalised)")
                if e.get("relation") not in RELATIONS:
                    err(f"regulations: {name}: bad relation {e.get('relation')!r}")
                iss = e.get("issuer")
                if iss is not None:
                    for part in str(iss).split():
                        if norm(part) not in org_names:
                            err(f"regulations: {name}: issuer part {part!r} is not an organization's canonical name")
            for a in [name] + aliases:
                k = norm(a)
                if k in seen and seen[k] != name:
                    err(f"{kind}: form {a!r} belongs to both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            found_name = norm(name) in ntext
            found_alias = [a for a in aliases if norm(a) in ntext]
            missing_alias = [a for a in aliases if norm(a) not in ntext]
            stats[kind] += 1
            if not found_name and not found_alias:
                err(f"{kind}: neither name nor any alias occurs in text: {name}")
            elif not found_name:
                stats["resolved"] += 1
                info(f"{kind}: resolved name (occurs via alias {found_alias[0]!r}): {name}")
            for a in missing_alias:
                if len(norm(a)) == len(norm(name)) and not found_name and found_alias:
                    # a character-for-character variant of the canonical name (traditional script)
                    info(f"{kind}: {name}: accepted script variant not in text: {a!r}")
                else:
                    warn(f"{kind}: {name}: alias does not occur in text: {a!r}")


def main():
    strict = "--strict" in sys.argv
    problems, stats = [], defaultdict(int)
    xdoc = {k: defaultdict(set) for k in ("regulations", "organizations", "measures")}
    files = sorted((HERE / "gold").glob("*.json"))
    for f in files:
        check(f, problems, stats, xdoc)
    docs = {p.stem for p in (HERE / "docs").glob("*.txt")}
    for d in sorted(docs - {f.stem for f in files}):
        problems.append(("ERROR", d, "document without gold file"))
    for kind, names in xdoc.items():
        for name, occ in names.items():
            types = {t for _, t in occ}
            if len(types) > 1:
                problems.append(("WARN", "*", f"{kind}: {name} typed differently across docs: {sorted(occ)}"))
    verbose = "-v" in sys.argv
    for level, where, msg in problems:
        if level != "INFO" or verbose:
            print(f"{level}\t{where}\t{msg}")
    n_err = sum(1 for p in problems if p[0] == "ERROR")
    n_warn = sum(1 for p in problems if p[0] == "WARN")
    n_info = sum(1 for p in problems if p[0] == "INFO")
    print(f"{len(files)} gold files; {stats['regulations']} regulations, {stats['organizations']} organizations, "
          f"{stats['measures']} measures; {stats['resolved']} resolved names; "
          f"{n_err} errors, {n_warn} warnings, {n_info} info (-v to list)")
    sys.exit(1 if n_err or (strict and n_warn) else 0)


if __name__ == "__main__":
    main()
