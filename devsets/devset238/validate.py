#!/usr/bin/env python3
"""Validate the devset gold files against ANNOTATION.md and the document texts.

usage: python3 validate.py [DIR]   (DIR defaults to the directory of this script)

Checks, per gold/<name>.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing docs/<doc> file whose stem equals the gold file's stem;
  * report has title, publisher, region, year (int), date (YYYY-MM-DD or null); publisher,
    region and year filled; publisher is one of the gold organizations (name or alias);
  * every entity has the fields ANNOTATION.md requires with valid values (type / relation enums,
    doc_number normalised as 机关代字〔年份〕序号号 or an order number 令第N号, issuer str|null);
  * no normalised name/alias is used by two entities of the same kind (the scorer would shadow it);
  * every entity's name or one of its aliases occurs in the text, after removing title marks,
    quotation marks and whitespace (line breaks from PDF extraction included). Canonical names
    that are resolved and so do not occur are listed as INFO when an alias occurs; an entity of
    which no form occurs is an ERROR. Forms found only after full score.py normalisation
    (NFKC, brackets/dashes unified) are reported as INFO too;
  * issuers of regulations are split into bodies; each body should be a gold organization (WARN);
  * document length 1,500–5,000 characters (WARN otherwise).
Exit status 1 if any ERROR.
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
DOCNUM = re.compile(r"^[\u4e00-\u9fffA-Za-z]+〔(19|20)\d\d〕\d+号$|^[\u4e00-\u9fff]*令(〔(19|20)\d\d〕)?第\d+号$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")

_MARKS = set("《》〈〉<>“”\"'‘’「」『』")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def strip(text):
    """Remove title marks, quotation marks and all whitespace."""
    return "".join(c for c in text if c not in _MARKS and not c.isspace())


def norm(text):
    """score.py normalisation."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def check(base):
    errors, warns, infos = [], [], []
    gold_dir, doc_dir = base / "gold", base / "docs"
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        errors.append(f"no gold files in {gold_dir}")
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
            continue
        doc = g["doc"]
        if not isinstance(doc, str) or not doc.endswith(".txt") or doc[:-4] != gf.stem:
            errors.append(f"{tag}: doc {doc!r} does not match the file name")
        path = doc_dir / str(doc)
        if not path.exists():
            errors.append(f"{tag}: missing text {path}")
            continue
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
            infos.append(f"{tag}: text is not UTF-8 (decoded as GB18030)")
        n = len(text)
        if not 1500 <= n <= 5000:
            warns.append(f"{tag}: text has {n} characters (expected 1500-5000)")
        t_strip, t_norm = strip(text), norm(text)

        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        else:
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    errors.append(f"{tag}: report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
                errors.append(f"{tag}: report.year {rep['year']!r}")
            if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
                errors.append(f"{tag}: report.date {rep['date']!r}")
            if rep["date"] is None:
                infos.append(f"{tag}: report.date is null")
            if rep["title"] is not None:
                if strip(rep["title"]) not in t_strip:
                    errors.append(f"{tag}: report.title does not occur in the text")
            else:
                infos.append(f"{tag}: report.title is null")
            orgforms = {norm(a) for o in g["organizations"] if isinstance(o, dict)
                        for a in [o.get("name", "")] + list(o.get("aliases", []))}
            if norm(rep.get("publisher") or "") not in orgforms:
                errors.append(f"{tag}: publisher {rep.get('publisher')!r} is not a gold organization")

        orgforms = {norm(a) for o in g["organizations"] if isinstance(o, dict)
                    for a in [o.get("name", "")] + list(o.get("aliases", []))}
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g[kind]
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            seen = {}
            want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            for e in items:
                if not isinstance(e, dict) or set(e) != want:
                    errors.append(f"{tag}: {kind} entry with keys {sorted(e) if isinstance(e, dict) else e}")
                    continue
                name, aliases = e["name"], e["aliases"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind} entry with empty name")
                    continue
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    errors.append(f"{tag}: {kind} {name}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: bad relation {e['relation']!r}")
                    num = e["doc_number"]
                    if num is not None and not (isinstance(num, str) and DOCNUM.match(num)):
                        errors.append(f"{tag}: {name}: doc_number {num!r} not normalised")
                    iss = e["issuer"]
                    if iss is not None:
                        if not isinstance(iss, str) or not iss.strip():
                            errors.append(f"{tag}: {name}: issuer {iss!r}")
                        else:
                            for body in iss.replace("、", " ").replace("，", " ").split():
                                if norm(body) not in orgforms:
                                    warns.append(f"{tag}: {name}: issuer body {body!r} is not a gold organization")
                forms = [name] + aliases
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: form {f!r} used by both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                exact = [f for f in forms if strip(f) in t_strip]
                loose = [f for f in forms if norm(f) in t_norm]
                if not exact and not loose:
                    errors.append(f"{tag}: {kind}: no form of {name!r} occurs in the text")
                elif not exact:
                    infos.append(f"{tag}: {kind}: {name!r} occurs only after score.py normalisation")
                elif strip(name) not in t_strip and norm(name) not in t_norm:
                    infos.append(f"{tag}: {kind}: canonical {name!r} resolved; text has {exact[0]!r}")
                for a in aliases:
                    if strip(a) not in t_strip and norm(a) not in t_norm:
                        infos.append(f"{tag}: {kind}: {name!r}: accepted form {a!r} not in the text")
    return errors, warns, infos


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, warns, infos = check(base)
    quiet = "--quiet" in sys.argv
    if not quiet:
        for m in infos:
            print("INFO ", m)
    for m in warns:
        print("WARN ", m)
    for m in errors:
        print("ERROR", m)
    print(f"{len(errors)} errors, {len(warns)} warnings, {len(infos)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
