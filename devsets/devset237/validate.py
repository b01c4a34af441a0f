#!/usr/bin/env python3
"""Validate the devset gold files against ANNOTATION.md and the texts.

usage: python3 validate.py [-v] [OUTDIR]   (default: the directory of this script; -v lists information)

Checks per gold file: JSON loads; keys and value types; entity types / relations from
ANNOTATION.md; doc_number shape 机关代字〔年份〕序号号; report fields filled and well-formed;
publisher is one of the gold organizations; no alias shared by two entities of one kind;
every entity's name or one of its aliases (after removing 《》〈〉 and whitespace) occurs in
the text (the text is read as UTF-8, UTF-8 with BOM, GBK or Big5). Names that do not occur
themselves (resolved canonical names) are listed as information, not as errors.
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
STRIP = set("《》〈〉 \t\r\n\u3000")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):  # the scorer's normalisation
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip(text):
    return "".join(c for c in text if c not in STRIP)


def read_text(path):
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = None
    for enc in ("gbk", "big5"):
        try:
            t = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        score = t.count("政府") + t.count("法治")
        if best is None or score > best[0]:
            best = (score, t, enc)
    if best is None:
        raise UnicodeDecodeError("?", raw, 0, 1, "no encoding fits")
    return best[1], best[2]


def check(gold_path, docs_dir):
    errors, infos = [], []
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], infos
    if set(g) != TOP_KEYS:
        errors.append(f"top-level keys {sorted(g)}")
        return errors, infos
    if g["doc"] != gold_path.stem + ".txt":
        errors.append(f"doc {g['doc']!r} is not the gold file's name + .txt")
    doc = docs_dir / g["doc"]
    if not doc.exists():
        return errors + [f"text {doc} missing"], infos
    text, enc = read_text(doc)
    n = len(text)
    if not 1500 <= n <= 5000:
        errors.append(f"text length {n} outside 1500-5000")
    infos.append(f"encoding {enc}, {n} chars")
    flat = strip(text)
    flat_n = norm(text)
    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        errors.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
    else:
        for k in ("publisher", "region"):
            if not isinstance(rep[k], str) or not rep[k]:
                errors.append(f"report.{k} empty")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"report.year {rep['year']!r}")
        if rep["date"] is not None and (not isinstance(rep["date"], str) or not DATE.match(rep["date"])):
            errors.append(f"report.date {rep['date']!r}")
        if rep["date"] is None:
            infos.append("report.date is null")
        if rep["title"] is not None and not isinstance(rep["title"], str):
            errors.append("report.title not a string")
        orgs = {norm(f) for o in g["organizations"] for f in [o["name"], *o.get("aliases", [])]}
        if norm(rep.get("publisher") or "") not in orgs:
            errors.append(f"publisher {rep['publisher']!r} is not among the organizations")
    spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
            "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
            "measures": (MEA_TYPES, {"name", "aliases", "type"})}
    for kind, (types, keys) in spec.items():
        if not isinstance(g[kind], list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in g[kind]:
            if not isinstance(e, dict) or set(e) != keys:
                errors.append(f"{kind}: bad keys {sorted(e) if isinstance(e, dict) else e}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name:
                errors.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errors.append(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                errors.append(f"{kind}: {name}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{kind}: {name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                    errors.append(f"{kind}: {name}: doc_number {dn!r} not 机关代字〔年份〕序号号")
                if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"].strip()):
                    errors.append(f"{kind}: {name}: issuer {e['issuer']!r}")
            for f in [name, *e["aliases"]]:
                k = norm(f)
                if k in seen and seen[k] != name:
                    errors.append(f"{kind}: form {f!r} belongs to both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            forms = [name, *e["aliases"]]
            hit = [f for f in forms if strip(f) and strip(f) in flat]
            if not hit:
                hit_n = [f for f in forms if norm(f) and norm(f) in flat_n]
                if hit_n:
                    infos.append(f"{kind}: {name}: found only after scorer normalisation ({hit_n[0]!r})")
                else:
                    errors.append(f"{kind}: {name}: neither name nor any alias occurs in the text")
            elif strip(name) not in flat:
                infos.append(f"{kind}: {name}: resolved name (not in text); written as {hit[0]!r}")
    return errors, infos


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    root = Path(args[0]) if args else Path(__file__).resolve().parent
    gold_files = sorted((root / "gold").glob("*.json"))
    docs = sorted((root / "docs").glob("*.txt"))
    bad = 0
    if len(gold_files) != len(docs):
        print(f"ERROR: {len(gold_files)} gold files but {len(docs)} docs")
        bad += 1
    verbose = "-v" in sys.argv
    for gp in gold_files:
        errors, infos = check(gp, root / "docs")
        status = "OK " if not errors else "ERR"
        print(f"{status} {gp.name}: {infos[0] if infos else ''}")
        for e in errors:
            print(f"    ERROR {e}")
        if verbose:
            for i in infos[1:]:
                print(f"    info  {i}")
        bad += len(errors)
    print(f"{len(gold_files)} gold files, {bad} errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
