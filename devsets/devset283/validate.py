#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]     (default: the directory of this script)

Checks, per gold file:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file and matches the gold file name;
  * report fields: title (str|null), publisher/region (non-empty str), year (int 2000-2030),
    date (YYYY-MM-DD or null; null is reported as a note), publisher is one of the gold organizations;
  * every entity has the right keys and types; `type` / `relation` values are from ANNOTATION.md;
    doc_number has the normalised form 机关代字〔年份〕序号号 (order / announcement numbers such as
    `…令第18号` or `…公告2018年第32号` are accepted and listed as notes);
  * no two entities of one kind share a name or alias after normalisation (the scorer could not
    tell them apart);
  * every entity's name or one of its aliases occurs in the text (after removing 《》〈〉 and
    whitespace; as a fallback the scorer's normalisation is applied to both sides).
    Canonical names that do not occur themselves (resolved names) are listed as notes.
Exit status 1 if any ERROR was found.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

KINDS = ("regulations", "organizations", "measures")
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO_STD = re.compile(r"^\S+〔(19|20)\d\d〕\d+号$")
DOCNO_ALT = re.compile(r"^\S+(令第\d+号|令\d{4}年第\d+号|公告\d{4}年第\d+号)$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# scorer normalisation (score.py, ANNOTATION.md section 6)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def snorm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def light(text):
    return re.sub(r"[《》〈〉\s\u3000]", "", str(text))


def occurs(form, text_light, text_norm):
    f = light(form)
    if f and f in text_light:
        return True
    f = snorm(form)
    return bool(f) and f in text_norm


def main():
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_dir, doc_dir = base / "gold", base / "docs"
    errors, notes = [], []
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        print(f"no gold files in {gold_dir}")
        return 1
    for gf in files:
        name = gf.name

        def err(msg):
            errors.append(f"{name}: {msg}")

        def note(msg):
            notes.append(f"{name}: {msg}")

        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", *KINDS, "report"}:
            err(f"top-level keys {sorted(g)}")
        doc = g.get("doc")
        if not isinstance(doc, str) or not doc.endswith(".txt") or doc[:-4] != gf.stem:
            err(f"doc field {doc!r} does not match file name")
            continue
        tp = doc_dir / doc
        if not tp.exists():
            err(f"text {tp} missing")
            continue
        raw = tp.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
            note("text is not UTF-8 (decoded as GB18030)")
        tl, tn = light(text), snorm(text)

        rep = g.get("report")
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep!r}")
            rep = {}
        if rep.get("title") is None:
            note("report.title is null")
        elif not isinstance(rep["title"], str) or not occurs(rep["title"], tl, tn):
            err(f"report.title {rep.get('title')!r} not in text")
        for f in ("publisher", "region"):
            if not isinstance(rep.get(f), str) or not rep.get(f).strip():
                err(f"report.{f} not filled")
        if not isinstance(rep.get("year"), int) or not 2000 <= rep["year"] <= 2030:
            err(f"report.year {rep.get('year')!r}")
        if rep.get("date") is None:
            note("report.date is null")
        elif not (isinstance(rep["date"], str) and DATE.match(rep["date"])):
            err(f"report.date {rep.get('date')!r}")
        orgnames = {snorm(a) for o in g.get("organizations", []) for a in [o.get("name", ""), *o.get("aliases", [])]}
        if isinstance(rep.get("publisher"), str) and snorm(rep["publisher"]) not in orgnames:
            err(f"publisher {rep['publisher']!r} is not among the organizations")

        for kind in KINDS:
            items = g.get(kind)
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            seen = {}
            for i, e in enumerate(items):
                where = f"{kind}[{i}] {e.get('name') if isinstance(e, dict) else e!r}"
                if not isinstance(e, dict):
                    err(f"{where}: not an object")
                    continue
                keys = {"name", "aliases", "type"}
                if kind == "regulations":
                    keys |= {"doc_number", "issuer", "relation"}
                if set(e) != keys:
                    err(f"{where}: keys {sorted(e)}")
                if not isinstance(e.get("name"), str) or not e["name"].strip():
                    err(f"{where}: empty name")
                    continue
                al = e.get("aliases")
                if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
                    err(f"{where}: aliases must be a list of non-empty strings")
                    al = []
                allowed = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}[kind]
                if e.get("type") not in allowed:
                    err(f"{where}: type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        err(f"{where}: relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None:
                        if not isinstance(dn, str):
                            err(f"{where}: doc_number {dn!r}")
                        elif DOCNO_ALT.match(dn):
                            note(f"{where}: order/announcement number kept as written: {dn}")
                        elif not DOCNO_STD.match(dn):
                            err(f"{where}: doc_number not normalised: {dn}")
                        elif not occurs(dn, tl, tn):
                            note(f"{where}: doc_number {dn} repaired/normalised (not verbatim in text)")
                    iss = e.get("issuer")
                    if iss is not None:
                        if not isinstance(iss, str):
                            err(f"{where}: issuer {iss!r}")
                        else:
                            for part in iss.split():
                                if snorm(part) not in orgnames:
                                    note(f"{where}: issuer part {part!r} is not an annotated organization")
                # duplicates
                for form in [e["name"], *al]:
                    k = snorm(form)
                    if k in seen and seen[k] != i:
                        err(f"{where}: form {form!r} also belongs to {kind}[{seen[k]}]")
                    seen.setdefault(k, i)
                # occurrence
                forms = [e["name"], *al]
                hits = [f for f in forms if occurs(f, tl, tn)]
                if not hits:
                    err(f"{where}: neither name nor any alias occurs in the text")
                elif not occurs(e["name"], tl, tn):
                    note(f"{where}: canonical name resolved (occurs via alias {hits[0]!r})")
                for a in al:
                    if not occurs(a, tl, tn):
                        note(f"{where}: alias {a!r} is an accepted form that does not occur verbatim")
        n_text = len(text)
        if not 1500 <= n_text <= 5000:
            err(f"text length {n_text} outside 1500-5000")
    for n in notes:
        print("NOTE ", n)
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(notes)} notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
