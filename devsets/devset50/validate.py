#!/usr/bin/env python3
"""Validate devset50 gold files against ANNOTATION.md and the document texts.

usage: python3 validate.py            (run from anywhere)
Checks: JSON loads; keys and value types; allowed type/relation values; doc_number form;
report fields filled; publisher listed among organizations; no duplicate entity within a kind;
every entity's name or one of its aliases occurs in the text (after normalisation as in
score.py: NFKC, whitespace / quotes / title marks removed, brackets and dashes unified).
The text is also searched after (a) HTML-entity unescaping and (b) removing PDF page-footer
lines and line breaks, so names broken by those artefacts are found in the repaired text;
for a Big5 (Traditional) document also (c) a Traditional->Simplified conversion, if opencc is installed.
Canonical names that do not occur but have an occurring alias are listed as info, not errors.
"""
import html, json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS, GOLD = ROOT / "docs", ROOT / "gold"
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation",
             "normative_document", "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee",
             "institution", "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^\S+〔\d{4}〕\d+号$")
FOOTER = re.compile(r"^\s*(?:[—\-－]\s*\d+\s*[—\-－]|第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|[^\n]{0,30}第\s*\d+\s*页)\s*$")


def norm(text):
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def read_text(path):
    raw = path.read_bytes()
    for enc in ("utf-8", "big5"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace"), "utf-8?"


try:
    import opencc
    _T2S = opencc.OpenCC("t2s").convert
except Exception:  # noqa
    _T2S = None


def variants(text, enc="utf-8"):
    out = [text, html.unescape(text)]
    if enc == "big5" and _T2S:
        out.append(_T2S(text))
    lines = [l for l in html.unescape(text).split("\n") if not FOOTER.match(l)]
    out.append("".join(lines))
    return [norm(v) for v in out]


def check(gpath):
    errs, infos = [], []
    try:
        g = json.loads(gpath.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa
        return [f"JSON does not load: {exc}"], []
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errs.append(f"top-level keys {sorted(g)}")
    if g.get("doc") != gpath.stem + ".txt":
        errs.append(f"doc field {g.get('doc')!r} != {gpath.stem}.txt")
    dpath = DOCS / str(g.get("doc"))
    if not dpath.exists():
        return errs + [f"missing document {dpath}"], infos
    text, enc = read_text(dpath)
    n = len(text)
    if not 1500 <= n <= 5000:
        errs.append(f"document length {n} outside 1500-5000")
    vs = variants(text, enc)
    rep = g.get("report", {})
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    for k in ("publisher", "region"):
        if not isinstance(rep.get(k), str) or not rep.get(k):
            errs.append(f"report.{k} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errs.append(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
        errs.append(f"report.date {rep.get('date')!r}")
    if rep.get("title") is None:
        infos.append("report.title is null")
    elif not any(norm(rep["title"]) in v for v in vs):
        errs.append(f"report.title not in text: {rep['title']}")
    if rep.get("date") is None:
        infos.append("report.date is null")
    orgnames = {norm(o["name"]) for o in g.get("organizations", [])}
    if norm(rep.get("publisher", "")) not in orgnames:
        errs.append("publisher not among organizations")
    spec = {"regulations": ({"name", "aliases", "type", "doc_number", "issuer", "relation"}, REG_TYPES),
            "organizations": ({"name", "aliases", "type"}, ORG_TYPES),
            "measures": ({"name", "aliases", "type"}, MEA_TYPES)}
    for kind, (keys, types) in spec.items():
        seen = {}
        ents = g.get(kind)
        if not isinstance(ents, list):
            errs.append(f"{kind} is not a list")
            continue
        for e in ents:
            if set(e) != keys:
                errs.append(f"{kind}: keys {sorted(e)} in {e.get('name')}")
                continue
            if not isinstance(e["name"], str) or not e["name"].strip():
                errs.append(f"{kind}: empty name")
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errs.append(f"{kind}: bad aliases in {e['name']}")
            if e["type"] not in types:
                errs.append(f"{kind}: bad type {e['type']!r} for {e['name']}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"bad relation {e['relation']!r} for {e['name']}")
                dn = e["doc_number"]
                if dn is not None and not DOCNUM.match(dn):
                    errs.append(f"doc_number not normalised: {dn!r} ({e['name']})")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errs.append(f"issuer not a string in {e['name']}")
            for form in [e["name"], *e["aliases"]]:
                k = norm(form)
                if k in seen and seen[k] is not e:
                    errs.append(f"{kind}: form {form!r} used by two entities ({seen[k]['name']} / {e['name']})")
                seen[k] = e
            found = [f for f in [e["name"], *e["aliases"]] if any(norm(f) in v for v in vs)]
            if not found:
                errs.append(f"{kind}: neither name nor alias occurs in text: {e['name']}")
            elif e["name"] not in found:
                infos.append(f"{kind}: canonical resolved (not in text), alias found: {e['name']} <- {found[0]}")
            for a in e["aliases"]:
                if a not in found:
                    (infos if enc == "big5" and _T2S is None else errs).append(f"{kind}: alias does not occur: {a!r} ({e['name']})")
    return errs, infos


def main():
    golds = sorted(GOLD.glob("*.json"))
    docs = sorted(DOCS.glob("*.txt"))
    bad = 0
    if len(golds) != len(docs):
        print(f"WARNING: {len(golds)} gold files vs {len(docs)} documents")
        bad += 1
    verbose = "-v" in sys.argv
    for gp in golds:
        errs, infos = check(gp)
        print(f"{gp.name}: {'OK' if not errs else str(len(errs)) + ' error(s)'}")
        for e in errs:
            print("   ERROR", e)
        if verbose:
            for i in infos:
                print("   info ", i)
        bad += bool(errs)
    print("CLEAN" if not bad else f"{bad} file(s) with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
