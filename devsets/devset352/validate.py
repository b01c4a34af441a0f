#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md and against the texts.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys exactly doc, report, regulations, organizations, measures;
    `doc` names an existing file in docs/ and matches the gold file name;
  * report fields present and filled (title may be null only if the text has none; publisher,
    region, year (int), date (YYYY-MM-DD)); the publisher is one of the gold organizations;
  * every entity has the right keys and value types; type / relation values are from
    ANNOTATION.md; doc_number looks like 机关代字〔年份〕序号号 (other shapes are reported);
    the issuer, where given, resolves to gold organizations;
  * no two entities of one kind share a normalised name or alias (that would make the scorer's
    matching ambiguous);
  * every name or alias occurs in the text. The comparison uses the scorer's normalisation
    (NFKC; whitespace, title marks and quotation marks removed; brackets unified), so line
    breaks inside names do not matter. Page furniture (page-number lines, running headers,
    form feeds) is also removed for a second search, because a page break may fall inside a
    name. An entity none of whose forms occurs is an ERROR; a canonical name that does not occur
    while an alias does is listed as INFO (resolved names); an alias that does not occur is an
    ERROR unless it is marked as an accepted form in ACCEPTED_FORMS below.
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^[^〔〕]+〔(19|20)\d\d〕\d+号$")

# aliases deliberately listed although they are not in the text (other accepted forms)
ACCEPTED_FORMS = set()

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•\f")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


PAGE_LINE = re.compile(r"^\s*(?:[-—–－·•]\s*\d+\s*[-—–－·•]|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d{1,3})\s*$")


def strip_furniture(raw):
    lines = raw.replace("\f", "\n").split("\n")
    counts = {}
    for ln in lines:
        s = ln.strip()
        if s:
            counts[s] = counts.get(s, 0) + 1
    keep = []
    for ln in lines:
        s = ln.strip()
        if PAGE_LINE.match(s):
            continue
        # a short line repeated at least 3 times is a running header
        if s and counts[s] >= 3 and len(s) <= 40 and not s.startswith("|"):
            continue
        keep.append(ln)
    return "\n".join(keep)


def read_text(path):
    data = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode("utf-8", "replace")


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, warnings, infos = [], [], []
    gold_files = sorted((base / "gold").glob("*.json"))
    docs = sorted(p.name for p in (base / "docs").glob("*.txt"))
    if len(gold_files) != len(docs):
        errors.append(f"* {len(docs)} docs but {len(gold_files)} gold files")
    for gf in gold_files:
        tag = gf.stem

        def err(msg):
            errors.append(f"{tag}: {msg}")

        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != KEYS:
            err(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            err(f"doc {g['doc']!r} does not match file name")
        tpath = base / "docs" / g["doc"]
        if not tpath.exists():
            err("text file missing")
            continue
        raw = read_text(tpath)
        n = len(raw)
        if not 1500 <= n <= 5000:
            warnings.append(f"{tag}: text length {n} outside 1500-5000")
        full = norm(raw)
        clean = norm(strip_furniture(raw))

        def found(s):
            k = norm(s)
            if not k:
                return None
            if k in full:
                return "raw"
            if k in clean:
                return "clean"
            return None

        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
            err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        else:
            for f in ("publisher", "region", "date"):
                if not isinstance(rep[f], str) or not rep[f]:
                    err(f"report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                err(f"report.year {rep['year']!r}")
            if rep["date"] and not re.match(r"^\d{4}-\d\d-\d\d$", rep["date"]):
                err(f"report.date {rep['date']!r}")
            if rep["title"] is None:
                warnings.append(f"{tag}: report.title is null")
            elif not found(rep["title"]):
                err(f"report.title not in text: {rep['title']}")
            if rep["date"]:
                y, m, d = rep["date"].split("-")
                if not found(f"{int(y)}年{int(m)}月{int(d)}日"):
                    warnings.append(f"{tag}: report.date {rep['date']} not written in the text")
        orgs = {}
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g[kind]
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            seen = {}
            for e in items:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != want:
                    err(f"{kind}: bad keys {e}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    err(f"{kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind} {e['name']}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    err(f"{kind} {e['name']}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"regulation {e['name']}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not isinstance(dn, str):
                            err(f"regulation {e['name']}: doc_number {dn!r}")
                        elif not DOCNO.match(dn):
                            warnings.append(f"{tag}: doc_number not in 代字〔年〕号 shape: {dn} ({e['name']})")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"regulation {e['name']}: issuer {e['issuer']!r}")
                forms = [e["name"], *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != e["name"]:
                        err(f"{kind}: form {f!r} used by both {seen[k]!r} and {e['name']!r}")
                    seen[k] = e["name"]
                hits = {f: found(f) for f in forms}
                if not any(hits.values()):
                    err(f"{kind}: no form of {e['name']!r} occurs in the text")
                    continue
                if not hits[e["name"]]:
                    infos.append(f"{tag}: {kind} canonical (resolved) name not in text: {e['name']}")
                for f in e["aliases"]:
                    if not hits[f] and (tag, f) not in ACCEPTED_FORMS:
                        err(f"{kind} {e['name']}: alias not in text: {f}")
                for f, h in hits.items():
                    if h == "clean":
                        infos.append(f"{tag}: {kind} form found only across page furniture: {f}")
                if kind == "organizations":
                    for f in forms:
                        orgs[norm(f)] = e["name"]
        if isinstance(rep, dict) and norm(rep.get("publisher") or "") not in orgs:
            err(f"publisher {rep.get('publisher')!r} is not a gold organization")
        for e in g.get("regulations", []):
            iss = e.get("issuer")
            if iss:
                for part in iss.replace("、", " ").split():
                    if norm(part) not in orgs:
                        err(f"issuer {part!r} of {e['name']!r} is not a gold organization")
    for line in infos:
        print("INFO   ", line)
    for line in warnings:
        print("WARN   ", line)
    for line in errors:
        print("ERROR  ", line)
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(warnings)} warnings, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
