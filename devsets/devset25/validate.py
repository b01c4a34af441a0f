#!/usr/bin/env python3
"""Validate the devset25 gold files against ANNOTATION.md and their texts.

usage: python3 validate.py [OUTDIR]   (default: the directory of this script)

Checks, for every gold/NNN_*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file (UTF-8, or Big5/CP950 for the one Big5 document),
    and the text is 1,500-5,000 characters long;
  * report: title (str or null), publisher, region (non-empty str), year (int 2015-2025),
    date (YYYY-MM-DD or null); the publisher is one of the gold organizations (name or alias);
  * every entity has the right fields and value types; `type` and `relation` come from the
    ANNOTATION.md vocabularies; doc_number is null or normalised to 代字〔YYYY〕N号;
  * no normalised name/alias is shared by two entities of the same kind (the scorer would
    silently give it to the first one);
  * every entity's name or at least one alias occurs in the text (compared after removing
    whitespace and 《》, with HTML entities decoded).  Canonical names that do not occur are
    listed as INFO when an alias does (resolved names); an entity none of whose forms occurs
    is an ERROR.  Aliases that do not occur are listed as WARN (they are allowed: "other
    accepted forms"), unless they are pure normalisation variants.
Exit status 1 if there is any ERROR.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

KINDS = ("regulations", "organizations", "measures")
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
FIELDS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
TYPESETS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNO = re.compile(r"^[^〔〕\s]+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# same normalisation as score.py (section 6 of ANNOTATION.md)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


PAGE_MARK = re.compile(r"^[ \t]*[—–-]+[ \t]*\d+[ \t]*[—–-]+[ \t]*$", re.M)


def light(text):
    """Remove whitespace and 《》 only (the check the brief asks for); HTML entities are
    decoded and PDF page-number lines (— 3 —) dropped first."""
    text = PAGE_MARK.sub("", html.unescape(text).replace("\xa0", " "))
    return re.sub(r"[\s\u3000《》]", "", text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "big5", "cp950"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace"), "utf-8?"


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors = warns = infos = 0
    files = sorted((root / "gold").glob("*.json"))
    if not files:
        print("no gold files"); return 1

    def err(f, msg):
        nonlocal errors; errors += 1; print(f"ERROR {f}: {msg}")

    def warn(f, msg):
        nonlocal warns; warns += 1; print(f"WARN  {f}: {msg}")

    def info(f, msg):
        nonlocal infos; infos += 1; print(f"INFO  {f}: {msg}")

    for gf in files:
        f = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f, f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", *KINDS}:
            err(f, f"top-level keys {sorted(g)}")
        doc = g.get("doc")
        if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
            err(f, f"doc field {doc!r} does not match file name")
        tpath = root / "docs" / str(doc)
        if not tpath.exists():
            err(f, f"text {tpath} missing"); continue
        text, enc = read_text(tpath)
        nchar = len(re.sub(r"\s", "", html.unescape(text)))
        if not 1500 <= nchar <= 5000:
            err(f, f"text length {nchar} outside 1500-5000")
        t_light = light(text)
        t_norm = norm(PAGE_MARK.sub("", html.unescape(text)))

        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f, f"report keys {sorted(rep)}")
        for k in ("publisher", "region"):
            if not isinstance(rep.get(k), str) or not rep.get(k):
                err(f, f"report.{k} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f, f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            err(f, f"report.date {rep.get('date')!r}")
        if rep.get("title") is None:
            info(f, "report.title is null")
        elif norm(rep["title"]) not in t_norm:
            info(f, f"report title not verbatim in text (joined/normalised): {rep['title']}")
        if rep.get("date") is None:
            info(f, "report.date is null")

        org_forms = set()
        for kind in KINDS:
            items = g.get(kind)
            if not isinstance(items, list):
                err(f, f"{kind} is not a list"); continue
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != FIELDS[kind]:
                    err(f, f"{kind}: bad fields {e}"); continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f, f"{kind}: empty name"); continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f, f"{kind}: {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in TYPESETS[kind]:
                    err(f, f"{kind}: {name}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f, f"{name}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and (not isinstance(dn, str) or not DOCNO.match(dn)):
                        err(f, f"{name}: doc_number not normalised: {dn!r}")
                    if dn is not None and norm(dn) not in t_norm:
                        info(f, f"{name}: doc_number {dn} repaired / not verbatim in text")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f, f"{name}: issuer must be str or null")
                forms = [name, *e["aliases"]]
                for form in forms:
                    n = norm(form)
                    if n in seen and seen[n] != name:
                        err(f, f"{kind}: form {form!r} shared by {seen[n]!r} and {name!r}")
                    seen.setdefault(n, name)
                    if kind == "organizations":
                        org_forms.add(n)
                found = [a for a in forms if light(a) in t_light]
                if not found:
                    nfound = [a for a in forms if norm(a) in t_norm]
                    if nfound:
                        info(f, f"{kind}: {name}: occurs only after full normalisation ({nfound[0]})")
                    else:
                        err(f, f"{kind}: {name}: neither the name nor any alias occurs in the text")
                else:
                    if light(name) not in t_light and norm(name) not in t_norm:
                        info(f, f"{kind}: resolved name {name!r} (text has {found[0]!r})")
                    for a in e["aliases"]:
                        if light(a) not in t_light and norm(a) not in t_norm:
                            warn(f, f"{kind}: {name}: alias {a!r} not in text (accepted variant)")
        if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            err(f, f"publisher {rep['publisher']!r} is not among the organizations")
        print(f"ok    {f}: {enc}, {nchar} chars, "
              + ", ".join(f"{k}={len(g.get(k) or [])}" for k in KINDS))
    print(f"\n{len(files)} files: {errors} errors, {warns} warnings, {infos} infos")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
