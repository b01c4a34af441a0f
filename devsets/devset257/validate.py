#!/usr/bin/env python3
"""Check every gold file in gold/ against its document in docs/.

- JSON loads; keys and value types follow ANNOTATION.md (types, relations, doc_number form);
- report fields filled (publisher, region, year; date YYYY-MM-DD or null) and the publisher is
  one of the gold organizations;
- every entity: its name or one of its aliases (after removing 《》〈〉 and whitespace) occurs in
  the text.  The text is searched in several repaired views, because the documents are damaged
  PDF extractions: (a) whitespace removed, (b) page furniture removed (page numbers, running
  headers, footnote lines), (c) line-end hyphens removed, (d) two-column pages de-interleaved;
- canonical names that do not occur (resolved names) are listed as info, aliases that do not
  occur as warnings;
- no two entities of a kind share a normalised name/alias;
- every 《…》/〈…〉 title in the repaired text is covered by a regulation (completeness check);
  quoted “…” spans not covered by any entity are listed as info for review.
Exit status 1 if any error.  usage: validate.py [-v]
"""
import json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VERBOSE = "-v" in sys.argv
REG_TYPES = {"law", "administrative_regulation", "departmental_rule", "local_regulation", "normative_document",
             "party_document", "plan", "publication", "other"}
ORG_TYPES = {"government", "department", "party", "legislature", "judiciary", "committee", "institution",
             "enterprise", "social", "other"}
MEA_TYPES = {"reform", "system", "mechanism", "campaign", "model", "platform", "service", "other"}
RELATIONS = {"issues", "implements", "studies", "mentions"}
DOCNUM = re.compile(r"^(\S+〔\d{4}〕\d+号|\S*令第\d+号)$")
PAGE = re.compile(r"^\s*([—\-·]\s*\d+\s*[—\-·]|第\s*\d+\s*页\s*共\s*\d+\s*页|\d{1,3})\s*$")
FOOT = re.compile(r"^\s*[①②③④⑤⑥⑦⑧⑨⑩]\s")
MARKS = re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩]")
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}


def norm(text):  # as in score.py
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(_MAP.get(c, c) for c in text if c not in _DROP)


def squeeze(text):  # what the brief asks: remove 《》 and whitespace
    return re.sub(r"[《》〈〉\s\u3000]", "", text)


def read(path):
    data = path.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode("utf-8", "replace")


def views(text):
    lines = text.split("\n")
    counts = Counter(l.strip() for l in lines if l.strip())
    headers = {l for l, n in counts.items() if n >= 2 and len(l) <= 40 and "。" not in l and "，" not in l}

    def furniture(l):
        s = l.strip()
        return bool(PAGE.match(s)) or s in headers or bool(FOOT.match(s))
    body = [l for l in lines if not furniture(l)]
    v = {"raw": squeeze(text), "nofurniture": squeeze("\n".join(body))}
    v["dehyphen"] = squeeze("\n".join(l[:-1] if l.rstrip().endswith("-") else l for l in (x.rstrip() for x in body)))
    # two-column pages: split each line at a gap of 3+ spaces, read the left column, then the right
    cols, left, right = [], [], []
    for l in lines:
        s = l.strip()
        if PAGE.match(s):
            cols += left + right
            left, right = [], []
            continue
        if s in headers or FOOT.match(s):
            continue
        parts = re.split(r"\s{3,}", l.rstrip(), maxsplit=1)
        left.append(parts[0])
        if len(parts) > 1:
            right.append(parts[1])
    cols += left + right
    v["columns"] = squeeze("\n".join(c[:-1] if c.endswith("-") else c for c in cols))
    # footnote markers removed
    for k in list(v):
        v[k + "+nomark"] = MARKS.sub("", v[k])
    return v


def found(s, vs):
    s = squeeze(s)
    return any(s in t for t in vs.values()) if s else False


def check(gf):
    errs, warns, infos = [], [], []
    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except Exception as e:
        return [f"JSON: {e}"], [], []
    if set(g) != {"doc", "report", "regulations", "organizations", "measures"}:
        errs.append(f"top-level keys {sorted(g)}")
    doc = ROOT / "docs" / str(g.get("doc"))
    if g.get("doc") != gf.stem + ".txt" or not doc.exists():
        errs.append(f"doc field {g.get('doc')!r} does not name docs/{gf.stem}.txt")
        return errs, warns, infos
    text = read(doc)
    vs = views(text)
    rep = g.get("report") or {}
    if set(rep) != {"title", "publisher", "region", "year", "date"}:
        errs.append(f"report keys {sorted(rep)}")
    for f in ("publisher", "region"):
        if not isinstance(rep.get(f), str) or not rep.get(f):
            errs.append(f"report.{f} empty")
    if not isinstance(rep.get("year"), int) or not 2015 <= rep["year"] <= 2025:
        errs.append(f"report.year {rep.get('year')!r}")
    if rep.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rep["date"])):
        errs.append(f"report.date {rep.get('date')!r}")
    if rep.get("title") is not None and not found(rep["title"], vs):
        errs.append(f"report.title not in text: {rep['title']}")
    if rep.get("date") is None:
        warns.append("report.date is null")
    org_names = {norm(a) for o in g.get("organizations", []) for a in [o.get("name", ""), *o.get("aliases", [])]}
    if rep.get("publisher") and norm(rep["publisher"]) not in org_names:
        errs.append(f"publisher {rep['publisher']} is not a gold organization")
    spec = {"regulations": (REG_TYPES, ("name", "aliases", "type", "doc_number", "issuer", "relation")),
            "organizations": (ORG_TYPES, ("name", "aliases", "type")),
            "measures": (MEA_TYPES, ("name", "aliases", "type"))}
    for kind, (types, keys) in spec.items():
        items = g.get(kind)
        if not isinstance(items, list):
            errs.append(f"{kind} is not a list")
            continue
        seen = {}
        for e in items:
            if not isinstance(e, dict) or set(e) != set(keys):
                errs.append(f"{kind}: bad keys {e}")
                continue
            name = e["name"]
            if not isinstance(name, str) or not name.strip():
                errs.append(f"{kind}: empty name")
                continue
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                errs.append(f"{kind}: {name}: aliases must be a list of strings")
                continue
            if e["type"] not in types:
                errs.append(f"{kind}: {name}: type {e['type']!r}")
            if kind == "regulations":
                if e["relation"] not in RELATIONS:
                    errs.append(f"{kind}: {name}: relation {e['relation']!r}")
                if e["doc_number"] is not None and not DOCNUM.match(e["doc_number"]):
                    errs.append(f"{kind}: {name}: doc_number {e['doc_number']!r}")
                if e["issuer"] is not None and not isinstance(e["issuer"], str):
                    errs.append(f"{kind}: {name}: issuer {e['issuer']!r}")
                if e["doc_number"] and not found(e["doc_number"].replace("〔", "").replace("〕", "").replace("号", ""),
                                                  {k: re.sub(r"[〔〕\[\]()（）【】﹝﹞号]", "", t) for k, t in vs.items()}):
                    warns.append(f"{kind}: {name}: doc_number {e['doc_number']} not visible in text")
            for a in [name, *e["aliases"]]:
                n = norm(a)
                if n in seen and seen[n] != name:
                    errs.append(f"{kind}: '{a}' names both {seen[n]} and {name}")
                seen[n] = name
            if not any(found(a, vs) for a in [name, *e["aliases"]]):
                errs.append(f"{kind}: neither name nor any alias in text: {name} {e['aliases']}")
                continue
            if not found(name, vs):
                infos.append(f"{kind}: canonical name resolved (not in text): {name}")
            for a in e["aliases"]:
                if not found(a, vs):
                    warns.append(f"{kind}: alias not in text: {a} (of {name})")
    # completeness of titles
    regs = {norm(a) for r in g.get("regulations", []) for a in [r["name"], *r["aliases"]]}
    best = vs["dehyphen+nomark"] if "·" not in text else vs["columns+nomark"]
    for v in (vs["dehyphen+nomark"], vs["columns+nomark"]):
        for m in re.finditer(r"《([^《》]{2,120}?)》", v):
            t = m.group(1)
            if norm(t) not in regs and t not in ("", ):
                (errs if v is best else infos).append(f"title in text not covered by a regulation: 《{t}》")
        for m in re.finditer(r"〈([^〈〉]{2,80}?)〉", v):
            if norm(m.group(1)) not in regs:
                (errs if v is best else infos).append(f"inner title not covered: 〈{m.group(1)}〉")
    allnames = {norm(a) for k in ("regulations", "organizations", "measures") for e in g.get(k, [])
                for a in [e["name"], *e["aliases"]]}
    for m in sorted(set(re.findall(r"“([^“”]{1,30})”", best))):
        if norm(m) not in allnames and not any(norm(m) in n for n in allnames):
            infos.append(f"quoted span not in any entity: “{m}”")
    return errs, warns, infos


def main():
    files = sorted((ROOT / "gold").glob("*.json"))
    total = 0
    for gf in files:
        errs, warns, infos = check(gf)
        total += len(errs)
        status = "OK" if not errs else f"{len(errs)} ERRORS"
        print(f"{gf.name}: {status}, {len(warns)} warnings, {len(infos)} info")
        for e in errs:
            print("  ERROR", e)
        for w in warns:
            print("  warn ", w)
        if VERBOSE:
            for i in infos:
                print("  info ", i)
    docs = sorted(p.stem for p in (ROOT / "docs").glob("*.txt"))
    missing = [d for d in docs if not (ROOT / "gold" / f"{d}.json").exists()]
    if missing:
        print("docs without gold:", missing)
        total += len(missing)
    print(f"{len(files)} gold files, {total} errors")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
