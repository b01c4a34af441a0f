#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]

Checks per gold file: JSON loads; keys and value types; allowed `type` / `relation`
values; doc_number shape; the document exists and decodes; the report fields are
filled; every entity's name or one of its aliases occurs in the text (after NFKC and
removal of title marks, quotation marks and whitespace); no alias is shared by two
entities of one kind; no duplicate canonical names.  Canonical names that do not
occur themselves (resolved jurisdiction, official full titles) are listed as info.
Exit status 1 if any ERROR was found.
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
REG_KEYS = {"name", "aliases", "type", "doc_number", "issuer", "relation"}
ENT_KEYS = {"name", "aliases", "type"}
DOCNUM = re.compile(r"^(\S+〔(19|20)\d\d〕\d+号|\S+令第\d+号)$")
DATE = re.compile(r"^(2015|2016|2017|2018|2019)-\d\d-\d\d$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000")


def norm(text):
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("unknown", raw, 0, 1, "no encoding fits")


def check(gold_path, docs_dir, errors, infos):
    def err(msg):
        errors.append(f"{gold_path.name}: {msg}")

    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return
    if set(gold) != TOP_KEYS:
        err(f"top-level keys {sorted(gold)} != {sorted(TOP_KEYS)}")
    doc = gold.get("doc")
    if not isinstance(doc, str) or doc[:-4] != gold_path.stem or not doc.endswith(".txt"):
        err(f"doc field {doc!r} does not match file name")
        return
    txt_path = docs_dir / doc
    if not txt_path.exists():
        err(f"text {txt_path} missing")
        return
    text, enc = read_text(txt_path)
    if enc != "utf-8":
        infos.append(f"{gold_path.name}: text is encoded {enc}")
    ntext = norm(text)
    n_chars = len(text)
    if not 1500 <= n_chars <= 5000:
        err(f"text length {n_chars} outside 1500-5000")

    rep = gold.get("report")
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        err(f"report keys wrong: {rep!r}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                err(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2018:
            err(f"report.year {rep['year']!r} not an int in 2015-2018")
        if rep["date"] is not None and (not isinstance(rep["date"], str) or not DATE.match(rep["date"])):
            err(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep["date"] is None:
            infos.append(f"{gold_path.name}: report.date is null (text gives none)")
        if rep["title"] is None:
            infos.append(f"{gold_path.name}: report.title is null (text has none)")
        elif norm(rep["title"]) not in ntext:
            err(f"report.title not in text: {rep['title']}")
        orgnames = {norm(n) for o in gold.get("organizations", []) for n in [o["name"], *o["aliases"]]}
        if isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in orgnames:
            err(f"report.publisher {rep['publisher']} is not one of the gold organizations")

    kinds = (("regulations", REG_KEYS, REG_TYPES), ("organizations", ENT_KEYS, ORG_TYPES),
             ("measures", ENT_KEYS, MEA_TYPES))
    for kind, keys, types in kinds:
        items = gold.get(kind)
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            where = f"{kind}[{i}]"
            if not isinstance(e, dict) or set(e) != keys:
                err(f"{where} keys {sorted(e) if isinstance(e, dict) else e!r} != {sorted(keys)}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                err(f"{where} empty name")
                continue
            where = f"{kind} '{e['name']}'"
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                err(f"{where}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                err(f"{where}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{where}: bad relation {e['relation']!r}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    err(f"{where}: doc_number {e['doc_number']!r} not normalised")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    err(f"{where}: issuer must be string or null")
            forms = [e["name"], *e["aliases"]]
            if len({norm(f) for f in forms}) != len(forms):
                infos.append(f"{gold_path.name}: {where}: aliases equal after normalisation")
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != i:
                    err(f"{where}: form '{f}' also belongs to {kind}[{seen[k]}]")
                seen.setdefault(k, i)
            found = [f for f in forms if norm(f) in ntext]
            if not found:
                err(f"{where}: neither name nor any alias occurs in the text")
            elif norm(e["name"]) not in ntext:
                infos.append(f"{gold_path.name}: {where}: canonical name resolved, occurs as {found[0]!r}")
            for f in e["aliases"]:
                if norm(f) not in ntext:
                    infos.append(f"{gold_path.name}: {where}: alias '{f}' not in text (accepted form)")


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    docs_dir, gold_dir = base / "docs", base / "gold"
    errors, infos = [], []
    golds = sorted(gold_dir.glob("*.json"))
    docs = sorted(docs_dir.glob("*.txt"))
    if {g.stem for g in golds} != {d.stem for d in docs}:
        errors.append(f"docs and gold files differ: {sorted({g.stem for g in golds} ^ {d.stem for d in docs})}")
    for g in golds:
        check(g, docs_dir, errors, infos)
    verbose = "-v" in sys.argv
    if verbose:
        for line in infos:
            print("INFO ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} notes (-v to list)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
