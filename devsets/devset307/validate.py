#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [DEVSET_DIR]      (default: the directory of this script)

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
  * `doc` names an existing docs/<doc> file (UTF-8, or GB18030 for documents meant to be in a
    legacy encoding) of 1,500-5,000 characters;
  * report: title (str|null), publisher, region (non-empty str), year (int 2015-2025),
    date (YYYY-MM-DD|null); publisher is the name or an alias of a gold organization;
  * every entity has the fields of its kind with valid types; regulation `type`/`relation`
    from the enumerations; `doc_number` null or normalised 机关代字〔YYYY〕N号 (order numbers
    like …令第N号 are accepted and listed); `issuer` parts are gold organizations (warning);
  * the name or at least one alias of every entity occurs in the text after the scorer's
    normalisation (title marks, quotes and whitespace removed, brackets and dashes unified);
    canonical names that do not occur are listed as information (resolved names), aliases
    that do not occur are warnings;
  * no two entities of one kind in one document share a normalised name/alias (the scorer
    would silently merge them);
  * across documents, a surface form that is some entity's canonical name is not filed under
    a different canonical name elsewhere (warning: cross-document consistency).
Exit status 1 if any ERROR was found.
"""
import json
import re
import sys
import unicodedata
from collections import defaultdict
from datetime import date
from pathlib import Path

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


KINDS = ("regulations", "organizations", "measures")
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEASURE_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
FIELDS = {
    "regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
    "organizations": {"name", "aliases", "type"},
    "measures": {"name", "aliases", "type"},
}
TYPES = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEASURE_TYPES}
DOCNUM_RE = re.compile(r"^[^\s〔〕]+〔(19|20)\d\d〕\d+号$")
ORDER_RE = re.compile(r"^\S+令第\d+号$")


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("unknown", raw, 0, 1, "neither UTF-8 nor GB18030")


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    errors, warnings, infos = [], [], []
    surface = defaultdict(lambda: defaultdict(set))  # kind -> norm surface -> {canonical}
    gold_files = sorted((root / "gold").glob("*.json"))
    if not gold_files:
        sys.exit(f"no gold files in {root / 'gold'}")
    docs_seen = set()
    for gf in gold_files:
        tag = gf.name

        def err(msg):
            errors.append(f"{tag}: {msg}")

        def warn(msg):
            warnings.append(f"{tag}: {msg}")

        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f"JSON does not load: {exc}")
            continue
        if not isinstance(gold, dict) or set(gold) != {"doc", *KINDS, "report"}:
            err(f"top-level keys {sorted(gold) if isinstance(gold, dict) else type(gold)}")
            continue
        doc = gold["doc"]
        if not isinstance(doc, str) or not doc.endswith(".txt") or doc[:-4] != gf.stem:
            err(f"doc field {doc!r} does not match file name")
        txt_path = root / "docs" / str(doc)
        if not txt_path.exists():
            err(f"text file {txt_path} missing")
            continue
        docs_seen.add(txt_path.name)
        text, enc = read_text(txt_path)
        if enc != "utf-8":
            infos.append(f"{tag}: text is encoded in {enc}")
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f"text length {n} outside 1500-5000 characters")
        ntext = norm(text)

        # report
        rep = gold["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f"report keys {sorted(rep) if isinstance(rep, dict) else rep!r}")
        else:
            if rep["title"] is not None:
                if not isinstance(rep["title"], str) or not rep["title"].strip():
                    err("report.title must be a non-empty string or null")
                elif norm(rep["title"]) not in ntext:
                    warn(f"report.title {rep['title']!r} not found in text")
            for f in ("publisher", "region"):
                if not isinstance(rep[f], str) or not rep[f].strip():
                    err(f"report.{f} not filled")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                err(f"report.year {rep['year']!r} not an int in 2015-2025")
            if rep["date"] is not None:
                try:
                    d = date.fromisoformat(rep["date"])
                    if not re.fullmatch(r"\d{4}-\d\d-\d\d", rep["date"]):
                        raise ValueError
                    if isinstance(rep["year"], int) and not rep["year"] <= d.year <= rep["year"] + 1:
                        warn(f"report.date {rep['date']} far from year {rep['year']}")
                except (TypeError, ValueError):
                    err(f"report.date {rep['date']!r} is not YYYY-MM-DD")
            else:
                infos.append(f"{tag}: report.date is null")
            if rep["title"] is None:
                infos.append(f"{tag}: report.title is null")

        # entities
        org_forms = {}
        for o in gold.get("organizations", []) if isinstance(gold.get("organizations"), list) else []:
            if isinstance(o, dict) and isinstance(o.get("name"), str):
                for a in [o["name"], *(o.get("aliases") or [])]:
                    org_forms.setdefault(norm(a), o["name"])
        if isinstance(rep, dict) and isinstance(rep.get("publisher"), str):
            if norm(rep["publisher"]) not in org_forms:
                err(f"publisher {rep['publisher']!r} is not a gold organization")
            elif org_forms[norm(rep["publisher"])] != rep["publisher"]:
                warn(f"publisher {rep['publisher']!r} is an alias, not the canonical name")
        for kind in KINDS:
            items = gold[kind]
            if not isinstance(items, list):
                err(f"{kind} is not a list")
                continue
            owner = {}
            names = set()
            for i, e in enumerate(items):
                where = f"{kind}[{i}]"
                if not isinstance(e, dict) or set(e) != FIELDS[kind]:
                    err(f"{where}: fields {sorted(e) if isinstance(e, dict) else e!r}, want {sorted(FIELDS[kind])}")
                    continue
                name, aliases = e["name"], e["aliases"]
                if not isinstance(name, str) or not name.strip():
                    err(f"{where}: empty name")
                    continue
                where = f"{kind} {name!r}"
                if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                    err(f"{where}: aliases must be a list of non-empty strings")
                    continue
                if name in names:
                    err(f"{where}: canonical name listed twice")
                names.add(name)
                if e["type"] not in TYPES[kind]:
                    err(f"{where}: type {e['type']!r} not in {sorted(TYPES[kind])}")
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        err(f"{where}: relation {e['relation']!r}")
                    dn = e["doc_number"]
                    if dn is not None:
                        if not isinstance(dn, str):
                            err(f"{where}: doc_number not a string")
                        elif ORDER_RE.match(dn):
                            infos.append(f"{tag}: {where}: order number kept as written: {dn}")
                        elif not DOCNUM_RE.match(dn):
                            err(f"{where}: doc_number {dn!r} not normalised to 机关代字〔YYYY〕N号")
                        else:
                            # the number must be findable in the text in some bracket style
                            m = re.match(r"^(.+)〔(\d{4})〕(\d+)号$", dn)
                            pat = re.escape(m.group(1)) + r"\s*[〔\[\(（【﹝]?\s*" + m.group(2) + r"\s*[〕\]\)）】﹞]?\s*" + m.group(3) + r"\s*号"
                            if not re.search(pat, text):
                                warn(f"{where}: doc_number {dn} not found in text in any bracket style")
                    iss = e["issuer"]
                    if iss is not None:
                        if not isinstance(iss, str) or not iss.strip():
                            err(f"{where}: issuer must be a non-empty string or null")
                        else:
                            for part in iss.split():
                                if norm(part) not in org_forms:
                                    warn(f"{where}: issuer part {part!r} is not a gold organization")
                forms = [name, *aliases]
                found = [f for f in forms if norm(f) in ntext]
                if not found:
                    err(f"{where}: neither name nor any alias occurs in the text")
                elif norm(name) not in ntext:
                    infos.append(f"{tag}: {where}: canonical name resolved (not in text); found via {found[0]!r}")
                for a in aliases:
                    if norm(a) not in ntext:
                        warn(f"{where}: alias {a!r} does not occur in the text")
                    if norm(a) == norm(name):
                        infos.append(f"{tag}: {where}: alias {a!r} equals the name after normalisation")
                for f in forms:
                    k = norm(f)
                    if k in owner and owner[k] != name:
                        err(f"{where}: form {f!r} also belongs to {owner[k]!r} (scorer would merge them)")
                    owner.setdefault(k, name)
                    surface[kind][k].add(name)
    # A short form (县委, 市政府) legitimately resolves to different bodies in different reports;
    # a form that is itself somebody's canonical name must not be filed under another name.
    for kind, table in surface.items():
        canon_forms = {norm(c) for names in table.values() for c in names}
        for k, canon in sorted(table.items()):
            if len(canon) > 1 and k in canon_forms:
                warnings.append(f"cross-doc: {kind} form {k!r} has several canonical names: {sorted(canon)}")
    extra = sorted(p.name for p in (root / "docs").glob("*.txt") if p.name not in docs_seen)
    for x in extra:
        errors.append(f"docs/{x}: no gold file")
    for label, lst in (("INFO", infos), ("WARNING", warnings), ("ERROR", errors)):
        for line in lst:
            print(f"{label}\t{line}")
    print(f"\n{len(gold_files)} gold files: {len(errors)} errors, {len(warnings)} warnings, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
