#!/usr/bin/env python3
"""Validate the gold files of this dev set (ANNOTATION.md sections 1-5).

usage: python3 validate.py [DEVSET_DIR]

Checks per gold file: JSON loads; top-level keys and field types; enum values of
`type` / `relation`; doc_number shape (机关代字〔年份〕序号号); report fields filled
(title may be null only if the text has none; date YYYY-MM-DD or null); publisher is one of
the gold organizations; every entity's name or one of its aliases occurs in the document
text (compared after NFKC and after removing whitespace, title and quotation marks, with
brackets/dashes unified as score.py does). Documents are read as UTF-8, falling back to Big5
and GB18030. Entities whose canonical name does not occur but an alias does (resolved names)
are listed as INFO, not errors. Also flags aliases shared by two entities of one kind.
Exit status 1 if there is any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "big5", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("unknown", raw, 0, 1, "no encoding fits")


def check(gold_path, docs_dir):
    errors, infos = [], []
    err = lambda m: errors.append(f"{gold_path.name}: {m}")
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"{gold_path.name}: JSON does not load: {exc}"], []
    want = {"doc", "report", "regulations", "organizations", "measures"}
    if set(g) != want:
        err(f"top-level keys {sorted(g)} != {sorted(want)}")
        return errors, infos
    doc = docs_dir / g["doc"]
    if g["doc"] != gold_path.stem + ".txt":
        err(f"doc {g['doc']!r} does not match the gold file name")
    if not doc.exists():
        err(f"document {doc} missing")
        return errors, infos
    text, enc = read_text(doc)
    ntext = norm(text)
    if not 1500 <= len(text) <= 5000:
        err(f"text length {len(text)} outside 1500-5000")
    r = g["report"]
    if not isinstance(r, dict) or set(r) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys wrong: {r!r}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(r[f], str) or not r[f].strip():
                err(f"report.{f} empty")
        if not isinstance(r["year"], int) or not 2015 <= r["year"] <= 2025:
            err(f"report.year {r['year']!r} not an int in 2015-2025")
        if r["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(r["date"])):
            err(f"report.date {r['date']!r} not YYYY-MM-DD")
        if r["title"] is None:
            infos.append(f"{gold_path.name}: report.title is null")
        elif norm(r["title"]) not in ntext:
            err(f"report.title not in text: {r['title']}")
        orgnames = {norm(o.get("name", "")) for o in g["organizations"] if isinstance(o, dict)}
        if norm(r.get("publisher") or "") not in orgnames:
            err(f"publisher {r.get('publisher')!r} is not a gold organization name")
    spec = {
        "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
        "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
        "measures": ({"name", "aliases", "type"}, MEASURE_TYPES),
    }
    for kind, (keys, types) in spec.items():
        if not isinstance(g[kind], list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in g[kind]:
            if not isinstance(e, dict) or set(e) != keys:
                err(f"{kind}: bad entry keys {e!r}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                err(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                err(f"{kind}: {name}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{kind}: {name}: relation {e['relation']!r} not allowed")
                dn = e["doc_number"]
                if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                    err(f"{kind}: {name}: doc_number {dn!r} not normalised to 代字〔年份〕序号号")
                if dn is not None and norm(dn) not in ntext:
                    infos.append(f"{gold_path.name}: {kind}: {name}: doc_number {dn} written differently in text")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    err(f"{kind}: {name}: issuer must be a string or null")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    err(f"{kind}: form {f!r} used by both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            if norm(name) in ntext:
                continue
            hit = [a for a in e["aliases"] if norm(a) in ntext]
            if hit:
                infos.append(f"{gold_path.name}: {kind}: resolved/garbled name {name!r} occurs as {hit[0]!r}")
            else:
                err(f"{kind}: neither name nor any alias occurs in text: {name!r}")
    return errors, infos


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    files = sorted((root / "gold").glob("*.json"))
    if not files:
        sys.exit(f"no gold files under {root / 'gold'}")
    all_err, all_info = [], []
    for gp in files:
        e, i = check(gp, root / "docs")
        all_err += e
        all_info += i
    for m in all_info:
        print("INFO ", m)
    for m in all_err:
        print("ERROR", m)
    print(f"{len(files)} gold files, {len(all_err)} errors, {len(all_info)} info lines")
    sys.exit(1 if all_err else 0)


if __name__ == "__main__":
    main()
