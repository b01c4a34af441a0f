#!/usr/bin/env python3
"""Validate the gold files of this devset.

usage: python3 validate.py [-v] [DEVSET_DIR]   (-v: also list resolved names and notes)

Checks, for every gold/*.json:
  * JSON loads; top-level keys doc, report, regulations, organizations, measures; `doc` names an
    existing docs/<file>.txt whose stem equals the gold file's stem;
  * report: title/publisher/region are strings (title may be null), year an int in 2015..2025,
    date YYYY-MM-DD; publisher is the name or an alias of one of the gold organizations;
  * every entity: name (non-empty str), aliases (list of distinct non-empty str), type from
    ANNOTATION.md; regulations also doc_number (null or 机关代字〔年份〕序号号), issuer (null or str),
    relation (issues|implements|studies|mentions);
  * no two entities of one kind share a normalised name/alias (one thing, one node);
  * the name or at least one alias occurs in the document text. The text is decoded (UTF-16 BOM,
    UTF-8, else the better of GB18030/Big5), HTML entities are resolved, and text and names are
    compared after the scorer's normalisation (NFKC, quotes/title marks/whitespace removed,
    brackets and dashes unified). Names that occur only through an alias are listed as info
    (canonical names resolved from context); entities where nothing occurs are errors.
Exit status 1 if any error.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^[\u4e00-\u9fff]+〔(19|20)\d\d〕\d+号$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    """Same normalisation as score.py."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def decode(raw):
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16"), "utf-16"
    if raw[:3] == b"\xef\xbb\xbf":
        return raw[3:].decode("utf-8"), "utf-8-sig"
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
        score = sum(text.count(c) for c in "法治政府建设的了和在县市區縣")
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is None:
        raise ValueError("cannot decode")
    return best[1], best[2]


def check(devset):
    errors, infos = [], []
    golds = sorted((devset / "gold").glob("*.json"))
    if not golds:
        errors.append("no gold files")
    for gf in golds:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{where}: JSON does not load: {exc}")
            continue
        if set(g) != KEYS:
            errors.append(f"{where}: keys {sorted(g)} != {sorted(KEYS)}")
            continue
        doc = devset / "docs" / str(g["doc"])
        if Path(g["doc"]).stem != gf.stem or not doc.exists():
            errors.append(f"{where}: doc {g['doc']!r} missing or not matching")
            continue
        text, enc = decode(doc.read_bytes())
        text = html.unescape(text)
        ntext = norm(text)
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys wrong")
        else:
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    errors.append(f"{where}: report.{f} empty")
            if rep["title"] is not None and not isinstance(rep["title"], str):
                errors.append(f"{where}: report.title not str/null")
            if rep["title"] is None:
                infos.append(f"{where}: report.title is null")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                errors.append(f"{where}: report.year {rep['year']!r}")
            if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
                errors.append(f"{where}: report.date {rep['date']!r}")
            if rep["date"] is None:
                infos.append(f"{where}: report.date is null")
            pubs = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
            if norm(rep["publisher"]) not in pubs:
                errors.append(f"{where}: publisher {rep['publisher']} not among organizations")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEAS_TYPES)):
            seen = {}
            if not isinstance(g[kind], list):
                errors.append(f"{where}: {kind} not a list")
                continue
            for e in g[kind]:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    errors.append(f"{where}: {kind} entity keys {sorted(e)}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    errors.append(f"{where}: {kind} empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    errors.append(f"{where}: {kind} {name}: aliases must be a list of non-empty strings")
                    continue
                if len(set(e["aliases"])) != len(e["aliases"]) or name in e["aliases"]:
                    errors.append(f"{where}: {kind} {name}: duplicate alias")
                if e["type"] not in types:
                    errors.append(f"{where}: {kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{where}: {name}: bad relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not DOCNUM.match(dn):
                        errors.append(f"{where}: {name}: doc_number {dn!r} not normalised")
                    if dn is not None and norm(dn) not in ntext:
                        infos.append(f"{where}: {name}: doc_number {dn} not verbatim in text (repaired?)")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        errors.append(f"{where}: {name}: issuer not str/null")
                for form in [name, *e["aliases"]]:
                    k = norm(form)
                    if k in seen and seen[k] != name:
                        errors.append(f"{where}: {kind}: {form!r} belongs to both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                occurs = [f for f in [name, *e["aliases"]] if norm(f) and norm(f) in ntext]
                if not occurs:
                    errors.append(f"{where}: {kind}: {name!r}: neither name nor any alias occurs in the text")
                elif name not in occurs:
                    infos.append(f"{where}: {kind}: {name!r} resolved; occurs as {occurs[0]!r}")
        infos.append(f"{where}: {enc}, {len(text)} chars, "
                     f"{len(g['regulations'])}/{len(g['organizations'])}/{len(g['measures'])} reg/org/meas")
    return errors, infos


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    devset = Path(args[0]) if args else Path(__file__).resolve().parent
    errors, infos = check(devset)
    verbose = "-v" in sys.argv
    for i in infos:
        if verbose or "chars," in i:
            print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
