#!/usr/bin/env python3
"""Validate the devset12 gold files against ANNOTATION.md and their texts.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc/report/regulations/organizations/measures;
    `doc` names an existing file in docs/ and matches the gold file name;
  * report has title/publisher/region/year/date; publisher, region and year are filled;
    year is an int in 2015..2025; date is YYYY-MM-DD or null; the publisher is one of the
    gold organizations (by name or alias);
  * every entity has the fields of its kind with valid values (type, relation),
    doc_number is null or normalised `代字〔YYYY〕N号`, aliases is a list of strings;
  * no two entities of one kind share a normalised name or alias (the scorer could
    never match the second one), and no entity repeats its own name among its aliases;
  * every entity's name or at least one alias occurs in the text, after the scorer's
    normalisation (NFKC, whitespace, quotes and title marks removed, brackets/dashes
    unified) applied to both the name and the text. Canonical names that do not occur
    but have an occurring alias are listed as info (resolved names), not as errors.
  * the text is 1,500-5,000 characters.
Exit status 1 if any error was found.
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
FIELDS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}

# the scorer's normalisation (score.py, ANNOTATION.md section 6)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace"), "utf-8?"


def check(gold_path, docs_dir):
    errors, infos = [], []
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], infos
    keys = set(gold)
    if keys != {"doc", "report", "regulations", "organizations", "measures"}:
        errors.append(f"top-level keys {sorted(keys)}")
    doc = gold.get("doc")
    if doc != gold_path.stem + ".txt":
        errors.append(f"doc {doc!r} does not match gold file name")
    txt_path = docs_dir / str(doc)
    if not txt_path.exists():
        return errors + [f"text {txt_path} missing"], infos
    text, enc = read_text(txt_path)
    if enc != "utf-8":
        infos.append(f"text decoded as {enc}")
    ntext = norm(text)
    n_chars = len(text)
    if not 1500 <= n_chars <= 5000:
        errors.append(f"text has {n_chars} characters (want 1500-5000)")

    rep = gold.get("report")
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        errors.append(f"report keys wrong: {rep!r}")
        rep = rep if isinstance(rep, dict) else {}
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            errors.append(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
        errors.append(f"report.year {rep.get('year')!r} not an int in 2015..2025")
    if rep.get("date") is not None and not DATE.match(str(rep["date"])):
        errors.append(f"report.date {rep['date']!r} not YYYY-MM-DD")
    if rep.get("title") is None:
        infos.append("report.title is null (text has no title)")
    elif norm(rep["title"]) not in ntext:
        errors.append(f"report.title {rep['title']!r} not in text")
    if rep.get("date") is None:
        infos.append("report.date is null")

    org_forms = set()
    for kind in ("regulations", "organizations", "measures"):
        items = gold.get(kind)
        if not isinstance(items, list):
            errors.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != FIELDS[kind]:
                errors.append(f"{kind}: bad fields {sorted(e) if isinstance(e, dict) else e!r}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                errors.append(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in TYPES[kind]:
                errors.append(f"{kind}: {name}: type {e['type']!r} invalid")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errors.append(f"{kind}: {name}: relation {e['relation']!r} invalid")
                dn = e["doc_number"]
                if dn is not None:
                    if not DOCNUM.match(dn):
                        errors.append(f"{kind}: {name}: doc_number {dn!r} not normalised")
                    else:
                        year, num = re.search(r"〔(\d{4})〕(\d+)号", dn).groups()
                        if year not in ntext or num not in ntext:
                            errors.append(f"{kind}: {name}: doc_number {dn!r} digits not in text")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errors.append(f"{kind}: {name}: issuer must be a string or null")
            forms = [name, *e["aliases"]]
            nforms = [norm(f) for f in forms]
            if len(set(nforms)) != len(nforms):
                infos.append(f"{kind}: {name}: an alias repeats another form after normalisation")
            for f, nf in zip(forms, nforms):
                if nf in seen and seen[nf] != name:
                    errors.append(f"{kind}: form {f!r} of {name!r} collides with {seen[nf]!r}")
                seen.setdefault(nf, name)
            occurring = [f for f, nf in zip(forms, nforms) if nf in ntext]
            if not occurring:
                errors.append(f"{kind}: {name!r}: neither name nor any alias occurs in text")
            elif norm(name) not in ntext:
                infos.append(f"{kind}: resolved name {name!r} (occurs as {occurring[0]!r})")
            for f, nf in zip(forms[1:], nforms[1:]):
                if nf not in ntext:
                    infos.append(f"{kind}: {name}: alias {f!r} does not occur (accepted variant)")
            if kind == "organizations":
                org_forms.update(nforms)
    pub = rep.get("publisher")
    if pub and norm(pub) not in org_forms:
        errors.append(f"publisher {pub!r} is not among the gold organizations")
    return errors, infos


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    docs_dir, gold_dir = base / "docs", base / "gold"
    golds = sorted(gold_dir.glob("*.json"))
    texts = sorted(p.stem for p in docs_dir.glob("*.txt"))
    missing = sorted(set(texts) - {g.stem for g in golds})
    total = 0
    for t in missing:
        print(f"{t}: ERROR no gold file")
        total += 1
    verbose = "-v" in sys.argv
    for g in golds:
        errors, infos = check(g, docs_dir)
        total += len(errors)
        d = json.loads(g.read_text(encoding="utf-8")) if not errors or "JSON" not in errors[0] else {}
        counts = " ".join(f"{k[:3]}={len(d.get(k, []))}" for k in ("regulations", "organizations", "measures"))
        print(f"{g.stem}: {'OK' if not errors else 'ERRORS'} ({counts})")
        for e in errors:
            print(f"  ERROR {e}")
        if verbose:
            for i in infos:
                print(f"  info  {i}")
    print(f"{len(golds)} gold files, {total} errors")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
