#!/usr/bin/env python3
"""Validate the devset40 gold files against ANNOTATION.md and against their texts.

usage: python3 validate.py [-v]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing docs/<file>.txt whose stem equals the gold file's stem;
  * report has title, publisher, region, year, date; publisher/region/year filled, year an int
    in 2000..2030, date null or YYYY-MM-DD; the publisher is one of the gold organizations
    (name or alias) so the scorer can match it; the title occurs in the text;
  * every entity has the right keys and value types; `type` and `relation` are from the
    ANNOTATION.md vocabularies; doc_number is null or normalised (`…〔YYYY〕N号`, or a
    `…令第N号` order number); issuer is null or a string whose parts are gold organizations;
  * no two entities of one kind share a normalised name/alias (the scorer would collapse them);
  * every entity name or one of its aliases occurs in the text.  The text is decoded
    (UTF-8, else Big5, else GB18030), HTML entities are unescaped, Unicode NFKC-normalised,
    whitespace, title marks and quotation marks removed; a second pass also removes PDF page
    footers (`— 3 —`) so titles split by a page break are found.  A canonical name that does
    not occur itself but is found through an alias is reported only with -v (that is expected
    for resolved names: 县司法局 -> 澄迈县司法局, 行政诉讼法 -> 中华人民共和国行政诉讼法).

Exit status 1 if any ERROR was printed.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
KIND_TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEAS_TYPES}
DOCNUM_RE = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$|^\S+令第\d+号$")
DATE_RE = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000\u00a0")
# the scorer's equivalences, so that the duplicate check sees what the scorer sees
_SCORER_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_SCORER_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
               "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
FOOTER_RE = re.compile(r"-\d{1,3}-")

errors = 0


def err(where, msg):
    global errors
    errors += 1
    print(f"ERROR {where}: {msg}")


def warn(where, msg):
    print(f"warn  {where}: {msg}")


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "big5", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace"), "utf-8?"


def flat(s):
    """Text/name form used for the occurrence check: the scorer's normalisation after
    decoding HTML entities, with every kind of whitespace removed."""
    s = scorer_norm(html.unescape(s))
    return "".join(c for c in s if c not in _DROP and not c.isspace())


def scorer_norm(s):
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(_SCORER_MAP.get(c, c) for c in s if c not in _SCORER_DROP)


def check_file(gf, verbose):
    where = gf.name
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(where, f"JSON does not load: {exc}")
        return
    if not isinstance(g, dict) or set(g) != TOP_KEYS:
        err(where, f"top-level keys {sorted(g) if isinstance(g, dict) else type(g)} != {sorted(TOP_KEYS)}")
        return
    doc = g["doc"]
    if not isinstance(doc, str) or Path(doc).stem != gf.stem:
        err(where, f"doc {doc!r} does not match gold file name")
        return
    tpath = DOCS / doc
    if not tpath.exists():
        err(where, f"text {tpath} missing")
        return
    text, enc = read_text(tpath)
    ft = flat(text)
    ft_nofooter = FOOTER_RE.sub("", ft)
    nchar = len(text)
    if not 1500 <= nchar <= 5000:
        warn(where, f"text has {nchar} characters (outside 1500-5000)")

    def occurs(s):
        f = flat(s)
        return bool(f) and (f in ft or f in ft_nofooter)

    # report
    rep = g["report"]
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        err(where, f"report keys {sorted(rep) if isinstance(rep, dict) else rep} != {sorted(REPORT_KEYS)}")
    else:
        for k in ("title", "publisher", "region"):
            if not isinstance(rep[k], str) or not rep[k].strip():
                err(where, f"report.{k} is not filled")
        if not isinstance(rep["year"], int) or not 2000 <= rep["year"] <= 2030:
            err(where, f"report.year {rep['year']!r} is not an int year")
        if rep["date"] is None:
            warn(where, "report.date is null (the text gives no date)")
        elif not isinstance(rep["date"], str) or not DATE_RE.match(rep["date"]):
            err(where, f"report.date {rep['date']!r} is not YYYY-MM-DD")
        if isinstance(rep["title"], str) and not occurs(rep["title"]):
            err(where, f"report.title {rep['title']!r} not found in the text")
        names = {scorer_norm(a) for o in g["organizations"] for a in [o.get("name", ""), *o.get("aliases", [])]}
        if isinstance(rep["publisher"], str) and scorer_norm(rep["publisher"]) not in names:
            err(where, f"publisher {rep['publisher']!r} is not a gold organization")

    org_forms = {scorer_norm(a) for o in g["organizations"] if isinstance(o, dict)
                 for a in [o.get("name", ""), *o.get("aliases", [])]}
    resolved = 0
    for kind in ("regulations", "organizations", "measures"):
        items = g[kind]
        if not isinstance(items, list):
            err(where, f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            w = f"{where} {kind}[{i}]"
            keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if not isinstance(e, dict) or set(e) != keys:
                err(w, f"keys {sorted(e) if isinstance(e, dict) else e} != {sorted(keys)}")
                continue
            name, aliases = e["name"], e["aliases"]
            if not isinstance(name, str) or not name.strip():
                err(w, "empty name")
                continue
            w = f"{where} {kind} {name!r}"
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                err(w, "aliases must be a list of non-empty strings")
                continue
            if e["type"] not in KIND_TYPES[kind]:
                err(w, f"type {e['type']!r} not in {sorted(KIND_TYPES[kind])}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(w, f"relation {e['relation']!r} not in {sorted(RELATIONS)}")
                dn = e["doc_number"]
                if dn is not None and (not isinstance(dn, str) or not DOCNUM_RE.match(dn)):
                    err(w, f"doc_number {dn!r} not normalised")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str) or not iss.strip():
                        err(w, f"issuer {iss!r} must be null or a name")
                    else:
                        for part in iss.split():
                            if scorer_norm(part) not in org_forms:
                                warn(w, f"issuer part {part!r} is not a gold organization of this document")
            forms = [name, *aliases]
            for f in forms:
                key = scorer_norm(f)
                if key in seen and seen[key] != i:
                    err(w, f"form {f!r} also belongs to {items[seen[key]]['name']!r}")
                seen.setdefault(key, i)
            if len({scorer_norm(f) for f in forms}) < len(forms):
                warn(w, "an alias repeats the name or another alias after normalisation")
            if occurs(name):
                continue
            hits = [a for a in aliases if occurs(a)]
            if hits:
                resolved += 1
                if verbose:
                    print(f"info  {w}: name not in text, found via alias {hits[0]!r}")
            else:
                err(w, "neither the name nor any alias occurs in the text")
    n = sum(len(g[k]) for k in ("regulations", "organizations", "measures"))
    print(f"ok    {where}: {enc}, {nchar} chars, {len(g['regulations'])} regulations, "
          f"{len(g['organizations'])} organizations, {len(g['measures'])} measures "
          f"({resolved} of {n} found only through an alias)")


def cross_doc(files):
    """One thing, one canonical name and one type in every document."""
    types, canon = {}, {}
    for gf in files:
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception:  # noqa: BLE001
            continue
        for kind in ("regulations", "organizations", "measures"):
            for e in g.get(kind, []):
                n = scorer_norm(e["name"])
                types.setdefault((kind, n), {}).setdefault(e["type"], []).append(gf.stem)
                for f in [e["name"], *e["aliases"]]:
                    canon.setdefault((kind, scorer_norm(f)), {}).setdefault(n, []).append(gf.stem)
    for (kind, n), t in sorted(types.items()):
        if len(t) > 1:
            err("cross-doc", f"{kind} {n!r} has types {t}")
    for (kind, f), names in sorted(canon.items()):
        # short forms of bodies (县委, 区政府 …) resolve to a different body in every document
        if len(names) > 1 and kind != "organizations":
            warn("cross-doc", f"{kind} form {f!r} belongs to different canonical names {names}")


def main():
    verbose = "-v" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    texts = sorted(p.stem for p in DOCS.glob("*.txt"))
    if [f.stem for f in files] != texts:
        err("gold/", f"gold files {[f.stem for f in files]} do not pair with docs {texts}")
    for gf in files:
        check_file(gf, verbose)
    cross_doc(files)
    print(f"{len(files)} gold files, {errors} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
