#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md.

usage: python3 validate.py            (run from anywhere)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc/report/regulations/organizations/measures;
    `doc` names an existing file in docs/ and matches the gold file name;
  * report: title (str|null), publisher (non-empty str, and the name or an alias of one of the
    gold organizations), region (non-empty str), year (int 2015-2025), date (null|YYYY-MM-DD);
    a null title/date is reported as a note, not an error;
  * every entity: name non-empty str, aliases list of distinct str, type in the allowed set;
    regulations also doc_number (null|'代字〔YYYY〕N号'), issuer (null|str), relation in the set;
  * occurrence: the name or one of its aliases occurs in the text after the scorer's
    normalisation (NFKC, whitespace / quotes / title marks dropped, brackets unified), with HTML
    tags removed first; a resolved canonical name that does not occur itself is listed as a note;
  * doc_number occurs in the text (brackets unified);
  * no two entities of one kind share a normalised name/alias (the scorer would mis-assign them).
Exit status 1 if any error.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# same normalisation as /work/shared/score.py
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "big5", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise ValueError(f"cannot decode {path}")


def to_trad(text):
    """Simplified -> traditional (for the Big5 document), if OpenCC is installed."""
    try:
        import opencc
    except ImportError:
        return None
    return opencc.OpenCC("s2tw").convert(text)


def strip_html(text):
    text = re.sub(r"</?[A-Za-z][^>]*>", "", text)
    return text.replace("&nbsp;", " ")


def check(gpath, errors, notes):
    def err(msg):
        errors.append(f"{gpath.name}: {msg}")

    def note(msg):
        notes.append(f"{gpath.name}: {msg}")

    try:
        g = json.loads(gpath.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        err(f"JSON does not load: {exc}")
        return
    if set(g) != KEYS:
        err(f"top-level keys {sorted(g)}")
        return
    doc = g["doc"]
    if not isinstance(doc, str) or doc[:-4] != gpath.stem or not doc.endswith(".txt"):
        err(f"doc field {doc!r} does not match file name")
        return
    tpath = ROOT / "docs" / doc
    if not tpath.exists():
        err(f"text {tpath} missing")
        return
    text, enc = read_text(tpath)
    if enc != "utf-8":
        note(f"text decoded as {enc}")
    ntext = norm(strip_html(text))

    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
        err(f"report keys {rep!r}")
    else:
        if rep["title"] is None:
            note("report.title is null")
        elif not isinstance(rep["title"], str) or norm(rep["title"]) not in ntext:
            err(f"report.title {rep['title']!r} not in text")
        for k in ("publisher", "region"):
            if not isinstance(rep[k], str) or not rep[k].strip():
                err(f"report.{k} not filled")
        if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep['year']!r}")
        if rep["date"] is None:
            note("report.date is null")
        elif not isinstance(rep["date"], str) or not DATE.match(rep["date"]):
            err(f"report.date {rep['date']!r}")
        orgnames = {norm(n) for o in g.get("organizations", []) for n in [o.get("name", "")] + list(o.get("aliases", []))}
        if isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in orgnames:
            err(f"publisher {rep['publisher']!r} is not a gold organization")

    for kind, allowed in TYPES.items():
        ents = g[kind]
        if not isinstance(ents, list):
            err(f"{kind} is not a list")
            continue
        seen = {}
        names = [e.get("name") for e in ents if isinstance(e, dict)]
        for n in sorted({n for n in names if names.count(n) > 1}):
            err(f"{kind}: entity {n!r} listed more than once")
        for e in ents:
            want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if not isinstance(e, dict) or set(e) != want:
                err(f"{kind}: bad entity keys {e!r}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                err(f"{kind}: empty name")
                continue
            al = e["aliases"]
            if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
                err(f"{kind}/{name}: aliases not a list of strings")
                al = []
            if len(set(al)) != len(al) or name in al:
                err(f"{kind}/{name}: duplicate aliases")
            if e["type"] not in allowed:
                err(f"{kind}/{name}: type {e['type']!r}")
            if kind == "regulations":
                dn = e["doc_number"]
                if dn is not None:
                    if not isinstance(dn, str) or not DOCNUM.match(dn):
                        err(f"regulations/{name}: doc_number {dn!r} not normalised")
                    elif norm(dn) not in ntext:
                        alt = to_trad(dn) if enc == "big5" else None
                        if alt and norm(alt) in ntext:
                            note(f"regulations/{name}: doc_number {dn!r} occurs in traditional form {alt!r}")
                        else:
                            err(f"regulations/{name}: doc_number {dn!r} not in text")
                if e["issuer"] is not None and not (isinstance(e["issuer"], str) and e["issuer"].strip()):
                    err(f"regulations/{name}: issuer {e['issuer']!r}")
                if e["relation"] not in RELATIONS:
                    err(f"regulations/{name}: relation {e['relation']!r}")
            forms = [name] + al
            found = [f for f in forms if norm(f) in ntext]
            if not found:
                err(f"{kind}/{name}: neither name nor any alias occurs in the text")
            elif norm(name) not in ntext:
                note(f"{kind}/{name}: canonical (resolved) name not in text; alias {found[0]!r} is")
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    err(f"{kind}: form {f!r} used by both {seen[k]!r} and {name!r}")
                seen[k] = name


def main():
    errors, notes = [], []
    golds = sorted((ROOT / "gold").glob("*.json"))
    docs = sorted((ROOT / "docs").glob("*.txt"))
    if {p.stem for p in golds} != {p.stem for p in docs}:
        errors.append(f"docs/gold mismatch: {sorted({p.stem for p in golds} ^ {p.stem for p in docs})}")
    for gp in golds:
        check(gp, errors, notes)
    for d in docs:
        text, _ = read_text(d)
        n = len(re.sub(r"\s", "", strip_html(text)))
        notes.append(f"{d.name}: {n} non-space characters (HTML stripped)")
    print("NOTES:")
    for n in notes:
        print("  " + n)
    print("ERRORS:" if errors else "ERRORS: none")
    for e in errors:
        print("  " + e)
    print(f"{len(golds)} gold files checked")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
