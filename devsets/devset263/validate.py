#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR] [-v]   (-v also lists the INFO notes)

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file (decoded as UTF-8);
  * report has title/publisher/region/year/date with the right types; publisher, region and
    year are filled, date is YYYY-MM-DD (title/date may be null only when the text has none);
    the publisher is one of the gold organizations (by name or alias);
  * every entity has the required fields with valid types; regulation type/relation values are
    from ANNOTATION.md; doc_number is normalised to 机关代字〔年份〕序号号;
  * every gold name or one of its aliases occurs in the text after removing 《》〈〉<> and
    whitespace (so PDF line breaks do not matter); canonical names that do not occur are
    listed as INFO (fine while an alias occurs); every alias must occur (ERROR otherwise);
  * no two entities of one kind in one document share a normalised name/alias (the scorer
    would then credit only one of them);
  * each issuer component is a gold organization of the same document (by name or alias).
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
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DOCNUM = re.compile(r"^[^〔〕\[\]()（）【】]+〔(19|20)\d\d〕\d+号$")

# scorer normalisation (score.py, section 6 of ANNOTATION.md)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def squash(text):
    """Text form used for the occurrence check: no title marks, no whitespace."""
    return re.sub(r"[《》〈〉<>\s\u3000]", "", text)


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv[1:]
    root = Path(args[0]) if args else Path(__file__).resolve().parent
    errors, infos = [], []
    gold_files = sorted((root / "gold").glob("*.json"))
    if not gold_files:
        sys.exit("no gold files")
    for gf in gold_files:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")

        def info(msg):
            infos.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != KEYS:
            err(f"top-level keys {sorted(g)}")
        doc = g.get("doc")
        if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
            err(f"doc field {doc!r} does not match file name")
            continue
        tp = root / "docs" / doc
        if not tp.exists():
            err(f"text {tp} missing")
            continue
        raw = tp.read_text(encoding="utf-8")
        text = squash(raw)
        n = len(re.sub(r"\s", "", raw))
        if not 1500 <= n <= 5000:
            info(f"length {n} characters (non-space) outside 1500-5000")
        rep = g.get("report") or {}
        if set(rep) != REPORT_KEYS:
            err(f"report keys {sorted(rep)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", str(rep["date"])):
            err(f"report.date {rep.get('date')!r}")
        if rep.get("date") is None:
            info("report.date is null")
        if rep.get("title") is None:
            info("report.title is null")
        elif squash(rep["title"]) not in text:
            err(f"report.title does not occur in text: {rep['title']}")
        org_forms = {}
        for o in g.get("organizations", []):
            for a in [o.get("name"), *o.get("aliases", [])]:
                org_forms.setdefault(norm(a), o.get("name"))
        if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            err(f"publisher {rep['publisher']} is not a gold organization")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEASURE_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            seen = {}
            for e in items:
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: entity without name: {e}")
                    continue
                aliases = e.get("aliases")
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                    err(f"{kind}: {name}: aliases must be a list of strings")
                    aliases = []
                if e.get("type") not in types:
                    err(f"{kind}: {name}: bad type {e.get('type')!r}")
                expected = {"name", "aliases", "type"}
                if kind == "regulations":
                    expected |= {"doc_number", "issuer", "relation"}
                    if e.get("relation") not in RELATIONS:
                        err(f"{kind}: {name}: bad relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not DOCNUM.match(dn):
                        err(f"{kind}: {name}: doc_number not normalised: {dn}")
                    if dn is not None and squash(dn) not in text:
                        # the number may be written with other brackets or split; compare loosely
                        loose = re.sub(r"[〔〕\[\]()（）【】﹝﹞]", "", dn)
                        if loose not in re.sub(r"[〔〕\[\]()（）【】﹝﹞]", "", text):
                            info(f"{kind}: {name}: doc_number {dn} not literally in text (repaired?)")
                    iss = e.get("issuer")
                    if iss is not None:
                        for part in str(iss).split():
                            if norm(part) not in org_forms:
                                err(f"{kind}: {name}: issuer part {part} is not a gold organization")
                if set(e) != expected:
                    err(f"{kind}: {name}: fields {sorted(e)}")
                forms = [name, *aliases]
                occurring = [f for f in forms if squash(f) in text]
                if not occurring:
                    err(f"{kind}: {name}: neither name nor any alias occurs in text")
                elif squash(name) not in text and norm(name) not in norm(raw):
                    info(f"{kind}: {name}: canonical name not in text (resolved); alias found: {occurring[0]}")
                for a in aliases:
                    if squash(a) not in text:
                        err(f"{kind}: {name}: alias {a!r} does not occur in text")
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {f!r} of {name} collides with {seen[k]}")
                    seen.setdefault(k, name)
    if verbose:
        for line in infos:
            print("INFO ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(gold_files)} gold files, {len(errors)} errors, {len(infos)} notes"
          + ("" if verbose else " (run with -v to list the notes)"))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
