#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md.

usage: python3 validate.py [--strict]

Checks, for every gold/*.json:
  * JSON loads; top-level keys are exactly doc, report, regulations, organizations, measures;
    `doc` names an existing file in docs/;
  * report fields: publisher, region, year filled (year an int 2015-2025); date YYYY-MM-DD or null;
    publisher is one of the gold organizations (name or alias);
  * every entity: non-empty name, aliases a list of distinct strings, type from the allowed set;
    regulations: relation from the allowed set, doc_number null or `…〔YYYY〕N号`, issuer null or a string;
  * every entity's name or at least one alias occurs in the text, after removing title marks,
    quotation marks and whitespace on both sides (PDF line breaks therefore do not matter).
    Names that do not occur (resolved canonical names) are listed as INFO;
  * no two entities of one kind share a normalised name/alias (that would make scoring ambiguous);
  * completeness heuristics: every title in 《》, 「」 or broken marks (<<…>>, <<…>) in the text must
    be covered by a regulation name/alias (ERROR otherwise); every “…” / "…" quoted term must be
    contained in some gold name/alias or listed in IGNORED_QUOTES (WARN otherwise).
Exit status 1 if there is any ERROR (or any WARN with --strict).
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
DOCNO = re.compile(r"^\S+〔\d{4}〕\d+号$")
# 文号 that cannot take the 〔年份〕 form (government decree numbers), accepted as written
DOCNO_OK = {"自治区人民政府令第195号"}

# quoted strings that are deliberately not annotated (slogans, results, descriptions);
# see README.md, "annotation decisions"
IGNORED_QUOTES = {
    "治国必治边、治边先稳藏",  # 003: strategic thought, not an instrument
    "制造名城、幸福株洲",      # 002: city slogan
    "中国药都",                # 005: development goal
    "零强迁、零上访",          # 009: result, not an instrument
    "一站式", "一揽子",        # 007: description of how the centre works (cf. seed 000)
    "法律服务点",              # 009: generic service points
    "全程参与",                # 011: describes 政府法律顾问制度 (annotated)
    "全程參與",
}

# a few Traditional forms, so that 文号 of a text served in 繁體 are found (doc 011)
TRAD = str.maketrans("辦發號縣", "办发号县")

DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")


def squash(text):
    """Remove marks and whitespace (keep the characters as they are)."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c not in DROP)


_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    """The scorer's normalisation (score.py)."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in DROP)


def titles_in(text):
    """Titles cited in the text: 《…》 (outermost), 「…」, and broken <<…>> / <<…> marks."""
    flat = re.sub(r"\s+", "", text)
    # drop PDF page markers such as — 3 — that may sit inside a wrapped title
    flat = re.sub(r"—\d+—", "", flat)
    found = []
    depth, start = 0, None
    for i, c in enumerate(flat):
        if c == "《":
            if depth == 0:
                start = i + 1
            depth += 1
        elif c == "》" and depth:
            depth -= 1
            if depth == 0:
                found.append(flat[start:i])
    found += re.findall(r"「([^」]+)」", flat)
    found += re.findall(r"<<([^<>]+)>>?", flat)
    found += re.findall(r"〈([^〉]+)〉", flat)   # inner titles of nested citations
    return found


def quotes_in(text):
    flat = re.sub(r"\s+", "", text)
    return re.findall(r"“([^”]{1,40})”", flat) + re.findall(r'"([^"]{1,40})"', flat)


def main():
    strict = "--strict" in sys.argv
    n_err = n_warn = 0
    files = sorted(GOLD.glob("*.json"))
    if not files:
        sys.exit("no gold files")

    def err(f, msg):
        nonlocal n_err
        n_err += 1
        print(f"ERROR {f}: {msg}")

    def warn(f, msg):
        nonlocal n_warn
        n_warn += 1
        print(f"WARN  {f}: {msg}")

    for gf in files:
        f = gf.name
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(f, f"JSON does not load: {exc}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            err(f, f"top-level keys {sorted(g)}")
            continue
        if g["doc"] != gf.stem + ".txt":
            err(f, f"doc {g['doc']!r} does not match file name")
        tp = DOCS / g["doc"]
        if not tp.exists():
            err(f, f"text {tp} missing")
            continue
        raw = tp.read_text(encoding="utf-8")
        text = squash(raw)
        text_nopage = squash(re.sub(r"—\s*\d+\s*—", "", raw))
        nchar = len(re.sub(r"\s", "", raw))
        if not 1500 <= len(raw) <= 5000:
            warn(f, f"text length {len(raw)} characters ({nchar} without whitespace)")

        # report
        rep = g["report"]
        if set(rep) != {"title", "publisher", "region", "year", "date"}:
            err(f, f"report keys {sorted(rep)}")
        for k in ("publisher", "region"):
            if not isinstance(rep.get(k), str) or not rep.get(k):
                err(f, f"report.{k} not filled")
        if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
            err(f, f"report.year {rep.get('year')!r}")
        if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
            err(f, f"report.date {rep['date']!r}")
        if rep.get("date") is None:
            warn(f, "report.date is null")
        if rep.get("title") is None:
            warn(f, "report.title is null")
        elif squash(rep["title"]) not in text:
            warn(f, f"report.title not found in text: {rep['title']}")

        org_forms = {}
        for o in g["organizations"]:
            for a in [o.get("name", "")] + list(o.get("aliases", [])):
                org_forms[norm(a)] = o.get("name")
        if norm(rep.get("publisher") or "") not in org_forms:
            err(f, f"publisher {rep.get('publisher')!r} is not a gold organization")

        all_forms = []
        for kind, types in (("regulations", REG_TYPES), ("organizations", ORG_TYPES), ("measures", MEA_TYPES)):
            seen = {}
            for e in g[kind]:
                keys = {"name", "aliases", "type"} | ({"doc_number", "issuer", "relation"} if kind == "regulations" else set())
                if set(e) != keys:
                    err(f, f"{kind} entry keys {sorted(e)}: {e.get('name')}")
                name = e.get("name")
                if not isinstance(name, str) or not name.strip():
                    err(f, f"{kind}: empty name")
                    continue
                al = e.get("aliases")
                if not isinstance(al, list) or not all(isinstance(a, str) and a for a in al):
                    err(f, f"{kind} {name}: aliases must be a list of strings")
                    al = []
                if len(set(al)) != len(al) or name in al:
                    warn(f, f"{kind} {name}: duplicate alias")
                if e.get("type") not in types:
                    err(f, f"{kind} {name}: bad type {e.get('type')!r}")
                if kind == "regulations":
                    if e.get("relation") not in RELATIONS:
                        err(f, f"{name}: bad relation {e.get('relation')!r}")
                    dn = e.get("doc_number")
                    if dn is not None and not (DOCNO.match(dn) or dn in DOCNO_OK):
                        err(f, f"{name}: doc_number {dn!r} not normalised")
                    if dn is not None and squash(dn) not in text and norm(dn) not in norm(text) \
                            and squash(dn) not in squash(raw.translate(TRAD)):
                        info_dn = squash(re.sub(r"[〔〕]", "", dn))
                        if info_dn not in squash(re.sub(r"[〔〕\[\]()（）【】]", "", raw)):
                            warn(f, f"{name}: doc_number {dn} not found in text (repaired?)")
                    iss = e.get("issuer")
                    if iss is not None:
                        if not isinstance(iss, str):
                            err(f, f"{name}: issuer must be string or null")
                        else:
                            for part in iss.split():
                                if norm(part) not in org_forms:
                                    warn(f, f"{name}: issuer part {part!r} is not a gold organization")
                forms = [name] + al
                hits = [a for a in forms if squash(a) and (squash(a) in text or squash(a) in text_nopage)]
                if not hits:
                    err(f, f"{kind} {name}: neither name nor any alias occurs in the text")
                elif name not in hits:
                    print(f"INFO  {f}: {kind} {name!r} resolved (occurs as {hits[0]!r})")
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != name:
                        err(f, f"{kind}: form {a!r} used by both {seen[k]!r} and {name!r}")
                    seen[k] = name
                    all_forms.append(squash(a))

        reg_forms = {norm(a) for e in g["regulations"] for a in [e["name"]] + e["aliases"]}
        for t in titles_in(raw):
            if norm(t) not in reg_forms:
                err(f, f"title in text not annotated as regulation: 《{t}》")
        for q in quotes_in(raw):
            sq = squash(q)
            if q in IGNORED_QUOTES or sq in IGNORED_QUOTES:
                continue
            if not any(sq in form for form in all_forms):
                warn(f, f"quoted term not in any gold name/alias: “{q}”")

    print(f"\n{len(files)} gold files: {n_err} errors, {n_warn} warnings")
    sys.exit(1 if n_err or (strict and n_warn) else 0)


if __name__ == "__main__":
    main()
