#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys doc/report/regulations/organizations/measures; doc names an existing txt;
  * report: title/publisher/region/year/date present, year int, date YYYY-MM-DD or null,
    publisher is one of the gold organizations (name or alias);
  * every entity: name (str), aliases (list of str), type in the allowed set; regulations also
    doc_number (normalised form 〔yyyy〕N号 or 令第N号, or null), issuer (str|null), relation;
  * every entity's name or one of its aliases occurs in the text (comparison after removing
    whitespace, title marks and quotation marks, NFKC, brackets unified — as score.py does);
    a canonical name that does not occur itself is reported as INFO (resolved names are fine);
  * no two entities of one kind share a normalised name/alias (would be duplicate nodes).
Exit status 1 if any ERROR.
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
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace"), "utf-8?"


DOCNO = re.compile(r"^\S+〔\d{4}〕\d+[号號]$|^\S*令第\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check(gold_path, docs_dir):
    errors, infos = [], []
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], infos
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(g) != keys:
        errors.append(f"top-level keys {sorted(g)} != {sorted(keys)}")
        return errors, infos
    if g["doc"] != gold_path.stem + ".txt":
        errors.append(f"doc field {g['doc']!r} does not match file name")
    txt = docs_dir / g["doc"]
    if not txt.exists():
        return errors + [f"text file {txt} missing"], infos
    text, enc = read_text(txt)
    if enc != "utf-8":
        infos.append(f"text decoded as {enc}")
    ntext = norm(text)
    n_chars = len(text)
    if not 1500 <= n_chars <= 5000:
        errors.append(f"text length {n_chars} outside 1500-5000")

    rep = g["report"]
    for k in ("title", "publisher", "region", "year", "date"):
        if k not in rep:
            errors.append(f"report.{k} missing")
    for k in ("publisher", "region", "year"):
        if not rep.get(k):
            errors.append(f"report.{k} empty")
    if rep.get("title") is None:
        infos.append("report.title is null")
    elif norm(rep["title"]) not in ntext:
        errors.append(f"report.title not in text: {rep['title']}")
    if not isinstance(rep.get("year"), int):
        errors.append("report.year not int")
    if rep.get("date") is None:
        infos.append("report.date is null")
    elif not DATE.match(str(rep["date"])):
        errors.append(f"report.date malformed: {rep['date']}")
    org_forms = {norm(x) for o in g["organizations"] for x in [o["name"], *o["aliases"]]}
    if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        errors.append(f"publisher {rep['publisher']} is not a gold organization")

    for kind, allowed in TYPES.items():
        if not isinstance(g[kind], list):
            errors.append(f"{kind} not a list")
            continue
        seen = {}
        for e in g[kind]:
            need = {"name", "aliases", "type"}
            if kind == "regulations":
                need |= {"doc_number", "issuer", "relation"}
            if set(e) != need:
                errors.append(f"{kind}: {e.get('name')}: keys {sorted(e)} != {sorted(need)}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name:
                errors.append(f"{kind}: bad name {name!r}")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errors.append(f"{kind}: {name}: aliases must be a list of strings")
                continue
            if e["type"] not in allowed:
                errors.append(f"{kind}: {name}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{kind}: {name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not DOCNO.match(dn):
                    errors.append(f"{kind}: {name}: doc_number not normalised: {dn}")
                if dn is not None:
                    digits = re.findall(r"\d+", dn)
                    if not all(d in ntext for d in digits):
                        errors.append(f"{kind}: {name}: doc_number digits not in text: {dn}")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errors.append(f"{kind}: {name}: issuer must be str or null")
            forms = [name, *e["aliases"]]
            hits = [f for f in forms if norm(f) and norm(f) in ntext]
            if not hits:
                errors.append(f"{kind}: {name}: neither name nor any alias occurs in text")
            elif norm(name) not in ntext:
                infos.append(f"{kind}: canonical '{name}' resolved (occurs as: {hits[0]})")
            for f in forms:
                nf = norm(f)
                if nf in seen and seen[nf] != name:
                    errors.append(f"{kind}: form '{f}' shared by '{seen[nf]}' and '{name}'")
                seen.setdefault(nf, name)
    return errors, infos


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_dir, docs_dir = base / "gold", base / "docs"
    golds = sorted(gold_dir.glob("*.json"))
    txts = sorted(p.stem for p in docs_dir.glob("*.txt"))
    n_err = 0
    if sorted(p.stem for p in golds) != txts:
        print("ERROR: docs and gold files do not pair up")
        n_err += 1
    for gp in golds:
        errors, infos = check(gp, docs_dir)
        n_err += len(errors)
        print(f"== {gp.name}: {len(errors)} error(s), {len(infos)} info")
        for e in errors:
            print("  ERROR", e)
        for i in infos:
            print("  info ", i)
    print(f"total errors: {n_err}")
    sys.exit(1 if n_err else 0)


if __name__ == "__main__":
    main()
