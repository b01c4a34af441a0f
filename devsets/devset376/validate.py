#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md and the documents.

usage: python3 validate.py [-v] [DEVSET_DIR]

Checks, for every gold/*.json:
  * JSON loads; top-level keys, report keys and entity fields/types/enums are as in ANNOTATION.md;
  * `doc` names an existing docs/*.txt (read as UTF-8, else GB18030);
  * report fields are filled (title, publisher, region, year:int, date:YYYY-MM-DD) and the
    publisher is one of the gold organizations;
  * every alias occurs in the text, and every entity has its name or at least one alias in the
    text (canonical names that are resolved and do not occur are fine when an alias occurs);
  * doc_numbers have the normalised form 机关代字〔年份〕序号号 (or a 政府令 number) and occur in the text;
  * issuers are gold organizations; no duplicate names / aliases across entities of one kind.
Occurrence is tested after removing whitespace, 《》〈〉 and quotation marks (the scorer's
normalisation), first in the raw text, then in a "PDF-repaired" text (page-number lines,
running headers and footnote blocks cut out of the running text, line-end hyphens removed,
characters doubled across a line break collapsed).  Hits only in the repaired text are
reported as INFO, misses as ERROR.  Exit status 1 if there is any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

VERBOSE = "-v" in sys.argv[1:]
_ARGS = [a for a in sys.argv[1:] if a != "-v"]
ROOT = Path(_ARGS[0]) if _ARGS else Path(__file__).resolve().parent

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


PAGE_RE = re.compile(r"^\s*(第\s*\d+\s*页(\s*共\s*\d+\s*页)?|[-—–·]*\s*\d+\s*[-—–·]*)\s*$")
SEP_RE = re.compile(r"^\s*[—_－-]{6,}\s*$")


def read_text(path):
    data = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("unknown", b"", 0, 1, "not utf-8 or gb18030")


def repair(text):
    """Return (running_text, side_text): body lines joined with PDF damage repaired,
    plus the footnotes / headers cut out of it."""
    lines = text.splitlines()
    counts = {}
    for l in lines:
        counts[l.strip()] = counts.get(l.strip(), 0) + 1
    body, side = [], []
    i = 0
    while i < len(lines):
        l = lines[i]
        if SEP_RE.match(l):  # footnote block runs to the page number
            j = i + 1
            while j < len(lines) and not PAGE_RE.match(lines[j]):
                side.append(lines[j])
                j += 1
            i = j
            continue
        if PAGE_RE.match(l):
            if i + 1 < len(lines) and counts.get(lines[i + 1].strip(), 0) >= 2 and lines[i + 1].strip():
                side.append(lines[i + 1])
                i += 2
            else:
                i += 1
            continue
        body.append(l.strip())
        i += 1
    out = ""
    for l in body:
        if not l:
            out += "\n"
            continue
        if out and not out.endswith("\n"):
            if out.endswith("-") and not l.startswith("-"):
                out = out[:-1]
            elif out[-1] == l[0] and unicodedata.category(l[0]) == "Lo":
                l = l[1:]
        out += l
    return out, "\n".join(side)


def main():
    errors, infos = [], []
    gold_files = sorted((ROOT / "gold").glob("*.json"))
    if not gold_files:
        sys.exit("no gold files")
    for gf in gold_files:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")

        def info(msg):
            infos.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            err(f"doc field {g['doc']!r} does not match file name")
        doc = ROOT / "docs" / g["doc"]
        if not doc.exists():
            err(f"missing document {doc}")
            continue
        text, enc = read_text(doc)
        if enc != "utf-8":
            info(f"document is {enc}")
        raw_n = norm(text)
        rep_body, rep_side = repair(text)
        rep_n = norm(rep_body) + "\n" + norm(rep_side)

        def where(s):
            s = norm(s)
            if not s:
                return None
            if s in raw_n:
                return "raw"
            if s in rep_n:
                return "repaired"
            return None
        # report
        r = g["report"]
        if set(r) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(r)}")
        for k in ("title", "publisher", "region", "date"):
            if not isinstance(r.get(k), str) or not r.get(k):
                err(f"report.{k} not filled")
        if not isinstance(r.get("year"), int) or not 2000 <= r["year"] <= 2030:
            err("report.year must be an int year")
        if isinstance(r.get("date"), str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
            err(f"report.date {r['date']!r} is not YYYY-MM-DD")
        if r.get("title") and not where(r["title"]):
            err(f"report.title not in text: {r['title']}")
        orgnames = {}
        for o in g["organizations"]:
            for a in [o["name"], *o.get("aliases", [])]:
                orgnames.setdefault(norm(a), o["name"])
        if r.get("publisher") and norm(r["publisher"]) not in orgnames:
            err(f"publisher {r['publisher']} is not a gold organization")
        # entities
        spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
                "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
                "measures": ({"name", "aliases", "type"}, MEASURE_TYPES)}
        for kind, (keys, types) in spec.items():
            if not isinstance(g[kind], list):
                err(f"{kind} is not a list")
                continue
            seen = {}
            for e in g[kind]:
                if not isinstance(e, dict) or set(e) != keys:
                    err(f"{kind}: bad keys in {e}")
                    continue
                if not isinstance(e["name"], str) or not e["name"]:
                    err(f"{kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind}: {e['name']}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    err(f"{kind}: {e['name']}: bad type {e['type']!r}")
                for a in [e["name"], *e["aliases"]]:
                    na = norm(a)
                    if na in seen and seen[na] != e["name"]:
                        err(f"{kind}: {a!r} is a name/alias of both {seen[na]!r} and {e['name']!r}")
                    seen.setdefault(na, e["name"])
                hits = {a: where(a) for a in [e["name"], *e["aliases"]]}
                if not any(hits.values()):
                    err(f"{kind}: neither name nor any alias occurs: {e['name']}")
                for a in e["aliases"]:
                    if not hits[a]:
                        err(f"{kind}: alias not in text: {a!r} (of {e['name']})")
                if VERBOSE and not hits[e["name"]] and any(hits.values()):
                    info(f"{kind}: resolved name not in text (alias occurs): {e['name']}")
                for a, h in hits.items():
                    if h == "repaired":
                        info(f"{kind}: only after PDF repair: {a}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"regulations: {e['name']}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not (re.fullmatch(r"[^〔〕\s]+〔\d{4}〕\d+号", dn) or re.fullmatch(r".+令第\d+号", dn)):
                            err(f"regulations: {e['name']}: doc_number {dn!r} not normalised")
                        if not where(dn):
                            err(f"regulations: {e['name']}: doc_number {dn!r} not in text")
                    iss = e["issuer"]
                    if iss is not None:
                        for part in iss.split():
                            if norm(part) not in orgnames:
                                err(f"regulations: {e['name']}: issuer part {part!r} is not a gold organization")
    for m in infos:
        print("INFO ", m)
    for m in errors:
        print("ERROR", m)
    n = len(gold_files)
    print(f"{n} gold files, {len(errors)} errors, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
