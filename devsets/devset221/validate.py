#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DIR]   (DIR defaults to the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ (decoded as UTF-8, falling back to GB18030);
  * report: title (str or null), publisher/region (non-empty str), year (int), date (null or YYYY-MM-DD);
    publisher is the name or an alias of one of the gold organizations;
  * every entity has the fields and value types of ANNOTATION.md sections 1-3 (type / relation
    enumerations, doc_number in the form 机关代字〔年份〕序号号, aliases a list of str);
  * no two entities of one kind share a name/alias after the scorer's normalisation;
  * every entity's name, or else one of its aliases, occurs in the text after removing title marks
    (《》〈〉<>) and whitespace on both sides. Names that do not occur but are matched through an alias
    (canonical names with the jurisdiction resolved) are listed as info, not as errors.
  * issuer parts (split on spaces) should be gold organizations (warning only).
Exit status 1 if any error.
"""
import datetime
import json
import re
import sys
import unicodedata
from pathlib import Path

KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")

# scorer normalisation (score.py)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


_STRIP = set("《》〈〉<>") | {" ", "\t", "\r", "\n", "\u3000"}


def textform(s):
    return "".join(c for c in s if c not in _STRIP)


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise UnicodeDecodeError("unknown", raw, 0, 1, "cannot decode")


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, warnings, infos = [], [], []
    files = sorted((base / "gold").glob("*.json"))
    if not files:
        sys.exit(f"no gold files in {base/'gold'}")
    for gf in files:
        tag = gf.name

        def err(msg):
            errors.append(f"{tag}: {msg}")

        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != KEYS:
            err(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            err(f"doc field {g['doc']!r} does not match file name")
        dp = base / "docs" / g["doc"]
        if not dp.exists():
            err(f"missing text {dp}")
            continue
        text, enc = read_doc(dp)
        n = len(text)
        if not 1500 <= n <= 5000:
            warnings.append(f"{tag}: text length {n} outside 1500-5000")
        T = textform(text)

        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        else:
            if rep["title"] is not None and (not isinstance(rep["title"], str) or textform(rep["title"]) not in T):
                err(f"report title not found in text: {rep['title']!r}")
            if rep["title"] is None:
                warnings.append(f"{tag}: report title is null")
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    err(f"report {f} not filled")
            if not isinstance(rep["year"], int) or not 2010 <= rep["year"] <= 2026:
                err(f"report year {rep['year']!r}")
            if rep["date"] is None:
                warnings.append(f"{tag}: report date is null")
            else:
                try:
                    datetime.date.fromisoformat(rep["date"])
                except Exception:  # noqa
                    err(f"report date {rep['date']!r} not YYYY-MM-DD")

        org_forms = {}
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEASURE_TYPES)):
            items = g[kind]
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            seen = {}
            for e in items:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != want:
                    err(f"{kind}: bad keys in {e!r}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                    continue
                if e["type"] not in types:
                    err(f"{kind}: {name}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{kind}: {name}: relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        err(f"{kind}: {name}: doc_number {e['doc_number']!r} not normalised")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{kind}: {name}: issuer must be str or null")
                forms = [name] + e["aliases"]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {f!r} of {name!r} collides with {seen[k]!r}")
                    seen.setdefault(k, name)
                    if kind == "organizations":
                        org_forms[k] = name
                if textform(name) in T:
                    continue
                hits = [a for a in e["aliases"] if textform(a) in T]
                if hits:
                    infos.append(f"{tag}: {kind}: resolved name {name!r} via alias {hits[0]!r}")
                else:
                    err(f"{kind}: neither name nor any alias occurs in text: {name!r}")
        if isinstance(rep, dict) and isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in org_forms:
            err(f"publisher {rep['publisher']!r} is not a gold organization")
        for e in g.get("regulations", []):
            if isinstance(e, dict) and e.get("issuer"):
                for part in e["issuer"].split():
                    if norm(part) not in org_forms:
                        warnings.append(f"{tag}: issuer part {part!r} of {e['name']!r} is not a gold organization")
    for line in infos:
        print("info   ", line)
    for line in warnings:
        print("warning", line)
    for line in errors:
        print("ERROR  ", line)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(warnings)} warnings, {len(infos)} resolved names")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
