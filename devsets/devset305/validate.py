#!/usr/bin/env python3
"""Validate the gold files of this dev set.

usage: python3 validate.py [DEVSET_DIR]   (default: the directory of this script)

Checks, for every gold/*.json:
  * JSON loads; keys doc, report{title,publisher,region,year,date}, regulations[], organizations[],
    measures[]; field types and allowed values of type / relation (ANNOTATION.md sections 1-5);
  * the doc file exists and decodes (UTF-8, else GB18030 or Big5 - whichever reads as Chinese);
  * every entity: its name or one of its aliases occurs in the text. The text and the names are
    compared after removing 《》 and whitespace, and after undoing the damage the documents carry
    (HTML entities, zero-width spaces and soft hyphens, full-width forms via NFKC, <<>> and 〈〉
    title marks, ASCII/curly quotes, dash and bracket variants - the same normalisation as score.py);
  * report fields filled (title, publisher, region, year; date may be null only if the text has none),
    the publisher is one of the gold organizations, year within 2015-2025, date YYYY-MM-DD;
  * no alias is shared by two entities of the same kind (the scorer would give it to the first);
  * doc_number looks like 机关代字〔年份〕序号号 (or an order number 令第N号).
Exit status 1 if any ERROR. NOTE lines list canonical names that do not occur as such
(resolved names; fine when an alias occurs) and aliases that are accepted forms not in the text.
"""
import html, json, re, sys, unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def norm(text):
    """score.py's normalisation."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def clean(text):
    """Undo converter damage before comparing (entities may be double-escaped)."""
    for _ in range(3):
        new = html.unescape(text)
        if new == text:
            break
        text = new
    text = text.replace("\xa0", " ").translate(_INVISIBLE)
    return norm(text)


def read_doc(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = None
    for enc in ("gb18030", "big5"):
        try:
            t = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        score = sum(t.count(c) for c in "法治政府建设")
        if best is None or score > best[0]:
            best = (score, t, enc)
    if best is None:
        raise ValueError("cannot decode")
    return best[1], best[2]


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors = notes = 0
    files = sorted((root / "gold").glob("*.json"))
    if not files:
        print("ERROR no gold files"); return 1

    def err(f, msg):
        nonlocal errors; errors += 1; print(f"ERROR {f}: {msg}")

    def note(f, msg):
        nonlocal notes; notes += 1; print(f"NOTE  {f}: {msg}")

    for gf in files:
        f = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as e:
            err(f, f"JSON does not load: {e}"); continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f, f"top-level keys {sorted(g)}")
        doc = root / "docs" / str(g.get("doc"))
        if g.get("doc") != gf.stem + ".txt":
            err(f, f"doc field {g.get('doc')!r} does not match file name")
        if not doc.exists():
            err(f, f"missing document {doc}"); continue
        try:
            text, enc = read_doc(doc)
        except ValueError:
            err(f, "document does not decode"); continue
        ctext = clean(text)
        n_chars = len(re.sub(r"\s", "", html.unescape(text)))
        if not 1500 <= n_chars <= 5200:
            note(f, f"document length {n_chars} characters")
        # report
        rep = g.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f, f"report keys {sorted(rep)}")
        for k in ("title", "publisher", "region"):
            if not isinstance(rep.get(k), str) or not rep.get(k).strip():
                err(f, f"report.{k} empty")
        if rep.get("title") and norm(rep["title"]) not in ctext:
            note(f, f"report title not found verbatim in text: {rep['title']}")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f, f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
            err(f, f"report.date {rep.get('date')!r}")
        if rep.get("date") is None:
            note(f, "report.date is null")
        # entities
        kinds = (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES))
        for kind, types in kinds:
            items = g.get(kind)
            if not isinstance(items, list):
                err(f, f"{kind} is not a list"); continue
            seen = {}
            for e in items:
                if not isinstance(e, dict) or not isinstance(e.get("name"), str) or not e["name"].strip():
                    err(f, f"{kind}: bad entry {e!r}"); continue
                name = e["name"]
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    err(f, f"{kind} {name}: keys {sorted(e)}")
                al = e.get("aliases")
                if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
                    err(f, f"{kind} {name}: aliases must be a list of strings"); al = []
                if e.get("type") not in types:
                    err(f, f"{kind} {name}: type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        err(f, f"{name}: relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not re.fullmatch(r"\S+〔(19|20)\d\d〕\d+号|\S*令第\d+号", dn):
                        err(f, f"{name}: doc_number {dn!r} not normalised")
                    if dn is not None and norm(dn) not in ctext:
                        note(f, f"{name}: doc_number {dn} not verbatim in text (repaired?)")
                    iss = e.get("issuer")
                    if iss is not None and (not isinstance(iss, str) or not iss.strip()):
                        err(f, f"{name}: issuer {iss!r}")
                forms = [name, *al]
                found = [a for a in forms if norm(a) and norm(a) in ctext]
                if not found:
                    err(f, f"{kind} {name!r}: neither name nor any alias occurs in the text")
                elif norm(name) not in ctext:
                    note(f, f"{kind} {name!r}: canonical name resolved (occurs as {found[0]!r})")
                for a in al:
                    if norm(a) not in ctext:
                        note(f, f"{kind} {name!r}: alias {a!r} is an accepted form not in the text")
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != name:
                        err(f, f"{kind}: {a!r} is listed under both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
        orgs = {norm(a) for o in g.get("organizations", []) for a in [o["name"], *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgs:
            err(f, f"publisher {rep['publisher']!r} is not among the organizations")
        print(f"ok    {f}: {enc}, {n_chars} chars, {len(g.get('regulations', []))} regulations, "
              f"{len(g.get('organizations', []))} organizations, {len(g.get('measures', []))} measures")
    print(f"\n{len(files)} gold files, {errors} errors, {notes} notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
