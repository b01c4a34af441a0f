#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [-v]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ (decoded as UTF-8, else GB18030/GBK);
  * report fields: title (str|null), publisher (str, and one of the gold organizations),
    region (str), year (int 2015-2025), date (YYYY-MM-DD|null), all of publisher/region/year filled;
  * every entity has the fields and value types of its kind, a valid `type`, `relation`,
    a `doc_number` of the form 机关代字〔年份〕序号号, an `issuer` naming a gold organization;
  * no two entities of one kind share a name or alias (after the scorer's normalisation);
  * the name or at least one alias of every entity occurs in the text, after removing
    《》〈〉 and whitespace (line breaks of PDF extractions) and NFKC-normalising both sides.
    Entities whose canonical name is absent but an alias is present are listed with -v
    (resolved names are expected to be absent); entities with no form present are errors.
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
PAGE_FOOTER = re.compile(r"^[ \t]*[—-]+[ \t]*\d+[ \t]*[—-]+[ \t]*$", re.M)
DATE = re.compile(r"^(20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

# the scorer's normalisation (score.py), to find duplicate names
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def score_norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def text_norm(text):
    """Remove title marks and all whitespace, NFKC both sides."""
    text = unicodedata.normalize("NFKC", text)
    text = PAGE_FOOTER.sub("\n", text)  # PDF page footers such as "— 3 —" may split a name
    return re.sub(r"[\s《》〈〉]", "", text)


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise UnicodeDecodeError("unknown", raw, 0, 1, "neither UTF-8 nor GB18030")


def check(gf, verbose):
    errors, notes = [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], notes
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(g) != keys:
        errors.append(f"top-level keys {sorted(g)} != {sorted(keys)}")
        return errors, notes
    if g["doc"] != gf.stem + ".txt":
        errors.append(f"doc {g['doc']!r} does not match gold file name")
    dp = ROOT / "docs" / g["doc"]
    if not dp.exists():
        errors.append(f"missing document {dp}")
        return errors, notes
    text, enc = read_doc(dp)
    if enc != "utf-8":
        notes.append(f"document is encoded {enc} (not UTF-8)")
    n = len(text)
    if not 1500 <= n <= 5000:
        errors.append(f"document length {n} outside 1500-5000 characters")
    T = text_norm(text)

    orgs = g["organizations"] if isinstance(g["organizations"], list) else []
    org_forms = set()
    for o in orgs:
        if isinstance(o, dict):
            for a in [o.get("name", "")] + list(o.get("aliases") or []):
                org_forms.add(score_norm(a))

    r = g["report"]
    if not isinstance(r, dict) or set(r) != {"title", "publisher", "region", "year", "date"}:
        errors.append("report must have exactly title, publisher, region, year, date")
    else:
        if r["title"] is not None and not isinstance(r["title"], str):
            errors.append("report.title must be str or null")
        if r["title"] and text_norm(r["title"]) not in T:
            errors.append(f"report.title not in text: {r['title']}")
        for f in ("publisher", "region"):
            if not isinstance(r[f], str) or not r[f].strip():
                errors.append(f"report.{f} must be filled")
        if isinstance(r["publisher"], str) and score_norm(r["publisher"]) not in org_forms:
            errors.append(f"report.publisher {r['publisher']!r} is not a gold organization")
        if not isinstance(r["year"], int) or not 2015 <= r["year"] <= 2025:
            errors.append(f"report.year {r['year']!r} must be an int 2015-2025")
        if r["date"] is not None and not (isinstance(r["date"], str) and DATE.match(r["date"])):
            errors.append(f"report.date {r['date']!r} must be YYYY-MM-DD or null")
        if r["date"] is None:
            notes.append("report.date is null")

    spec = {"regulations": (REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
            "organizations": (ORG_TYPES, ("name", "aliases", "type")),
            "measures": (MEA_TYPES, ("name", "aliases", "type"))}
    for kind, (types, fields) in spec.items():
        items = g[kind]
        if not isinstance(items, list):
            errors.append(f"{kind} must be a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != set(fields):
                errors.append(f"{kind}: entity must have exactly {fields}: {e}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                errors.append(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                errors.append(f"{kind}: {name}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{kind}: {name}: bad relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                    errors.append(f"{kind}: {name}: doc_number {dn!r} not normalised to 代字〔年份〕序号号")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str):
                        errors.append(f"{kind}: {name}: issuer must be str or null")
                    else:
                        for part in iss.split():
                            if score_norm(part) not in org_forms:
                                errors.append(f"{kind}: {name}: issuer part {part!r} is not a gold organization")
            forms = [name] + e["aliases"]
            for f in forms:
                k = score_norm(f)
                if k in seen and seen[k] != name:
                    errors.append(f"{kind}: form {f!r} used by both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            present = [f for f in forms if text_norm(f) in T]
            if not present:
                errors.append(f"{kind}: no form of {name!r} occurs in the text")
            elif name not in present:
                notes.append(f"{kind}: canonical {name!r} absent; found as {present}")
            absent_aliases = [a for a in e["aliases"] if text_norm(a) not in T]
            if absent_aliases:
                notes.append(f"{kind}: {name!r}: extra accepted forms not in text: {absent_aliases}")
    return errors, notes


def main():
    verbose = "-v" in sys.argv
    files = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted(p.name for p in (ROOT / "docs").glob("*.txt"))
    bad = 0
    if len(files) != len(docs):
        print(f"ERROR: {len(files)} gold files for {len(docs)} documents")
        bad += 1
    for gf in files:
        errors, notes = check(gf, verbose)
        status = "OK " if not errors else "BAD"
        print(f"{status} {gf.name}: {len(errors)} errors, {len(notes)} notes")
        for e in errors:
            print("   ERROR", e)
        if verbose:
            for n_ in notes:
                print("   note ", n_)
        bad += bool(errors)
    print("clean" if not bad else f"{bad} file(s) with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
