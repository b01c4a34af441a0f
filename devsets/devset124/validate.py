#!/usr/bin/env python3
"""Validate the gold files of this dev set (see README.md).

Checks for every gold/*.json:
  * JSON loads; top-level keys and field types follow ANNOTATION.md section 5;
  * types / relations are from the allowed sets; doc_number is normalised (机关代字〔年份〕序号号);
  * report fields publisher/region/year are filled (title/date may be null), date is YYYY-MM-DD;
  * the publisher is one of the gold organizations (by name or alias), issuers resolve to gold orgs;
  * every gold entity's name or one of its aliases occurs in the document text
    (text: HTML entities unescaped; both sides normalised like score.py: NFKC, whitespace,
    quotes and title marks removed, brackets and dashes unified);
    entities whose canonical name does not occur but an alias does are listed as info;
  * no normalised name/alias is claimed by two entities of the same kind in one document.
Exit status 1 if any error.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPESETS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def to_simplified(text):
    try:
        import opencc
        return opencc.OpenCC("t2s").convert(text)
    except Exception:
        return text


def check(path, errors, infos):
    def err(msg):
        errors.append(f"{path.name}: {msg}")

    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:
        err(f"JSON does not load: {exc}")
        return
    if set(gold) != KEYS:
        err(f"top-level keys {sorted(gold)} != {sorted(KEYS)}")
        return
    doc = gold["doc"]
    if doc != path.stem + ".txt":
        err(f"doc {doc!r} does not match file name")
    txt_path = HERE / "docs" / doc
    if not txt_path.exists():
        err(f"document {doc} missing")
        return
    raw = txt_path.read_text(encoding="utf-8")
    text = norm(html.unescape(raw))
    text_s = norm(to_simplified(html.unescape(raw)))

    rep = gold["report"]
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        err(f"report keys wrong: {rep!r}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                err(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep['year']!r} not an int in 2015-2025")
        if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
            err(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep["title"] is not None and not isinstance(rep["title"], str):
            err("report.title must be str or null")

    org_forms = set()
    for o in gold.get("organizations", []):
        org_forms.add(norm(o.get("name", "")))
        org_forms.update(norm(a) for a in o.get("aliases", []))
    if isinstance(rep, dict) and rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        err(f"publisher {rep['publisher']!r} is not a gold organization")

    for kind, allowed in TYPESETS.items():
        items = gold[kind]
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        claimed = {}
        for e in items:
            if not isinstance(e, dict):
                err(f"{kind}: entry is not an object: {e!r}")
                continue
            need = {"name", "aliases", "type"}
            if kind == "regulations":
                need |= {"doc_number", "issuer", "relation"}
            if set(e) != need:
                err(f"{kind}: {e.get('name')!r} keys {sorted(e)} != {sorted(need)}")
            name = e.get("name")
            if not isinstance(name, str) or not name.strip():
                err(f"{kind}: empty name")
                continue
            aliases = e.get("aliases")
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                aliases = []
            if e.get("type") not in allowed:
                err(f"{kind}: {name}: bad type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    err(f"{kind}: {name}: bad relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None:
                    if not re.fullmatch(r"[^〔〕\[\]【】()]+〔(19|20)\d\d〕\d+号", dn):
                        err(f"{kind}: {name}: doc_number {dn!r} not normalised")
                    elif norm(dn) not in text and norm(dn) not in text_s:
                        err(f"{kind}: {name}: doc_number {dn!r} not in text")
                iss = e.get("issuer")
                if iss is not None:
                    if not isinstance(iss, str):
                        err(f"{kind}: {name}: issuer must be str or null")
                    else:
                        for part in iss.split():
                            if norm(part) not in org_forms:
                                err(f"{kind}: {name}: issuer part {part!r} is not a gold organization")
            forms = [name] + aliases
            for f in forms:
                nf = norm(f)
                if nf in claimed and claimed[nf] != name:
                    err(f"{kind}: form {f!r} claimed by both {claimed[nf]!r} and {name!r}")
                claimed.setdefault(nf, name)
            if norm(name) in text:
                continue
            hits = [a for a in aliases if norm(a) in text]
            if hits:
                infos.append(f"{path.name}: {kind}: canonical {name!r} not in text; alias {hits[0]!r} is")
            else:
                err(f"{kind}: {name!r}: neither name nor any alias occurs in the text")


def main():
    files = sorted((HERE / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    errors, infos = [], []
    for f in files:
        check(f, errors, infos)
    verbose = "-v" in sys.argv
    if verbose:
        for i in infos:
            print("INFO", i)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(infos)} resolved canonical names (use -v to list)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
