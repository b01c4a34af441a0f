#!/usr/bin/env python3
"""Validate the gold files of this dev set against ANNOTATION.md conventions.

usage: python3 validate.py [--quiet]

Checks, per gold/<stem>.json:
  * JSON loads; top-level keys are exactly doc/report/regulations/organizations/measures;
    `doc` is "<stem>.txt" and docs/<stem>.txt exists;
  * report: title (str|null), publisher (str, required), region (str, required),
    year (int 2015-2025, required), date (YYYY-MM-DD|null); publisher is one of the
    gold organizations (name or alias); title, if given, occurs in the text;
  * every entity has the required keys with valid types; regulations have a valid
    `type`, `relation`, a `doc_number` of the form 机关代字〔YYYY〕N号 (or null) and an
    `issuer` (str|null) whose parts are gold organizations;
  * within a kind, no two entities share a (normalised) name or alias - the scorer
    would otherwise silently merge them;
  * occurrence: the text is HTML-unescaped and normalised like score.py (NFKC, whitespace,
    quotes and title marks removed, brackets and dashes unified); every entity must
    occur under its name or one of its aliases. Canonical names that do not occur
    (resolved names) are listed as INFO; aliases that do not occur are ERRORs, since
    aliases are meant to be forms "as written" - except, for an organization whose
    canonical name is itself resolved, an alternative resolved 中共… form (中共X委常务委员会
    beside 中共X委员会常务委员会), which is listed as INFO.
Exit status 1 if any ERROR.
"""
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
TOP_KEYS = {"doc", "report", "regulations", "organizations", "measures"}
REPORT_KEYS = {"title", "publisher", "region", "year", "date"}
DOCNUM_RE = re.compile(r"^[^〔〕\s]+〔(19|20)\d{2}〕\d+号$")
DATE_RE = re.compile(r"^(20\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")

_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def load_text(stem):
    raw = (DOCS / f"{stem}.txt").read_text(encoding="utf-8")
    return norm(html.unescape(raw))


def check(path, out):
    errors = infos = 0

    def err(msg):
        nonlocal errors
        errors += 1
        out.append(f"ERROR {path.name}: {msg}")

    def info(msg):
        nonlocal infos
        infos += 1
        out.append(f"INFO  {path.name}: {msg}")

    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not load: {exc}")
        return errors, infos
    if set(g) != TOP_KEYS:
        err(f"top-level keys {sorted(g)} != {sorted(TOP_KEYS)}")
    stem = path.stem
    if g.get("doc") != f"{stem}.txt":
        err(f"doc field {g.get('doc')!r} != {stem}.txt")
    if not (DOCS / f"{stem}.txt").exists():
        err("text file missing")
        return errors, infos
    text = load_text(stem)
    n_chars = len((DOCS / f"{stem}.txt").read_text(encoding="utf-8"))
    if not 1500 <= n_chars <= 5000:
        err(f"text length {n_chars} outside 1500-5000")

    # organizations first (publisher / issuer checks need them)
    org_forms = set()
    for o in g.get("organizations", []):
        org_forms.add(norm(o.get("name", "")))
        org_forms.update(norm(a) for a in o.get("aliases", []))

    rep = g.get("report") or {}
    if set(rep) != REPORT_KEYS:
        err(f"report keys {sorted(rep)} != {sorted(REPORT_KEYS)}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            err(f"report.{f} not filled")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        err(f"report.year invalid: {rep.get('year')!r}")
    elif str(rep["year"]) not in text:
        err(f"report.year {rep['year']} does not occur in text")
    d = rep.get("date")
    if d is not None:
        m = DATE_RE.match(str(d))
        if not m:
            err(f"report.date not YYYY-MM-DD: {d!r}")
        else:
            y, mo, da = m.group(1), int(m.group(2)), int(m.group(3))
            forms = {f"{y}年{mo}月{da}日", f"{y}-{mo:02d}-{da:02d}", f"{y}年{mo:02d}月{da:02d}日"}
            if not any(norm(f) in text for f in forms):
                err(f"report.date {d} not found in text")
    else:
        info("report.date is null")
    t = rep.get("title")
    if t is None:
        info("report.title is null")
    elif not isinstance(t, str) or norm(t) not in text:
        err(f"report.title does not occur in text: {t!r}")
    if isinstance(rep.get("publisher"), str) and norm(rep["publisher"]) not in org_forms:
        err(f"publisher {rep['publisher']!r} is not a gold organization")

    specs = {
        "regulations": (REG_TYPES, {"name", "aliases", "type", "doc_number", "issuer", "relation"}),
        "organizations": (ORG_TYPES, {"name", "aliases", "type"}),
        "measures": (MEA_TYPES, {"name", "aliases", "type"}),
    }
    for kind, (types, keys) in specs.items():
        items = g.get(kind)
        if not isinstance(items, list):
            err(f"{kind} is not a list")
            continue
        if not items:
            err(f"{kind} is empty")
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != keys:
                err(f"{kind}: bad keys {sorted(e) if isinstance(e, dict) else e!r}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                err(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                err(f"{kind}: {name}: aliases must be a list of non-empty strings")
                continue
            if e["type"] not in types:
                err(f"{kind}: {name}: type {e['type']!r} not in {sorted(types)}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    err(f"{kind}: {name}: relation {e['relation']!r}")
                dn = e["doc_number"]
                if dn is not None and not DOCNUM_RE.match(dn):
                    err(f"{kind}: {name}: doc_number not normalised: {dn!r}")
                iss = e["issuer"]
                if iss is not None:
                    if not isinstance(iss, str):
                        err(f"{kind}: {name}: issuer not a string")
                    else:
                        for part in iss.split():
                            if norm(part) not in org_forms:
                                err(f"{kind}: {name}: issuer part {part!r} is not a gold organization")
            forms = [name, *e["aliases"]]
            for f in forms:
                k = norm(f)
                if k in seen and seen[k] != name:
                    err(f"{kind}: form {f!r} shared by {seen[k]!r} and {name!r}")
                seen.setdefault(k, name)
            present = [f for f in forms if norm(f) in text]
            if not present:
                err(f"{kind}: {name}: neither name nor any alias occurs in text")
                continue
            if norm(name) not in text:
                info(f"{kind}: canonical {name!r} not in text (resolved); found as {present[0]!r}")
            for a in e["aliases"]:
                if norm(a) not in text:
                    if kind == "organizations" and a.startswith("中共") and norm(name) not in text:
                        # another accepted resolved form of a resolved canonical name
                        # (中共X委… vs 中共X委员会…), as the seed gold lists them
                        info(f"{kind}: {name}: accepted resolved form {a!r} (not in text)")
                    else:
                        err(f"{kind}: {name}: alias {a!r} does not occur in text")
    return errors, infos


def main():
    quiet = "--quiet" in sys.argv
    files = sorted(GOLD.glob("*.json"))
    stems = {p.stem for p in DOCS.glob("*.txt")}
    out, total_e, total_i = [], 0, 0
    for stem in sorted(stems - {p.stem for p in files}):
        out.append(f"ERROR {stem}.txt has no gold file")
        total_e += 1
    for p in files:
        e, i = check(p, out)
        total_e += e
        total_i += i
    for line in out:
        if not (quiet and line.startswith("INFO")):
            print(line)
    print(f"{len(files)} gold files: {total_e} errors, {total_i} infos")
    sys.exit(1 if total_e else 0)


if __name__ == "__main__":
    main()
