#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md and the texts.

usage: python3 validate.py [DEVSET_DIR]

Checks per gold file:
  * JSON loads; top-level keys exactly doc, report, regulations, organizations, measures;
    `doc` names an existing file in docs/ and matches the gold file name;
  * report: title (str|null), publisher (non-empty str, equal to one gold organization's
    name), region (non-empty str), year (int 2015-2025), date (YYYY-MM-DD or null);
  * every entity: name non-empty str, aliases list of str, type in the allowed set;
    regulations also doc_number (null or `代字〔YYYY〕N号`), issuer (null or str),
    relation in issues/implements/studies/mentions;
  * no duplicate canonical names and no normalised alias shared by two entities of one kind;
  * the name or at least one alias occurs in the text (after decoding, HTML-unescaping, NFKC
    and dropping title/quotation marks and whitespace — the scorer's normalisation).
    Canonical names that do not occur but have an occurring alias are listed as notes
    (resolved names, Simplified names in Traditional documents), not as errors.
Texts are decoded as UTF-8 (with or without BOM); otherwise GB18030 and Big5 are both tried
and the decoding with more common report words wins.
Exit status 1 if any error.
"""
import html
import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

KEYS = ["doc", "report", "regulations", "organizations", "measures"]
REPORT_KEYS = ["title", "publisher", "region", "year", "date"]
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(\d{4})〕\d+号$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


COMMON = ["法治", "政府", "建設", "建设", "行政", "執法", "执法", "依法", "工作", "報告", "报告"]


def decode(data):
    for enc in ("utf-8-sig",):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
    best = None
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = sum(text.count(w) for w in COMMON)
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is None:
        raise ValueError("cannot decode")
    return best[1], best[2]


def check(devset):
    errors, notes = [], []
    gold_files = sorted((devset / "gold").glob("*.json"))
    if not gold_files:
        errors.append("no gold files")
    for gf in gold_files:
        where = gf.name

        def err(msg):
            errors.append(f"{where}: {msg}")

        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        if list(gold) != KEYS:
            err(f"top-level keys {list(gold)} != {KEYS}")
        doc = gold.get("doc")
        if doc != gf.stem + ".txt":
            err(f"doc {doc!r} does not match file name")
        tpath = devset / "docs" / str(doc)
        if not tpath.exists():
            err(f"text {tpath} missing")
            continue
        raw, enc = decode(tpath.read_bytes())
        text = norm(html.unescape(raw))
        n_chars = len(raw)
        if not 1500 <= n_chars <= 5000:
            err(f"text length {n_chars} outside 1500-5000")

        rep = gold.get("report") or {}
        if list(rep) != REPORT_KEYS:
            err(f"report keys {list(rep)} != {REPORT_KEYS}")
        if rep.get("title") is not None and not isinstance(rep.get("title"), str):
            err("report.title must be str or null")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f).strip():
                err(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r} not an int in 2015-2025")
        d = rep.get("date")
        if d is not None:
            try:
                date.fromisoformat(d)
            except Exception:  # noqa: BLE001
                err(f"report.date {d!r} not YYYY-MM-DD")
        org_names = {o.get("name") for o in gold.get("organizations", [])}
        if rep.get("publisher") not in org_names:
            err(f"publisher {rep.get('publisher')!r} is not a gold organization name")
        org_forms = {norm(x) for o in gold.get("organizations", []) for x in [o.get("name", ""), *o.get("aliases", [])]}

        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = gold.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            seen_alias = {}
            names = set()
            for e in items:
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name in {e}")
                    continue
                if name in names:
                    err(f"{kind}: duplicate name {name}")
                names.add(name)
                aliases = e.get("aliases")
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    err(f"{kind}: {name}: aliases must be a list of non-empty str")
                    aliases = []
                if e.get("type") not in types:
                    err(f"{kind}: {name}: bad type {e.get('type')!r}")
                want = {"name", "aliases", "type"}
                if kind == "regulations":
                    want |= {"doc_number", "issuer", "relation"}
                    dn = e.get("doc_number")
                    if dn is not None:
                        m = DOCNUM.match(dn) if isinstance(dn, str) else None
                        if not m:
                            err(f"{kind}: {name}: doc_number {dn!r} not normalised 代字〔YYYY〕N号")
                        elif norm(dn) not in text:
                            notes.append(f"{where}: doc_number {dn} not verbatim in text (repaired?)")
                    if e.get("issuer") is not None:
                        if not isinstance(e["issuer"], str) or not e["issuer"].strip():
                            err(f"{kind}: {name}: issuer must be non-empty str or null")
                        else:
                            for part in e["issuer"].split():
                                if norm(part) not in org_forms:
                                    notes.append(f"{where}: issuer part {part} of {name} is not a gold organization")
                    if e.get("relation") not in RELATIONS:
                        err(f"{kind}: {name}: bad relation {e.get('relation')!r}")
                if set(e) != want:
                    err(f"{kind}: {name}: keys {sorted(e)} != {sorted(want)}")
                for form in [name, *aliases]:
                    k = norm(form)
                    other = seen_alias.get(k)
                    if other is not None and other != name:
                        err(f"{kind}: form {form!r} shared by {other!r} and {name!r}")
                    seen_alias.setdefault(k, name)
                occurring = [f for f in [name, *aliases] if norm(f) and norm(f) in text]
                if not occurring:
                    err(f"{kind}: {name}: neither the name nor any alias occurs in the text")
                elif norm(name) not in text:
                    notes.append(f"{where}: {kind}: canonical {name!r} not in text; via alias {occurring[0]!r}")
        print(f"{where}: {enc}, {n_chars} chars, "
              f"{len(gold.get('regulations', []))} regulations, {len(gold.get('organizations', []))} organizations, "
              f"{len(gold.get('measures', []))} measures")
    return errors, notes


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    devset = Path(args[0]) if args else Path(__file__).resolve().parent
    errors, notes = check(devset)
    verbose = "-v" in sys.argv
    print(f"\n{len(notes)} notes (resolved canonical names / repaired numbers){'' if verbose else '; -v to list'}")
    if verbose:
        for n in notes:
            print("  note:", n)
    print(f"{len(errors)} errors")
    for e in errors:
        print("  ERROR:", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
