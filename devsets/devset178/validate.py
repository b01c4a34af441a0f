#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks, per gold file: JSON loads; top-level keys; report fields (publisher, region, year
filled; date YYYY-MM-DD or null; publisher is one of the gold organizations); entity keys,
types, relations, doc_number format; no two entities of one kind share a normalised name or
alias; every entity's name or one of its aliases occurs in the text (comparison after the
scorer's normalisation: NFKC, whitespace / title marks / quotes removed, brackets unified).
Canonical names that do not occur but have an occurring alias are listed as info, not errors.
Exit status 1 if there are errors.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def check(gold_path, docs_dir):
    errors, infos = [], []
    e = lambda m: errors.append(f"{gold_path.name}: {m}")
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"{gold_path.name}: JSON does not load: {exc}"], []
    if set(g) != TOP_KEYS:
        e(f"top-level keys {sorted(g)} != {sorted(TOP_KEYS)}")
        return errors, infos
    if g["doc"] != gold_path.stem + ".txt":
        e(f"doc {g['doc']!r} does not match file name")
    txt_path = docs_dir / g["doc"]
    if not txt_path.exists():
        e(f"text file {txt_path} missing")
        return errors, infos
    raw = txt_path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    ntext = norm(text)
    n = len(text)
    if not 1500 <= n <= 5000:
        e(f"text length {n} outside 1500-5000")

    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        e(f"report keys {sorted(rep) if isinstance(rep, dict) else rep} != {sorted(REPORT_KEYS)}")
    else:
        for k in ("publisher", "region"):
            if not isinstance(rep[k], str) or not rep[k]:
                e(f"report.{k} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            e(f"report.year {rep['year']!r} not an int in 2015-2025")
        if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            e(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep["title"] is not None and norm(rep["title"]) not in ntext:
            e(f"report.title does not occur in text")
        orgnames = {norm(o["name"]) for o in g["organizations"] if isinstance(o, dict) and "name" in o}
        if norm(rep.get("publisher") or "") not in orgnames:
            e(f"report.publisher {rep.get('publisher')!r} is not a gold organization name")

    org_forms = {}
    for o in g["organizations"]:
        for a in [o.get("name"), *o.get("aliases", [])]:
            if a:
                org_forms[norm(a)] = o.get("name")

    spec = {
        "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
        "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
        "measures": ({"name", "aliases", "type"}, MEASURE_TYPES),
    }
    for kind, (keys, types) in spec.items():
        if not isinstance(g[kind], list):
            e(f"{kind} is not a list")
            continue
        seen = {}
        for ent in g[kind]:
            if not isinstance(ent, dict) or set(ent) != keys:
                e(f"{kind}: bad keys in {ent!r}")
                continue
            name = ent["name"]
            if not isinstance(name, str) or not name.strip():
                e(f"{kind}: empty name")
                continue
            if not isinstance(ent["aliases"], list) or not all(isinstance(a, str) and a for a in ent["aliases"]):
                e(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if ent["type"] not in types:
                e(f"{kind}: {name}: type {ent['type']!r} not allowed")
            if kind == "regulations":
                if ent["relation"] not in RELATIONS:
                    e(f"{kind}: {name}: relation {ent['relation']!r} not allowed")
                dn = ent["doc_number"]
                if dn is not None and not DOCNUM.match(dn):
                    e(f"{kind}: {name}: doc_number {dn!r} not normalised as 代字〔年份〕序号号")
                if dn is not None and DOCNUM.match(dn):
                    year, seq = re.search(r"〔(\d{4})〕(\d+)号", dn).groups()
                    if not re.search(re.escape(year) + r"\D{0,3}" + seq + r"号", re.sub(r"\s", "", text)):
                        e(f"{kind}: {name}: doc_number {dn!r} not found in text")
                iss = ent["issuer"]
                if iss is not None:
                    for part in re.split(r"[\s、，]+", iss):
                        if part and norm(part) not in org_forms:
                            e(f"{kind}: {name}: issuer part {part!r} is not a gold organization")
            forms = [name, *ent["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    e(f"{kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            occurring = [f for f in forms if norm(f) in ntext]
            if not occurring:
                e(f"{kind}: {name}: neither name nor any alias occurs in the text")
            elif norm(name) not in ntext:
                infos.append(f"{gold_path.name}: {kind}: canonical {name!r} resolved; occurs as {occurring[0]!r}")
    return errors, infos


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    docs, gold = root / "docs", root / "gold"
    files = sorted(gold.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    txts = {p.name for p in docs.glob("*.txt")}
    all_err, all_info = [], []
    for f in files:
        err, info = check(f, docs)
        all_err += err
        all_info += info
        txts.discard(f.stem + ".txt")
    for t in sorted(txts):
        all_err.append(f"{t}: text without a gold file")
    for line in all_info:
        print("info:", line)
    for line in all_err:
        print("ERROR:", line)
    print(f"{len(files)} gold files, {len(all_err)} errors, {len(all_info)} resolved canonical names")
    sys.exit(1 if all_err else 0)


if __name__ == "__main__":
    main()
