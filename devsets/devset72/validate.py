#!/usr/bin/env python3
"""Validate the gold files of this dev set (see README.md).

Checks per gold file: JSON loads; keys and value types follow ANNOTATION.md; the doc file
exists; report fields are filled (title may be null only if the text has none, date may be
null); every entity's name or one of its aliases occurs in the text after removing 《》〈〉<>
and whitespace (also tried against an HTML-unescaped, tag-stripped view and a view with PDF
page headers/footers removed); no alias is shared by two entities of the same kind.
usage: python3 validate.py [DEVSET_DIR] [-v]
"""
import html, json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

ARGS = [a for a in sys.argv[1:] if not a.startswith("-")]
ROOT = Path(ARGS[0]) if ARGS else Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
PAGE_LINE = re.compile(r"^\s*(第\s*\d+\s*页(\s*共\s*\d+\s*页)?|[—–-]\s*\d+\s*[—–-]|\d+\s*/\s*\d+|\d+)\s*$")
# same normalisation as /work/shared/score.py (ANNOTATION.md section 6) plus form feeds
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000\f·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def squash(s):
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(_MAP.get(c, c) for c in s if c not in _DROP)


def views(text):
    """Raw text; HTML-unescaped with tags removed; page headers/footers removed."""
    out = [text]
    un = html.unescape(re.sub(r"<[^>]{0,200}>", "", text))
    out.append(un)
    for t in (text, un):
        lines = t.split("\n")
        counts = Counter(l.strip() for l in lines if l.strip())
        keep = [l for l in lines if not PAGE_LINE.match(l) and not (counts[l.strip()] >= 2 and len(l.strip()) >= 12)]
        out.append("\n".join(keep))
    return [squash(v) for v in out]


def check(gold_path, problems, notes):
    name = gold_path.name
    def bad(msg):
        problems.append(f"{name}: {msg}")
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:
        bad(f"JSON does not load: {exc}")
        return
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        bad(f"top-level keys {sorted(g)}")
        return
    if g["doc"][:-4] != name[:-5] or not g["doc"].endswith(".txt"):
        bad(f"doc field {g['doc']!r} does not match file name")
    txt = ROOT / "docs" / g["doc"]
    if not txt.exists():
        bad("text file missing")
        return
    text = txt.read_text(encoding="utf-8")
    vs = views(text)
    rep = g["report"]
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        bad(f"report keys {sorted(rep)}")
    else:
        for f in ("publisher", "region"):
            if not isinstance(rep[f], str) or not rep[f]:
                bad(f"report.{f} not filled")
        if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
            bad("report.year not an int year")
        if rep["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            bad(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep["title"] is not None and not isinstance(rep["title"], str):
            bad("report.title not str/null")
        if rep["title"] is None:
            notes.append(f"{name}: report.title is null")
        if rep["date"] is None:
            notes.append(f"{name}: report.date is null")
        orgnames = {squash(n) for o in g["organizations"] for n in [o["name"], *o["aliases"]]}
        if squash(rep["publisher"]) not in orgnames:
            bad("publisher is not among the organizations")
    spec = {"regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
            "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
            "measures": (MEAS_TYPES, {"name", "aliases", "type"})}
    for kind, (types, keys) in spec.items():
        seen = {}
        if not isinstance(g[kind], list):
            bad(f"{kind} is not a list")
            continue
        for e in g[kind]:
            if set(e) != keys:
                bad(f"{kind} {e.get('name')!r}: keys {sorted(e)}")
                continue
            if not isinstance(e["name"], str) or not e["name"]:
                bad(f"{kind}: empty name")
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                bad(f"{kind} {e['name']}: aliases not a list of strings")
                continue
            if e["type"] not in types:
                bad(f"{kind} {e['name']}: bad type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    bad(f"{e['name']}: bad relation {e['relation']!r}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    bad(f"{e['name']}: doc_number {e['doc_number']!r} not normalised")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    bad(f"{e['name']}: issuer not str/null")
            forms = [e["name"], *e["aliases"]]
            for f in forms:
                k = squash(f)
                if k in seen and seen[k] != e["name"]:
                    bad(f"{kind}: form {f!r} used by {seen[k]!r} and {e['name']!r}")
                seen[k] = e["name"]
            found = [f for f in forms if any(squash(f) in v for v in vs)]
            if not found:
                bad(f"{kind} {e['name']!r}: neither name nor any alias occurs in the text")
            elif squash(e["name"]) not in found and not any(squash(e["name"]) in v for v in vs):
                notes.append(f"{name}: {kind} canonical {e['name']!r} not in text (resolved); via alias {found[0]!r}")
            for a in e["aliases"]:
                if not any(squash(a) in v for v in vs):
                    notes.append(f"{name}: {kind} alias {a!r} of {e['name']!r} not in text (accepted form)")
        for e in g[kind]:
            if kind == "regulations" and e.get("issuer"):
                pass


def main():
    problems, notes = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    if {p.stem for p in golds} != {p.stem for p in docs}:
        problems.append(f"docs/gold mismatch: {sorted({p.stem for p in golds} ^ {p.stem for p in docs})}")
    for d in docs:
        n = len(d.read_text(encoding="utf-8"))
        if not 1500 <= n <= 5000:
            problems.append(f"{d.name}: length {n} outside 1500-5000")
    for p in golds:
        check(p, problems, notes)
    if "-v" in sys.argv:
        for n in notes:
            print("note:", n)
    else:
        print(f"({len(notes)} notes: resolved canonical names / accepted alias forms absent from text; -v to list)")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(golds)} gold files, {len(problems)} problems, {len(notes)} notes")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
