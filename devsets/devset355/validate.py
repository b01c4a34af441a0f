#!/usr/bin/env python3
"""Validate every gold file in gold/ against ANNOTATION.md and its document in docs/.

Checks: JSON loads; keys and value types; enumerated types/relations; doc_number shape;
no duplicate entities (after scorer normalisation) within a kind; every entity's name or
one of its aliases occurs in the text (text and names normalised: NFKC, whitespace, title
and quotation marks removed, brackets/dashes unified, PDF page-number lines dropped — PDF
line and page breaks inside a name are therefore tolerated); report fields filled; publisher is one of the gold organizations;
issuers resolve to gold organizations; document length 1,500–5,000 characters.
Canonical names that do not occur themselves (resolved names) are listed as INFO when an
alias occurs. Exit status 1 if any ERROR.
usage: python3 validate.py [-v]
"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP and not c.isspace())


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError(f"cannot decode {path}")


def check(gf, verbose):
    errs, infos = [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:
        return [f"JSON: {exc}"], []
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(g) != keys:
        errs.append(f"top-level keys {sorted(g)} != {sorted(keys)}")
    doc = g.get("doc")
    if doc != gf.stem + ".txt":
        errs.append(f"doc field {doc!r} does not match file name")
    tp = HERE / "docs" / str(doc)
    if not tp.exists():
        return errs + [f"missing text {tp}"], infos
    text = read_text(tp)
    if not 1500 <= len(text) <= 5000:
        errs.append(f"length {len(text)} outside 1500-5000")
    # PDF page footers ("— 3 —") interrupt running text; drop them before matching
    ntext = norm(re.sub(r"(?m)^\s*[—–-]\s*\d+\s*[—–-]\s*$", "", text))
    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region", "year"):
        if not rep.get(f):
            errs.append(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep.get("year", 0) <= 2025:
        errs.append(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
        errs.append(f"report.date {rep['date']!r}")
    if rep.get("title") is None:
        infos.append("report.title is null")
    elif norm(rep["title"]) not in ntext:
        errs.append(f"report.title not in text: {rep['title']}")
    if rep.get("date") is None:
        infos.append("report.date is null")
    orgnames = {}
    for o in g.get("organizations", []):
        for a in [o["name"], *o.get("aliases", [])]:
            orgnames[norm(a)] = o["name"]
    if rep.get("publisher") and norm(rep["publisher"]) not in orgnames:
        errs.append(f"publisher {rep['publisher']} is not a gold organization")
    for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
        items = g.get(kind)
        if not isinstance(items, list):
            errs.append(f"{kind} is not a list"); continue
        seen = {}
        for e in items:
            need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != need:
                errs.append(f"{kind} keys {sorted(e)} for {e.get('name')}")
            name = e.get("name")
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{kind}: bad name {name!r}"); continue
            al = e.get("aliases")
            if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
                errs.append(f"{kind}: bad aliases for {name}"); al = []
            if e.get("type") not in types:
                errs.append(f"{kind}: bad type {e.get('type')!r} for {name}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    errs.append(f"bad relation {e.get('relation')!r} for {name}")
                dn = e.get("doc_number")
                if dn is not None:
                    if not re.fullmatch(r"[^〔〕\s]+〔\d{4}〕\d+号", dn):
                        errs.append(f"doc_number not normalised: {dn!r} ({name})")
                    yr, num = re.findall(r"\d+", dn)[-2:]
                    if yr not in text or num not in text:
                        errs.append(f"doc_number digits not in text: {dn}")
                    elif norm(dn) not in ntext:
                        infos.append(f"doc_number repaired/normalised: {dn}")
                iss = e.get("issuer")
                if iss is not None:
                    if not isinstance(iss, str):
                        errs.append(f"issuer not str for {name}")
                    else:
                        for part in iss.split():
                            if norm(part) not in orgnames:
                                errs.append(f"issuer part {part!r} of {name} is not a gold organization")
            forms = [name, *al]
            for a in forms:
                k = norm(a)
                if k in seen and seen[k] != name:
                    errs.append(f"{kind}: form {a!r} used by both {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            if len({norm(a) for a in forms}) != len(forms):
                infos.append(f"{kind}: redundant alias (same after normalisation) in {name}")
            present = [a for a in forms if norm(a) in ntext]
            if not present:
                errs.append(f"{kind}: neither name nor any alias in text: {name} {al}")
            elif norm(name) not in ntext:
                infos.append(f"{kind}: resolved name not in text (alias {present[0]!r} is): {name}")
            for a in al:
                if norm(a) not in ntext:
                    infos.append(f"{kind}: alias not in text: {a!r} of {name}")
    return errs, infos


def main():
    verbose = "-v" in sys.argv
    files = sorted((HERE / "gold").glob("*.json"))
    texts = sorted((HERE / "docs").glob("*.txt"))
    bad = 0
    if {f.stem for f in files} != {t.stem for t in texts}:
        print("ERROR: docs and gold do not pair up:", {f.stem for f in files} ^ {t.stem for t in texts})
        bad += 1
    for gf in files:
        errs, infos = check(gf, verbose)
        bad += len(errs)
        print(f"{gf.name}: {'OK' if not errs else str(len(errs)) + ' error(s)'}")
        for e in errs:
            print("  ERROR", e)
        if verbose:
            for i in infos:
                print("  INFO ", i)
    print(f"{len(files)} gold files, {bad} error(s)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
