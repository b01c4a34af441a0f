#!/usr/bin/env python3
"""Validate the gold files of this dev set (ANNOTATION.md format).

usage: python3 validate.py [OUTDIR]   (default: the directory of this script)

Checks, per gold/NNN.json:
  * JSON loads; top-level keys doc/report/regulations/organizations/measures; `doc` names an existing docs/ file
  * report: title/publisher/region/year/date present; publisher, region, year filled; year int;
    date YYYY-MM-DD or null; publisher is the name or an alias of a gold organization
  * every entity: keys, non-empty name, aliases a list of strings, type (and relation) from the allowed sets,
    doc_number null or normalised `代字〔YYYY〕N号`, issuer null or made of gold organization names/aliases
  * no two entities of one kind share a normalised name/alias (the scorer would merge them)
  * occurrence: the name or at least one alias occurs in the text, compared after the scorer's
    normalisation (NFKC; whitespace, line breaks, quotes and title marks removed; brackets/dashes unified).
    If it occurs only once page furniture (page numbers, repeated running headers) is cut out, it is reported
    as INFO; canonical names that do not occur but have an alias that does are listed as INFO (resolved names);
    aliases that do not occur are WARN; an entity with no occurring form is an ERROR.
Exit status 1 if there is any ERROR.
"""
import json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPESETS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNO = re.compile(r"^\S+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PAGENO = [re.compile(p) for p in (r"^[—\-－]\s*\d+\s*[—\-－]$", r"^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$",
                                  r"^\d+\s*/\s*\d+$", r"^[·•]\s*\d+\s*[·•]$")]

def strip_furniture(text):
    lines = text.split("\n")
    counts = Counter(l.strip() for l in lines if len(l.strip()) >= 5)
    keep = []
    after_pageno = False
    for l in lines:
        s = l.strip()
        if any(p.match(s) for p in PAGENO):
            after_pageno = True
            continue
        if counts.get(s, 0) >= 2 and not re.search(r"[。，；：]", s):
            after_pageno = False
            continue
        # a running header right after a page number: short, no sentence punctuation
        if after_pageno and len(s) <= 40 and not re.search(r"[。，；：、（）()“”]", s) and re.search(r"(人民政府|报告|公报|文件)", s):
            after_pageno = False
            continue
        after_pageno = False
        keep.append(l)
    return "\n".join(keep)

def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, warns, infos = [], [], []
    files = sorted((root / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    totals = Counter()
    for gf in files:
        tag = gf.stem
        def E(m): errors.append(f"{tag}: {m}")
        def W(m): warns.append(f"{tag}: {m}")
        def I(m): infos.append(f"{tag}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            E(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            E(f"top-level keys {sorted(g)}")
        if g.get("doc") != f"{tag}.txt":
            E(f"doc field {g.get('doc')!r} != {tag}.txt")
        tp = root / "docs" / str(g.get("doc"))
        if not tp.exists():
            E(f"text {tp} missing"); continue
        raw = tp.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030"); I("text is not UTF-8, read as GB18030")
        if not 1500 <= len(text) <= 5000:
            W(f"text length {len(text)} outside 1500-5000")
        full = norm(text)
        clean = norm(strip_furniture(text))
        # report
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            E(f"report keys {sorted(rep)}")
        for f in ("publisher", "region", "year"):
            if rep.get(f) in (None, ""):
                E(f"report.{f} empty")
        if not isinstance(rep.get("year"), int):
            E("report.year not int")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            E(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep.get("date") is None:
            I("report.date is null")
        if rep.get("title") is None:
            I("report.title is null")
        elif norm(rep["title"]) not in full and norm(rep["title"]) not in clean:
            W(f"report.title not found in text: {rep['title']}")
        orgforms = {}
        for o in g.get("organizations", []):
            for a in [o.get("name"), *o.get("aliases", [])]:
                orgforms[norm(a)] = o.get("name")
        if rep.get("publisher") and norm(rep["publisher"]) not in orgforms:
            E(f"publisher {rep['publisher']!r} is not a gold organization")
        # entities
        for kind, types in TYPESETS.items():
            items = g.get(kind)
            if not isinstance(items, list):
                E(f"{kind} is not a list"); continue
            seen = {}
            for it in items:
                totals[kind] += 1
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(it) != need:
                    E(f"{kind} entry keys {sorted(it)} for {it.get('name')!r}")
                name = it.get("name")
                if not isinstance(name, str) or not name.strip():
                    E(f"{kind}: empty name"); continue
                al = it.get("aliases")
                if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
                    E(f"{kind} {name}: aliases must be a list of non-empty strings"); al = []
                if it.get("type") not in types:
                    E(f"{kind} {name}: bad type {it.get('type')!r}")
                if kind == "regulations":
                    if it.get("relation") not in RELATIONS:
                        E(f"{name}: bad relation {it.get('relation')!r}")
                    dn = it.get("doc_number")
                    if dn is not None and not DOCNO.match(dn):
                        E(f"{name}: doc_number {dn!r} not normalised")
                    if dn is not None and norm(dn) not in full and norm(dn) not in clean:
                        W(f"{name}: doc_number {dn} not found verbatim (repaired?)")
                    iss = it.get("issuer")
                    if iss is not None:
                        for part in iss.split():
                            if norm(part) not in orgforms:
                                W(f"{name}: issuer part {part!r} is not a gold organization")
                forms = [name, *al]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        E(f"{kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                    elif k in seen and f is not name:
                        W(f"{kind} {name}: alias {f!r} equals another form after normalisation")
                    seen[k] = name
                in_full = [f for f in forms if norm(f) in full]
                in_clean = [f for f in forms if norm(f) in clean]
                if not in_full and not in_clean:
                    E(f"{kind}: neither name nor any alias occurs in text: {name}")
                    continue
                if not in_full:
                    I(f"{kind}: {name} occurs only with page furniture removed")
                if norm(name) not in full and norm(name) not in clean:
                    I(f"{kind}: resolved name not in text (alias occurs): {name}")
                for a in al:
                    if norm(a) not in full and norm(a) not in clean:
                        W(f"{kind} {name}: alias not in text: {a}")
    for m in infos:
        print("INFO ", m)
    for m in warns:
        print("WARN ", m)
    for m in errors:
        print("ERROR", m)
    print(f"{len(files)} gold files; {totals['regulations']} regulations, {totals['organizations']} organizations, "
          f"{totals['measures']} measures; {len(errors)} errors, {len(warns)} warnings, {len(infos)} infos")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
