#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` is the name of an existing file in docs/ and matches the gold file name;
  * report has title, publisher, region, year, date; publisher/region/year filled, year an int
    in 2000..2030, date YYYY-MM-DD or null; publisher is one of the gold organizations;
  * every entity has the right keys and value types; type / relation are from ANNOTATION.md;
    doc_number is normalised (…〔YYYY〕N号, or a 令 number such as 公安部令第125号);
  * no duplicate canonical names, and no alias shared by two entities of one kind
    (the scorer would silently attach it to the first one);
  * the canonical name or at least one alias occurs in the text (after removing 《》〈〉,
    quotation marks and all whitespace, also inside the text: PDF line breaks and
    scraping gaps must not hide a name).  Canonical names that do not occur (resolved
    jurisdictions, official full titles) are listed as info, not errors;
  * every alias occurs in the text (warning otherwise);
  * the document is 1,500-5,000 characters long.
Exit status 1 if there is any error.
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
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DOCNO_RE = re.compile(r"^[^〔〕\[\]【】()（）]+〔(19|20)\d{2}〕\d+号$|^.+令(\d{4}年)?第\d+号$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


try:  # optional: only used to find Simplified 文号 in Traditional documents
    import opencc
    _T2S = opencc.OpenCC("t2s").convert
except Exception:  # noqa: BLE001
    _T2S = None


def norm(text):
    """The scorer's normalisation (score.py)."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def squeeze(text):
    """For occurrence checks: drop title marks, quotes and all whitespace, unify width."""
    return norm(text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def check(gold_path, docs_dir):
    errors, warnings, infos = [], [], []
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], [], []
    if not isinstance(gold, dict) or set(gold) != TOP_KEYS:
        errors.append(f"top-level keys {sorted(gold) if isinstance(gold, dict) else type(gold)} != {sorted(TOP_KEYS)}")
        return errors, warnings, infos
    doc = gold["doc"]
    if not isinstance(doc, str) or not doc.endswith(".txt"):
        errors.append(f"doc {doc!r} is not a .txt file name")
        return errors, warnings, infos
    if doc[:-4] != gold_path.stem:
        errors.append(f"doc {doc!r} does not match gold file name {gold_path.name}")
    doc_path = docs_dir / doc
    if not doc_path.exists():
        errors.append(f"document {doc_path} does not exist")
        return errors, warnings, infos
    text = read_text(doc_path)
    n = len(text)
    if not 1500 <= n <= 5000:
        warnings.append(f"document length {n} outside 1500-5000")
    flat = squeeze(text)
    flat_simp = flat
    if _T2S is not None:  # documents in Traditional characters: 文号 are normalised to Simplified
        flat_simp = squeeze(_T2S(text))

    rep = gold["report"]
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        errors.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep} != {sorted(REPORT_KEYS)}")
    else:
        for f in ("publisher", "region", "year"):
            if rep[f] in (None, ""):
                errors.append(f"report.{f} is empty")
        if rep["title"] is None:
            infos.append("report.title is null")
        elif not isinstance(rep["title"], str):
            errors.append("report.title is not a string")
        if rep["year"] is not None and (not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030):
            errors.append(f"report.year {rep['year']!r} is not a plausible int")
        if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            errors.append(f"report.date {rep['date']!r} is not YYYY-MM-DD")
        if rep["date"] is None:
            infos.append("report.date is null")
        if isinstance(rep["region"], str) and rep["region"] and not re.search(r"(省|自治区|市)", rep["region"]):
            warnings.append(f"report.region {rep['region']!r} does not start with a province-level name")

    org_names = {}
    for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEAS_TYPES)):
        items = gold[kind]
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen_alias = {}
        seen_names = set()
        for i, e in enumerate(items):
            where = f"{kind}[{i}]"
            need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if not isinstance(e, dict) or set(e) != need:
                errors.append(f"{where}: keys {sorted(e) if isinstance(e, dict) else e} != {sorted(need)}")
                continue
            name = e["name"]
            where = f"{kind}: {name}"
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{where}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                errors.append(f"{where}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                errors.append(f"{where}: type {e['type']!r} not in {sorted(types)}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{where}: relation {e['relation']!r} not in {sorted(RELATIONS)}")
                dn = e["doc_number"]
                if dn is not None and (not isinstance(dn, str) or not DOCNO_RE.match(dn)):
                    errors.append(f"{where}: doc_number {dn!r} is not normalised")
                if dn is not None and isinstance(dn, str) and squeeze(re.sub(r"〔|〕", "", dn)) not in re.sub(r"[()]", "", flat_simp):
                    warnings.append(f"{where}: doc_number {dn!r} (brackets ignored) not found in text")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errors.append(f"{where}: issuer must be a string or null")
            if kind == "organizations":
                for a in [name, *e["aliases"]]:
                    org_names[norm(a)] = name
            key = norm(name)
            if key in seen_names:
                errors.append(f"{where}: duplicate canonical name")
            seen_names.add(key)
            for a in [name, *e["aliases"]]:
                k = norm(a)
                if k in seen_alias and seen_alias[k] != name:
                    errors.append(f"{where}: alias {a!r} also belongs to {seen_alias[k]!r}")
                seen_alias.setdefault(k, name)
            forms = [name, *e["aliases"]]
            present = [a for a in forms if squeeze(a) in flat]
            if not present:
                errors.append(f"{where}: neither the name nor any alias occurs in the text")
            elif squeeze(name) not in flat:
                infos.append(f"{where}: canonical name resolved (not in text); found as {present[0]!r}")
            for a in e["aliases"]:
                if squeeze(a) not in flat:
                    warnings.append(f"{where}: alias {a!r} does not occur in the text")
    if isinstance(rep, dict) and rep.get("publisher") and norm(rep["publisher"]) not in org_names:
        errors.append(f"report.publisher {rep['publisher']!r} is not among the gold organizations")
    for e in gold.get("regulations", []):
        if isinstance(e, dict) and isinstance(e.get("issuer"), str):
            for part in re.split(r"[ 、，,]+", e["issuer"]):
                if part and norm(part) not in org_names:
                    warnings.append(f"regulations: {e['name']}: issuer part {part!r} is not a gold organization")
    return errors, warnings, infos


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_dir, docs_dir = base / "gold", base / "docs"
    files = sorted(gold_dir.glob("*.json"))
    docs = sorted(p.name for p in docs_dir.glob("*.txt"))
    total_err = 0
    for gf in files:
        errors, warnings, infos = check(gf, docs_dir)
        total_err += len(errors)
        status = "OK" if not errors else "FAIL"
        print(f"{status} {gf.name}: {len(errors)} errors, {len(warnings)} warnings")
        for m in errors:
            print(f"   ERROR {m}")
        for m in warnings:
            print(f"   warn  {m}")
        if "-v" in sys.argv:
            for m in infos:
                print(f"   info  {m}")
    missing = set(d[:-4] for d in docs) - set(f.stem for f in files)
    for m in sorted(missing):
        print(f"FAIL docs/{m}.txt has no gold file")
        total_err += 1
    print(f"{len(files)} gold files, {len(docs)} documents, {total_err} errors")
    sys.exit(1 if total_err else 0)


if __name__ == "__main__":
    main()
