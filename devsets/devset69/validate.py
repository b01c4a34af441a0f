#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing file in docs/ and matches the gold file name;
  * report: title/publisher/region/year/date present with the right types; publisher,
    region and year filled; date is YYYY-MM-DD or null; publisher is one of the gold
    organizations (name or alias);
  * every entity has the fields of its kind with valid values (type / relation enums,
    doc_number format, issuer a string or null); no two entities of a kind share a
    name or alias after normalisation;
  * every entity's name or one of its aliases occurs in the text. Text and names are
    compared after NFKC, removal of whitespace, of quotation and title marks, and of
    PDF page-number lines (e.g. "— 2 —", "- 5 -"), with brackets unified (as score.py does).
    Entities whose canonical name does not occur but an alias does are listed as
    "resolved" (fine); entities with no occurring form are errors.
  * doc_numbers that do not occur in the text (after the same normalisation) are warned
    about; issuer parts that are not gold organizations are warned about.
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

KINDS = ("regulations", "organizations", "measures")
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^(\S+〔(19|20)\d\d〕\d+号|\S*令第\d+号)$")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
PAGE = re.compile(r"^\s*[-—－–]\s*\d+\s*[-—－–]\s*$")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def norm_doc(raw):
    lines = [l for l in raw.splitlines() if not PAGE.match(l)]
    return norm("".join(lines))


def check(gold_path, docs_dir, errors, warnings, infos):
    name = gold_path.name
    def err(msg): errors.append(f"{name}: {msg}")
    def warn(msg): warnings.append(f"{name}: {msg}")
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:
        err(f"JSON does not load: {exc}"); return
    if set(g) != {"doc", "report", *KINDS}:
        err(f"top-level keys {sorted(g)}")
        return
    if g["doc"] != gold_path.stem + ".txt":
        err(f"doc {g['doc']!r} does not match file name")
    txt = docs_dir / g["doc"]
    if not txt.exists():
        err(f"document {txt} missing"); return
    text = norm_doc(txt.read_text(encoding="utf-8"))
    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f].strip():
                err(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2026:
            err(f"report.year {rep['year']!r}")
        if rep["date"] is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", str(rep["date"])):
            err(f"report.date {rep['date']!r}")
        if rep["date"] is None:
            infos.append(f"{name}: report.date is null (no date in the text)")
        if rep["title"] is not None and not isinstance(rep["title"], str):
            err("report.title not a string")
        if rep["title"] is None:
            infos.append(f"{name}: report.title is null")
        elif norm(rep["title"]) not in text:
            warn(f"report.title does not occur in text")
        orgforms = {norm(f) for o in g["organizations"] for f in [o["name"], *o.get("aliases", [])]}
        if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in orgforms:
            err(f"publisher {rep['publisher']!r} is not a gold organization")
    orgcanon = {norm(f): o["name"] for o in g["organizations"] for f in [o["name"], *o.get("aliases", [])]}
    for kind in KINDS:
        items = g[kind]
        if not isinstance(items, list):
            err(f"{kind} is not a list"); continue
        seen = {}
        need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
        types = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}[kind]
        for e in items:
            if not isinstance(e, dict) or set(e) != need:
                err(f"{kind}: bad keys in {e!r}"); continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                err(f"{kind}: empty name"); continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                err(f"{kind}: {e['name']}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                err(f"{kind}: {e['name']}: type {e['type']!r}")
            for form in [e["name"], *e["aliases"]]:
                k = norm(form)
                if k in seen and seen[k] != e["name"]:
                    err(f"{kind}: form {form!r} of {e['name']!r} also belongs to {seen[k]!r}")
                seen.setdefault(k, e["name"])
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"regulation {e['name']}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None:
                    if not isinstance(dn, str) or not DOCNO.match(dn):
                        err(f"regulation {e['name']}: doc_number {dn!r} not normalised")
                    elif norm(dn) not in text:
                        warn(f"regulation {e['name']}: doc_number {dn} not verbatim in text")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str) or not iss.strip():
                        err(f"regulation {e['name']}: issuer {iss!r}")
                    else:
                        for part in iss.split():
                            if norm(part) not in orgcanon:
                                warn(f"regulation {e['name']}: issuer part {part!r} is not a gold organization")
                            elif orgcanon[norm(part)] != part:
                                err(f"regulation {e['name']}: issuer part {part!r} is not the canonical name {orgcanon[norm(part)]!r}")
            forms = [e["name"], *e["aliases"]]
            present = [f for f in forms if norm(f) in text]
            if not present:
                err(f"{kind}: {e['name']!r}: neither the name nor an alias occurs in the text")
            elif norm(e["name"]) not in text:
                infos.append(f"{name}: {kind}: resolved {e['name']!r} (text has {present[0]!r})")
            for a in e["aliases"]:
                if norm(a) not in text:
                    infos.append(f"{name}: {kind}: extra accepted form {a!r} of {e['name']!r} not in text")


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_dir, docs_dir = base / "gold", base / "docs"
    errors, warnings, infos = [], [], []
    golds = sorted(gold_dir.glob("*.json"))
    docs = sorted(docs_dir.glob("*.txt"))
    if {p.stem for p in golds} != {p.stem for p in docs}:
        errors.append(f"docs and gold do not pair up: {sorted({p.stem for p in golds} ^ {p.stem for p in docs})}")
    for d in docs:
        n = len(d.read_text(encoding="utf-8"))
        if not 1500 <= n <= 5000:
            errors.append(f"{d.name}: {n} characters, outside 1500-5000")
    for gp in golds:
        check(gp, docs_dir, errors, warnings, infos)
    for line in infos:
        print("INFO ", line)
    for line in warnings:
        print("WARN ", line)
    for line in errors:
        print("ERROR", line)
    counts = {k: 0 for k in KINDS}
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        for k in KINDS:
            counts[k] += len(g.get(k, []))
    print(f"{len(golds)} gold files; entities: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
