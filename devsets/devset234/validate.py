#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [-q] [DEVSET_DIR]   (default: the directory of this script; -q hides INFO lines)

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<file>.txt whose stem equals the gold file stem;
  * report has title, publisher, region, year (int), date (YYYY-MM-DD or null); publisher,
    region and year are filled, and the publisher is one of the gold organizations (name or alias);
  * every entity has the fields of its kind with valid values (types and relations of
    ANNOTATION.md sections 1-3; doc_number normalised as 机关代字〔年份〕序号号);
  * every entity's name or at least one alias occurs in the text after removing 《》〈〉<> and
    whitespace (an entity whose canonical name does not occur - because the jurisdiction was
    resolved or the official title was restored - is listed as INFO when an alias occurs);
    aliases that do not occur are listed as WARN;
  * no two entities of one kind share a normalised name/alias (scorer normalisation);
  * issuers name gold organizations (WARN otherwise);
  * text length 1,500-5,000 characters (WARN otherwise).
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
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(19|20)\d\d-\d\d-\d\d$")

# scorer normalisation (score.py, ANNOTATION.md section 6)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip(text):
    """The check asked for: remove title marks and whitespace only."""
    return re.sub(r"[《》〈〉<>\s\u3000]", "", text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace"), "utf-8?"


def main():
    args = [a for a in sys.argv[1:] if a != "-q"]
    quiet = "-q" in sys.argv[1:]
    base = Path(args[0]) if args else Path(__file__).resolve().parent
    gold_dir, docs_dir = base / "gold", base / "docs"
    errors = warns = infos = 0
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        print("no gold files"); return 1

    def out(level, gf, msg):
        nonlocal errors, warns, infos
        if level == "ERROR": errors += 1
        elif level == "WARN": warns += 1
        else: infos += 1
        if level != "INFO" or not quiet:
            print(f"{level:5} {gf.stem}: {msg}")

    for gf in files:
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            out("ERROR", gf, f"JSON does not load: {exc}"); continue
        if set(g) != TOP_KEYS:
            out("ERROR", gf, f"top-level keys {sorted(g)}")
        doc = g.get("doc", "")
        if doc != gf.stem + ".txt":
            out("ERROR", gf, f"doc {doc!r} does not match file name")
        tp = docs_dir / doc
        if not tp.exists():
            out("ERROR", gf, f"text {tp} missing"); continue
        text, enc = read_text(tp)
        if enc != "utf-8":
            out("INFO", gf, f"text encoding {enc}")
        n = len(text)
        if not 1500 <= n <= 5000:
            out("WARN", gf, f"text length {n}")
        st, nt = strip(text), norm(text)

        rep = g.get("report")
        if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
            out("ERROR", gf, f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
            rep = rep if isinstance(rep, dict) else {}
        for f in ("publisher", "region", "year"):
            if rep.get(f) in (None, ""):
                out("ERROR", gf, f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2010 <= rep.get("year", 0) <= 2030:
            out("ERROR", gf, f"report.year {rep.get('year')!r} not a plausible int")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            out("ERROR", gf, f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep.get("title") is not None and strip(rep["title"]) not in st:
            out("ERROR", gf, f"report.title does not occur in text")
        for f in ("title", "date"):
            if rep.get(f) is None:
                out("INFO", gf, f"report.{f} is null")

        org_forms = set()
        for o in g.get("organizations", []):
            for a in [o.get("name"), *o.get("aliases", [])]:
                org_forms.add(norm(a))
        if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            out("ERROR", gf, "publisher is not a gold organization")

        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEASURE_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                out("ERROR", gf, f"{kind} is not a list"); continue
            seen = {}
            for e in items:
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != need:
                    out("ERROR", gf, f"{kind}: bad fields {e}"); continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    out("ERROR", gf, f"{kind}: empty name"); continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    out("ERROR", gf, f"{kind}: {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    out("ERROR", gf, f"{kind}: {name}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        out("ERROR", gf, f"{name}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None and not DOCNUM.match(dn):
                        out("ERROR", gf, f"{name}: doc_number {dn!r} not normalised")
                    if dn is not None and norm(dn) not in nt:
                        out("WARN", gf, f"{name}: doc_number {dn!r} not literally in text (repaired?)")
                    iss = e["issuer"]
                    if iss is not None:
                        for part in str(iss).split():
                            if norm(part) not in org_forms:
                                out("WARN", gf, f"{name}: issuer part {part!r} is not a gold organization")
                forms = [name, *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        out("ERROR", gf, f"{kind}: {f!r} belongs to both {seen[k]!r} and {name!r}")
                    seen[k] = name
                occ = [f for f in forms if strip(f) in st]
                if not occ:
                    loose = [f for f in forms if norm(f) in nt]
                    if loose:
                        out("WARN", gf, f"{kind}: {name}: occurs only after full normalisation ({loose[0]!r})")
                    else:
                        out("ERROR", gf, f"{kind}: {name}: neither name nor any alias occurs in the text")
                    continue
                if strip(name) not in st:
                    out("INFO", gf, f"{kind}: canonical {name!r} resolved (occurs as {occ[0]!r})")
                for a in e["aliases"]:
                    if strip(a) not in st and norm(a) not in nt:
                        out("WARN", gf, f"{kind}: {name}: alias {a!r} does not occur")
    print(f"\n{len(files)} gold files: {errors} errors, {warns} warnings, {infos} info")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
