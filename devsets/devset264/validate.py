#!/usr/bin/env python3
"""Validate the devset264 gold files against ANNOTATION.md and the texts.

Checks, per gold/*.json:
  * JSON loads; top-level keys exactly doc/report/regulations/organizations/measures;
    `doc` is the matching docs/*.txt file, which exists, decodes and is 1,500-5,000 chars;
  * report fields: publisher, region, year filled (title and date are warned about if null),
    year an int 2015-2025, date YYYY-MM-DD; publisher is one of the gold organizations;
  * every entity has the right keys and value types, type/relation from ANNOTATION.md,
    doc_number normalised to 机关代字〔年份〕序号号;
  * no two entities of one kind share a (normalised) name or alias;
  * occurrence: the name or one of its aliases occurs in the text after normalisation
    (NFKC; whitespace/line breaks, 《》〈〉 and quotation marks removed; brackets unified as in
    score.py).  If nothing occurs in the raw text, a second try is made on the text with the
    PDF artifacts removed (page-number lines, repeated running-header lines).  Canonical
    names that do not occur but have an occurring alias are listed as INFO (resolved names);
    aliases that do not occur are listed as WARN.
Exit status 1 if any ERROR.
"""
import json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {'law', 'administrative_regulation', 'departmental_rule', 'local_regulation',
             'normative_document', 'party_document', 'plan', 'publication', 'other'}
ORG_TYPES = {'government', 'department', 'party', 'legislature', 'judiciary', 'committee',
             'institution', 'enterprise', 'social', 'other'}
MEA_TYPES = {'reform', 'system', 'mechanism', 'campaign', 'model', 'platform', 'service', 'other'}
RELATIONS = {'issues', 'implements', 'studies', 'mentions'}
DOCNO = re.compile(r'^[^\s〔〕\[\]()（）【】]+〔(19|20)\d\d〕\d+号$')
PAGE = re.compile(r'^\s*(-\s*\d+\s*-|—\s*\d+\s*—|第\s*\d+\s*页(\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)\s*$')
_DROP = set('《》〈〉<>“”"\'‘’「」『』 \t\r\n\u3000·•')
_MAP = {'—': '-', '–': '-', '－': '-', '―': '-', '（': '(', '）': ')', '〔': '(', '〕': ')',
        '[': '(', ']': ')', '【': '(', '】': ')', '﹝': '(', '﹞': ')', '，': ',', '、': ','}


def norm(text):
    text = unicodedata.normalize('NFKC', str(text))
    return ''.join(_MAP.get(c, c) for c in text if c not in _DROP)


def cleaned(text):
    lines = text.splitlines()
    counts = Counter(l.strip() for l in lines if len(l.strip()) >= 6)
    keep = [l for l in lines if not PAGE.match(l) and counts.get(l.strip(), 0) < 2]
    return '\n'.join(keep)


def main():
    errors = warns = 0
    infos = []
    golds = sorted((ROOT / 'gold').glob('*.json'))
    if not golds:
        sys.exit('no gold files')
    for gf in golds:
        def err(msg):
            nonlocal errors
            errors += 1
            print(f'ERROR {gf.name}: {msg}')

        def warn(msg):
            nonlocal warns
            warns += 1
            print(f'WARN  {gf.name}: {msg}')
        try:
            g = json.loads(gf.read_text(encoding='utf-8'))
        except Exception as exc:
            err(f'does not load: {exc}'); continue
        if set(g) != {'doc', 'report', 'regulations', 'organizations', 'measures'}:
            err(f'top-level keys {sorted(g)}')
        if g.get('doc') != gf.stem + '.txt':
            err(f"doc field {g.get('doc')!r} != {gf.stem}.txt")
        tp = ROOT / 'docs' / str(g.get('doc'))
        if not tp.exists():
            err('text file missing'); continue
        try:
            text = tp.read_text(encoding='utf-8')
        except UnicodeDecodeError:
            text = tp.read_bytes().decode('gb18030')
            infos.append(f'{gf.name}: text is not UTF-8 (decoded as GB18030)')
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f'text length {n} outside 1500-5000')
        raw_n, clean_n = norm(text), norm(cleaned(text))

        rep = g.get('report') or {}
        if set(rep) != {'title', 'publisher', 'region', 'year', 'date'}:
            err(f'report keys {sorted(rep)}')
        for f in ('publisher', 'region', 'year'):
            if not rep.get(f):
                err(f'report.{f} empty')
        for f in ('title', 'date'):
            if rep.get(f) is None:
                warn(f'report.{f} is null')
        if not isinstance(rep.get('year'), int) or not 2015 <= rep['year'] <= 2025:
            err(f"report.year {rep.get('year')!r}")
        if rep.get('date') is not None and not re.fullmatch(r'20\d\d-\d\d-\d\d', rep['date']):
            err(f"report.date {rep['date']!r}")
        if rep.get('title') and norm(rep['title']) not in clean_n and norm(rep['title']) not in raw_n:
            warn(f"report.title does not occur verbatim: {rep['title']}")
        orgnames = {norm(o['name']) for o in g.get('organizations', []) if isinstance(o, dict) and 'name' in o}
        if rep.get('publisher') and norm(rep['publisher']) not in orgnames:
            err(f"publisher {rep['publisher']!r} is not a gold organization name")

        for kind, types in (('regulations', REG_TYPES), ('organizations', ORG_TYPES), ('measures', MEA_TYPES)):
            items = g.get(kind)
            if not isinstance(items, list):
                err(f'{kind} not a list'); continue
            want = {'name', 'aliases', 'type'} | ({'doc_number', 'issuer', 'relation'} if kind == 'regulations' else set())
            seen = {}
            for it in items:
                if not isinstance(it, dict) or set(it) != want:
                    err(f'{kind}: bad keys {it}'); continue
                name = it['name']
                if not isinstance(name, str) or not name.strip():
                    err(f'{kind}: empty name'); continue
                if not isinstance(it['aliases'], list) or not all(isinstance(a, str) and a for a in it['aliases']):
                    err(f'{kind} {name}: aliases must be a list of strings')
                    continue
                if it['type'] not in types:
                    err(f"{kind} {name}: type {it['type']!r}")
                if kind == 'regulations':
                    if it['relation'] not in RELATIONS:
                        err(f"{name}: relation {it['relation']!r}")
                    dn = it['doc_number']
                    if dn is not None and (not isinstance(dn, str) or not DOCNO.match(dn)):
                        err(f'{name}: doc_number {dn!r} not normalised')
                    if it['issuer'] is not None and not isinstance(it['issuer'], str):
                        err(f'{name}: issuer not a string')
                for a in [name, *it['aliases']]:
                    k = norm(a)
                    if k in seen and seen[k] != name:
                        err(f'{kind}: {a!r} belongs to both {seen[k]!r} and {name!r}')
                    seen.setdefault(k, name)
                forms = [name, *it['aliases']]
                in_raw = [f for f in forms if norm(f) in raw_n]
                in_clean = [f for f in forms if norm(f) in clean_n]
                if not in_raw and not in_clean:
                    err(f'{kind}: neither name nor any alias occurs: {name}')
                    continue
                if not in_raw:
                    infos.append(f'{gf.name}: {kind} {name!r} occurs only once page artifacts are removed')
                if name not in in_raw and name not in in_clean:
                    infos.append(f'{gf.name}: {kind} canonical {name!r} is resolved (alias occurs: {in_clean[0] if in_clean else in_raw[0]!r})')
                for a in it['aliases']:
                    if a not in in_raw and a not in in_clean:
                        warn(f'{kind} {name}: alias {a!r} does not occur')
    for i in infos:
        print('INFO ', i)
    print(f'{len(golds)} gold files, {errors} errors, {warns} warnings, {len(infos)} info')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
