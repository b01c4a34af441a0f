#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md and the texts.

usage: python3 validate.py [GOLD_DIR] [DOCS_DIR]

Checks per gold file: JSON loads; keys and value types; enum values (type, relation);
doc_number format; report fields filled; publisher listed among the organizations;
no two entities of one kind share a normalised name/alias; every entity's name or one
of its aliases occurs in the text.  The text is searched in several readings, because
the documents carry PDF-extraction damage: (a) whitespace removed, (b) stray hyphens at
line ends removed, (c) page-number lines and running headers removed, (d) two-column parts
(lines split by a run of >= 3 spaces) de-columnised into left column then right column.
Names and texts are compared after the scorer's normalisation (NFKC, quotation and title
marks removed, brackets and dashes unified).

Exit status 1 if any ERROR.  Exceptions that are fine are reported as INFO:
canonical names that are resolved (not in the text) while an alias occurs.
Aliases that occur nowhere are reported as WARN (accepted variant forms are allowed).
"""
import json, re, sys, unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "gold"
DOCS = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "docs"

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
PAGE = re.compile(r"^\s*(—|-|－|·|第)?\s*\d{1,3}\s*(—|-|－|·|页)?\s*(共\s*\d+\s*页)?\s*$")


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise ValueError("undecodable")


def decolumnise(lines):
    out, block = [], []

    def flush():
        if block:
            left = [l for l, _ in block]
            right = [r for _, r in block]
            out.append("".join(left) + "".join(right))
            block.clear()
    for line in lines:
        m = re.match(r"^(.*?\S)?( {3,})(\S.*)$", line)
        if m:
            block.append(((m.group(1) or "").strip(), m.group(3).strip()))
        else:
            flush()
            out.append(line)
    flush()
    return out


def readings(text):
    lines = text.splitlines()
    counts = Counter(l.strip() for l in lines if l.strip())
    dehy = "\n".join(l[:-1] if l.endswith("-") else l for l in lines)
    # running headers: short lines repeated at page breaks; page numbers
    def clean(ls):
        keep = []
        for i, l in enumerate(ls):
            s = l.strip()
            if PAGE.match(s) and s:
                continue
            if s and counts[s] >= 2 and len(s) <= 40 and i > 0 and i + 1 < len(ls) and (
                    PAGE.match(ls[i - 1].strip() or "x") or PAGE.match(ls[i + 1].strip() or "x")):
                continue
            keep.append(l[:-1] if l.endswith("-") else l)
        return keep
    variants = [text, dehy, "\n".join(clean(lines)), "\n".join(clean(decolumnise(lines))),
                "\n".join(decolumnise(lines))]
    return [norm(v) for v in variants]


def main():
    errors = warns = infos = 0
    global_alias = {k: defaultdict(set) for k in ("regulations", "organizations", "measures")}
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")

    def err(f, msg):
        nonlocal errors
        errors += 1
        print(f"ERROR {f}: {msg}")

    for gf in files:
        f = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f, f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f, f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            err(f, f"doc field {g['doc']!r} does not match file name")
        docpath = DOCS / g["doc"]
        if not docpath.exists():
            err(f, f"text {docpath} missing")
            continue
        text, enc = read_text(docpath)
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f, f"text length {n} outside 1500-5000")
        texts = readings(text)

        def occurs(s):
            s = norm(s)
            return bool(s) and any(s in t for t in texts)

        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f, f"report keys {sorted(rep)}")
        else:
            for k in ("publisher", "region"):
                if not isinstance(rep[k], str) or not rep[k]:
                    err(f, f"report.{k} not filled")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                err(f, f"report.year {rep['year']!r}")
            if rep["date"] is not None and not DATE.match(rep["date"]):
                err(f, f"report.date {rep['date']!r}")
            if rep["date"] is None:
                print(f"INFO  {f}: report.date null")
            if rep["title"] is not None and not isinstance(rep["title"], str):
                err(f, "report.title type")
            if rep["title"] and not occurs(rep["title"]):
                err(f, f"report.title not in text: {rep['title']}")
            if rep["title"] is None:
                print(f"INFO  {f}: report.title null")
            orgforms = {norm(x) for o in g["organizations"] for x in [o["name"], *o["aliases"]]}
            if norm(rep["publisher"]) not in orgforms:
                err(f, f"publisher {rep['publisher']} not among organizations")
        for kind, types, keys in (
                ("regulations", REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
                ("organizations", ORG_TYPES, {"name", "aliases", "type"}),
                ("measures", MEA_TYPES, {"name", "aliases", "type"})):
            if not isinstance(g[kind], list):
                err(f, f"{kind} not a list")
                continue
            seen = {}
            for e in g[kind]:
                if not isinstance(e, dict) or set(e) != keys:
                    err(f, f"{kind} entry keys {sorted(e) if isinstance(e, dict) else e}")
                    continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f, f"{kind} empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f, f"{kind} {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    err(f, f"{kind} {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f, f"{name}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        err(f, f"{name}: doc_number not normalised: {e['doc_number']!r}")
                    if e["issuer"] is not None and (not isinstance(e["issuer"], str) or not e["issuer"].strip()):
                        err(f, f"{name}: bad issuer")
                    if e["doc_number"] and not occurs(e["doc_number"]):
                        # the text may write 〔〕 as [] () 【】 -- norm unifies them; else damaged
                        print(f"INFO  {f}: doc_number {e['doc_number']} repaired (not verbatim in text)")
                        infos += 1
                for form in [name, *e["aliases"]]:
                    key = norm(form)
                    if key in seen and seen[key] != name:
                        err(f, f"{kind}: form {form!r} used by both {seen[key]!r} and {name!r}")
                    seen.setdefault(key, name)
                    global_alias[kind][key].add(name)
                if occurs(name):
                    pass
                elif any(occurs(a) for a in e["aliases"]):
                    infos += 1
                    print(f"INFO  {f}: {kind} canonical name resolved, alias occurs: {name}")
                else:
                    err(f, f"{kind}: neither name nor alias occurs in text: {name} {e['aliases']}")
                for a in e["aliases"]:
                    if not occurs(a):
                        warns += 1
                        print(f"WARN  {f}: {kind} alias not in text: {a!r} (of {name})")
    for kind, m in global_alias.items():
        canonical = {norm(n) for names in m.values() for n in names}
        for key, names in m.items():
            if len(names) > 1 and key in canonical:
                warns += 1
                print(f"WARN  cross-doc: {kind} form {key!r} belongs to different canonicals {sorted(names)}")
    print(f"{len(files)} gold files: {errors} errors, {warns} warnings, {infos} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
