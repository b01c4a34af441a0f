#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md and the texts.

usage: python3 validate.py [-v]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<file>.txt and matches the gold file name;
  * report: title (str or null), publisher (str, one of the organizations' names),
    region (str), year (int 2015-2026), date (YYYY-MM-DD or null);
  * every entity has exactly the fields of its kind, with valid `type` / `relation` values,
    `doc_number` null or normalised to 机关代字〔年份〕序号号, `issuer` null or str,
    aliases a list of distinct strings different from the name;
  * no two entities of one kind share a name/alias after the scorer's normalisation
    (that would make one of them unmatchable);
  * every entity's name or one of its aliases occurs in the text after removing 《》〈〉
    and whitespace from both.  Canonical names that do not occur themselves are listed
    as notes (fine when an alias occurs: resolved names such as 中共XX县委员会).
  * the text is 1,500-5,000 characters.
Exit status 1 if any ERROR was found.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

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
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")

# the scorer's normalisation (score.py), to detect alias collisions
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def squeeze(text):
    """Remove title marks and whitespace (the occurrence test of the brief)."""
    return re.sub(r"[《》〈〉\s]", "", text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("utf-8/gb18030", raw, 0, 1, "undecodable")


def check(gf, verbose):
    errors, notes = [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], notes
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errors.append(f"top-level keys {sorted(g)}")
        return errors, notes
    if g["doc"] != gf.stem + ".txt":
        errors.append(f"doc {g['doc']!r} does not match file name {gf.name}")
    tp = DOCS / g["doc"]
    if not tp.exists():
        return errors + [f"text {tp} missing"], notes
    text, enc = read_text(tp)
    if enc != "utf-8":
        notes.append(f"text decoded as {enc}")
    n = len(text)
    if not 1500 <= n <= 5000:
        errors.append(f"text length {n} outside 1500-5000")
    flat = squeeze(text)
    flat_norm = norm(text)

    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
    else:
        if rep["title"] is not None and (not isinstance(rep["title"], str) or squeeze(rep["title"]) not in flat):
            errors.append(f"report title not a string found in text: {rep['title']!r}")
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                errors.append(f"report {f} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2026:
            errors.append(f"report year {rep['year']!r}")
        if rep["date"] is not None and not re.fullmatch(r"20\d\d-[01]\d-[0-3]\d", str(rep["date"])):
            errors.append(f"report date {rep['date']!r}")
        if rep["date"] is None:
            notes.append("report date is null")
        if rep["title"] is None:
            notes.append("report title is null")
        org_names = {o.get("name") for o in g.get("organizations", [])}
        if rep.get("publisher") not in org_names:
            errors.append(f"publisher {rep.get('publisher')!r} is not among the organizations")

    for kind in ("regulations", "organizations", "measures"):
        items = g[kind]
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            label = f"{kind}[{i}] {e.get('name')!r}"
            if set(e) != FIELDS[kind]:
                errors.append(f"{label}: fields {sorted(e)}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                errors.append(f"{label}: empty name")
                continue
            if e["type"] not in TYPES[kind]:
                errors.append(f"{label}: type {e['type']!r}")
            al = e["aliases"]
            if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
                errors.append(f"{label}: aliases must be a list of non-empty strings")
                continue
            if len(set(al)) != len(al) or e["name"] in al:
                errors.append(f"{label}: duplicate alias or alias equal to name")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{label}: relation {e['relation']!r}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    errors.append(f"{label}: doc_number not normalised: {e['doc_number']!r}")
                if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"].strip()):
                    errors.append(f"{label}: issuer must be null or a non-empty string")
            for form in [e["name"], *al]:
                k = norm(form)
                if k in seen and seen[k] != i:
                    errors.append(f"{label}: form {form!r} collides with {kind}[{seen[k]}] {items[seen[k]]['name']!r}")
                seen.setdefault(k, i)
            found = [f for f in [e["name"], *al] if squeeze(f) in flat]
            if not found:
                loose = [f for f in [e["name"], *al] if norm(f) in flat_norm]
                if loose:
                    notes.append(f"{label}: occurs only after scorer normalisation ({loose[0]!r})")
                else:
                    errors.append(f"{label}: neither name nor any alias occurs in the text")
            elif squeeze(e["name"]) not in flat and norm(e["name"]) not in flat_norm:
                notes.append(f"{label}: canonical name not in text (resolved); alias {found[0]!r} occurs")
            for a in al:
                if squeeze(a) not in flat and norm(a) not in flat_norm and verbose:
                    notes.append(f"{label}: alias {a!r} not in text (accepted variant)")
    return errors, notes


def main():
    verbose = "-v" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    total_err = 0
    counts = {"regulations": 0, "organizations": 0, "measures": 0}
    for gf in files:
        errors, notes = check(gf, verbose)
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
            for k in counts:
                counts[k] += len(g.get(k, []))
        except Exception:  # noqa: BLE001
            pass
        status = "OK" if not errors else f"{len(errors)} ERROR(S)"
        print(f"== {gf.name}: {status}")
        for e in errors:
            print("  ERROR", e)
        for nline in notes:
            print("  note ", nline)
        total_err += len(errors)
    txts = {p.stem for p in DOCS.glob("*.txt")}
    missing = txts - {f.stem for f in files}
    for m in sorted(missing):
        print(f"ERROR text without gold: {m}.txt")
        total_err += 1
    print(f"\n{len(files)} gold files, {total_err} error(s); entities: {counts}")
    sys.exit(1 if total_err else 0)


if __name__ == "__main__":
    main()
