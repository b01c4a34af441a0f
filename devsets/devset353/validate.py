#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--verbose]

Checks for every gold/*.json:
  * the JSON loads, has exactly the keys doc/report/regulations/organizations/measures,
    `doc` names an existing file in docs/ whose stem equals the gold file's stem;
  * report: title str|null, publisher and region non-empty str, year int 2015-2025,
    date YYYY-MM-DD|null; the publisher is one of the gold organizations (name or alias);
  * every entity: non-empty str name, list-of-str aliases, a type allowed by ANNOTATION.md,
    for regulations doc_number (null or 机关代字〔YYYY〕N号), issuer (null or str), relation;
  * no duplicate canonical names and no alias shared by two entities of the same kind
    (after the scorer's normalisation), which would make matching ambiguous;
  * every entity's name or one of its aliases occurs in the text after removing 《》 and
    whitespace.  The text is read in its own encoding (UTF-8, Big5 or GB18030) and is also
    tried after HTML-entity decoding and after NFKC (full-width ASCII), because the
    documents carry those converter artefacts.  Canonical names that do not occur
    (resolved jurisdiction, repaired damage, simplified form of a Traditional text) are
    listed as information, as are aliases that do not occur (extra accepted forms).
Exit status 1 if any error was found.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
ENCODINGS = {"003_jinjiang.txt": "big5", "005_henan_scjg.txt": "gb18030", "012_liulin.txt": "gb18030"}

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕[\d□?]+号$")  # □/? = digit lost beyond repair, kept as written
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")

sys.path.insert(0, "/work/shared")
try:
    from score import norm  # the scorer's own normalisation
except Exception:  # pragma: no cover
    def norm(t):
        return None if t is None else unicodedata.normalize("NFKC", str(t))


def squeeze(text):
    return re.sub(r"\s+", "", text.replace("《", "").replace("》", ""))


def read_text(path):
    raw = path.read_bytes()
    enc = ENCODINGS.get(path.name)
    if enc:
        return raw.decode(enc), enc
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        for enc in ("gb18030", "big5"):
            try:
                return raw.decode(enc), enc
            except UnicodeDecodeError:
                pass
    return raw.decode("utf-8", "replace"), "utf-8?"


def variants(text):
    un = html.unescape(text)
    return [squeeze(text), squeeze(un), squeeze(unicodedata.normalize("NFKC", un))]


def occurs(form, texts):
    f = squeeze(form)
    if not f:
        return False
    return any(f in t or unicodedata.normalize("NFKC", f) in t for t in texts)


def main():
    verbose = "--verbose" in sys.argv
    errors, infos = [], []
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")
    stats = []
    for gf in files:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")

        def info(msg):
            infos.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}")
            continue
        keys = {"doc", "report", "regulations", "organizations", "measures"}
        if set(g) != keys:
            err(f"keys {sorted(g)} != {sorted(keys)}")
            continue
        doc = g["doc"]
        if not isinstance(doc, str) or Path(doc).stem != gf.stem or not (DOCS / doc).exists():
            err(f"doc {doc!r} does not name docs/{gf.stem}.txt")
            continue
        text, enc = read_text(DOCS / doc)
        texts = variants(text)
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500-5000")
        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err("report keys wrong")
        else:
            if rep["title"] is not None and not isinstance(rep["title"], str):
                err("report.title not str/null")
            if rep["title"] is None:
                info("report.title is null")
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f].strip():
                    err(f"report.{f} empty")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                err(f"report.year {rep['year']!r} not an int in 2015-2025")
            if rep["date"] is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
                err(f"report.date {rep['date']!r} not YYYY-MM-DD")
            if rep["date"] is None:
                info("report.date is null")
            orgforms = {norm(a) for o in g["organizations"] for a in [o.get("name", ""), *o.get("aliases", [])]}
            if norm(rep.get("publisher")) not in orgforms:
                err(f"publisher {rep.get('publisher')!r} is not a gold organization")
        allowed = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEASURE_TYPES}
        counts = []
        for kind in ("regulations", "organizations", "measures"):
            items = g[kind]
            if not isinstance(items, list):
                err(f"{kind} not a list")
                continue
            counts.append(len(items))
            seen_names, seen_alias = set(), {}
            for e in items:
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: bad name {name!r}")
                    continue
                need = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != need:
                    err(f"{kind}: {name}: keys {sorted(e)} != {sorted(need)}")
                aliases = e.get("aliases")
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    err(f"{kind}: {name}: aliases must be a list of non-empty str")
                    aliases = []
                if e.get("type") not in allowed[kind]:
                    err(f"{kind}: {name}: type {e.get('type')!r}")
                if kind == "regulations":
                    dn = e.get("doc_number")
                    if dn is not None and not (isinstance(dn, str) and DOCNUM.match(dn)):
                        err(f"regulation {name}: doc_number {dn!r} not normalised")
                    if e.get("issuer") is not None and not isinstance(e.get("issuer"), str):
                        err(f"regulation {name}: issuer not str/null")
                    if e.get("relation") not in RELATIONS:
                        err(f"regulation {name}: relation {e.get('relation')!r}")
                    if isinstance(e.get("issuer"), str):
                        for part in e["issuer"].split():
                            if norm(part) not in orgforms:
                                info(f"issuer part {part!r} of {name} is not a gold organization")
                if norm(name) in seen_names:
                    err(f"{kind}: duplicate name {name}")
                seen_names.add(norm(name))
                for a in [name, *aliases]:
                    k = norm(a)
                    if k in seen_alias and seen_alias[k] != name:
                        err(f"{kind}: form {a!r} used by {seen_alias[k]!r} and {name!r}")
                    seen_alias.setdefault(k, name)
                found = [a for a in [name, *aliases] if occurs(a, texts)]
                if not found:
                    err(f"{kind}: neither {name!r} nor its aliases {aliases} occur in the text")
                else:
                    if not occurs(name, texts):
                        info(f"{kind}: canonical {name!r} does not occur (resolved/repaired); via {found[0]!r}")
                    for a in aliases:
                        if not occurs(a, texts):
                            info(f"{kind}: alias {a!r} of {name!r} does not occur (accepted form)")
        stats.append(f"{gf.stem:<22}{enc:<9}{n:>6} chars  reg={counts[0]:<3} org={counts[1]:<3} mea={counts[2]:<3}")
    print("\n".join(stats))
    if verbose:
        print("\n".join("INFO  " + i for i in infos))
    print("\n".join("ERROR " + e for e in errors))
    print(f"{len(files)} gold files, {len(errors)} errors, {len(infos)} notes" + ("" if verbose else " (--verbose to list notes)"))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
