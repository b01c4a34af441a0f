#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--verbose]

Checks, for every gold/*.json:
  * JSON loads; keys and value types follow ANNOTATION.md section 5;
  * type / relation values are from the closed lists; doc_number is normalised (…〔YYYY〕N号);
  * report fields publisher, region, year are filled (title/date may be null, reported as info);
    the publisher is one of the gold organizations (name or alias);
  * the doc file exists, decodes, and is 1,500–5,000 characters;
  * every canonical name or one of its aliases occurs in the text (after removing 《》〈〉,
    whitespace and PDF page-footer lines; a second, looser pass also ignores quotation marks and unifies brackets/punctuation
    the way score.py does); every alias occurs in the text;
  * no two entities of one kind share a normalised name/alias (the scorer would merge them).
Canonical names that do not occur verbatim (resolved names) are listed as exceptions, not errors.
Exit status 1 if there are errors.
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
TOP = {"doc", "report", "regulations", "organizations", "measures"}
REPORT = {"title", "publisher", "region", "year", "date"}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
FOOTER = re.compile(r"^[ \t\u3000]*[—\-–]+[ \t\u3000]*\d+[ \t\u3000]*[—\-–]+[ \t\u3000]*$", re.M)
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(s):  # same as score.py
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(_MAP.get(c, c) for c in s if c not in _DROP)


def literal(s):  # remove title marks and whitespace only
    return re.sub(r"[《》〈〉\s\u3000]", "", str(s))


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise UnicodeDecodeError("?", raw, 0, 1, "undecodable")


def main():
    verbose = "--verbose" in sys.argv
    errors, infos = [], []
    files = sorted((HERE / "gold").glob("*.json"))
    if not files:
        sys.exit("no gold files")
    for gf in files:
        tag = gf.name
        def err(msg): errors.append(f"{tag}: {msg}")
        def info(msg): infos.append(f"{tag}: {msg}")
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:
            err(f"JSON does not load: {exc}"); continue
        if set(g) != TOP:
            err(f"top-level keys {sorted(g)} != {sorted(TOP)}")
        if g.get("doc") != gf.stem + ".txt":
            err(f"doc field {g.get('doc')!r} != {gf.stem + '.txt'!r}")
        docp = HERE / "docs" / (gf.stem + ".txt")
        if not docp.exists():
            err("doc file missing"); continue
        text, enc = read_doc(docp)
        if enc != "utf-8-sig":
            info(f"decoded as {enc}")
        if not 1500 <= len(text) <= 5000:
            err(f"doc length {len(text)} outside 1500-5000")
        # PDF page footers ("— 3 —", "- 3 -") may split a title across pages: drop them
        body = FOOTER.sub("\n", text)
        lit_text, norm_text = literal(body), norm(body)
        rep = g.get("report") or {}
        if set(rep) != REPORT:
            err(f"report keys {sorted(rep)} != {sorted(REPORT)}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f"report.year {rep.get('year')!r} not an int in 2015-2025")
        if rep.get("date") is not None and not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            err(f"report.date {rep.get('date')!r} not YYYY-MM-DD")
        for f in ("title", "date"):
            if rep.get(f) is None:
                info(f"report.{f} is null")
        if rep.get("title") and literal(rep["title"]) not in lit_text:
            err(f"report.title does not occur in text")
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list"); continue
            seen = {}
            for e in items:
                want = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if not isinstance(e, dict) or set(e) != want:
                    err(f"{kind}: bad keys in {e!r}"); continue
                name = e["name"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{kind}: empty name"); continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    err(f"{kind}: {name}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    err(f"{kind}: {name}: bad type {e['type']!r}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{kind}: {name}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                        err(f"{kind}: {name}: doc_number {e['doc_number']!r} not normalised")
                    if e["issuer"] is not None and not isinstance(e["issuer"], str):
                        err(f"{kind}: {name}: issuer must be a string or null")
                    if e["doc_number"] and norm(e["doc_number"])[:-1].split("(")[0] not in norm_text:
                        err(f"{kind}: {name}: doc_number agency code not in text")
                for form in [name, *e["aliases"]]:
                    k = norm(form)
                    if k in seen and seen[k] != name:
                        err(f"{kind}: {form!r} is a name/alias of both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                for a in e["aliases"]:
                    if literal(a) not in lit_text and norm(a) not in norm_text:
                        err(f"{kind}: alias {a!r} of {name!r} does not occur in text")
                    elif literal(a) not in lit_text and verbose:
                        info(f"{kind}: alias {a!r} occurs only after normalisation")
                if literal(name) in lit_text:
                    continue
                if norm(name) in norm_text:
                    info(f"{kind}: {name!r} occurs only after quote/bracket normalisation")
                    continue
                if any(literal(a) in lit_text or norm(a) in norm_text for a in e["aliases"]):
                    info(f"{kind}: resolved canonical {name!r} not in text; alias occurs")
                else:
                    err(f"{kind}: neither {name!r} nor an alias occurs in text")
        orgforms = {norm(f) for o in g.get("organizations", []) for f in [o["name"], *o["aliases"]]}
        if rep.get("publisher") and norm(rep["publisher"]) not in orgforms:
            err(f"publisher {rep['publisher']!r} is not a gold organization")
    print(f"{len(files)} gold files checked: {len(errors)} errors, {len(infos)} exceptions/info")
    if verbose or errors:
        for m in infos:
            print("  info  ", m)
    for m in errors:
        print("  ERROR ", m)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
