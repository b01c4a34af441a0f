#!/usr/bin/env python3
"""Validate the gold files of this devset against ANNOTATION.md and the texts.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this script)

Checks, per gold/<stem>.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing docs/<stem>.txt;
  * report: title str|null, publisher/region non-empty str, year int (2015-2025), date YYYY-MM-DD;
    the publisher is one of the gold organizations (by name or alias);
  * every entity: name non-empty str, aliases list of str, type from ANNOTATION.md; regulations also
    doc_number (normalised 机关代字〔年份〕序号号 or a 令第N号 order number, else null), issuer str|null,
    relation in issues/implements/studies/mentions;
  * no two entities of one kind share a normalised name/alias (the scorer would merge them);
  * every entity's name or one of its aliases occurs in the text (after HTML-unescaping and removing
    title marks and whitespace).  A resolved canonical name that does not occur is reported as INFO
    when an alias occurs; nothing occurring is an ERROR; an alias that does not occur is a WARNING.
  * coverage hints (WARNING): every 《…》/〈…〉 title in the text must be a regulation name/alias;
    every “…” quoted phrase should appear inside some gold name or alias.
Exit status 1 if there is any ERROR.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
KINDS = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}
DOCNUM = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$|^\S+令第\d+号$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Quoted phrases reviewed and deliberately NOT annotated (see README "annotation decisions").
NOT_ENTITIES = {
    "一揽子": "half of a slogan (“一站式”接待、“一揽子”化解), no named instrument",
    "散乱污": "category of polluting firms, not a policy instrument",
    "小散乱污": "category of polluting firms, not a policy instrument",
    "四个全面": "political strategic layout, not a policy instrument",
    "两委": "generic village bodies (村“两委”), no particular body",
}

# same normalisation as score.py (for the duplicate check)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def strip_marks(text):
    """Remove title marks and whitespace (incl. decoded &nbsp;) -- the occurrence check view."""
    return re.sub(r"[《》〈〉\s\u00a0\u3000]", "", text)


def check(devset):
    docs_dir, gold_dir = devset / "docs", devset / "gold"
    errors = warnings = infos = 0
    gold_files = sorted(gold_dir.glob("*.json"))
    txt_files = sorted(docs_dir.glob("*.txt"))
    if {g.stem for g in gold_files} != {t.stem for t in txt_files}:
        print("ERROR docs/ and gold/ do not pair up:",
              sorted({g.stem for g in gold_files} ^ {t.stem for t in txt_files}))
        errors += 1

    def say(level, stem, msg):
        nonlocal errors, warnings, infos
        if level == "ERROR":
            errors += 1
        elif level == "WARNING":
            warnings += 1
        else:
            infos += 1
        print(f"{level:7} {stem}: {msg}")

    for gf in gold_files:
        stem = gf.stem
        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            say("ERROR", stem, f"JSON does not load: {exc}")
            continue
        if set(gold) != {"doc", "report", "regulations", "organizations", "measures"}:
            say("ERROR", stem, f"top-level keys {sorted(gold)}")
        if gold.get("doc") != stem + ".txt":
            say("ERROR", stem, f"doc field {gold.get('doc')!r} != {stem}.txt")
        tpath = docs_dir / (stem + ".txt")
        if not tpath.exists():
            say("ERROR", stem, "text file missing")
            continue
        raw = tpath.read_text(encoding="utf-8")
        text = html.unescape(raw)
        view = strip_marks(text)
        if not 1500 <= len(raw) <= 5000:
            say("WARNING", stem, f"text has {len(raw)} characters (brief: 1,500-5,000)")

        # report
        rep = gold.get("report") or {}
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            say("ERROR", stem, f"report keys {sorted(rep)}")
        if rep.get("title") is not None and not isinstance(rep.get("title"), str):
            say("ERROR", stem, "report.title must be str or null")
        if rep.get("title") is None:
            say("INFO", stem, "report.title is null (text has no title)")
        elif strip_marks(rep["title"]) not in view:
            say("WARNING", stem, f"report.title not found in text: {rep['title']}")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f):
                say("ERROR", stem, f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            say("ERROR", stem, f"report.year {rep.get('year')!r}")
        elif str(rep["year"]) not in text:
            say("WARNING", stem, "report.year does not occur in text")
        if not isinstance(rep.get("date"), str) or not DATE.match(rep["date"]):
            say("ERROR", stem, f"report.date not filled / not YYYY-MM-DD: {rep.get('date')!r}")
        org_forms = {norm(x) for o in gold.get("organizations", []) for x in [o.get("name", ""), *o.get("aliases", [])]}
        if rep.get("publisher") and norm(rep["publisher"]) not in org_forms:
            say("ERROR", stem, f"publisher {rep['publisher']} is not a gold organization")

        all_forms = []
        for kind, types in KINDS.items():
            items = gold.get(kind)
            if not isinstance(items, list):
                say("ERROR", stem, f"{kind} is not a list")
                continue
            seen = {}
            for e in items:
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    say("ERROR", stem, f"{kind}: bad name {name!r}")
                    continue
                aliases = e.get("aliases")
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                    say("ERROR", stem, f"{kind}: {name}: aliases must be a list of non-empty str")
                    aliases = []
                if e.get("type") not in types:
                    say("ERROR", stem, f"{kind}: {name}: type {e.get('type')!r}")
                expected = {"name", "aliases", "type"}
                if kind == "regulations":
                    expected |= {"doc_number", "issuer", "relation"}
                    dn = e.get("doc_number")
                    if dn is not None and (not isinstance(dn, str) or not DOCNUM.match(dn)):
                        say("ERROR", stem, f"{kind}: {name}: doc_number not normalised: {dn!r}")
                    if dn is not None and strip_marks(dn)[:2] not in view:
                        say("WARNING", stem, f"{kind}: {name}: doc_number prefix not in text: {dn}")
                    if e.get("issuer") is not None and not isinstance(e.get("issuer"), str):
                        say("ERROR", stem, f"{kind}: {name}: issuer must be str or null")
                    if e.get("relation") not in RELATIONS:
                        say("ERROR", stem, f"{kind}: {name}: relation {e.get('relation')!r}")
                if set(e) != expected:
                    say("ERROR", stem, f"{kind}: {name}: keys {sorted(e)} (expected {sorted(expected)})")
                forms = [name, *aliases]
                for f in forms:
                    k = norm(f)
                    if k in seen and seen[k] != name:
                        say("ERROR", stem, f"{kind}: form {f!r} used by both {seen[k]!r} and {name!r}")
                    seen.setdefault(k, name)
                    all_forms.append(strip_marks(f))
                found = [f for f in forms if strip_marks(f) in view]
                if not found:
                    say("ERROR", stem, f"{kind}: {name}: neither name nor any alias occurs in text")
                    continue
                if name not in found:
                    say("INFO", stem, f"{kind}: resolved name {name!r} (text has {found[0]!r})")
                for a in aliases:
                    if a not in found:
                        say("WARNING", stem, f"{kind}: {name}: alias {a!r} does not occur in text")

        # coverage hints
        reg_forms = {strip_marks(x) for r in gold.get("regulations", []) for x in [r["name"], *r.get("aliases", [])]}
        for m in re.finditer(r"《([^《》]+)》|〈([^〈〉]+)〉", text):
            t = strip_marks(m.group(1) or m.group(2))
            if t not in reg_forms:
                say("WARNING", stem, f"title 《{t}》 is not a regulation name/alias")
        joined = "\n".join(all_forms)
        for m in re.finditer(r"“([^“”]{1,40})”", text):
            q = strip_marks(m.group(1))
            if q in NOT_ENTITIES:
                say("INFO", stem, f"quoted “{q}” reviewed, not an entity: {NOT_ENTITIES[q]}")
            elif q not in joined:
                say("WARNING", stem, f"quoted “{q}” is in no gold name/alias")
    # cross-document consistency: one canonical name, one type
    types = {}
    for gf in gold_files:
        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except Exception:  # noqa: BLE001
            continue
        for kind in KINDS:
            for e in gold.get(kind, []):
                if isinstance(e, dict) and "name" in e:
                    types.setdefault((kind, e["name"]), set()).add(e.get("type"))
    for (kind, name), ts in sorted(types.items()):
        if len(ts) > 1:
            say("WARNING", "*", f"{kind}: {name} has different types across files: {sorted(map(str, ts))}")
    print(f"\n{len(gold_files)} gold files: {errors} errors, {warnings} warnings, {infos} info")
    return errors


if __name__ == "__main__":
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    sys.exit(1 if check(base) else 0)
