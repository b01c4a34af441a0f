#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]

Checks per gold file: JSON loads; exactly the keys doc/report/regulations/organizations/measures;
`doc` names an existing docs/*.txt; report fields filled (publisher, region, year; date
YYYY-MM-DD or null; title string or null) and the publisher is one of the organizations;
every entity has valid fields and types; doc_number is normalised (…〔YYYY〕N号);
no two entities of one kind share a normalised name/alias; and every entity's name or one of
its aliases occurs in the text (after NFKC and removing whitespace, title and quotation marks;
for a Traditional-character text the text is also compared in Simplified form).
Entities whose canonical name is resolved (does not occur) but an alias does are listed as
INFO; entities where neither occurs are errors. Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

try:
    import opencc
    _T2S = opencc.OpenCC("t2s")
except Exception:  # opencc is optional
    _T2S = None

KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    """The scorer's normalisation (score.py), plus removal of all whitespace."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def main():
    base = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent)
    errors, infos = [], []
    files = sorted((base / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != KEYS:
            err(f"keys {sorted(g)} != {sorted(KEYS)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            err(f"doc {g['doc']!r} does not match file name")
        txt = base / "docs" / g["doc"]
        if not txt.exists():
            err(f"text {txt} missing")
            continue
        raw = txt.read_text(encoding="utf-8")
        texts = [norm(raw)]
        if _T2S is not None:
            texts.append(norm(_T2S.convert(raw)))
        n_chars = len(raw)
        if not 1500 <= n_chars <= 5000:
            err(f"text length {n_chars} outside 1500-5000")

        def occurs(s):
            n = norm(s)
            return bool(n) and any(n in t for t in texts)

        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
            err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        else:
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    err(f"report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2026:
                err(f"report.year {rep['year']!r} invalid")
            if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
                err(f"report.date {rep['date']!r} not YYYY-MM-DD")
            if rep["date"] is None:
                infos.append(f"{gf.name}: report.date is null")
            if rep["title"] is not None and not isinstance(rep["title"], str):
                err("report.title must be a string or null")
            if rep["title"] and not occurs(rep["title"]):
                err(f"report.title {rep['title']!r} does not occur in the text")
            orgnames = {norm(o.get("name", "")) for o in g["organizations"] if isinstance(o, dict)}
            if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in orgnames:
                err(f"publisher {rep['publisher']!r} is not among the organizations")

        for kind, valid in TYPES.items():
            items = g[kind]
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            seen = {}
            for e in items:
                if not isinstance(e, dict):
                    err(f"{kind}: entry {e!r} is not an object")
                    continue
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    err(f"{kind}: {e.get('name')!r} keys {sorted(e)} != {sorted(want)}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in valid:
                    err(f"{kind}: {name}: type {e['type']!r} invalid")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{kind}: {name}: relation {e['relation']!r} invalid")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not re.fullmatch(r"\S+〔(19|20)\d{2}〕\d+号", dn):
                            err(f"{kind}: {name}: doc_number {dn!r} not normalised to 代字〔年份〕序号号")
                        elif not occurs(dn):
                            err(f"{kind}: {name}: doc_number {dn!r} does not occur in the text")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{kind}: {name}: issuer must be a string or null")
                forms = [name, *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                if occurs(name):
                    continue
                hits = [a for a in e["aliases"] if occurs(a)]
                if hits:
                    infos.append(f"{gf.name}: {kind}: resolved name {name!r} found via alias {hits[0]!r}")
                else:
                    err(f"{kind}: neither {name!r} nor any alias occurs in the text")
    for line in infos:
        print("INFO ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
