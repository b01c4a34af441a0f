#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]        (default: the directory of this script)

Checks, per gold/<doc>.json:
  * the JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file (read as UTF-8, or GB18030 as a fallback), 1,500–5,000 chars;
  * report: title (str or null), publisher/region (non-empty str), year (int 2000–2030),
    date (YYYY-MM-DD or null); the publisher is the name or an alias of a gold organization;
  * every entity: name (non-empty str), aliases (list of str), type in the ANNOTATION.md enum;
    regulations also doc_number (null or 机关代字〔YYYY〕N号), issuer (str or null), relation enum;
  * no normalised name/alias is shared by two entities of the same kind (it would make the
    scorer's index ambiguous);
  * the name or at least one alias occurs in the text, after removing whitespace and title
    marks from both (exact first, then also after NFKC and dropping quotation marks);
    a resolved canonical name that does not occur is fine when an alias does (listed as INFO);
  * aliases that do not occur in the text are listed as NOTE (accepted forms may be added on
    purpose, but each is shown so that typos are caught).
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}
DOCNUM = re.compile(r"^[^〔〕\s]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_TITLE = set("《》〈〉<>")
_QUOTE = set("“”\"'‘’「」『』")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def strip_basic(s):
    return "".join(c for c in s if not c.isspace() and c not in _TITLE)


def strip_loose(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(_MAP.get(c, c) for c in s if not c.isspace() and c not in _TITLE and c not in _QUOTE)


def score_norm(s):
    """The scorer's normalisation (score.py norm)."""
    drop = _TITLE | _QUOTE | set(" \t\r\n\u3000·•「」")
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(_MAP.get(c, c) for c in s if c not in drop)


def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def check(devset):
    errors, infos, notes = [], [], []
    gold_files = sorted((devset / "gold").glob("*.json"))
    if not gold_files:
        errors.append(("-", "no gold files"))
    for gf in gold_files:
        d = gf.stem
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append((d, f"JSON does not load: {exc}"))
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append((d, f"top-level keys {sorted(g)}"))
        doc = g.get("doc")
        if doc != d + ".txt":
            errors.append((d, f"doc field {doc!r} does not match file name"))
        tpath = devset / "docs" / str(doc)
        if not tpath.exists():
            errors.append((d, f"text {tpath} missing"))
            continue
        text, enc = read_text(tpath)
        if enc != "utf-8":
            infos.append((d, f"text decoded as {enc}"))
        if not 1500 <= len(text) <= 5000:
            errors.append((d, f"text length {len(text)} outside 1500–5000"))
        tb, tl = strip_basic(text), strip_loose(text)

        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append((d, f"report keys {sorted(rep)}"))
        if rep.get("title") is not None and not isinstance(rep.get("title"), str):
            errors.append((d, "report.title not str/null"))
        if rep.get("title") is None:
            infos.append((d, "report.title is null (text has no title)"))
        elif strip_basic(rep["title"]) not in tb and strip_loose(rep["title"]) not in tl:
            errors.append((d, f"report.title not in text: {rep['title']}"))
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                errors.append((d, f"report.{f} empty"))
        if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
            errors.append((d, f"report.year {rep.get('year')!r}"))
        if rep.get("date") is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            errors.append((d, f"report.date {rep.get('date')!r}"))
        if rep.get("date") is None:
            infos.append((d, "report.date is null"))

        for kind, allowed in TYPES.items():
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append((d, f"{kind} is not a list"))
                continue
            seen = {}
            for i, e in enumerate(items):
                where = f"{kind}[{i}]"
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    errors.append((d, f"{where} keys {sorted(e)}"))
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    errors.append((d, f"{where} bad name"))
                    continue
                where = f"{kind}:{name}"
                aliases = e.get("aliases")
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    errors.append((d, f"{where} bad aliases"))
                    aliases = []
                if e.get("type") not in allowed:
                    errors.append((d, f"{where} type {e.get('type')!r}"))
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        errors.append((d, f"{where} relation {e.get('relation')!r}"))
                    dn = e.get("doc_number")
                    if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                        errors.append((d, f"{where} doc_number not normalised: {dn!r}"))
                    if e.get("issuer") is not None and not isinstance(e.get("issuer"), str):
                        errors.append((d, f"{where} issuer not str/null"))
                for form in [name, *aliases]:
                    k = score_norm(form)
                    if k in seen and seen[k] != i:
                        errors.append((d, f"{where}: form {form!r} also belongs to {items[seen[k]]['name']!r}"))
                    seen.setdefault(k, i)
                found = []
                for form in [name, *aliases]:
                    if strip_basic(form) in tb:
                        found.append((form, "exact"))
                    elif strip_loose(form) in tl:
                        found.append((form, "loose"))
                if not found:
                    errors.append((d, f"{where}: neither name nor any alias occurs in the text"))
                    continue
                forms = {f for f, _ in found}
                if name not in forms:
                    infos.append((d, f"{where}: canonical name not in text (resolved); found via alias {found[0][0]!r}"))
                for a in aliases:
                    if a not in forms:
                        notes.append((d, f"{where}: alias {a!r} not in text"))
        orgforms = {score_norm(f) for o in g.get("organizations", []) for f in [o["name"], *o.get("aliases", [])]}
        if rep.get("publisher") and score_norm(rep["publisher"]) not in orgforms:
            errors.append((d, f"publisher {rep['publisher']!r} is not a gold organization"))
    return errors, infos, notes


def main():
    devset = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, infos, notes = check(devset)
    for d, m in infos:
        print(f"INFO  {d}: {m}")
    for d, m in notes:
        print(f"NOTE  {d}: {m}")
    for d, m in errors:
        print(f"ERROR {d}: {m}")
    n = len(list((devset / "gold").glob("*.json")))
    print(f"{n} gold files, {len(errors)} errors, {len(notes)} notes, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
