#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [OUTDIR]      (default: the directory of this script)

Checks, per gold file:
  * the JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing file in docs/ and matches the gold file name;
  * report: title (str|null, and found in the text if given), publisher, region (non-empty str),
    year (int, 2015-2025), date (YYYY-MM-DD|null); publisher is one of the gold organizations;
  * every entity has the fields of its kind with valid values (type, relation from ANNOTATION.md;
    doc_number normalised to 机关代字〔年份〕序号号; issuer parts are gold organizations);
  * no normalised name/alias is used by two entities of the same kind;
  * every entity's name or at least one alias occurs in the text (text and names compared after
    the scorer's normalisation: NFKC, quotes/title marks/whitespace removed, brackets unified).
    Canonical names that do not occur themselves (resolved names) are listed as INFO.
Across files: a canonical name must carry the same type in every document (WARN otherwise).
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
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DOCNUM = re.compile(r"^[^〔〕\[\]()（）【】]+〔(19|20)\d\d〕\d+号$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_dir, docs_dir = root / "gold", root / "docs"
    errors, warns, infos = [], [], []
    types_seen = {}
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        print("no gold files"); return 1
    for gf in files:
        tag = gf.name
        def err(m): errors.append(f"{tag}: {m}")
        def info(m): infos.append(f"{tag}: {m}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}"); continue
        if set(g) != KEYS:
            err(f"top-level keys {sorted(g)} != {sorted(KEYS)}")
        doc = g.get("doc")
        if not isinstance(doc, str) or doc[:-4] != gf.stem or not doc.endswith(".txt"):
            err(f"doc field {doc!r} does not match file name")
        path = docs_dir / str(doc)
        if not path.exists():
            err(f"document {path} missing"); continue
        text = path.read_text(encoding="utf-8")
        ntext = norm(text)
        if not 1500 <= len(text) <= 5000:
            warns.append(f"{tag}: text length {len(text)} outside 1500-5000")

        # report
        rep = g.get("report")
        if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
            err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep} != {sorted(REPORT_KEYS)}")
            rep = rep if isinstance(rep, dict) else {}
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r} not an int in 2015-2025")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(rep["date"])):
            err(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep.get("title") is not None:
            if not isinstance(rep["title"], str) or norm(rep["title"]) not in ntext:
                err(f"report.title {rep['title']!r} not found in text")

        org_index = {}
        for o in g.get("organizations", []):
            if isinstance(o, dict) and isinstance(o.get("name"), str):
                for a in [o["name"], *o.get("aliases", [])]:
                    org_index.setdefault(norm(a), o["name"])
        if rep.get("publisher") and norm(rep["publisher"]) not in org_index:
            err(f"publisher {rep['publisher']!r} is not a gold organization")

        for kind, tset in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list"); continue
            used = {}
            for e in items:
                if not isinstance(e, dict):
                    err(f"{kind}: entry is not an object: {e!r}"); continue
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    err(f"{kind}: {e.get('name')!r} has keys {sorted(e)} != {sorted(need)}")
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name"); continue
                aliases = e.get("aliases")
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    err(f"{kind}: {name}: aliases must be a list of non-empty strings"); aliases = []
                if e.get("type") not in tset:
                    err(f"{kind}: {name}: bad type {e.get('type')!r}")
                types_seen.setdefault((kind, name), {}).setdefault(e.get("type"), []).append(tag)
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        err(f"{kind}: {name}: bad relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                        err(f"{kind}: {name}: doc_number {dn!r} not normalised to 代字〔年份〕序号号")
                    iss = e.get("issuer")
                    if iss is not None:
                        if not isinstance(iss, str) or not iss.strip():
                            err(f"{kind}: {name}: issuer must be a non-empty string or null")
                        else:
                            for part in iss.split():
                                if norm(part) not in org_index:
                                    err(f"{kind}: {name}: issuer part {part!r} is not a gold organization")
                forms = [name, *aliases]
                for f in forms:
                    k = norm(f)
                    if k in used and used[k] != name:
                        err(f"{kind}: form {f!r} used by both {used[k]!r} and {name!r}")
                    used.setdefault(k, name)
                found = [f for f in forms if norm(f) in ntext]
                if not found:
                    err(f"{kind}: {name!r}: neither the name nor any alias occurs in the text")
                elif norm(name) not in ntext:
                    info(f"{kind}: canonical {name!r} not in text (resolved); found as {found[0]!r}")
                for a in aliases:
                    if norm(a) not in ntext:
                        info(f"{kind}: {name!r}: extra accepted form {a!r} not in text")

    for (kind, name), by_type in sorted(types_seen.items()):
        if len(by_type) > 1:
            warns.append(f"cross-doc: {kind} {name!r} has types {by_type}")

    for line in infos:
        print("INFO ", line)
    for line in warns:
        print("WARN ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(files)} gold files: {len(errors)} errors, {len(warns)} warnings, {len(infos)} info")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
