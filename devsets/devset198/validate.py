#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md conventions.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks: JSON loads; keys and value types; enum values (type/relation); doc file exists
(read as UTF-8, falling back to GB18030); every entity's name or one of its aliases occurs in
the text after normalisation (NFKC, whitespace/quote/title marks removed, brackets and
dashes unified, as in score.py); aliases that do not occur are reported as warnings;
no normalised form is shared by two entities of one kind; report fields filled and the
publisher is one of the gold organizations; issuer parts resolve to gold organizations;
doc_number has the normalised form 代字〔YYYY〕N号. Exit status 1 on any error.
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

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•\f")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def check(gold_path, docs_dir):
    errors, warnings, infos = [], [], []
    E = errors.append
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], [], []
    if set(g) != TOP_KEYS:
        E(f"top-level keys {sorted(g)} != {sorted(TOP_KEYS)}")
        return errors, warnings, infos
    doc = g["doc"]
    if not isinstance(doc, str) or doc != gold_path.stem + ".txt":
        E(f"doc {doc!r} does not match gold file name")
    txt_path = docs_dir / str(doc)
    if not txt_path.exists():
        E(f"document {txt_path} missing")
        return errors, warnings, infos
    text, enc = read_text(txt_path)
    infos.append(f"encoding={enc} chars={len(text)}")
    if not 1500 <= len(text) <= 5000:
        warnings.append(f"length {len(text)} outside 1500-5000")
    ntext = norm(text)

    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        E(f"report keys {sorted(rep) if isinstance(rep, dict) else rep} != {sorted(REPORT_KEYS)}")
    else:
        for f in ("publisher", "region", "year"):
            if rep[f] in (None, ""):
                E(f"report.{f} is empty")
        if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
            E(f"report.year {rep['year']!r} is not a plausible int")
        if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            E(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep["title"] is not None and norm(rep["title"]) not in ntext:
            E(f"report.title does not occur in the text")
        if rep["date"] is None:
            infos.append("report.date is null")

    org_forms = {}
    for o in g.get("organizations", []):
        for a in [o.get("name"), *o.get("aliases", [])]:
            if isinstance(a, str):
                org_forms.setdefault(norm(a), o.get("name"))
    if isinstance(rep, dict) and rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        E(f"publisher {rep['publisher']!r} is not a gold organization")

    specs = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
    for kind, types in specs.items():
        items = g[kind]
        if not isinstance(items, list):
            E(f"{kind} is not a list")
            continue
        seen = {}
        for i, it in enumerate(items):
            where = f"{kind}[{i}]"
            if not isinstance(it, dict):
                E(f"{where} not an object")
                continue
            need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(it) != need:
                E(f"{where} keys {sorted(it)} != {sorted(need)}")
                continue
            name = it["name"]
            if not isinstance(name, str) or not name.strip():
                E(f"{where} empty name")
                continue
            where = f"{kind} {name!r}"
            if not isinstance(it["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in it["aliases"]):
                E(f"{where} aliases must be a list of non-empty strings")
                continue
            if it["type"] not in types:
                E(f"{where} bad type {it['type']!r}")
            if kind == "regulations":
                if it["relation"] not in RELATIONS:
                    E(f"{where} bad relation {it['relation']!r}")
                dn = it["doc_number"]
                if dn is not None and not re.fullmatch(r"[^〔〕\s]+〔(19|20)\d{2}〕\d+号", dn):
                    E(f"{where} doc_number {dn!r} not normalised as 代字〔YYYY〕N号")
                if dn is not None:
                    digits = re.findall(r"\d+", dn)
                    if not all(d in unicodedata.normalize("NFKC", text) for d in digits):
                        warnings.append(f"{where} doc_number digits {digits} not all in text")
                iss = it["issuer"]
                if iss is not None:
                    if not isinstance(iss, str):
                        E(f"{where} issuer not a string")
                    else:
                        for part in iss.split():
                            if norm(part) not in org_forms:
                                E(f"{where} issuer part {part!r} is not a gold organization")
            forms = [name, *it["aliases"]]
            hits = [f for f in forms if norm(f) and norm(f) in ntext]
            if not hits:
                E(f"{where}: neither the name nor any alias occurs in the text")
            elif name not in hits:
                infos.append(f"resolved (name not in text, alias occurs): {where} via {hits[0]!r}")
            for a in it["aliases"]:
                if norm(a) not in ntext:
                    warnings.append(f"{where}: alias {a!r} does not occur")
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    E(f"{where}: form {f!r} also belongs to {seen[k]!r}")
                seen.setdefault(k, name)
    return errors, warnings, infos


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_files = sorted((base / "gold").glob("*.json"))
    docs = sorted((base / "docs").glob("*.txt"))
    bad = 0
    if len(gold_files) != len(docs):
        print(f"ERROR: {len(docs)} docs but {len(gold_files)} gold files")
        bad += 1
    for gf in gold_files:
        errors, warnings, infos = check(gf, base / "docs")
        print(f"== {gf.name}: {len(errors)} errors, {len(warnings)} warnings")
        for e in errors:
            print("  ERROR", e)
        for w in warnings:
            print("  warn ", w)
        for i in infos:
            print("  info ", i)
        bad += len(errors)
    print("OK" if not bad else f"FAILED: {bad} errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
