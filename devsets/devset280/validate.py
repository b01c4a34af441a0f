#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md and their texts.

usage: python3 validate.py [--coverage]

Checks, for every gold/*.json:
  * JSON loads; keys doc/report/regulations/organizations/measures; `doc` names an existing docs/ file;
  * report: title (str|null), publisher, region (non-empty str), year (int 2015-2025), date (YYYY-MM-DD|null);
    publisher is one of the gold organizations;
  * every entity: name (str), aliases (list of str), type from ANNOTATION.md; regulations also
    doc_number (null or 机关代字〔年份〕序号号), issuer (null or str), relation;
  * no normalised name/alias shared by two entities of one kind in one document;
  * occurrence: the entity's name or one of its aliases, normalised (NFKC, whitespace, quotes and
    title marks removed, brackets unified, as score.py does) occurs in the text. Texts damaged by
    PDF extraction are searched in three views: raw; with page artefacts removed (page numbers,
    running headers = lines repeated on several pages, footnote lines); de-columnised (two-column
    lines split at the gutter, left column read before right column). An entity found only in a
    repaired view is reported as INFO, one found nowhere as an ERROR;
  * every alias occurs in some view (WARN otherwise: aliases are forms the report writes);
  * the doc_number occurs in the text (after bracket unification; WARN otherwise).
With --coverage it also lists 《》 titles and quoted “…” terms in the text that no gold entity covers.
Exit status 1 if there is any ERROR.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^[^\s〔〕]+〔(19|20)\d{2}〕\d+号$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
PAGE = [re.compile(p) for p in (r"^\s*[—\-－·]\s*\d+\s*[—\-－·]\s*$", r"^\s*第\s*\d+\s*页(\s*共\s*\d+\s*页)?\s*$",
                                r"^\s*[①②③④⑤⑥⑦⑧⑨⑩]", r"^\s*\*\s", r"^\s*\[\d+\]\s")]


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def views(text):
    lines = text.split("\n")
    counts = Counter(l.strip() for l in lines if l.strip())
    headers = {l for l, n in counts.items() if n >= 2 and len(l) <= 60 and not re.fullmatch(r"[\d\s]+|已报备|是|否", l)}
    clean = [l for l in lines if l.strip() not in headers and not any(p.match(l) for p in PAGE)]
    left, right = [], []
    for l in clean:
        m = re.match(r"^(.*?\S)\s{3,}(\S.*)$", l)
        if m:
            left.append(m.group(1)); right.append(m.group(2))
        elif re.match(r"^ {8,}\S", l):
            right.append(l.strip())
        else:
            # single-column line: flush both columns first
            left.extend(right); right.clear(); left.append(l)
    decol = "".join(left + right)
    # strip footnote markers that sit inside running text
    marker = re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩*]|\[\d+\]|\^\d+")
    plain = {"raw": text, "repaired": marker.sub("", "\n".join(clean)), "decolumnised": marker.sub("", decol)}
    return {k: norm(v) for k, v in plain.items()}, plain


def where(form, vs):
    n = norm(form)
    if not n:
        return None
    for k, v in vs.items():
        if n in v:
            return k
    return None


def check(path, coverage):
    errs, warns, infos = [], [], []
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], [], []
    for k in ("doc", "report", "regulations", "organizations", "measures"):
        if k not in g:
            errs.append(f"missing key {k}")
    if errs:
        return errs, warns, infos
    txt_path = ROOT / "docs" / g["doc"]
    if g["doc"] != path.stem + ".txt" or not txt_path.exists():
        errs.append(f"doc {g['doc']!r} does not name docs/{path.stem}.txt")
        return errs, warns, infos
    text = txt_path.read_text(encoding="utf-8")
    vs, plain = views(text)
    rep = g["report"]
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    if rep.get("title") is None:
        warns.append("report title is null")
    elif where(rep["title"], vs) is None:
        errs.append(f"report title not in text: {rep['title']}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep[f]:
            errs.append(f"report {f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errs.append(f"report year {rep.get('year')!r}")
    if rep.get("date") is None:
        warns.append("report date is null")
    elif not re.fullmatch(r"20\d{2}-\d{2}-\d{2}", str(rep["date"])):
        errs.append(f"report date {rep['date']!r}")
    org_forms = {norm(f) for o in g["organizations"] for f in [o["name"], *o["aliases"]]}
    if norm(rep.get("publisher") or "") not in org_forms:
        errs.append(f"publisher {rep.get('publisher')} is not a gold organization")
    for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEAS_TYPES)):
        seen = {}
        for e in g[kind]:
            name = e.get("name")
            if not isinstance(name, str) or not name:
                errs.append(f"{kind}: bad name {name!r}"); continue
            if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) for a in e["aliases"]):
                errs.append(f"{kind}: {name}: aliases must be a list of strings")
            if e.get("type") not in types:
                errs.append(f"{kind}: {name}: type {e.get('type')!r}")
            keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != keys:
                errs.append(f"{kind}: {name}: keys {sorted(e)}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    errs.append(f"{kind}: {name}: relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None:
                    if not DOCNO.match(dn):
                        errs.append(f"{kind}: {name}: doc_number {dn!r} not normalised")
                    elif where(dn, vs) is None:
                        warns.append(f"{kind}: {name}: doc_number {dn} not in text")
                if e.get("issuer") is not None and not isinstance(e["issuer"], str):
                    errs.append(f"{kind}: {name}: issuer must be str or null")
            forms = [name, *e.get("aliases", [])]
            for f in forms:
                n = norm(f)
                if n in seen and seen[n] != name:
                    errs.append(f"{kind}: form {f!r} shared by {seen[n]!r} and {name!r}")
                seen[n] = name
            found = [(f, where(f, vs)) for f in forms]
            hits = [(f, w) for f, w in found if w]
            if not hits:
                errs.append(f"{kind}: {name}: neither name nor any alias occurs in the text")
            elif all(w != "raw" for _, w in hits):
                infos.append(f"{kind}: {name}: found only in the {hits[0][1]} view ({hits[0][0]})")
            for f, w in found[1:]:
                if w is None:
                    warns.append(f"{kind}: {name}: alias {f!r} not in text")
    if coverage:
        covered = [norm(f) for k in ("regulations", "organizations", "measures") for e in g[k]
                   for f in [e["name"], *e["aliases"]]]
        joined = re.sub(r"\s+", "", plain["decolumnised"])
        for t in sorted(set(re.findall(r"《([^《》]{2,80})》", joined))):
            if not any(norm(t) == c for c in covered):
                infos.append(f"coverage: title 《{t}》 has no exact gold form")
        for t in sorted(set(re.findall(r"“([^“”]{1,30})”", joined))):
            if not any(norm(t) in c for c in covered):
                infos.append(f"coverage: quoted “{t}” not inside any gold form")
    return errs, warns, infos


def main():
    coverage = "--coverage" in sys.argv
    files = sorted((ROOT / "gold").glob("*.json"))
    n_err = 0
    for p in files:
        errs, warns, infos = check(p, coverage)
        n_err += len(errs)
        status = "OK" if not errs else "FAIL"
        print(f"{p.name}: {status} ({len(errs)} errors, {len(warns)} warnings)")
        for e in errs:
            print("  ERROR", e)
        for w in warns:
            print("  WARN ", w)
        for i in infos:
            print("  INFO ", i)
    print(f"{len(files)} gold files, {n_err} errors")
    sys.exit(1 if n_err else 0)


if __name__ == "__main__":
    main()
