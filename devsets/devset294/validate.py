#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this script)

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file; the gold file name is <doc without .txt>.json;
  * report: title/publisher/region/year/date present; publisher, region, year filled;
    year is an int in 2015..2025; date is YYYY-MM-DD or null; publisher is one of the gold
    organizations (name or alias); region is a place name;
  * every entity: name is a non-empty string, aliases a list of distinct non-empty strings,
    type from the allowed set; regulations also doc_number (null or 机关代字〔YYYY〕N号),
    issuer (null or string whose parts are gold organizations) and relation;
  * no two entities of one kind share a normalised name/alias (the scorer would merge them);
  * every entity occurs in the text: its name or one of its aliases, after removing 《》〈〉
    and whitespace (also tried with quotation marks removed, and - if the opencc module is
    installed - in a Simplified conversion of a Traditional text). Aliases that do not occur are
    reported as warnings; canonical names that do not occur are listed as info (fine when
    they are resolved names and an alias occurs);
  * text length 1,500-5,000 characters.
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+[号號]$")
DATE = re.compile(r"^(20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

# the scorer's normalisation (score.py), to detect entities it would merge
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def snorm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def tnorm(text, quotes=False):
    """Text-occurrence normalisation: drop title marks and whitespace (optionally quotes)."""
    drop = set("《》〈〉<>") | {" ", "\t", "\r", "\n", "\u3000"}
    if quotes:
        drop |= set("“”\"'‘’「」『』")
    return "".join(c for c in text if c not in drop)


try:  # Traditional-character documents: also look in a Simplified conversion of the text
    import opencc
    _T2S = opencc.OpenCC("t2s").convert
except Exception:  # noqa: BLE001
    _T2S = None


def occurs(s, text, textq):
    if tnorm(s) in text or tnorm(s, True) in textq:
        return True
    if _T2S is not None:
        return tnorm(s) in _T2S(text) or tnorm(s, True) in _T2S(textq)
    return False


def check(gold_path, docs_dir):
    errors, warnings, infos = [], [], []
    E, W, I = errors.append, warnings.append, infos.append
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"does not load: {exc}"], [], []
    if set(gold) != KEYS:
        E(f"top-level keys {sorted(gold)} != {sorted(KEYS)}")
    doc = gold.get("doc")
    if not isinstance(doc, str) or not doc.endswith(".txt"):
        E(f"doc {doc!r} is not a .txt file name")
        return errors, warnings, infos
    if gold_path.stem != doc[:-4]:
        E(f"gold file name {gold_path.name} does not match doc {doc}")
    txt_path = docs_dir / doc
    if not txt_path.exists():
        E(f"text file {txt_path} missing")
        return errors, warnings, infos
    raw = txt_path.read_text(encoding="utf-8")
    if not 1500 <= len(raw) <= 5000:
        E(f"text length {len(raw)} outside 1500-5000")
    text, textq = tnorm(raw), tnorm(raw, True)

    orgs = gold.get("organizations", [])
    org_forms = {snorm(f) for o in orgs if isinstance(o, dict)
                 for f in [o.get("name", ""), *o.get("aliases", [])]}

    rep = gold.get("report")
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        E(f"report keys wrong: {rep!r}")
    else:
        for f in ("publisher", "region", "year"):
            if rep.get(f) in (None, ""):
                E(f"report.{f} is empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            E(f"report.year {rep.get('year')!r} not an int in 2015..2025")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            E(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep.get("title") is None:
            W("report.title is null")
        elif not occurs(rep["title"], text, textq):
            W(f"report.title does not occur in the text: {rep['title']}")
        if rep.get("date") is None:
            I("report.date is null")
        if rep.get("publisher") and snorm(rep["publisher"]) not in org_forms:
            E(f"publisher {rep['publisher']} is not among the gold organizations")
        if rep.get("region") and not re.search(r"(省|自治区|市|县|区|旗|州|盟|镇|乡|街道|开发区)$", rep["region"]):
            W(f"region {rep['region']} does not end in a place suffix")

    for kind, allowed in TYPES.items():
        items = gold.get(kind)
        if not isinstance(items, list):
            E(f"{kind} is not a list")
            continue
        seen = {}
        for n, ent in enumerate(items):
            where = f"{kind}[{n}]"
            if not isinstance(ent, dict):
                E(f"{where} is not an object")
                continue
            need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(ent) != need:
                E(f"{where} keys {sorted(ent)} != {sorted(need)}")
            name = ent.get("name")
            if not isinstance(name, str) or not name.strip():
                E(f"{where} has no name")
                continue
            where = f"{kind} '{name}'"
            aliases = ent.get("aliases")
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                E(f"{where}: aliases must be a list of non-empty strings")
                aliases = []
            if len(set(aliases)) != len(aliases) or name in aliases:
                W(f"{where}: repeated alias")
            if ent.get("type") not in allowed:
                E(f"{where}: type {ent.get('type')!r} not allowed")
            if kind == "regulations":
                dn = ent.get("doc_number")
                if dn is not None and not DOCNUM.match(dn):
                    E(f"{where}: doc_number {dn!r} not normalised to 机关代字〔YYYY〕N号")
                if ent.get("relation") not in RELATIONS:
                    E(f"{where}: relation {ent.get('relation')!r} not allowed")
                iss = ent.get("issuer")
                if iss is not None:
                    if not isinstance(iss, str) or not iss.strip():
                        E(f"{where}: issuer must be null or a string")
                    else:
                        for part in iss.replace("、", " ").split():
                            if snorm(part) not in org_forms:
                                W(f"{where}: issuer part {part} is not a gold organization")
            for form in [name, *aliases]:
                key = snorm(form)
                if key in seen and seen[key] != n:
                    E(f"{where}: form '{form}' also belongs to {kind}[{seen[key]}] (scorer would merge them)")
                seen.setdefault(key, n)
            found = [f for f in [name, *aliases] if occurs(f, text, textq)]
            if not found:
                E(f"{where}: neither the name nor any alias occurs in the text")
            for a in aliases:
                if not occurs(a, text, textq):
                    W(f"{where}: alias '{a}' does not occur in the text")
            if not occurs(name, text, textq):
                I(f"{where}: canonical name does not occur (resolved); aliases found: {found}")
    return errors, warnings, infos


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_dir, docs_dir = root / "gold", root / "docs"
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        sys.exit(f"no gold files in {gold_dir}")
    txts = {p.name for p in docs_dir.glob("*.txt")}
    golds = set()
    n_err = n_warn = 0
    verbose = "-v" in sys.argv
    for gf in files:
        errors, warnings, infos = check(gf, docs_dir)
        golds.add(gf.stem + ".txt")
        n_err += len(errors)
        n_warn += len(warnings)
        if errors or warnings or verbose:
            print(f"== {gf.name}")
        for e in errors:
            print(f"  ERROR {e}")
        for w in warnings:
            print(f"  WARN  {w}")
        if verbose:
            for i in infos:
                print(f"  info  {i}")
    for missing in sorted(txts - golds):
        print(f"ERROR docs/{missing} has no gold file")
        n_err += 1
    print(f"{len(files)} gold files, {n_err} errors, {n_warn} warnings")
    sys.exit(1 if n_err else 0)


if __name__ == "__main__":
    main()
