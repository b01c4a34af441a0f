#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [OUTDIR]     (default: the directory of this script)

Checks, per gold/NNN_x.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing docs/ file whose stem equals the gold file's stem;
  * report{title,publisher,region,year,date}: publisher/region/year filled, year an int in
    2015..2025, date null or YYYY-MM-DD, publisher one of the gold organizations (name or alias);
  * every entity has the fields of its kind with valid types: regulation type, relation,
    doc_number (str or null, normalised form 代字〔年份〕序号号 unless it is a 令/公告 number),
    issuer (str or null); organization / measure types from ANNOTATION.md; aliases a list of str;
  * every entity's name or at least one alias occurs in the text after removing 《》〈〉 and
    whitespace from both (canonical names that are resolved and do not occur are fine as long
    as an alias occurs); every alias that does not occur is reported (aliases are forms "as written");
  * no normalised name/alias is claimed by two entities of the same kind (scorer ambiguity);
  * coverage hints: every 《…》 title in the text should match a regulation name/alias, every
    “…” quoted term should be contained in some entity name/alias (reported as WARN).
Documents are read as UTF-8, falling back to GB18030 (one document is deliberately GBK).
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
TOP = ["doc", "report", "regulations", "organizations", "measures"]
REPORT = ["title", "publisher", "region", "year", "date"]

# scorer-style normalisation (score.py norm), used for ambiguity checks and coverage hints
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip_marks(text):
    """The check the brief asks for: remove 《》(and 〈〉) and whitespace."""
    return re.sub(r"[《》〈〉\s\u3000]", "", text)


def read_doc(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def check(gold_path, docs_dir, errors, warns):
    def err(msg):
        errors.append(f"{gold_path.name}: {msg}")

    def warn(msg):
        warns.append(f"{gold_path.name}: {msg}")

    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return
    if list(g.keys()) != TOP:
        err(f"top-level keys {list(g.keys())} != {TOP}")
    doc = g.get("doc")
    if not isinstance(doc, str) or Path(doc).stem != gold_path.stem:
        err(f"doc field {doc!r} does not match file stem {gold_path.stem}")
        return
    dpath = docs_dir / doc
    if not dpath.exists():
        err(f"text file {dpath} missing")
        return
    text, enc = read_doc(dpath)
    n_chars = len(text)
    if not 1500 <= n_chars <= 5000:
        warn(f"text length {n_chars} outside 1500-5000")
    flat = strip_marks(unicodedata.normalize("NFC", text))
    flat_norm = norm(text)

    rep = g.get("report")
    if not isinstance(rep, dict) or list(rep.keys()) != REPORT:
        err(f"report keys {list(rep.keys()) if isinstance(rep, dict) else rep} != {REPORT}")
        rep = rep if isinstance(rep, dict) else {}
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            err(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        err(f"report.year {rep.get('year')!r} not an int in 2015..2025")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
        err(f"report.date {rep.get('date')!r} not YYYY-MM-DD")
    if rep.get("date") is None:
        warn("report.date is null")
    if rep.get("title") is not None:
        if strip_marks(rep["title"]) not in flat:
            err(f"report.title {rep['title']!r} not in text")
    else:
        warn("report.title is null")

    kinds = {
        "regulations": (REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
        "organizations": (ORG_TYPES, ("name", "aliases", "type")),
        "measures": (MEAS_TYPES, ("name", "aliases", "type")),
    }
    all_forms = []
    for kind, (types, fields) in kinds.items():
        items = g.get(kind)
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or list(e.keys()) != list(fields):
                err(f"{kind}: bad fields {list(e.keys()) if isinstance(e, dict) else e!r}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                err(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                err(f"{kind}/{name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                err(f"{kind}/{name}: type {e['type']!r} invalid")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{kind}/{name}: relation {e['relation']!r} invalid")
                dn = e["doc_number"]
                if dn is not None:
                    if not isinstance(dn, str):
                        err(f"{kind}/{name}: doc_number not str/null")
                    elif not re.fullmatch(r"[^\s〔〕]+〔(19|20)\d\d〕\d+号", dn) and not re.search(r"(令|公告).*第\d+号", dn):
                        err(f"{kind}/{name}: doc_number {dn!r} not normalised")
                    elif norm(dn) not in flat_norm and strip_marks(dn) not in flat:
                        warn(f"{kind}/{name}: doc_number {dn!r} not literally in text (repaired?)")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    err(f"{kind}/{name}: issuer not str/null")
            forms = [name, *e["aliases"]]
            found = [f for f in forms if strip_marks(f) in flat]
            if not found:
                loose = [f for f in forms if norm(f) in flat_norm]
                if loose:
                    warn(f"{kind}/{name}: occurs only after scorer normalisation ({loose[0]!r})")
                else:
                    err(f"{kind}/{name}: neither name nor any alias occurs in the text")
            for a in e["aliases"]:
                if strip_marks(a) not in flat and norm(a) not in flat_norm:
                    err(f"{kind}/{name}: alias {a!r} does not occur in the text")
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    err(f"{kind}: form {f!r} claimed by both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
                all_forms.append((kind, k))
    pubs = {norm(f) for o in g.get("organizations", []) if isinstance(o, dict)
            for f in [o.get("name", ""), *o.get("aliases", [])]}
    if rep.get("publisher") and norm(rep["publisher"]) not in pubs:
        err(f"publisher {rep['publisher']!r} is not a gold organization")

    # coverage hints
    reg_forms = {k for kind, k in all_forms if kind == "regulations"}
    for t in re.findall(r"《([^《》]{2,120})》", text):
        if norm(t) not in reg_forms:
            warn(f"title 《{t}》 in text has no regulation entry")
    every = [k for _, k in all_forms]
    for q in re.findall(r"“([^“”]{1,40})”", text):
        nq = norm(q)
        if not any(nq in k for k in every):
            warn(f"quoted term “{q}” not inside any gold name/alias")
    return n_chars, enc, {k: len(g.get(k, [])) for k in kinds}


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, warns = [], []
    golds = sorted((out / "gold").glob("*.json"))
    docs = sorted((out / "docs").glob("*.txt"))
    if {p.stem for p in golds} != {p.stem for p in docs}:
        errors.append(f"docs/gold mismatch: {sorted({p.stem for p in golds} ^ {p.stem for p in docs})}")
    for gp in golds:
        res = check(gp, out / "docs", errors, warns)
        if res:
            n, enc, counts = res
            print(f"{gp.stem:<28} {n:>5} chars {enc:<8} regs={counts['regulations']:<3} "
                  f"orgs={counts['organizations']:<3} measures={counts['measures']}")
    for w in warns:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(warns)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
