#!/usr/bin/env python3
"""Validate the gold files of this devset.

usage: python3 validate.py [DEVSET_DIR]     (default: the directory of this script)

Checks, for every gold/*.json:
  * JSON loads; keys and value types follow ANNOTATION.md (sections 1-5);
  * type / relation values are from the allowed sets; doc_number looks like 代字〔年份〕序号号;
  * report fields are filled (publisher, region, year always; title / date reported when null);
  * the publisher is one of the gold organizations (name or alias);
  * every entity's name or one of its aliases occurs in the document text, compared after
    decoding the file (UTF-8, else GB18030 / Big5), unescaping HTML entities and applying the
    scorer's normalisation (NFKC; whitespace, quotes and title marks removed; brackets,
    dashes, 、/， unified).  Entities whose canonical name does not occur but an alias does
    are listed as "resolved" (expected for jurisdiction-resolved names, simplified canonical
    names of Traditional-Chinese docs and repaired damage);
  * every alias occurs in the text (else a warning);
  * no two entities of one kind share a normalised name/alias (the scorer would confuse them).
Exit status 1 if any ERROR.
"""
import html
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
DN_RE = re.compile(r"^(\S+〔(19|20)\d\d〕\d+号|\S+令第\d+号)$")  # 文号, or a 政府令 number
DATE_RE = re.compile(r"^(19|20)\d\d-\d\d-\d\d$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


COMMON_SIMP = set("法治政府建设的年区县市人民国发展工作开展情况报告关于实施")
COMMON_TRAD = set("法治政府建設的年區縣市人民國發展工作開展情況報告關於實施")


def read_doc(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = None
    for enc in ("gb18030", "big5"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        score = sum(1 for c in text if c in COMMON_SIMP or c in COMMON_TRAD)
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is None:
        raise ValueError("cannot decode as utf-8, gb18030 or big5")
    return best[1], best[2]


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, warnings, resolved = [], [], []
    files = sorted((root / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")

    def err(f, msg):
        errors.append(f"{f}: {msg}")

    def warn(f, msg):
        warnings.append(f"{f}: {msg}")

    for gf in files:
        f = gf.name
        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f, f"JSON does not load: {exc}")
            continue
        if set(gold) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f, f"top-level keys {sorted(gold)}")
        doc = gold.get("doc")
        if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
            err(f, f"doc field {doc!r} does not match file name")
            continue
        dpath = root / "docs" / doc
        if not dpath.exists():
            err(f, f"missing document {dpath}")
            continue
        try:
            text, enc = read_doc(dpath)
        except ValueError as exc:
            err(f, str(exc))
            continue
        ntext = norm(html.unescape(text))
        nchars = len(text)
        if not 1500 <= nchars <= 5000:
            warn(f, f"document length {nchars} characters outside 1500-5000")
        rep = gold.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f, f"report keys {sorted(rep)}")
        for k in ("publisher", "region"):
            if not isinstance(rep.get(k), str) or not rep.get(k):
                err(f, f"report.{k} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f, f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not (isinstance(rep["date"], str) and DATE_RE.match(rep["date"])):
            err(f, f"report.date {rep.get('date')!r} not YYYY-MM-DD")
        if rep.get("title") is None:
            warn(f, "report.title is null")
        elif norm(rep["title"]) not in ntext:
            warn(f, f"report.title does not occur in the text: {rep['title']}")
        if rep.get("date") is None:
            warn(f, "report.date is null")

        org_forms = set()
        for kind, tset in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEAS_TYPES)):
            items = gold.get(kind)
            if not isinstance(items, list):
                err(f, f"{kind} is not a list")
                continue
            seen = {}
            for e in items:
                if not isinstance(e, dict):
                    err(f, f"{kind}: entry is not an object: {e!r}")
                    continue
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    err(f, f"{kind}: keys {sorted(e)} for {e.get('name')!r}")
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    err(f, f"{kind}: empty name")
                    continue
                aliases = e.get("aliases")
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    err(f, f"{kind}: bad aliases for {name}")
                    aliases = []
                if e.get("type") not in tset:
                    err(f, f"{kind}: bad type {e.get('type')!r} for {name}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        err(f, f"bad relation {e.get('relation')!r} for {name}")
                    dn = e.get("doc_number")
                    if dn is not None and not (isinstance(dn, str) and DN_RE.match(dn)):
                        err(f, f"doc_number {dn!r} not normalised for {name}")
                    iss = e.get("issuer")
                    if iss is not None and not isinstance(iss, str):
                        err(f, f"issuer not a string for {name}")
                forms = [name, *aliases]
                for form in forms:
                    nf = norm(form)
                    if nf in seen and seen[nf] != name:
                        err(f, f"{kind}: {form!r} of {name!r} collides with {seen[nf]!r}")
                    seen.setdefault(nf, name)
                    if kind == "organizations":
                        org_forms.add(nf)
                found = [form for form in forms if norm(form) in ntext]
                if not found:
                    err(f, f"{kind}: neither name nor any alias occurs in text: {name!r} {aliases}")
                elif norm(name) not in ntext:
                    resolved.append(f"{f}: {kind}: {name}  <- {found[0]}")
                for a in aliases:
                    if norm(a) not in ntext:
                        warn(f, f"{kind}: alias does not occur in text: {a!r} (of {name!r})")
        pub = rep.get("publisher")
        if isinstance(pub, str) and norm(pub) not in org_forms:
            err(f, f"publisher {pub!r} is not among the organizations")
        for e in gold.get("regulations", []):
            iss = e.get("issuer")
            if isinstance(iss, str):
                for part in iss.split():
                    if norm(part) not in org_forms:
                        warn(f, f"issuer part {part!r} of {e['name']!r} is not among the organizations")
        print(f"{f}: {enc}, {nchars} chars, {len(gold.get('regulations', []))} regulations, "
              f"{len(gold.get('organizations', []))} organizations, {len(gold.get('measures', []))} measures")

    if "-v" in sys.argv or "--resolved" in sys.argv:
        print("\nresolved names (canonical absent, alias present):")
        for r in resolved:
            print("  " + r)
    else:
        print(f"\n{len(resolved)} resolved names (canonical absent, alias present); list with --resolved")
    for w in warnings:
        print("WARNING " + w)
    for e in errors:
        print("ERROR " + e)
    print(f"\n{len(files)} gold files, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
