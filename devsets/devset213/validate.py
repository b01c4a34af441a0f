#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--quiet]

Checks, for every gold/*.json:
  * the JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ (UTF-8, or GB18030 as fallback) of 1,500-5,000 characters;
  * report fields: title str|null, publisher/region non-empty str, year int 2015-2025, date YYYY-MM-DD|null;
    the publisher is the name or an alias of one of the doc's organizations;
  * every entity has the fields of its kind with legal values (type, relation, doc_number normalised
    to 机关代字〔年份〕序号号, issuer str|null, aliases a list of non-empty strings);
  * no two entities of one kind share a (score-normalised) name or alias, which would break matching;
  * every entity's name or one of its aliases occurs in the text once 《》〈〉<> and whitespace are removed
    from both, and PDF page-number lines ("- 3 -") from the text (ERROR otherwise). Canonical names that do not occur (resolved names) are listed as INFO;
    aliases that do not occur are WARNings (allowed, but should be deliberate);
  * issuers: each part (split on spaces) should be an organization of the doc or a known national body (WARN).
Exit status 1 if any ERROR was found.
"""
import json
import re
import sys
import unicodedata
from datetime import date as _date
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
DOCS = HERE / "docs"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
NATIONAL = {"中共中央", "国务院", "中共中央办公厅", "国务院办公厅", "全国人民代表大会",
            "全国人民代表大会常务委员会", "中央全面依法治国委员会", "中央全面依法治国委员会办公室",
            "最高人民法院", "最高人民检察院", "司法部"}
DOCNO = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")

# same normalisation as /work/shared/score.py (used for duplicate detection)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def snorm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def onorm(text):
    """Occurrence normalisation: remove title marks and whitespace only."""
    return re.sub(r"[《》〈〉<>\s\u3000]", "", str(text))


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace"), "utf-8?"


def check(path, out):
    errors = warns = 0

    def err(msg):
        nonlocal errors
        errors += 1
        out.append(f"ERROR {path.name}: {msg}")

    def warn(msg):
        nonlocal warns
        warns += 1
        out.append(f"WARN  {path.name}: {msg}")

    def info(msg):
        out.append(f"INFO  {path.name}: {msg}")

    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        err(f"JSON does not load: {exc}")
        return errors, warns
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        err(f"top-level keys {sorted(g)}")
    doc = g.get("doc")
    if not isinstance(doc, str) or not doc.endswith(".txt") or doc[:-4] != path.stem:
        err(f"doc field {doc!r} does not match file name")
    tpath = DOCS / str(doc)
    if not tpath.exists():
        err(f"text {tpath} missing")
        return errors, warns
    text, enc = read_text(tpath)
    if enc != "utf-8":
        info(f"text decoded as {enc}")
    if not 1500 <= len(text) <= 5000:
        warn(f"text length {len(text)} outside 1500-5000")
    # PDF page-number lines ("- 3 -") may split a name across a page break: ignore them
    otext = onorm(re.sub(r"(?m)^[ \t]*[-—]\s*\d+\s*[-—][ \t]*$", "", text))

    # report
    rep = g.get("report")
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep!r}")
        rep = rep if isinstance(rep, dict) else {}
    if rep.get("title") is not None:
        if not isinstance(rep["title"], str) or onorm(rep["title"]) not in otext:
            err(f"report title {rep.get('title')!r} not found in text")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            err(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        err(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None:
        try:
            _date.fromisoformat(rep["date"])
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"])
        except Exception:  # noqa
            err(f"report.date {rep['date']!r} not YYYY-MM-DD")

    orgs = g.get("organizations", [])
    org_keys = {}
    for o in orgs if isinstance(orgs, list) else []:
        for a in [o.get("name"), *o.get("aliases", [])]:
            org_keys.setdefault(snorm(a), o.get("name"))
    if isinstance(rep.get("publisher"), str) and snorm(rep["publisher"]) not in org_keys:
        err(f"publisher {rep['publisher']!r} is not among the organizations")

    for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
        items = g.get(kind)
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict):
                err(f"{kind}: entry {e!r} is not an object")
                continue
            want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != want:
                err(f"{kind}: {e.get('name')!r} has keys {sorted(e)}")
            name = e.get("name")
            aliases = e.get("aliases")
            if not isinstance(name, str) or not name.strip():
                err(f"{kind}: empty name")
                continue
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                aliases = []
            if e.get("type") not in types:
                err(f"{kind}: {name}: type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    err(f"{kind}: {name}: relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None and (not isinstance(dn, str) or not DOCNO.match(dn)):
                    err(f"{kind}: {name}: doc_number {dn!r} not normalised")
                iss = e.get("issuer")
                if iss is not None:
                    if not isinstance(iss, str) or not iss.strip():
                        err(f"{kind}: {name}: issuer {iss!r}")
                    else:
                        for part in iss.split():
                            if snorm(part) not in org_keys and part not in NATIONAL:
                                warn(f"{kind}: {name}: issuer part {part!r} is not an organization of the doc")
            # duplicates
            for a in [name, *aliases]:
                k = snorm(a)
                if k in seen and seen[k] != name:
                    err(f"{kind}: {a!r} is shared by {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            # occurrence
            forms = [name, *aliases]
            found = [a for a in forms if onorm(a) and onorm(a) in otext]
            if not found:
                err(f"{kind}: neither {name!r} nor any alias occurs in the text")
            else:
                if onorm(name) not in otext:
                    info(f"{kind}: canonical {name!r} not in text (resolved); via {found[0]!r}")
                for a in aliases:
                    if onorm(a) not in otext:
                        warn(f"{kind}: {name}: alias {a!r} does not occur")
    return errors, warns


def main():
    quiet = "--quiet" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    total_e = total_w = 0
    for f in files:
        out = []
        e, w = check(f, out)
        total_e += e
        total_w += w
        for line in out:
            if quiet and line.startswith("INFO"):
                continue
            print(line)
    docs = sorted(p.name for p in DOCS.glob("*.txt"))
    golds = {json.loads(f.read_text(encoding="utf-8")).get("doc") for f in files}
    for d in docs:
        if d not in golds:
            print(f"ERROR docs/{d} has no gold file")
            total_e += 1
    print(f"{len(files)} gold files, {total_e} errors, {total_w} warnings")
    sys.exit(1 if total_e else 0)


if __name__ == "__main__":
    main()
