#!/usr/bin/env python3
"""Validate devset121 gold files against ANNOTATION.md and the texts.

usage: python3 validate.py [DEVSET_DIR] [--verbose]   (default: directory of this script)

Checks per gold file:
  * JSON loads; top-level keys exactly doc/report/regulations/organizations/measures;
    `doc` names an existing docs/<file>.txt and matches the gold file name;
  * report: title (str|null), publisher (str), region (str), year (int 2015-2026), date (YYYY-MM-DD|null);
    publisher is one of the gold organizations (name or alias);
  * every entity has the fields of its kind with valid types / relations, doc_number normalised
    as 代字〔YYYY〕N号 or null, issuer str|null, aliases a list of str;
  * every entity's name or at least one alias occurs in the text (both normalised like score.py:
    NFKC, whitespace/quotes/title marks removed, brackets and dashes unified) — names that are
    resolved canonical forms and do not occur are reported as INFO when an alias occurs;
    aliases that do not occur are warnings;
  * no two entities of one kind in a document share a normalised name or alias.
Exit status 1 if any ERROR.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    base = Path(args[0]) if args else Path(__file__).resolve().parent
    errors, warnings, infos = [], [], []
    golds = sorted((base / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    counts = {"regulations": 0, "organizations": 0, "measures": 0}
    for gf in golds:
        tag = gf.name

        def err(msg):
            errors.append(f"{tag}: {msg}")

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
        txt_path = base / "docs" / g["doc"]
        if not txt_path.exists():
            err(f"text {txt_path} missing")
            continue
        raw = txt_path.read_text(encoding="utf-8")
        if not 1500 <= len(raw) <= 5000:
            warnings.append(f"{tag}: text length {len(raw)} outside 1500-5000")
        text = norm(raw)
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep}")
        else:
            if rep["title"] is not None and (not isinstance(rep["title"], str) or norm(rep["title"]) not in text):
                err(f"report title not str / not in text: {rep['title']!r}")
            if rep["title"] is None:
                infos.append(f"{tag}: report title null")
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f]:
                    err(f"report {f} not filled")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2026:
                err(f"report year {rep['year']!r}")
            if rep["date"] is not None and (not isinstance(rep["date"], str) or not DATE.match(rep["date"])):
                err(f"report date {rep['date']!r}")
            if rep["date"] is None:
                infos.append(f"{tag}: report date null")
            pubs = {norm(a) for o in g["organizations"] for a in [o.get("name", ""), *o.get("aliases", [])]}
            if isinstance(rep["publisher"], str) and norm(rep["publisher"]) not in pubs:
                err(f"publisher {rep['publisher']!r} is not among the organizations")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g[kind]
            if not isinstance(items, list):
                err(f"{kind} not a list")
                continue
            counts[kind] += len(items)
            seen = {}
            want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            for e in items:
                if not isinstance(e, dict) or set(e) != want:
                    err(f"{kind}: bad fields {e}")
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
                    if e["doc_number"] is not None and not DOCNO.match(e["doc_number"]):
                        err(f"{name}: doc_number not normalised: {e['doc_number']!r}")
                    if e["doc_number"] is not None:
                        # the number (ignoring bracket style) must appear in the text
                        if norm(e["doc_number"]) not in text:
                            warnings.append(f"{tag}: {name}: doc_number {e['doc_number']} not found verbatim (repaired?)")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{name}: issuer {e['issuer']!r}")
                forms = [name, *e["aliases"]]
                present = [f for f in forms if norm(f) in text]
                if not present:
                    err(f"{kind}: neither name nor any alias occurs in text: {name} {e['aliases']}")
                elif norm(name) not in text:
                    infos.append(f"{tag}: {kind}: resolved name not in text (alias occurs): {name}")
                for a in e["aliases"]:
                    if norm(a) not in text:
                        warnings.append(f"{tag}: {kind} {name}: alias not in text: {a}")
                    if norm(a) == norm(name) and verbose:
                        infos.append(f"{tag}: {kind} {name}: alias equal to name after normalisation: {a}")
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
    for line in infos:
        print("INFO   ", line)
    for line in warnings:
        print("WARNING", line)
    for line in errors:
        print("ERROR  ", line)
    print(f"{len(golds)} gold files; entities: " + ", ".join(f"{k}={v}" for k, v in counts.items())
          + f"; {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
