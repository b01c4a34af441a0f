#!/usr/bin/env python3
"""Check every gold file of this dev set against ANNOTATION.md and its document.

usage: python3 validate.py [-v]       (run from anywhere; uses the directory of this file)

Errors (exit 1): bad JSON, missing/extra keys, bad types/enums, report fields unfilled,
an entity none of whose forms (name or aliases) occurs in the text, duplicate forms
within one document and kind, document length outside 1500-5000 characters.
Info: canonical names that do not occur verbatim (resolved names) - fine if an alias occurs;
aliases that do not occur (listed as accepted variant forms); organizations/measures
named only inside a cited 《title》 (they count, as in the seed gold).
"""
import json, re, sys, unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNO = re.compile(r"^\S+〔\d{4}〕\d+号$|^\S*令第\d+号$")
_DROP = set("《》〈〉<> \t\r\n\u3000")
_Q = set("“”\"'‘’「」『』·•")


def norm(s, quotes=False):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("—", "-").replace("–", "-").replace("－", "-")
    drop = _DROP | (_Q if quotes else set())
    return "".join(c for c in s if c not in drop)


def read_doc(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise ValueError("undecodable")


def main():
    errors, infos, resolved = [], [], []
    xdoc = defaultdict(set)
    golds = sorted((ROOT / "gold").glob("*.json"))
    if not golds:
        errors.append("no gold files")
    for gp in golds:
        tag = gp.name
        try:
            g = json.loads(gp.read_text(encoding="utf-8"))
        except Exception as e:
            errors.append(f"{tag}: JSON does not load: {e}")
            continue
        if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
            errors.append(f"{tag}: keys {sorted(g)}")
            continue
        if g["doc"] != gp.stem + ".txt":
            errors.append(f"{tag}: doc field {g['doc']!r} does not match file name")
        dp = ROOT / "docs" / g["doc"]
        if not dp.exists():
            errors.append(f"{tag}: missing document {dp}")
            continue
        text, enc = read_doc(dp)
        if not 1500 <= len(text) <= 5000:
            errors.append(f"{tag}: document length {len(text)}")
        nt, ntq = norm(text), norm(text, True)
        outside = re.sub(r"《[^《》]*》", "|", text)
        nt_out, ntq_out = norm(outside), norm(outside, True)

        def occurs(form):
            return norm(form) in nt or norm(form, True) in ntq

        rep = g["report"]
        if not isinstance(rep, dict) or set(rep) != {"title", "publisher", "region", "year", "date"}:
            errors.append(f"{tag}: report keys")
        else:
            for k in ("title", "publisher", "region", "date"):
                if not isinstance(rep[k], str) or not rep[k]:
                    errors.append(f"{tag}: report.{k} not filled")
            if not isinstance(rep["year"], int) or not 2015 <= rep["year"] <= 2025:
                errors.append(f"{tag}: report.year {rep['year']!r}")
            if isinstance(rep["date"], str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rep["date"]):
                errors.append(f"{tag}: report.date format {rep['date']!r}")
            if isinstance(rep["title"], str) and not occurs(rep["title"]):
                errors.append(f"{tag}: title not in text")
            orgnames = {norm(o["name"], True) for o in g.get("organizations", [])}
            orgforms = orgnames | {norm(a, True) for o in g.get("organizations", []) for a in o["aliases"]}
            if isinstance(rep["publisher"], str) and norm(rep["publisher"], True) not in orgnames:
                errors.append(f"{tag}: publisher is not a gold organization name")
        spec = {
            "regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
            "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
            "measures": ({"name", "aliases", "type"}, MEA_TYPES),
        }
        for kind, (keys, types) in spec.items():
            items = g[kind]
            if not isinstance(items, list):
                errors.append(f"{tag}: {kind} not a list")
                continue
            seen = {}
            for e in items:
                if not isinstance(e, dict) or set(e) != keys:
                    errors.append(f"{tag}: {kind} entry keys {e}")
                    continue
                nm = e["name"]
                if not isinstance(nm, str) or not nm.strip():
                    errors.append(f"{tag}: {kind} empty name")
                    continue
                if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                    errors.append(f"{tag}: {kind} {nm}: aliases must be a list of strings")
                    continue
                if e["type"] not in types:
                    errors.append(f"{tag}: {kind} {nm}: bad type {e['type']!r}")
                xdoc[(kind, nm)].add(e["type"])
                if kind == "regulations":
                    if e["relation"] not in RELATIONS:
                        errors.append(f"{tag}: {nm}: bad relation {e['relation']!r}")
                    if e["doc_number"] is not None and not (isinstance(e["doc_number"], str) and DOCNO.match(e["doc_number"])):
                        errors.append(f"{tag}: {nm}: doc_number not normalised: {e['doc_number']!r}")
                    if e["issuer"] is not None and not (isinstance(e["issuer"], str) and e["issuer"]):
                        errors.append(f"{tag}: {nm}: bad issuer")
                    if isinstance(e["issuer"], str):
                        for part in e["issuer"].split():
                            if norm(part, True) not in orgforms:
                                infos.append(f"{tag}: issuer part {part} is not among the gold organizations")
                forms = [nm] + e["aliases"]
                for f in forms:
                    k = norm(f, True)
                    if k in seen and seen[k] != nm:
                        errors.append(f"{tag}: {kind}: form {f!r} used by both {seen[k]!r} and {nm!r}")
                    seen.setdefault(k, nm)
                hits = [f for f in forms if occurs(f)]
                if not hits:
                    errors.append(f"{tag}: {kind}: no form of {nm!r} occurs in the text")
                    continue
                if not occurs(nm):
                    resolved.append(f"{tag}: {kind}: canonical {nm!r} resolved, occurs via {hits[0]!r}")
                if kind != "regulations" and not any(norm(f) in nt_out or norm(f, True) in ntq_out for f in forms):
                    infos.append(f"{tag}: {kind}: {nm!r} is named only inside a cited title (counts, as in the seed gold)")
                for a in e["aliases"]:
                    if not occurs(a):
                        infos.append(f"{tag}: {kind}: alias {a!r} of {nm!r} not in text (accepted form)")
    for (kind, nm), ts in sorted(xdoc.items()):
        if len(ts) > 1:
            errors.append(f"cross-doc: {kind} {nm!r} has types {sorted(ts)}")
    if "-v" in sys.argv:
        for r in resolved:
            print("ok   ", r)
    for i in infos:
        print("info ", i)
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} gold files, {len(errors)} errors, {len(infos)} infos, "
          f"{len(resolved)} canonical names resolved (not verbatim; an alias occurs; -v lists them)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
