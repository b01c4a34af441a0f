#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py [OUTDIR]   (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys doc, report, regulations, organizations, measures;
    `doc` equals the txt file name and docs/<doc> exists;
  * report: title (str|null), publisher (str, must be one of the organizations or an alias),
    region (str), year (int 2015..2025), date (YYYY-MM-DD|null);
  * every entity: name (non-empty str), aliases (list of str, no alias equal to the name),
    type in the allowed set; regulations also doc_number (str|null, format 〔YYYY〕N号 or 令第N号),
    issuer (str|null), relation in issues/implements/studies/mentions;
  * no two entities of one kind share a normalised name/alias (the scorer would confuse them);
  * presence in text: after removing whitespace, title marks and quotation marks (and NFKC),
    the name or at least one alias must occur in the text  -> ERROR otherwise.
    Canonical names that do not occur but have an alias that does are listed as INFO
    (resolved names, e.g. 县司法局 -> 东山县司法局). Aliases that do not occur are WARN.
Cross-document: the same canonical name must have the same type in every file (WARN).
Exit status 1 if any ERROR.
"""
import json, re, sys, unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000")
_SCORER_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def textnorm(s):
    """For presence checks: NFKC, drop whitespace/title/quotation marks, unify brackets, dashes, commas."""
    s = unicodedata.normalize("NFKC", s)
    return "".join(_MAP.get(c, c) for c in s if c not in _DROP)


def scorenorm(s):
    """The scorer's normalisation (score.py norm)."""
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(_MAP.get(c, c) for c in s if c not in _SCORER_DROP)


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, warns, infos = [], [], []
    canon_types = {}
    files = sorted((root / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{tag}: JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
        doc = g.get("doc")
        if doc != gf.stem + ".txt":
            errors.append(f"{tag}: doc {doc!r} != {gf.stem + '.txt'!r}")
        txt_path = root / "docs" / str(doc)
        if not txt_path.exists():
            errors.append(f"{tag}: missing text {txt_path}"); continue
        raw = txt_path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
            infos.append(f"{tag}: text is not UTF-8 (decoded as GB18030)")
        ntext = textnorm(text)
        # report
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                errors.append(f"{tag}: report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{tag}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            errors.append(f"{tag}: report.date {rep.get('date')!r}")
        if rep.get("date") is None:
            infos.append(f"{tag}: report.date is null")
        if rep.get("title") is None:
            infos.append(f"{tag}: report.title is null")
        elif textnorm(rep["title"]) not in ntext:
            errors.append(f"{tag}: report.title not in text")
        org_forms = {scorenorm(a) for o in g.get("organizations", []) for a in [o["name"], *o.get("aliases", [])]}
        if rep.get("publisher") and scorenorm(rep["publisher"]) not in org_forms:
            errors.append(f"{tag}: publisher {rep['publisher']} is not among the organizations")
        # entities
        for kind, allowed in TYPES.items():
            items = g.get(kind)
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list"); continue
            seen = {}
            for e in items:
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind}: bad name {name!r}"); continue
                keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != keys:
                    errors.append(f"{tag}: {kind}: {name}: keys {sorted(e)}")
                al = e.get("aliases")
                if not isinstance(al, list) or not all(isinstance(a, str) and a for a in al):
                    errors.append(f"{tag}: {kind}: {name}: aliases must be a list of strings"); al = []
                if name in al:
                    errors.append(f"{tag}: {kind}: {name}: alias equals name")
                if e.get("type") not in allowed:
                    errors.append(f"{tag}: {kind}: {name}: type {e.get('type')!r}")
                if kind == "regulations":
                    dn = e.get("doc_number")
                    if dn is not None and not (re.fullmatch(r"\S+〔\d{4}〕\d+号", dn) or re.fullmatch(r"\S*令第\d+号", dn)):
                        errors.append(f"{tag}: {name}: doc_number not normalised: {dn!r}")
                    if e.get("relation") not in RELATIONS:
                        errors.append(f"{tag}: {name}: relation {e.get('relation')!r}")
                    iss = e.get("issuer")
                    if iss is not None:
                        for part in iss.split():
                            if scorenorm(part) not in org_forms:
                                warns.append(f"{tag}: {name}: issuer part {part} not among the organizations")
                for form in [name, *al]:
                    k = scorenorm(form)
                    if k in seen and seen[k] != name:
                        errors.append(f"{tag}: {kind}: {form!r} used by both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                present = [f for f in [name, *al] if textnorm(f) in ntext]
                if not present:
                    errors.append(f"{tag}: {kind}: neither {name!r} nor an alias occurs in the text")
                elif textnorm(name) not in ntext:
                    infos.append(f"{tag}: {kind}: resolved canonical name not in text: {name} (via {present[0]})")
                for a in al:
                    if textnorm(a) not in ntext:
                        warns.append(f"{tag}: {kind}: {name}: alias {a!r} does not occur in the text")
                canon_types.setdefault((kind, scorenorm(name)), {}).setdefault(e.get("type"), []).append(gf.stem)
    for (kind, name), types in canon_types.items():
        if len(types) > 1:
            warns.append(f"cross-doc: {kind} {name} typed differently: {types}")
    for lvl, msgs in (("INFO", infos), ("WARN", warns), ("ERROR", errors)):
        for m in msgs:
            print(f"{lvl}\t{m}")
    print(f"{len(files)} gold files: {len(errors)} errors, {len(warns)} warnings, {len(infos)} info")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
