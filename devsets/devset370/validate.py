#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this script)

Checks, per gold/<stem>.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` is "<stem>.txt" and docs/<doc> exists;
  * report: title (str|null), publisher/region (non-empty str), year (int 2000-2030),
    date (YYYY-MM-DD|null); publisher is one of the gold organizations (name or alias);
  * every entity: name (non-empty str), aliases (list of str), type in the allowed set;
    regulations also doc_number (str|null, normalised 〔YYYY〕 form), issuer (str|null),
    relation in the allowed set;
  * no normalised name/alias is shared by two entities of one kind (the scorer would
    silently give it to the first one);
  * occurrence: the name or at least one alias (《》〈〉 and whitespace removed) occurs in the
    text; the text is read as UTF-8 or, failing that, GB18030, and is also checked after
    HTML-entity decoding and tag stripping.

ERROR lines make the exit status 1; NOTE lines are informational (resolved canonical names
that do not occur literally, aliases found only after HTML clean-up, non-standard 文号 …).
"""
import html
import json
import re
import sys
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KINDS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DATE = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def score_norm(text):
    """The scorer's normalisation (score.py), used for the collision check."""
    import unicodedata
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def occ_norm(text):
    """For the occurrence check: drop title marks and whitespace only."""
    return re.sub(r"[《》〈〉\s\u3000]", "", text)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace"), "utf-8?"


def clean_html(text):
    text = re.sub(r"<[^<>]{1,300}>", "", text)
    return html.unescape(text).replace("\xa0", " ")


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors = notes = 0

    def err(stem, msg):
        nonlocal errors
        errors += 1
        print(f"ERROR {stem}: {msg}")

    def note(stem, msg):
        nonlocal notes
        notes += 1
        print(f"NOTE  {stem}: {msg}")

    golds = sorted((root / "gold").glob("*.json"))
    if not golds:
        sys.exit("no gold files")
    docs = {p.name for p in (root / "docs").glob("*.txt")}
    for gf in golds:
        stem = gf.stem
        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(stem, f"JSON does not load: {exc}")
            continue
        if set(gold) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(stem, f"top-level keys {sorted(gold)}")
        if gold.get("doc") != stem + ".txt":
            err(stem, f"doc field {gold.get('doc')!r} != {stem}.txt")
        if gold.get("doc") not in docs:
            err(stem, "document file missing in docs/")
            continue
        text, enc = read_text(root / "docs" / gold["doc"])
        if enc != "utf-8":
            note(stem, f"document is encoded as {enc}")
        n_chars = len(text)
        if not 1500 <= n_chars <= 5000:
            err(stem, f"document length {n_chars} outside 1500-5000")
        plain = occ_norm(text)
        cleaned = occ_norm(clean_html(text))
        scored = score_norm(clean_html(text))

        # report
        rep = gold.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(stem, f"report keys {sorted(rep)}")
        if rep.get("title") is not None and not isinstance(rep.get("title"), str):
            err(stem, "report.title must be str or null")
        if rep.get("title") and occ_norm(rep["title"]) not in cleaned:
            err(stem, f"report.title not in text: {rep['title']}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                err(stem, f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
            err(stem, f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not DATE.match(str(rep["date"])):
            err(stem, f"report.date {rep.get('date')!r}")
        if rep.get("date") is None:
            note(stem, "report.date is null")
        org_forms = {score_norm(a) for o in gold.get("organizations", [])
                     for a in [o["name"], *o.get("aliases", [])]}
        if rep.get("publisher") and score_norm(rep["publisher"]) not in org_forms:
            err(stem, f"publisher {rep['publisher']} is not a gold organization")

        # entities
        for kind, allowed in KINDS.items():
            items = gold.get(kind)
            if not isinstance(items, list):
                err(stem, f"{kind} is not a list")
                continue
            seen = {}
            for e in items:
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    err(stem, f"{kind}: empty name in {e}")
                    continue
                want = {"name", "aliases", "type"}
                if kind == "regulations":
                    want |= {"doc_number", "issuer", "relation"}
                if set(e) != want:
                    err(stem, f"{kind} {name}: keys {sorted(e)}")
                aliases = e.get("aliases")
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                    err(stem, f"{kind} {name}: aliases must be a list of non-empty str")
                    aliases = []
                if e.get("type") not in allowed:
                    err(stem, f"{kind} {name}: type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        err(stem, f"{name}: relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None:
                        if not isinstance(dn, str):
                            err(stem, f"{name}: doc_number must be str|null")
                        elif not DOCNUM.match(dn):
                            note(stem, f"{name}: doc_number {dn!r} is not in 代字〔年份〕序号号 form")
                        elif occ_norm(dn) not in cleaned:
                            note(stem, f"{name}: doc_number {dn} normalised (text writes it differently)")
                    iss = e.get("issuer")
                    if iss is not None:
                        if not isinstance(iss, str):
                            err(stem, f"{name}: issuer must be str|null")
                        elif not all(score_norm(p) in org_forms for p in iss.split()):
                            err(stem, f"{name}: issuer {iss} is not (a list of) gold organizations")
                # collisions
                for form in [name, *aliases]:
                    key = score_norm(form)
                    if key in seen and seen[key] != name:
                        err(stem, f"{kind}: form {form!r} used by both {seen[key]!r} and {name!r}")
                    seen.setdefault(key, name)
                    if form != name and key == score_norm(name):
                        pass  # a literal variant of the name (e.g. with quotes) - harmless
                # occurrence
                forms = [name, *aliases]
                raw_hits = [f for f in forms if occ_norm(f) in plain]
                clean_hits = [f for f in forms if occ_norm(f) in cleaned]
                if not clean_hits:
                    err(stem, f"{kind}: neither name nor any alias occurs in text: {name}")
                    continue
                if not raw_hits:
                    note(stem, f"{kind}: {name} occurs only after HTML clean-up")
                if score_norm(name) not in scored:
                    note(stem, f"{kind}: canonical name resolved (alias in text): {name}  <- {clean_hits[0]}")
                for a in aliases:
                    if a not in clean_hits:
                        note(stem, f"{kind}: alias not in text (accepted form only): {name} / {a}")
        print(f"ok    {stem}: {len(gold['regulations'])} regulations, {len(gold['organizations'])} "
              f"organizations, {len(gold['measures'])} measures, {n_chars} chars")
    print(f"\n{len(golds)} gold files, {errors} errors, {notes} notes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
