#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [-v]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` is the file name of an existing docs/*.txt and matches the gold file name;
  * report fields: title (str|null), publisher, region (non-empty str), year (int 2000-2030),
    date (YYYY-MM-DD|null); the publisher is the canonical name of one of the gold organizations;
    a non-null title occurs in the text;
  * every entity: name (non-empty str), aliases (list of str), type in the allowed set;
    regulations also doc_number (null or 机关代字〔YYYY〕N号), issuer (str|null), relation in the allowed set;
  * no two entities of one kind share a normalised name/alias (score.py would merge them);
  * occurrence: the name or at least one alias, after removing 《》 and whitespace, occurs in the
    text (whitespace removed). Names that do not occur but have an occurring alias are fine
    (resolved canonical names); they are listed with -v. Aliases that occur nowhere are listed as
    notes (accepted alternative forms), entities with no occurring form at all are ERRORS.
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
TOP = {"doc", "report", "regulations", "organizations", "measures"}
REPORT = {"title", "publisher", "region", "year", "date"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")

# the scorer's normalisation (score.py / ANNOTATION.md section 6)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strict(text):
    """The check asked for: remove 《》 and whitespace."""
    return re.sub(r"[《》\s\u3000]", "", text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def main():
    verbose = "-v" in sys.argv
    errors, notes = [], []
    gold_files = sorted((ROOT / "gold").glob("*.json"))
    if not gold_files:
        sys.exit("no gold files")
    totals = {"regulations": 0, "organizations": 0, "measures": 0}
    for gf in gold_files:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")

        def note(msg):
            notes.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != TOP:
            err(f"top-level keys {sorted(g)}")
            continue
        doc = g["doc"]
        if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
            err(f"doc field {doc!r} does not match the gold file name")
        txt_path = ROOT / "docs" / str(doc)
        if not txt_path.exists():
            err(f"text {txt_path} missing")
            continue
        text = read_text(txt_path)
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500-5000")
        s_text = strict(text)
        l_text = norm(text)
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != REPORT:
            err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        else:
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f].strip():
                    err(f"report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
                err(f"report.year {rep['year']!r}")
            if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
                err(f"report.date {rep['date']!r}")
            if rep["title"] is not None:
                if not isinstance(rep["title"], str) or strict(rep["title"]) not in s_text:
                    err(f"report.title {rep['title']!r} not in text")
            org_names = {o.get("name") for o in g.get("organizations", []) if isinstance(o, dict)}
            if rep["publisher"] not in org_names:
                err(f"publisher {rep['publisher']!r} is not the canonical name of a gold organization")
        for kind in ("regulations", "organizations", "measures"):
            items = g[kind]
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            totals[kind] += len(items)
            seen = {}
            for e in items:
                if not isinstance(e, dict):
                    err(f"{kind}: entry {e!r} is not an object")
                    continue
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    err(f"{kind}: {e.get('name')!r} keys {sorted(e)}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in TYPES[kind]:
                    err(f"{kind}: {name}: type {e['type']!r}")
                if kind == "regulations":
                    dn = e["doc_number"]
                    if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                        err(f"{name}: doc_number {dn!r} not normalised")
                    if dn is not None and strict(dn) not in s_text:
                        # normalised form need not be literal; check loosely (digits + year)
                        year = re.search(r"〔(\d{4})〕(\d+)号", dn)
                        if not year or (year.group(1) not in text):
                            note(f"{name}: doc_number {dn} not found even loosely")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{name}: issuer {e['issuer']!r}")
                    if e["relation"] not in RELATIONS:
                        err(f"{name}: relation {e['relation']!r}")
                forms = [name, *e["aliases"]]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {f!r} of {name!r} collides with {seen[k]!r}")
                    seen.setdefault(k, name)
                hits = [f for f in forms if strict(f) in s_text]
                if not hits:
                    loose = [f for f in forms if norm(f) in l_text]
                    if loose:
                        err(f"{kind}: {name!r} occurs only after full normalisation ({loose[0]!r}); add the form as written")
                    else:
                        err(f"{kind}: neither {name!r} nor its aliases occur in the text")
                    continue
                if strict(name) not in s_text and verbose:
                    note(f"{kind}: canonical {name!r} resolved (occurs as {hits[0]!r})")
                for a in e["aliases"]:
                    if strict(a) not in s_text and norm(a) not in l_text:
                        note(f"{kind}: alias {a!r} of {name!r} not in text (accepted alternative form)")
    for m in notes:
        print("note:", m)
    for m in errors:
        print("ERROR:", m)
    print(f"{len(gold_files)} gold files, {totals['regulations']} regulations, "
          f"{totals['organizations']} organizations, {totals['measures']} measures; "
          f"{len(errors)} errors, {len(notes)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
