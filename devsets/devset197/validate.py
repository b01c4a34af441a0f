#!/usr/bin/env python3
"""Validate the devset197 gold files against ANNOTATION.md and the texts.

Checks, for every gold/*.json:
  * JSON loads; top-level keys doc, report, regulations, organizations, measures; doc file exists
  * report has title/publisher/region/year/date; publisher, region, year filled; date YYYY-MM-DD or null;
    publisher is one of the gold organizations (name or alias)
  * every entity has the right keys; type is one of the allowed values; relation valid;
    doc_number normalised as 机关代字〔年份〕序号号 (or null); issuer null or a string
  * every canonical name or one of its aliases occurs in the text (after removing 《》〈〉 and
    whitespace from both); every alias occurs too (aliases are forms "as written")
  * no normalised name/alias is shared by two entities of the same kind
Canonical names that do not occur but have an occurring alias (resolved names) are listed as INFO.
Exit status 1 if any ERROR.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REG_TYPES = {'law', 'administrative_regulation', 'departmental_rule', 'local_regulation', 'normative_document',
             'party_document', 'plan', 'publication', 'other'}
ORG_TYPES = {'government', 'department', 'party', 'legislature', 'judiciary', 'committee', 'institution',
             'enterprise', 'social', 'other'}
MEA_TYPES = {'reform', 'system', 'mechanism', 'campaign', 'model', 'platform', 'service', 'other'}
RELATIONS = {'issues', 'implements', 'studies', 'mentions'}
DOCNO = re.compile(r'^[\u4e00-\u9fff]+〔(19|20)\d\d〕\d+号$')
DATE = re.compile(r'^\d{4}-\d{2}-\d{2}$')
STRIP = set('《》〈〉') 

# the scorer's normalisation (score.py, ANNOTATION.md section 6), for the duplicate check
_DROP = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
_MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
        "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
def norm(t):
    t = unicodedata.normalize('NFKC', str(t))
    return ''.join(_MAP.get(c, c) for c in t if c not in _DROP)


def flat(s):
    return ''.join(c for c in s if c not in STRIP and not c.isspace())


def read_text(p):
    raw = p.read_bytes()
    for enc in ('utf-8', 'gb18030'):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    return raw.decode('utf-8', 'replace'), 'utf-8?'


def main():
    errors, infos = [], []
    golds = sorted((ROOT / 'gold').glob('*.json'))
    if not golds:
        print('no gold files'); return 1
    for gf in golds:
        tag = gf.name
        def err(m): errors.append(f'{tag}: {m}')
        try:
            g = json.loads(gf.read_text(encoding='utf-8'))
        except Exception as e:
            err(f'JSON does not load: {e}'); continue
        if set(g) != {'doc', 'report', 'regulations', 'organizations', 'measures'}:
            err(f'top-level keys {sorted(g)}')
        doc = ROOT / 'docs' / str(g.get('doc'))
        if g.get('doc') != gf.stem + '.txt':
            err(f"doc field {g.get('doc')!r} does not match file name")
        if not doc.exists():
            err(f'text {doc} missing'); continue
        text, enc = read_text(doc)
        ft = flat(text)
        n = len(text)
        if not 1500 <= n <= 5000:
            err(f'text length {n} outside 1500-5000')
        rep = g.get('report') or {}
        if set(rep) != {'title', 'publisher', 'region', 'year', 'date'}:
            err(f'report keys {sorted(rep)}')
        for f in ('publisher', 'region', 'year'):
            if not rep.get(f):
                err(f'report.{f} empty')
        if not isinstance(rep.get('year'), int) or not 2015 <= rep.get('year', 0) <= 2025:
            err(f"report.year {rep.get('year')!r} not an int in 2015-2025")
        if rep.get('date') is not None and not DATE.match(str(rep['date'])):
            err(f"report.date {rep['date']!r} not YYYY-MM-DD")
        if rep.get('title') is not None and flat(rep['title']) not in ft:
            err(f"report.title not in text: {rep['title']}")
        org_forms = {norm(a) for o in g.get('organizations', []) for a in [o['name'], *o.get('aliases', [])]}
        if rep.get('publisher') and norm(rep['publisher']) not in org_forms:
            err(f"publisher {rep['publisher']} is not among the gold organizations")
        spec = {'regulations': ({'name', 'aliases', 'type', 'doc_number', 'issuer', 'relation'}, REG_TYPES),
                'organizations': ({'name', 'aliases', 'type'}, ORG_TYPES),
                'measures': ({'name', 'aliases', 'type'}, MEA_TYPES)}
        for kind, (keys, types) in spec.items():
            seen = {}
            items = g.get(kind)
            if not isinstance(items, list):
                err(f'{kind} is not a list'); continue
            for e in items:
                if not isinstance(e, dict) or set(e) != keys:
                    err(f'{kind}: bad keys {e}'); continue
                name = e['name']
                if not isinstance(name, str) or not name.strip():
                    err(f'{kind}: empty name'); continue
                if not isinstance(e['aliases'], list) or not all(isinstance(a, str) and a for a in e['aliases']):
                    err(f'{kind}: {name}: aliases must be a list of non-empty strings')
                    continue
                if e['type'] not in types:
                    err(f"{kind}: {name}: type {e['type']!r} not allowed")
                if kind == 'regulations':
                    if e['relation'] not in RELATIONS:
                        err(f"{kind}: {name}: relation {e['relation']!r}")
                    if e['doc_number'] is not None and not DOCNO.match(e['doc_number']):
                        err(f"{kind}: {name}: doc_number {e['doc_number']!r} not normalised")
                    if e['issuer'] is not None and not isinstance(e['issuer'], str):
                        err(f"{kind}: {name}: issuer must be a string or null")
                forms = [name, *e['aliases']]
                present = [a for a in forms if flat(a) in ft]
                if not present:
                    err(f'{kind}: neither name nor any alias occurs in text: {name}')
                elif flat(name) not in ft:
                    infos.append(f'{tag}: {kind}: resolved name (alias occurs): {name}  <- {present[0]}')
                for a in e['aliases']:
                    if flat(a) not in ft:
                        err(f'{kind}: {name}: alias not in text: {a}')
                for a in forms:
                    k = norm(a)
                    if k in seen and seen[k] != name:
                        err(f'{kind}: form {a!r} shared by {seen[k]!r} and {name!r}')
                    seen.setdefault(k, name)
        print(f"{tag}: {enc}, {n} chars, {len(g.get('regulations', []))} regulations, "
              f"{len(g.get('organizations', []))} organizations, {len(g.get('measures', []))} measures")
    if '-v' in sys.argv:
        for i in infos:
            print('INFO', i)
    else:
        print(f'{len(infos)} resolved canonical names (run with -v to list)')
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else f'{len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
