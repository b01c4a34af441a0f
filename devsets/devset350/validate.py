#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [-v] [DEVSET_DIR]   (default: the directory of this script; -v also prints INFO lines)

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc/report/regulations/organizations/measures;
    `doc` names an existing docs/<file>.txt whose stem equals the gold file's stem;
  * report: keys title/publisher/region/year/date; publisher, region, year filled;
    year an int in 2015..2025; date null or YYYY-MM-DD; publisher is a gold organization
    (name or alias); title, if given, occurs in the text;
  * every entity: non-empty name, aliases a list of strings, type from ANNOTATION.md;
    regulations: doc_number null or normalised `代字〔YYYY〕N号`, relation from the four values,
    issuer null or made of gold organization names;
  * the name or at least one alias of every entity occurs in the text (after the
    scorer's normalisation: NFKC, whitespace, quotes and title marks removed, brackets
    unified). Names resolved from context that do not occur are listed as INFO when an
    alias occurs; aliases that occur nowhere are listed as WARN;
  * no two entities of one kind share a normalised name/alias (the scorer would
    merge them);
  * text length 1500..5000 characters.
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

TOP = {"doc", "report", "regulations", "organizations", "measures"}
REPORT = {"title", "publisher", "region", "year", "date"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
REG_KEYS = {"name", "aliases", "type", "doc_number", "issuer", "relation"}
OTHER_KEYS = {"name", "aliases", "type"}
DOCNO = re.compile(r"^[^〔〕\[\]()（）【】]+〔(19|20)\d\d〕\d+号$")

# same normalisation as score.py
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("unknown", raw, 0, 1, "undecodable")


def check(gold_path, docs_dir, out):
    errs = 0

    def E(msg):
        nonlocal errs
        errs += 1
        out.append(f"ERROR {gold_path.name}: {msg}")

    def W(msg):
        out.append(f"WARN  {gold_path.name}: {msg}")

    def I(msg):
        out.append(f"INFO  {gold_path.name}: {msg}")

    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        E(f"JSON does not load: {exc}")
        return errs
    if not isinstance(g, dict) or set(g) != TOP:
        E(f"top-level keys {sorted(g) if isinstance(g, dict) else type(g)} != {sorted(TOP)}")
        return errs
    if g["doc"] != gold_path.stem + ".txt":
        E(f"doc {g['doc']!r} does not match file name")
    txt_path = docs_dir / g["doc"]
    if not txt_path.exists():
        E(f"text {txt_path} missing")
        return errs
    text = read_text(txt_path)
    ntext = norm(text)
    n = len(text)
    if not 1500 <= n <= 5000:
        E(f"text length {n} outside 1500..5000")

    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != REPORT:
        E(f"report keys {sorted(rep) if isinstance(rep, dict) else rep} != {sorted(REPORT)}")
        rep = {}
    for f in ("publisher", "region", "year"):
        if rep.get(f) in (None, ""):
            E(f"report.{f} empty")
    if rep.get("year") is not None and (not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025):
        E(f"report.year {rep['year']!r} not an int in 2015..2025")
    if rep.get("date") is not None and not re.fullmatch(r"20\d\d-[01]\d-[0-3]\d", str(rep["date"])):
        E(f"report.date {rep['date']!r} not YYYY-MM-DD")
    if rep.get("title") is not None and norm(rep["title"]) not in ntext:
        E(f"report.title not found in text: {rep['title']}")

    org_forms = {}
    for o in g.get("organizations", []):
        if isinstance(o, dict) and "name" in o:
            for a in [o["name"], *o.get("aliases", [])]:
                org_forms[norm(a)] = o["name"]
    if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
        E(f"report.publisher {rep['publisher']!r} is not a gold organization")

    for kind, types in TYPES.items():
        items = g[kind]
        if not isinstance(items, list):
            E(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            keys = REG_KEYS if kind == "regulations" else OTHER_KEYS
            if not isinstance(e, dict) or set(e) != keys:
                E(f"{kind}: bad keys {sorted(e) if isinstance(e, dict) else e}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                E(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                E(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                E(f"{kind}: {name}: type {e['type']!r} not allowed")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    E(f"{kind}: {name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None:
                    if not DOCNO.match(dn):
                        E(f"{kind}: {name}: doc_number {dn!r} not normalised")
                    else:
                        year, serial = re.search(r"〔(\d{4})〕(\d+)号", dn).groups()
                        if year not in text or serial not in text:
                            W(f"{kind}: {name}: doc_number parts {year}/{serial} not seen in text")
                iss = e["issuer"]
                if iss is not None:
                    for part in re.split(r"[ 、，]+", iss.strip()):
                        if norm(part) not in org_forms:
                            E(f"{kind}: {name}: issuer part {part!r} is not a gold organization")
            forms = [name, *e["aliases"]]
            found = [a for a in forms if norm(a) in ntext]
            if not found:
                E(f"{kind}: neither name nor any alias occurs in text: {name} {e['aliases']}")
            else:
                if norm(name) not in ntext:
                    I(f"{kind}: resolved name not in text (alias found: {found[0]}): {name}")
                for a in e["aliases"]:
                    if norm(a) not in ntext:
                        W(f"{kind}: {name}: alias {a!r} does not occur in text")
            for a in forms:
                k = norm(a)
                if k in seen and seen[k] != name:
                    E(f"{kind}: form {a!r} shared by {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            if len(set(map(norm, forms))) != len(forms):
                I(f"{kind}: {name}: aliases that normalise to the same string")
    return errs


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    base = Path(args[0]) if args else Path(__file__).resolve().parent
    gold_dir, docs_dir = base / "gold", base / "docs"
    golds = sorted(gold_dir.glob("*.json"))
    docs = sorted(docs_dir.glob("*.txt"))
    out, errs = [], 0
    if {p.stem for p in golds} != {p.stem for p in docs}:
        out.append(f"ERROR docs without gold or gold without doc: "
                   f"{sorted({p.stem for p in golds} ^ {p.stem for p in docs})}")
        errs += 1
    for gp in golds:
        errs += check(gp, docs_dir, out)
    verbose = "-v" in sys.argv
    for line in out:
        if verbose or not line.startswith("INFO"):
            print(line)
    print(f"{len(golds)} gold files, {errs} errors, "
          f"{sum(l.startswith('WARN') for l in out)} warnings, {sum(l.startswith('INFO') for l in out)} infos")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
