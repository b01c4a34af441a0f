#!/usr/bin/env python3
"""Check every gold file of this dev set against ANNOTATION.md and its text.

usage: python3 validate.py [-v] [GOLD_DIR] [DOCS_DIR]      (defaults: ./gold ./docs; -v also lists INFO)

Checks
  * the JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing text file (decoded as UTF-8, else GB18030);
  * report: title (str|null), publisher (str), region (str), year (int 2000-2030), date (YYYY-MM-DD|null);
    the publisher is one of the gold organizations (by name or alias);
  * every entity: name is a non-empty str, aliases a list of distinct str different from the name,
    type in the vocabulary of its kind; regulations also doc_number (null or 机关代字〔YYYY〕N号),
    issuer (null or str), relation in issues/implements/studies/mentions;
  * no normalised name/alias is shared by two entities of the same kind (the scorer would
    collapse them);
  * the name or at least one alias of every entity occurs in the text after removing 《》〈〉<>
    and all whitespace (line breaks of the PDF extraction) -- also on a copy of the text from
    which page furniture (page numbers, running headers, footnote lines) is cut out, since a page
    break may fall inside a name. Canonical names that are resolved (and so do not occur) are
    listed as INFO; aliases that do not occur are WARN; entities with no form in the text are ERROR.
Exit status 1 if there is any ERROR.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PAGENUM = re.compile(r"^\s*(?:[—\-－]\s*\d+\s*[—\-－]|\d+|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?)\s*$")
FOOTNOTE = re.compile(r"^\s*[①②③④⑤⑥⑦⑧⑨⑩]")

_SCORER_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_SCORER_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
               "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def scorer_norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_SCORER_MAP.get(c, c) for c in text if c not in _SCORER_DROP)


def squeeze(text):
    return re.sub(r"[\s《》〈〉<>]", "", text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def without_furniture(text):
    lines = [ln.replace("\f", "") for ln in text.split("\n")]
    counts = Counter(ln.strip() for ln in lines if ln.strip())
    page_starts = {ln.replace("\f", "").strip() for ln in text.split("\n") if ln.startswith("\f")}
    keep = []
    for ln in lines:
        s = ln.strip()
        if not s or PAGENUM.match(s) or FOOTNOTE.match(s):
            continue
        if s in page_starts and counts[s] >= 2:
            continue
        keep.append(ln)
    return "\n".join(keep)


def main():
    here = Path(__file__).resolve().parent
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    gold_dir = Path(args[0]) if args else here / "gold"
    docs_dir = Path(args[1]) if len(args) > 1 else here / "docs"
    errors = warns = 0
    for gf in sorted(gold_dir.glob("*.json")):
        msgs = []

        def err(m):
            msgs.append(("ERROR", m))

        def warn(m):
            msgs.append(("WARN", m))

        def info(m):
            msgs.append(("INFO", m))

        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            print(f"{gf.name}: ERROR JSON does not load: {exc}")
            errors += 1
            continue
        if set(gold) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(gold)}")
        doc = docs_dir / str(gold.get("doc"))
        if gold.get("doc") != gf.stem + ".txt":
            err(f"doc field {gold.get('doc')!r} does not match file name")
        if not doc.exists():
            err(f"text {doc} missing")
            text = ""
        else:
            text = read_text(doc)
        flat = squeeze(text)
        flat2 = squeeze(without_furniture(text))

        def occurs(form):
            f = squeeze(form)
            return bool(f) and (f in flat or f in flat2)

        rep = gold.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        if rep.get("title") is not None and not isinstance(rep.get("title"), str):
            err("report.title not str/null")
        if rep.get("title") is None:
            warn("report.title is null")
        elif not occurs(rep["title"]):
            warn(f"report.title not found in text: {rep['title']}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is None:
            warn("report.date is null")
        elif not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            err(f"report.date {rep.get('date')!r}")
        org_forms = {scorer_norm(x) for o in gold.get("organizations", []) for x in [o.get("name", ""), *o.get("aliases", [])]}
        if rep.get("publisher") and scorer_norm(rep["publisher"]) not in org_forms:
            err(f"publisher {rep['publisher']} is not among the organizations")

        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            items = gold.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            for e in items:
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name {e}")
                    continue
                aliases = e.get("aliases")
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                    err(f"{kind}: {name}: aliases must be a list of str")
                    aliases = []
                if name in aliases or len(set(aliases)) != len(aliases):
                    err(f"{kind}: {name}: duplicate alias")
                if e.get("type") not in types:
                    err(f"{kind}: {name}: type {e.get('type')!r}")
                expected = {"name", "aliases", "type"}
                if kind == "regulations":
                    expected |= {"doc_number", "issuer", "relation"}
                    dn = e.get("doc_number")
                    if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                        err(f"{kind}: {name}: doc_number {dn!r} not normalised")
                    if dn is not None and not occurs(re.sub(r"[〔〕]", "", dn)) and not re.search(
                            re.escape(dn.split("〔")[0]) + r"[\[（(【〔﹝]?" + dn.split("〔")[1].split("〕")[0], flat2 + flat):
                        warn(f"{kind}: {name}: doc_number {dn} not found in text")
                    iss = e.get("issuer")
                    if iss is not None and not isinstance(iss, str):
                        err(f"{kind}: {name}: issuer not str/null")
                    if iss is not None:
                        for part in iss.split():
                            if scorer_norm(part) not in org_forms:
                                warn(f"{kind}: {name}: issuer part {part} not among the organizations")
                    if e.get("relation") not in RELATIONS:
                        err(f"{kind}: {name}: relation {e.get('relation')!r}")
                if set(e) != expected:
                    err(f"{kind}: {name}: keys {sorted(e)}")
                for form in [name, *aliases]:
                    key = scorer_norm(form)
                    if key in seen and seen[key] != name:
                        err(f"{kind}: form {form!r} of {name} also belongs to {seen[key]}")
                    seen.setdefault(key, name)
                found = [f for f in [name, *aliases] if occurs(f)]
                if not found:
                    err(f"{kind}: {name}: neither name nor any alias occurs in the text")
                else:
                    if not occurs(name):
                        info(f"{kind}: resolved name not in text: {name}  (via {found[0]})")
                    for a in aliases:
                        if not occurs(a):
                            warn(f"{kind}: {name}: alias {a!r} not in text")
        n_err = sum(1 for lv, _ in msgs if lv == "ERROR")
        n_warn = sum(1 for lv, _ in msgs if lv == "WARN")
        errors += n_err
        warns += n_warn
        counts = "/".join(str(len(gold.get(k, []))) for k in ("regulations", "organizations", "measures"))
        print(f"{gf.name}: {len(text)} chars, entities reg/org/mea {counts}, {n_err} errors, {n_warn} warnings")
        for lv, m in msgs:
            if lv != "INFO" or "-v" in sys.argv:
                print(f"  {lv} {m}")
    print(f"total: {errors} errors, {warns} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
