#!/usr/bin/env python3
"""Validate devset134 gold files against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]
Errors (exit 1): JSON/keys/types invalid, an entity none of whose name/aliases occurs in its text,
duplicate entities, empty report fields.  Info lines: canonical names that do not occur in the
text (resolved names; fine as long as an alias occurs).  Warnings: aliases not found in the text.
Text comparison uses the scorer's normalisation (NFKC, whitespace/quote/title marks dropped,
brackets and dashes unified), so PDF line breaks inside names do not matter.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•\x0c")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    if text is None:
        return None
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+[号號]$")
DATE = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
KINDS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}


def check(gold_path, docs_dir):
    errs, warns, infos = [], [], []
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], warns, infos
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errs.append(f"top-level keys {sorted(g)}")
        return errs, warns, infos
    if g["doc"] != gold_path.stem + ".txt":
        errs.append(f"doc field {g['doc']!r} != {gold_path.stem}.txt")
    txt_path = docs_dir / g["doc"]
    if not txt_path.exists():
        return errs + [f"text file {txt_path} missing"], warns, infos
    raw = txt_path.read_text(encoding="utf-8")
    if not 1500 <= len(raw) <= 5000:
        errs.append(f"text length {len(raw)} outside 1500-5000")
    text = norm(raw)

    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f].strip():
                errs.append(f"report.{f} empty")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            errs.append(f"report.year {rep['year']!r} not an int in 2015-2025")
        if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            errs.append(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep["date"] is None:
            infos.append("report.date is null (text gives no date)")
        if rep["title"] is not None:
            if not isinstance(rep["title"], str) or norm(rep["title"]) not in text:
                errs.append(f"report.title {rep['title']!r} not in text")
        else:
            infos.append("report.title is null")
        org_names = {norm(o.get("name")) for o in g["organizations"] if isinstance(o, dict)}
        if norm(rep.get("publisher")) not in org_names:
            errs.append(f"publisher {rep.get('publisher')!r} is not an organization in the gold")

    for kind, types in KINDS.items():
        ents = g[kind]
        if not isinstance(ents, list):
            errs.append(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(ents):
            where = f"{kind}[{i}]"
            want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if not isinstance(e, dict) or set(e) != want:
                errs.append(f"{where}: keys {sorted(e) if isinstance(e, dict) else e}")
                continue
            name = e["name"]
            where = f"{kind} {name!r}"
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{where}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                errs.append(f"{where}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                errs.append(f"{where}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"{where}: bad relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not (isinstance(dn, str) and DOCNO.match(dn)):
                    errs.append(f"{where}: doc_number {dn!r} not in 机关代字〔年份〕序号号 form")
                if dn is not None and norm(dn) not in text:
                    warns.append(f"{where}: doc_number {dn!r} not literally in text (repaired/normalised)")
                iss = e["issuer"]
                if iss is not None and not (isinstance(iss, str) and iss.strip()):
                    errs.append(f"{where}: issuer must be null or a non-empty string")
            forms = [name] + e["aliases"]
            hits = [f for f in forms if norm(f) and norm(f) in text]
            if not hits:
                errs.append(f"{where}: neither name nor any alias occurs in the text")
            elif norm(name) not in text:
                infos.append(f"{where}: canonical name resolved (not in text); occurs as {hits[0]!r}")
            for a in e["aliases"]:
                if norm(a) not in text:
                    warns.append(f"{where}: alias {a!r} not in text")
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    errs.append(f"{kind}: form {f!r} belongs to both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
    return errs, warns, infos


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_dir, docs_dir = base / "gold", base / "docs"
    golds = sorted(gold_dir.glob("*.json"))
    txts = sorted(p.stem for p in docs_dir.glob("*.txt"))
    n_err = 0
    if sorted(p.stem for p in golds) != txts:
        print("ERROR: gold files and docs differ:", sorted(p.stem for p in golds), txts)
        n_err += 1
    for gp in golds:
        errs, warns, infos = check(gp, docs_dir)
        n_err += len(errs)
        print(f"== {gp.name}: {len(errs)} errors, {len(warns)} warnings")
        for m in errs:
            print("  ERROR", m)
        for m in warns:
            print("  warn ", m)
        for m in infos:
            print("  info ", m)
    print("OK" if n_err == 0 else f"FAILED: {n_err} errors")
    sys.exit(1 if n_err else 0)


if __name__ == "__main__":
    main()
