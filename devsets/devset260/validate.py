#!/usr/bin/env python3
"""Validate the gold files of this development set.

usage: python3 validate.py [DEVSET_DIR]        (default: the directory of this script)

Checks, for every gold/*.json:
  * the JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing file in docs/ (and equals the gold file's stem + .txt);
  * report: title (str or null), publisher, region (non-empty str), year (int 2015-2025),
    date (YYYY-MM-DD or null); the publisher is one of the gold organizations (name or alias);
  * every entity has the fields and value types of ANNOTATION.md (type / relation enums,
    doc_number normalised as 机关代字〔年份〕序号号 or null, issuer str or null, aliases list of str);
  * no normalised form is shared by two entities of the same kind (the scorer would conflate them);
  * every entity's name or at least one alias occurs in the document text after normalisation
    (NFKC, whitespace / 《》〈〉<> / quotation marks removed, brackets and dashes unified);
    canonical names that are resolved and do not occur themselves are reported as INFO.
The document is decoded by its BOM or, failing that, as UTF-8, GB18030 or Big5 (whichever
decodes cleanly and contains the most gold forms).
Exit status 1 if any ERROR was found.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KINDS = ("regulations", "organizations", "measures")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    text = text.replace("&lt;", "<").replace("&gt;", ">")
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def decode(raw, forms):
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = None
    for enc in ("gb18030", "big5"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        t = norm(text)
        hits = sum(1 for f in forms if f and f in t)
        if best is None or hits > best[0]:
            best = (hits, text, enc)
    if best is None:
        return raw.decode("utf-8", errors="replace"), "utf-8(replace)"
    return best[1], best[2]


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, infos = [], []
    golds = sorted((base / "gold").glob("*.json"))
    if not golds:
        sys.exit(f"no gold files in {base / 'gold'}")
    totals = {k: 0 for k in KINDS}
    for gf in golds:
        def err(msg):
            errors.append(f"{gf.name}: {msg}")

        def info(msg):
            infos.append(f"{gf.name}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", *KINDS}:
            err(f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            err(f"doc {g['doc']!r} does not match file name")
        doc_path = base / "docs" / str(g["doc"])
        if not doc_path.exists():
            err(f"document {doc_path} missing")
            continue
        # -------- entity fields
        for kind in KINDS:
            if not isinstance(g[kind], list):
                err(f"{kind} is not a list")
                continue
            totals[kind] += len(g[kind])
            for e in g[kind]:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != want:
                    err(f"{kind} entity keys {sorted(e)} != {sorted(want)}: {e.get('name')}")
                    continue
                if not isinstance(e["name"], str) or not e["name"].strip():
                    err(f"{kind}: empty name")
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in e["aliases"]):
                    err(f"{kind}: bad aliases for {e['name']}")
                types = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEASURE_TYPES}[kind]
                if e["type"] not in types:
                    err(f"{kind}: bad type {e['type']!r} for {e['name']}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"bad relation {e['relation']!r} for {e['name']}")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not isinstance(dn, str):
                            err(f"doc_number not str for {e['name']}")
                        elif not re.fullmatch(r"[^〔〕\s]+〔(19|20)\d\d〕\d+号", dn):
                            info(f"doc_number not in 〔年份〕 form (kept as written): {dn} ({e['name']})")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"issuer not str for {e['name']}")
        # -------- alias clashes
        for kind in KINDS:
            seen = {}
            for e in g[kind]:
                for f in {norm(x) for x in [e["name"], *e["aliases"]]}:
                    if f in seen and seen[f] != e["name"]:
                        err(f"{kind}: form {f!r} shared by {seen[f]!r} and {e['name']!r}")
                    seen[f] = e["name"]
        # -------- report
        r = g["report"]
        if not isinstance(r, dict) or set(r) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys wrong: {r}")
        else:
            if r["title"] is not None and not isinstance(r["title"], str):
                err("report.title not str/null")
            if r["title"] is None:
                info("report.title is null")
            for f in ("publisher", "region"):
                if not isinstance(r[f], str) or not r[f].strip():
                    err(f"report.{f} not filled")
            if not isinstance(r["year"], int) or not 2015 <= r["year"] <= 2025:
                err(f"report.year bad: {r['year']!r}")
            if r["date"] is None:
                info("report.date is null")
            elif not isinstance(r["date"], str) or not re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"]):
                err(f"report.date bad: {r['date']!r}")
            orgforms = {norm(x) for o in g["organizations"] for x in [o["name"], *o["aliases"]]}
            if isinstance(r["publisher"], str) and norm(r["publisher"]) not in orgforms:
                err(f"publisher {r['publisher']!r} is not among the organizations")
        # -------- occurrence in text
        forms = [norm(x) for k in KINDS for e in g[k] for x in [e["name"], *e["aliases"]]]
        text, enc = decode(doc_path.read_bytes(), forms)
        t = norm(text)
        if enc not in ("utf-8",):
            info(f"document decoded as {enc}")
        for kind in KINDS:
            for e in g[kind]:
                found = [x for x in [e["name"], *e["aliases"]] if norm(x) in t]
                if not found:
                    err(f"{kind}: neither name nor any alias occurs in text: {e['name']}")
                elif norm(e["name"]) not in t:
                    info(f"{kind}: resolved name not in text (alias {found[0]!r} is): {e['name']}")
    for line in infos:
        print("INFO ", line)
    for line in errors:
        print("ERROR", line)
    print(f"{len(golds)} gold files, " + ", ".join(f"{k}={v}" for k, v in totals.items())
          + f"; {len(errors)} errors, {len(infos)} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
