#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [-v] [--hints]

Checks, for every gold/*.json:
  * the JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<file>.txt and matches the gold file name;
  * report fields: publisher, region and year filled (title/date may be null by the spec, but
    are reported with -v), year is an int, date is YYYY-MM-DD; the publisher is one of the
    document's organizations (name or alias);
  * every entity has a non-empty name, a list of string aliases and a valid type;
    regulations have a valid relation, doc_number null or normalised `代字〔YYYY〕N号`, issuer null or str;
  * every entity is attested: its name or one of its aliases, after removing 《》 and whitespace,
    occurs in the text (after removing whitespace).  Canonical names that do not occur but have an
    occurring alias (resolved names) are fine; they are listed with -v;
  * no two entities of one kind share a name/alias after the scorer's normalisation (otherwise the
    gold could not be scored against itself);
  * issuers name organizations of the same document (warning only).
With --hints it also lists every 《…》 span of the text that no regulation name/alias covers
(a completeness aid; PDF-split titles and nested titles are handled).
Exit status 1 if any error.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KINDS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^[^\s〔〕\[\]()（）【】]+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")

# scorer normalisation (copied from /work/shared/score.py so that this file stands alone)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip_ws(text):
    return re.sub(r"\s+", "", text)


def literal(s):
    """Form used for the attestation check: 《》 and whitespace removed."""
    return strip_ws(re.sub(r"[《》]", "", s))


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise UnicodeDecodeError("unknown encoding")


def titles_in(text):
    """《…》 spans (outer and nested 〈…〉/<…>), whitespace removed."""
    flat = strip_ws(text)
    out = []
    for m in re.finditer(r"《([^《》]{1,200})》", flat):
        out.append(m.group(1))
        for n in re.finditer(r"[〈<]([^〈〉<>]{2,120})[〉>]", m.group(1)):
            out.append(n.group(1))
    return out


def check(gf, verbose, hints):
    errs, warns, infos = [], [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"JSON does not load: {exc}"], [], []
    keys = {"doc", "report", "regulations", "organizations", "measures"}
    if set(g) != keys:
        errs.append(f"top-level keys {sorted(g)} != {sorted(keys)}")
    doc = g.get("doc")
    if not isinstance(doc, str) or Path(doc).stem != gf.stem:
        errs.append(f"doc field {doc!r} does not match gold file {gf.name}")
    tpath = DOCS / str(doc)
    if not tpath.exists():
        errs.append(f"text file {tpath} missing")
        return errs, warns, infos
    text = read_text(tpath)
    n = len(text)
    if not 1500 <= n <= 5000:
        warns.append(f"text length {n} outside 1500-5000")
    flat = strip_ws(text)
    nflat = norm(text)

    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errs.append(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
        errs.append(f"report.year {rep.get('year')!r} not an int year")
    if rep.get("date") is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
        errs.append(f"report.date {rep.get('date')!r} not YYYY-MM-DD")
    for f in ("title", "date"):
        if rep.get(f) is None:
            infos.append(f"report.{f} is null")
    if isinstance(rep.get("title"), str) and literal(rep["title"]) not in flat:
        warns.append(f"report.title {rep['title']!r} not found in text")

    org_forms = {}
    for kind, types in KINDS.items():
        items = g.get(kind)
        if not isinstance(items, list):
            errs.append(f"{kind} is not a list")
            continue
        seen = {}
        for i, e in enumerate(items):
            where = f"{kind}[{i}]"
            if not isinstance(e, dict):
                errs.append(f"{where} not an object")
                continue
            want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
            if set(e) != want:
                errs.append(f"{where} keys {sorted(e)} != {sorted(want)}")
            name = e.get("name")
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{where} has no name")
                continue
            where = f"{kind}:{name}"
            aliases = e.get("aliases")
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                errs.append(f"{where}: aliases must be a list of non-empty strings")
                aliases = []
            if e.get("type") not in types:
                errs.append(f"{where}: bad type {e.get('type')!r}")
            if kind == "regulations":
                if e.get("relation") not in RELATIONS:
                    errs.append(f"{where}: bad relation {e.get('relation')!r}")
                dn = e.get("doc_number")
                if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                    errs.append(f"{where}: doc_number {dn!r} not normalised")
                if dn is not None and norm(dn)[:-1].split("(")[0] not in nflat:
                    warns.append(f"{where}: doc_number prefix of {dn!r} not in text")
                iss = e.get("issuer")
                if iss is not None and not isinstance(iss, str):
                    errs.append(f"{where}: issuer must be str or null")
            forms = [name, *aliases]
            for a in aliases:
                if norm(a) == norm(name):
                    infos.append(f"{where}: alias {a!r} equals the name after normalisation")
            for f in {norm(x) for x in forms}:
                if f in seen and seen[f] != name:
                    errs.append(f"{kind}: form {f!r} shared by {seen[f]!r} and {name!r}")
                seen.setdefault(f, name)
            found = [x for x in forms if literal(x) in flat]
            if not found:
                loose = [x for x in forms if norm(x) in nflat]
                if loose:
                    warns.append(f"{where}: occurs only after full normalisation ({loose[0]!r})")
                else:
                    errs.append(f"{where}: neither name nor any alias occurs in the text")
            elif name not in found:
                infos.append(f"{where}: resolved canonical name; attested by alias {found[0]!r}")
            if kind == "organizations":
                for x in forms:
                    org_forms[norm(x)] = name
    pub = rep.get("publisher")
    if isinstance(pub, str) and norm(pub) not in org_forms:
        errs.append(f"report.publisher {pub!r} is not among the organizations")
    for e in g.get("regulations", []):
        iss = e.get("issuer") if isinstance(e, dict) else None
        if isinstance(iss, str):
            for part in iss.split():
                if norm(part) not in org_forms:
                    warns.append(f"regulations:{e['name']}: issuer part {part!r} not among organizations")
    if hints:
        covered = [norm(x) for e in g.get("regulations", []) for x in [e["name"], *e.get("aliases", [])]]
        for t in titles_in(text):
            nt = norm(t)
            if nt not in covered and not any(nt in c for c in covered):
                warns.append(f"HINT: title 《{t}》 not covered by any regulation")
    return errs, warns, infos


def main():
    verbose = "-v" in sys.argv
    hints = "--hints" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    total_e = total_w = 0
    counts = [0, 0, 0]
    for gf in files:
        errs, warns, infos = check(gf, verbose, hints)
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
            c = [len(g.get(k, [])) for k in KINDS]
        except Exception:  # noqa: BLE001
            c = [0, 0, 0]
        counts = [a + b for a, b in zip(counts, c)]
        status = "OK " if not errs else "ERR"
        print(f"{status} {gf.name}: {c[0]} regulations, {c[1]} organizations, {c[2]} measures"
              f"{'' if not warns else f', {len(warns)} warnings'}")
        for m in errs:
            print(f"    ERROR   {m}")
        for m in warns:
            print(f"    WARNING {m}")
        if verbose:
            for m in infos:
                print(f"    note    {m}")
        total_e += len(errs)
        total_w += len(warns)
    print(f"{len(files)} gold files, {counts[0]} regulations, {counts[1]} organizations, "
          f"{counts[2]} measures; {total_e} errors, {total_w} warnings")
    sys.exit(1 if total_e else 0)


if __name__ == "__main__":
    main()
