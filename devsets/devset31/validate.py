#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md and the texts.

usage: python3 validate.py [--quiet]

Checks per gold file:
  * JSON loads; top-level keys exactly doc, report, regulations, organizations, measures;
    `doc` names an existing file in docs/ (decoded as UTF-8);
  * report: title str|null, publisher/region non-empty str, year int, date YYYY-MM-DD|null;
    the publisher is the canonical name of one of the gold organizations;
  * every entity: name non-empty str, aliases list of str, type in the allowed set;
    regulations also doc_number (机关代字〔年份〕序号号 or null), issuer str|null,
    relation in issues/implements/studies/mentions;
  * no two entities of one kind share a normalised name/alias (the scorer would merge them);
  * every entity name or one of its aliases occurs in the text once 《》〈〉<> and
    whitespace are removed from both (line breaks from PDF extraction do not hide a name).
    Canonical names that do not occur (resolved jurisdictions) are listed with -v.
Warnings (not errors): 《…》/〈…〉 titles in the text that match no regulation, and
“…” quoted terms that match no measure/organization/regulation (review by hand).
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


def strip(s):
    return re.sub(r"[\s《》〈〉<>]", "", s)


def norm(s):  # the scorer's normalisation (score.py), for collision checks
    drop = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
    mp = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
          "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
    s = unicodedata.normalize("NFKC", s)
    return "".join(mp.get(c, c) for c in s if c not in drop)


def main():
    verbose = "-v" in sys.argv
    errors, warnings, info = [], [], []
    files = sorted((HERE / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != KEYS:
            errors.append(f"{tag}: keys {sorted(g)} != {sorted(KEYS)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{tag}: doc {g['doc']!r} does not match file name")
        tp = HERE / "docs" / g["doc"]
        if not tp.exists():
            errors.append(f"{tag}: text {tp} missing")
            continue
        try:
            raw = tp.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            errors.append(f"{tag}: text is not UTF-8: {exc}")
            continue
        n = len(raw)
        if not 1500 <= n <= 5200:
            warnings.append(f"{tag}: text length {n} outside 1500-5000")
        # PDF page footers (“— 3 —”, “- 3 -”) sit between the halves of a broken line; a reader
        # (and the extractor) must read across them, so they are removed before matching.
        text = strip(re.sub(r"(?m)^\s*[—\-－]\s*\d+\s*[—\-－]\s*$", "", raw))
        r = g["report"]
        if not isinstance(r, dict) or set(r) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys wrong: {r}")
        else:
            if r["title"] is not None and (not isinstance(r["title"], str) or strip(r["title"]) not in text):
                errors.append(f"{tag}: report title not in text: {r['title']!r}")
            for k in ("publisher", "region"):
                if not isinstance(r[k], str) or not r[k].strip():
                    errors.append(f"{tag}: report {k} empty")
            if not isinstance(r["year"], int) or not 2010 <= r["year"] <= 2025:
                errors.append(f"{tag}: report year {r['year']!r}")
            if r["date"] is not None and not (isinstance(r["date"], str) and DATE.match(r["date"])):
                errors.append(f"{tag}: report date {r['date']!r}")
            if r["publisher"] not in {o.get("name") for o in g["organizations"]}:
                errors.append(f"{tag}: publisher {r['publisher']!r} is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            if not isinstance(g[kind], list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            for e in g[kind]:
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind}: bad name {e}")
                    continue
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{tag}: {kind}: {name}: keys {sorted(e)}")
                al = e.get("aliases")
                if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
                    errors.append(f"{tag}: {kind}: {name}: aliases not a list of strings")
                    al = []
                if e.get("type") not in types:
                    errors.append(f"{tag}: {kind}: {name}: type {e.get('type')!r}")
                if kind == "regulations":
                    dn = e.get("doc_number")
                    if dn is not None and not (isinstance(dn, str) and DOCNO.match(dn)):
                        errors.append(f"{tag}: {name}: doc_number {dn!r} not normalised")
                    if dn is not None and strip(dn)[-4:] not in text and not re.sub(r"\D", "", dn) in re.sub(r"\D", "", raw):
                        warnings.append(f"{tag}: {name}: doc_number {dn} not found in text")
                    iss = e.get("issuer")
                    if iss is not None and (not isinstance(iss, str) or not iss.strip()):
                        errors.append(f"{tag}: {name}: issuer {iss!r}")
                    if e.get("relation") not in RELS:
                        errors.append(f"{tag}: {name}: relation {e.get('relation')!r}")
                for a in [name, *al]:
                    k = norm(a)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: {a!r} is listed for both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                hits = [a for a in [name, *al] if strip(a) and strip(a) in text]
                if not hits:
                    errors.append(f"{tag}: {kind}: neither name nor any alias occurs: {name!r} {al}")
                elif strip(name) not in text:
                    info.append(f"{tag}: {kind}: canonical not in text (resolved): {name!r} <- {hits[0]!r}")
        # coverage warnings
        regkeys = {norm(a) for e in g["regulations"] for a in [e["name"], *e["aliases"]]}
        allkeys = {norm(a) for k in ("regulations", "organizations", "measures") for e in g[k] for a in [e["name"], *e["aliases"]]}
        flat = re.sub(r"\s", "", raw)
        for m in re.finditer(r"《([^《》]{2,120})》", flat):
            t = m.group(1)
            if norm(t) not in regkeys:
                warnings.append(f"{tag}: title 《{t}》 matches no regulation")
            for inner in re.findall(r"[〈<]([^〈〉<>]{2,80})[〉>]", t):
                if norm(inner) not in regkeys:
                    warnings.append(f"{tag}: inner title 〈{inner}〉 matches no regulation")
        for m in re.finditer(r"[“\"]([^“”\"]{2,30})[”\"]", flat):
            t = m.group(1)
            if norm(t) not in allkeys and not any(norm(t) in k for k in allkeys):
                warnings.append(f"{tag}: quoted “{t}” is in no entity")
    for w in warnings:
        print("WARN ", w)
    if verbose:
        for i in info:
            print("INFO ", i)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
