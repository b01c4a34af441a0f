#!/usr/bin/env python3
"""Check every gold file in gold/ against ANNOTATION.md and its document in docs/.

Checks: JSON loads; keys and value types; type/relation vocabularies; doc_number shape
(机关代字〔YYYY〕N号); report fields filled (title may be null only if the text has none);
each entity's name or one of its aliases occurs in the text (after removing 《》, whitespace and
zero-width characters); no alias claimed by two entities of one kind; issuers resolvable to a listed
organization; cross-document consistency of type for the same canonical name.

Documents are read in their own encoding (UTF-8, or Big5 / GB18030 where a file is meant to be so).
Text views: 'raw' is the file as decoded; where a name is only found after decoding HTML entities or
NFKC (full-width → half-width), it is reported as a note, not an error. Canonical names that do not
occur but have an occurring alias are listed as notes (expected for resolved names).
usage: python3 validate.py [-v]
"""
import html, json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ENCODINGS = {"011_zhouzhuang_town_2020_big5.txt": "big5", "012_yulin_street_2024_gb18030.txt": "gb18030"}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEAS_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^[^\s〔〕]+〔(19|20)\d\d〕\d+号$")
ZW = "\u200b\u200c\u200d\u2060\ufeff"
STRIP = re.compile(r"[\s" + ZW + r"《》]")


def flat(s):
    return STRIP.sub("", s)


def scorer_norm(s):  # same normalisation as score.py, to find alias collisions
    drop = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
    mp = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
          "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
    s = unicodedata.normalize("NFKC", s)
    return "".join(mp.get(c, c) for c in s if c not in drop)


def read_doc(name):
    data = (ROOT / "docs" / name).read_bytes()
    enc = ENCODINGS.get(name, "utf-8")
    return data.decode(enc), enc


def main():
    verbose = "-v" in sys.argv
    errors, notes = [], []
    types_seen = {}
    files = sorted((ROOT / "gold").glob("*.json"))
    if len(files) != 12:
        errors.append(f"expected 12 gold files, found {len(files)}")
    for gf in files:
        where = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{where}: JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{where}: top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            errors.append(f"{where}: doc field {g['doc']!r} does not match file name")
        try:
            text, enc = read_doc(g["doc"])
        except FileNotFoundError:
            errors.append(f"{where}: document {g['doc']} missing")
            continue
        except UnicodeDecodeError as exc:
            errors.append(f"{where}: document does not decode: {exc}")
            continue
        n = len(text)
        if not 1500 <= n <= 5000:
            errors.append(f"{where}: text length {n} outside 1500-5000")
        views = {"raw": flat(text), "html-unescaped": flat(html.unescape(text)),
                 "NFKC": flat(unicodedata.normalize("NFKC", html.unescape(text)))}
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{where}: report keys {sorted(rep)}")
        for f in ("publisher", "region", "year", "date", "title"):
            if rep.get(f) in (None, ""):
                errors.append(f"{where}: report.{f} empty")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{where}: report.year {rep.get('year')!r}")
        if rep.get("date") and not re.fullmatch(r"20\d\d-\d\d-\d\d", rep["date"]):
            errors.append(f"{where}: report.date {rep['date']!r}")
        if rep.get("title") and flat(rep["title"]) not in views["raw"]:
            errors.append(f"{where}: report.title not found verbatim in text")
        org_names = {}
        for o in g["organizations"]:
            for a in [o["name"], *o["aliases"]]:
                org_names[scorer_norm(a)] = o["name"]
        if scorer_norm(rep["publisher"]) not in org_names:
            errors.append(f"{where}: publisher {rep['publisher']} not among organizations")
        for kind, tset in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEAS_TYPES)):
            seen = {}
            for e in g[kind]:
                label = f"{where} {kind} {e.get('name')!r}"
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    errors.append(f"{label}: keys {sorted(e)}")
                    continue
                if not isinstance(e["name"], str) or not e["name"]:
                    errors.append(f"{label}: bad name")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{label}: aliases must be a list of strings")
                if e["type"] not in tset:
                    errors.append(f"{label}: type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{label}: relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        errors.append(f"{label}: doc_number {e['doc_number']!r} not normalised")
                    if e["issuer"] is not None:
                        for part in e["issuer"].split():
                            if scorer_norm(part) not in org_names:
                                errors.append(f"{label}: issuer part {part!r} not among organizations")
                types_seen.setdefault((kind, e["name"]), set()).add((e["type"], gf.stem))
                # occurrence
                forms = [e["name"], *e["aliases"]]
                found = None
                for vname, v in views.items():
                    hits = [a for a in forms if flat(a) and flat(a) in v]
                    if hits:
                        found = (vname, hits)
                        break
                if found is None:
                    errors.append(f"{label}: neither name nor any alias occurs in the text")
                else:
                    vname, hits = found
                    if vname != "raw":
                        notes.append(f"{label}: found only after {vname} decoding ({hits[0]!r})")
                    elif e["name"] not in hits and verbose:
                        notes.append(f"{label}: canonical (resolved) name absent; alias {hits[0]!r} occurs")
                # collisions (an alias claimed by two entities of the same kind)
                for a in forms:
                    k = scorer_norm(a)
                    if k in seen and seen[k] != e["name"]:
                        errors.append(f"{label}: alias {a!r} also belongs to {seen[k]!r}")
                    seen.setdefault(k, e["name"])
    for (kind, name), ts in sorted(types_seen.items()):
        if len({t for t, _ in ts}) > 1:
            errors.append(f"cross-doc: {kind} {name!r} typed differently: {sorted(ts)}")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(notes)} notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
