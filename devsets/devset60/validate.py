#!/usr/bin/env python3
"""Validate the gold files of this dev set (see /work/shared/ANNOTATION.md).

usage: python3 validate.py [-v]

Checks for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/ file (decoded as UTF-8, else Big5/GB18030);
  * report fields: title (str or null), publisher/region non-empty str, year int 2015-2025,
    date YYYY-MM-DD (or null); publisher is one of the gold organizations;
  * every entity has the right keys and a valid type (and relation / doc_number format for
    regulations); no duplicate canonical names or aliases shared by two entities of one kind;
  * every entity's name or one of its aliases occurs in the text after removing 《》〈〉<>
    quotation marks and whitespace (text also compared after HTML unescaping/tag stripping and NFKC).
Exit status 1 if any error. With -v it also lists canonical names that do not occur
literally (resolved names, matched through an alias) and aliases not found in the text.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
DROP = re.compile(r"[《》〈〉<>“”\"\s\u3000]")


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "big5", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace"), "utf-8?"


def variants(text):
    plain = re.sub(r"<[^<>\n]{0,200}?>", "", html.unescape(text)) if "&" in text or "</" in text else text
    out = set()
    for t in {text, html.unescape(text), plain}:
        for u in (t, unicodedata.normalize("NFKC", t)):
            out.add(DROP.sub("", u))
    return out


def occurs(name, texts):
    keys = {DROP.sub("", name), DROP.sub("", unicodedata.normalize("NFKC", name))}
    return any(k and k in t for k in keys for t in texts)


def main():
    verbose = "-v" in sys.argv
    errors, notes = [], []
    files = sorted((HERE / "gold").glob("*.json"))
    if not files:
        print("no gold files"); return 1
    for gf in files:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
        doc = HERE / "docs" / str(g.get("doc"))
        if g.get("doc") != gf.stem + ".txt":
            err(f"doc field {g.get('doc')!r} does not match file name")
        if not doc.exists():
            err(f"missing text {doc}"); continue
        text, enc = read_text(doc)
        texts = variants(text)
        n = len(text)
        if not 1500 <= n <= 5000:
            notes.append(f"{gf.name}: text length {n}")
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep)}")
        if rep.get("title") is not None and not isinstance(rep.get("title"), str):
            err("report.title not str/null")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            err(f"report.date {rep.get('date')!r}")
        if rep.get("title") and not occurs(rep["title"], texts):
            err(f"report.title not in text: {rep['title']}")
        org_names = {o.get("name") for o in g.get("organizations", [])}
        if rep.get("publisher") not in org_names:
            err(f"publisher {rep.get('publisher')!r} is not a gold organization")
        for kind, types, keys in (
                ("regulations", REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                ("organizations", ORG_TYPES, {"name", "aliases", "type"}),
                ("measures", MEA_TYPES, {"name", "aliases", "type"})):
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} not a list"); continue
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != keys:
                    err(f"{kind}: bad keys {e}"); continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name"); continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    err(f"{kind}: {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{kind}: {name}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        err(f"{kind}: {name}: doc_number not normalised: {e['doc_number']!r}")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{kind}: {name}: issuer not str/null")
                for form in [name, *e["aliases"]]:
                    k = DROP.sub("", unicodedata.normalize("NFKC", form)).replace("“", "").replace("”", "")
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {form!r} used by both {seen[k]!r} and {name!r}")
                    seen[k] = name
                found = [a for a in [name, *e["aliases"]] if occurs(a, texts)]
                if not found:
                    err(f"{kind}: neither name nor any alias occurs in text: {name} {e['aliases']}")
                elif not occurs(name, texts):
                    notes.append(f"{gf.name}: {kind}: resolved name (via alias {found[0]!r}): {name}")
                for a in e["aliases"]:
                    if not occurs(a, texts):
                        notes.append(f"{gf.name}: {kind}: alias not in text (accepted form): {a}  [{name}]")
        counts = {k: len(g.get(k, [])) for k in ("regulations", "organizations", "measures")}
        print(f"{gf.name}: {enc} {n} chars  regs={counts['regulations']} orgs={counts['organizations']} measures={counts['measures']}")
    if verbose:
        for m in notes:
            print("note:", m)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} gold files, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
