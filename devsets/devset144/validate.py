#!/usr/bin/env python3
"""Validate the gold files of this devset.

usage: python3 validate.py [DEVSET_DIR]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file of 1,500-5,000 characters;
  * report fields: title str|null, publisher str, region str, year int, date YYYY-MM-DD|null;
  * every entity has the fields and value types ANNOTATION.md allows (type / relation enums,
    doc_number / issuer str|null, aliases a list of str, no alias equal to its own name);
  * no normalised name/alias is shared by two entities of the same kind;
  * every entity's name or one of its aliases occurs in the text. Comparison uses the scorer's
    normalisation (NFKC, whitespace, quotation and title marks removed, brackets unified) on
    both sides, and the text is also tried after HTML-entity decoding (&ldquo; &nbsp; ...).
    Canonical names that do not occur themselves (resolved names) are listed as info.
Exit status 1 if any error is found.
"""
import html
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
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, infos = [], []
    files = sorted((root / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        where = gf.name
        def err(msg):
            errors.append(f"{where}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            err(f"doc {g['doc']!r} does not match file name")
        tp = root / "docs" / g["doc"]
        if not tp.exists():
            err("text file missing")
            continue
        raw = tp.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
        if not 1500 <= len(text) <= 5000:
            err(f"text length {len(text)} outside 1500-5000")
        hay = [norm(text), norm(html.unescape(text))]
        def occurs(s):
            n = norm(s)
            return bool(n) and any(n in h for h in hay)
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {rep!r}")
        else:
            if rep["title"] is not None and not isinstance(rep["title"], str):
                err("report.title not str/null")
            if rep["title"] and not occurs(rep["title"]):
                err(f"report.title not in text: {rep['title']}")
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    err(f"report.{f} empty")
            if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
                err("report.year not a plausible int")
            if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
                err(f"report.date {rep['date']!r}")
            if rep["date"] is None:
                infos.append(f"{where}: report.date is null")
            orgnames = {norm(a) for o in g["organizations"] for a in [o["name"], *o["aliases"]]}
            if norm(rep["publisher"]) not in orgnames:
                err(f"publisher {rep['publisher']} is not among the organizations")
        spec = {
            "regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
            "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
            "measures": (MEAS_TYPES, {"name", "aliases", "type"}),
        }
        for kind, (types, keys) in spec.items():
            if not isinstance(g[kind], list):
                err(f"{kind} not a list")
                continue
            seen = {}
            for e in g[kind]:
                if not isinstance(e, dict) or set(e) != keys:
                    err(f"{kind}: bad keys {e!r}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind} {name}: aliases must be a list of non-empty str")
                    continue
                if e["type"] not in types:
                    err(f"{kind} {name}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{name}: relation {e['relation']!r}")
                    for f in ("doc_number", "issuer"):
                        if e[f] is not None and (not isinstance(e[f], str) or not e[f]):
                            err(f"{name}: {f} must be str or null")
                    dn = e["doc_number"]
                    if dn and not (re.search(r"〔\d{4}〕\d+号$", dn) or "令" in dn):
                        err(f"{name}: doc_number not normalised: {dn}")
                for a in {norm(x) for x in [name, *e["aliases"]]}:
                    if a in seen and seen[a] != name:
                        err(f"{kind}: {a!r} shared by {seen[a]!r} and {name!r}")
                    seen[a] = name
                if not occurs(name):
                    hits = [a for a in e["aliases"] if occurs(a)]
                    if hits:
                        infos.append(f"{where}: {kind} {name!r} resolved; occurs as {hits[0]!r}")
                    else:
                        err(f"{kind} {name!r}: neither name nor any alias occurs in the text")
                else:
                    for a in e["aliases"]:
                        if not occurs(a):
                            infos.append(f"{where}: {kind} {name!r}: alias {a!r} not in text (accepted form)")
    for line in infos:
        print("info:", line)
    for line in errors:
        print("ERROR:", line)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
