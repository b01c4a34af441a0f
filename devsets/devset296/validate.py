#!/usr/bin/env python3
"""Check every gold file of this dev set.

- JSON loads; keys and value types as in ANNOTATION.md section 5; types/relations from the allowed sets;
- report fields filled (publisher, region, year; title/date either null or well-formed) and the publisher
  is one of the gold organizations (name or alias);
- doc_number normalised to 机关代字〔年份〕序号号 and present in the text (brackets of any kind);
- every entity: its name or one of its aliases occurs in the text after removing 《》〈〉<>, quotation
  marks and whitespace (line breaks). Lines of page furniture (page numbers, running headers) are
  removed in a second pass, and so are footnote lines ([1], ①); a form that occurs only then is reported as 'across furniture'.
  Canonical names that do not occur but whose alias does are listed as 'resolved' (fine).
- no two entities of one kind in one document share a normalised form (that would break scoring);
- the same canonical name is written identically and typed identically across documents.
Exit status 1 if there is any ERROR.
"""
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}

# same normalisation as the scorer (ANNOTATION.md section 6)
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


NOTE_RE = re.compile(r"^\s*(?:\[\d+\]|[①②③④⑤⑥⑦⑧⑨⑩])")
PAGE_RE = re.compile(r"^\s*(?:[—\-－·]\s*\d+\s*[—\-－·]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)\s*$")


def strip_furniture(lines):
    """Drop page-number lines, the running header lines that follow them and footnote lines."""
    counts = Counter(l.strip() for l in lines)
    keep, after_page = [], False
    for l in lines:
        s = l.strip()
        if PAGE_RE.match(s):
            after_page = True
            continue
        if NOTE_RE.match(s):
            continue
        if after_page and counts[s] >= 2 and len(s) < 40:
            after_page = False
            continue
        after_page = False
        keep.append(l)
    return keep


def main():
    errors, warnings, infos = [], [], []
    canon_forms = defaultdict(set)
    canon_types = defaultdict(set)
    files = sorted((ROOT / "gold").glob("*.json"))
    if len(files) != 12:
        warnings.append(f"expected 12 gold files, found {len(files)}")
    for gf in files:
        tag = gf.stem
        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{tag}: JSON does not load: {exc}")
            continue
        if set(gold) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: top-level keys {sorted(gold)}")
            continue
        if gold["doc"] != gf.stem + ".txt":
            errors.append(f"{tag}: doc field {gold['doc']!r} does not match file name")
        doc = ROOT / "docs" / gold["doc"]
        if not doc.exists():
            errors.append(f"{tag}: missing text {doc}")
            continue
        raw = doc.read_text(encoding="utf-8")
        n_chars = len(raw)
        if not 1500 <= n_chars <= 5000:
            warnings.append(f"{tag}: text has {n_chars} characters (wanted 1500-5000)")
        lines = raw.splitlines()
        text_a = norm("".join(lines))
        text_b = norm("".join(strip_furniture(lines)))
        text_nb = re.sub(r"[()]", "", text_b)

        def where(form):
            f = norm(form)
            if not f:
                return None
            if f in text_a:
                return "text"
            if f in text_b:
                return "furniture"
            return None

        # report
        rep = gold["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys {sorted(rep)}")
        for k in ("publisher", "region"):
            if not isinstance(rep.get(k), str) or not rep[k]:
                errors.append(f"{tag}: report.{k} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            errors.append(f"{tag}: report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            errors.append(f"{tag}: report.date {rep['date']!r}")
        if rep.get("date") is None:
            infos.append(f"{tag}: report.date is null")
        if rep.get("title") is not None and not where(rep["title"]):
            errors.append(f"{tag}: report.title not found in text: {rep['title']}")
        org_forms = {norm(f) for o in gold["organizations"] for f in [o["name"], *o["aliases"]]}
        if norm(rep.get("publisher") or "") not in org_forms:
            errors.append(f"{tag}: publisher {rep.get('publisher')!r} is not a gold organization")

        for kind in ("regulations", "organizations", "measures"):
            seen = {}
            for e in gold[kind]:
                name = e.get("name")
                if not isinstance(name, str) or not name:
                    errors.append(f"{tag}/{kind}: bad name {e!r}")
                    continue
                if not isinstance(e.get("aliases"), list) or not all(isinstance(a, str) for a in e["aliases"]):
                    errors.append(f"{tag}/{kind}: {name}: aliases must be a list of strings")
                    continue
                want = {"regulations": {"name", "aliases", "type", "doc_number", "issuer", "relation"},
                        "organizations": {"name", "aliases", "type"},
                        "measures": {"name", "aliases", "type"}}[kind]
                if set(e) != want:
                    errors.append(f"{tag}/{kind}: {name}: keys {sorted(e)}")
                types = {"regulations": REG_TYPES, "organizations": ORG_TYPES, "measures": MEA_TYPES}[kind]
                if e.get("type") not in types:
                    errors.append(f"{tag}/{kind}: {name}: bad type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        errors.append(f"{tag}/{kind}: {name}: bad relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None:
                        if not re.fullmatch(r"[^\s〔〕]+〔\d{4}〕\d+号", dn):
                            errors.append(f"{tag}/{kind}: {name}: doc_number not normalised: {dn}")
                        elif re.sub(r"[()]", "", norm(dn)) not in text_nb:
                            errors.append(f"{tag}/{kind}: {name}: doc_number not in text: {dn}")
                    iss = e.get("issuer")
                    if iss is not None and not isinstance(iss, str):
                        errors.append(f"{tag}/{kind}: {name}: issuer must be string or null")
                    if isinstance(iss, str):
                        for part in iss.split():
                            if norm(part) not in org_forms:
                                warnings.append(f"{tag}/{kind}: {name}: issuer part {part} is not a gold organization")
                forms = [name, *e["aliases"]]
                for f in forms:
                    nf = norm(f)
                    if nf in seen and seen[nf] != name:
                        errors.append(f"{tag}/{kind}: form {f!r} used by both {seen[nf]!r} and {name!r}")
                    seen[nf] = name
                found = {f: where(f) for f in forms}
                if not any(found.values()):
                    errors.append(f"{tag}/{kind}: NOT IN TEXT: {name} {e['aliases']}")
                    continue
                if not found[name]:
                    infos.append(f"{tag}/{kind}: resolved (alias occurs): {name}")
                for f, w in found.items():
                    if w == "furniture":
                        infos.append(f"{tag}/{kind}: occurs only across page furniture: {f}")
                    if w is None and f != name:
                        warnings.append(f"{tag}/{kind}: alias not in text (accepted form?): {f} (of {name})")
                canon_forms[(kind, norm(name))].add(name)
                canon_types[(kind, norm(name))].add(e.get("type"))
    for (kind, _), names in canon_forms.items():
        if len(names) > 1:
            warnings.append(f"{kind}: one canonical name written several ways: {sorted(names)}")
    for (kind, key), types in canon_types.items():
        if len(types) > 1:
            warnings.append(f"{kind}: {sorted(canon_forms[(kind, key)])[0]} has different types across documents: {sorted(types)}")
    for m in infos:
        print("INFO   ", m)
    for m in warnings:
        print("WARN   ", m)
    for m in errors:
        print("ERROR  ", m)
    print(f"{len(files)} gold files: {len(errors)} errors, {len(warnings)} warnings, {len(infos)} infos")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
