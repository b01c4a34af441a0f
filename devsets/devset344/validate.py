#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md and the texts.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this script)

Checks, per gold file:
  * JSON loads; keys doc/report/regulations/organizations/measures; `doc` names an existing txt;
  * report: title (str or null), publisher/region non-empty str, year int 2015-2026,
    date null or YYYY-MM-DD; publisher is one of the gold organizations (name or alias);
  * every entity: name non-empty str, aliases list of str, type from ANNOTATION.md;
    regulations: doc_number null or `代字〔YYYY〕N号`, issuer null or str, relation valid;
  * no two entities of one kind share a (normalised) name or alias;
  * every issuer (space-separated for joint issuers) is one of the gold organizations;
  * every entity's name or one of its aliases occurs in the text after removing 《》〈〉
    and whitespace (line breaks of the PDF extraction); a second pass also drops page
    artefacts (page numbers, running headers after form feeds / repeated lines, footnote
    blocks at the page foot) and the hyphen-like break after 关于, and a third compares
    with the scorer's normalisation.
    Entities whose canonical name does not occur (resolved names) are listed as INFO
    when an alias occurs; entities with no occurring form are ERRORs; aliases that do not
    occur are WARNs.
Exit status 1 if there is any ERROR.
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
DOCNUM = re.compile(r"^[^\s〔〕]+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
FOOTNOTE = re.compile(r"^\s*([①-⑳]|\d{1,2}\s|\[\d{1,2}\]|注\s*\d*[：:])")
PAGE = re.compile(r"^\s*(-\s*\d+\s*-|—\s*\d+\s*—|第\s*\d+\s*页\s*共\s*\d+\s*页|\d{1,3})\s*$")


def norm(text):
    """The scorer's normalisation (score.py, section 6 of ANNOTATION.md)."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def squeeze(text):
    return re.sub(r"[\s\u3000《》〈〉]", "", text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def strip_artefacts(text):
    lines = text.split("\n")
    counts = {}
    for ln in lines:
        key = ln.strip("\f ").strip()
        counts[key] = counts.get(key, 0) + 1
    # footnote blocks: an empty line, then up to 4 lines starting with a footnote marker,
    # then the page number line
    drop = set()
    for i, ln in enumerate(lines):
        if ln.strip():
            continue
        j = i + 1
        while j < len(lines) and j - i <= 5 and not PAGE.match(lines[j].replace("\f", "")):
            j += 1
        if (j < len(lines) and j > i + 1 and PAGE.match(lines[j].replace("\f", ""))
                and all(FOOTNOTE.match(x) for x in lines[i + 1:j])):
            drop.update(range(i, j))
    kept = []
    for n, ln in enumerate(lines):
        key = ln.strip("\f ").strip()
        if n in drop:
            continue
        if PAGE.match(ln.replace("\f", "")):
            continue
        if ln.startswith("\f") and key:
            continue
        if len(key) > 6 and counts[key] >= 3:
            continue
        kept.append(ln)
    joined = "\n".join(kept)
    return re.sub(r"关于[-‐－—]\s*\n", "关于", joined)


def variants(text):
    a = squeeze(text)
    b = squeeze(strip_artefacts(text))
    return [a, b], [norm(a), norm(b)]


def occurs(form, plain, normed):
    f = squeeze(form)
    if f and any(f in t for t in plain):
        return True
    n = norm(form)
    return bool(n) and any(n in t for t in normed)


def check(path, docs_dir, out):
    errors = 0

    def err(msg):
        nonlocal errors
        errors += 1
        out.append(f"ERROR {path.name}: {msg}")

    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return errors
    for key in ("doc", "report", "regulations", "organizations", "measures"):
        if key not in gold:
            err(f"missing key {key}")
    if errors:
        return errors
    doc = docs_dir / gold["doc"]
    if gold["doc"] != path.stem + ".txt":
        err(f"doc {gold['doc']!r} does not match file name")
    if not doc.exists():
        err(f"text {doc} missing")
        return errors
    text = read_text(doc)
    if not 1500 <= len(text) <= 5000:
        out.append(f"WARN  {path.name}: text length {len(text)} outside 1500-5000")
    plain, normed = variants(text)

    rep = gold["report"]
    for f in ("title", "publisher", "region", "year", "date"):
        if f not in rep:
            err(f"report.{f} missing")
    if rep.get("title") is not None and not isinstance(rep.get("title"), str):
        err("report.title not str/null")
    if rep.get("title") is None:
        out.append(f"WARN  {path.name}: report.title is null")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            err(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2026:
        err(f"report.year invalid: {rep.get('year')!r}")
    if rep.get("date") is not None and not DATE.match(str(rep["date"])):
        err(f"report.date invalid: {rep.get('date')!r}")
    if rep.get("date") is None:
        out.append(f"WARN  {path.name}: report.date is null")

    org_forms = set()
    for kind, allowed in TYPES.items():
        seen = {}
        if not isinstance(gold[kind], list):
            err(f"{kind} is not a list")
            continue
        for e in gold[kind]:
            name = e.get("name")
            if not isinstance(name, str) or not name.strip():
                err(f"{kind}: entity without name: {e}")
                continue
            aliases = e.get("aliases")
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                err(f"{kind}: {name}: aliases must be a list of non-empty str")
                aliases = []
            if e.get("type") not in allowed:
                err(f"{kind}: {name}: bad type {e.get('type')!r}")
            if kind == "regulations":
                for k in ("doc_number", "issuer", "relation"):
                    if k not in e:
                        err(f"{kind}: {name}: missing {k}")
                dn = e.get("doc_number")
                if dn is not None and not DOCNUM.match(dn):
                    err(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                if e.get("issuer") is not None and not isinstance(e["issuer"], str):
                    err(f"{kind}: {name}: issuer must be str or null")
                if e.get("relation") not in RELATIONS:
                    err(f"{kind}: {name}: bad relation {e.get('relation')!r}")
            extra = set(e) - {"name", "aliases", "type", "doc_number", "issuer", "relation"}
            if extra:
                err(f"{kind}: {name}: unexpected keys {sorted(extra)}")
            for form in [name, *aliases]:
                key = norm(form)
                if key in seen and seen[key] != name:
                    err(f"{kind}: form {form!r} used by both {seen[key]!r} and {name!r}")
                seen.setdefault(key, name)
                if kind == "organizations":
                    org_forms.add(key)
            name_ok = occurs(name, plain, normed)
            alias_ok = [a for a in aliases if occurs(a, plain, normed)]
            if not name_ok and not alias_ok:
                err(f"{kind}: {name}: neither the name nor any alias occurs in the text")
            elif not name_ok:
                out.append(f"INFO  {path.name}: {kind}: resolved name not in text: {name} "
                           f"(alias found: {alias_ok[0]})")
            for a in aliases:
                if a not in alias_ok:
                    out.append(f"WARN  {path.name}: {kind}: {name}: alias not in text: {a}")
    for e in gold["regulations"]:
        if isinstance(e.get("issuer"), str):
            for part in e["issuer"].split():
                if norm(part) not in org_forms:
                    err(f"regulations: {e.get('name')}: issuer {part!r} is not among the gold organizations")
    if isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in org_forms:
        err(f"publisher {rep['publisher']!r} is not among the gold organizations")
    return errors


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out = []
    errors = 0
    files = sorted((base / "gold").glob("*.json"))
    for gf in files:
        errors += check(gf, base / "docs", out)
    for line in out:
        print(line)
    docs = sorted(p.stem for p in (base / "docs").glob("*.txt"))
    missing = sorted(set(docs) - {p.stem for p in files})
    for m in missing:
        print(f"ERROR docs/{m}.txt has no gold file")
        errors += 1
    n_info = sum(1 for x in out if x.startswith("INFO"))
    n_warn = sum(1 for x in out if x.startswith("WARN"))
    print(f"{len(files)} gold files, {errors} errors, {n_warn} warnings, {n_info} resolved names")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
