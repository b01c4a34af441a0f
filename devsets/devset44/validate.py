#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]        (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing file in docs/ and matches the gold file name;
  * report has title/publisher/region/year/date; publisher, region, year are filled;
    year is an int in 2015..2025; date is YYYY-MM-DD or null; publisher is one of the
    gold organizations (by name or alias);
  * every entity has the right keys and value types; type / relation are from the allowed sets;
    doc_number is null or normalised to 机关代字〔年份〕序号号 (ASCII digits);
  * no two entities of one kind share a normalised name/alias (the scorer would merge them);
  * every entity's name or at least one alias occurs in the text. The text is read as UTF-8
    (or Big5 when it is not UTF-8), HTML entities are decoded, and text and names are
    normalised like score.py does (NFKC, whitespace/quotes/title marks dropped, brackets and
    dashes unified). Aliases that occur only once converter damage (⺠ for 民 …) is repaired, or
    (Big5 docs, if opencc is installed) only in traditional form, are accepted forms. Entities found only after removing PDF page footers (— 3 —) are reported
    as "lenient" (not an error). Canonical names that do not occur but have an alias that does
    are listed as "resolved" (fine). Aliases that do not occur are warnings.
  * document length 1,500–5,000 characters.
Exit status 1 if any ERROR.
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
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}
KEYS = {"regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
        "organizations": {"name", "aliases", "type"},
        "measures": {"name", "aliases", "type"}}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
# glyphs that PDF converters put in place of ordinary characters and that NFKC leaves alone
RADICALS = {"⺠": "民", "⻓": "长", "⻔": "门", "⻛": "风", "⻜": "飞", "⻢": "马", "⻅": "见", "⻝": "食", "⻆": "角", "⻋": "车"}
try:  # optional: lets simplified aliases count as accepted forms of a Big5 (traditional) text
    import opencc
    _S2T = opencc.OpenCC("s2tw").convert
except Exception:  # noqa: BLE001
    _S2T = None
FOOTER = re.compile(r"\n\s*[—\-－]\s*\d+\s*[—\-－]\s*\n")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    try:
        text, enc = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, enc = raw.decode("big5"), "big5"
    return html.unescape(text), enc


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, warnings, infos = [], [], []
    gold_files = sorted((root / "gold").glob("*.json"))
    if not gold_files:
        sys.exit(f"no gold files in {root / 'gold'}")
    docs = {p.name for p in (root / "docs").glob("*.txt")}
    counts = {k: 0 for k in KINDS}
    for gf in gold_files:
        tag = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", *KINDS, "report"}:
            errors.append(f"{tag}: top-level keys {sorted(g)}")
            continue
        doc = g["doc"]
        if doc not in docs:
            errors.append(f"{tag}: doc {doc!r} not in docs/")
            continue
        if doc[:-4] != gf.stem:
            errors.append(f"{tag}: doc {doc!r} does not match file name")
        text, enc = read_text(root / "docs" / doc)
        nchar = len(text)
        if not 1500 <= nchar <= 5000:
            errors.append(f"{tag}: text has {nchar} characters (want 1500-5000)")
        ntext = norm(text)
        ntext_lenient = norm(FOOTER.sub("\n", text))
        ntext_repaired = norm("".join(RADICALS.get(c, c) for c in text))
        # report
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        else:
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f].strip():
                    errors.append(f"{tag}: report.{f} empty")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                errors.append(f"{tag}: report.year {rep['year']!r}")
            if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
                errors.append(f"{tag}: report.date {rep['date']!r}")
            if rep["title"] is not None and not isinstance(rep["title"], str):
                errors.append(f"{tag}: report.title {rep['title']!r}")
            if rep["title"] is None:
                warnings.append(f"{tag}: report.title is null")
            orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
            if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in orgnames:
                errors.append(f"{tag}: publisher {rep['publisher']!r} is not among the organizations")
        # entities
        for kind in KINDS:
            items = g[kind]
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} is not a list")
                continue
            counts[kind] += len(items)
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != KEYS[kind]:
                    errors.append(f"{tag}: {kind} entry with keys {sorted(e) if isinstance(e, dict) else e}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{tag}: {kind} entry with empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {name}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in TYPES[kind]:
                    errors.append(f"{tag}: {kind} {name}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {name}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                        errors.append(f"{tag}: {name}: doc_number {dn!r} not normalised")
                    elif dn is not None and re.search(r"[０-９\[\]【】()（）]", dn):
                        errors.append(f"{tag}: {name}: doc_number {dn!r} not normalised")
                    if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"].strip()):
                        errors.append(f"{tag}: {name}: issuer {e['issuer']!r}")
                # duplicates
                for a in [name, *e["aliases"]]:
                    key = norm(a)
                    if key in seen and seen[key] != name:
                        errors.append(f"{tag}: {kind}: {a!r} is both in {seen[key]!r} and {name!r}")
                    seen.setdefault(key, name)
                # occurrence
                forms = [name, *e["aliases"]]
                hits = [f for f in forms if norm(f) in ntext]
                if not hits:
                    lenient = [f for f in forms if norm(f) in ntext_lenient]
                    if lenient:
                        infos.append(f"{tag}: {kind} {name!r}: lenient (found after removing page footers)")
                    else:
                        errors.append(f"{tag}: {kind} {name!r}: neither name nor any alias occurs in the text")
                    continue
                if name not in hits:
                    infos.append(f"{tag}: {kind} {name!r}: resolved canonical name, occurs as {hits[0]!r}")
                for a in e["aliases"]:
                    if norm(a) not in ntext and norm(a) not in ntext_lenient:
                        if norm(a) in ntext_repaired:
                            infos.append(f"{tag}: {kind} {name!r}: alias {a!r} occurs once converter damage is repaired (accepted form)")
                            continue
                        if enc == "big5" and _S2T and norm(_S2T(a)) in ntext:
                            infos.append(f"{tag}: {kind} {name!r}: alias {a!r} is the simplified form of a traditional form in the text (accepted form)")
                            continue
                        warnings.append(f"{tag}: {kind} {name!r}: alias {a!r} does not occur")
        infos.append(f"{tag}: {enc}, {nchar} chars, "
                     + ", ".join(f"{len(g[k])} {k}" for k in KINDS))
    for line in infos:
        print("info   ", line)
    for line in warnings:
        print("WARNING", line)
    for line in errors:
        print("ERROR  ", line)
    print(f"{len(gold_files)} gold files, " + ", ".join(f"{n} {k}" for k, n in counts.items())
          + f"; {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
