#!/usr/bin/env python3
"""Validate every gold file in gold/ against ANNOTATION.md and its document in docs/.
Checks: JSON loads; keys and value types; enumerated types/relations; doc_number format;
report fields filled; every entity's name or one alias occurs in the text (NFKC, whitespace and
《》 removed on both sides; quotation marks removed from the entity string as the scorer does);
no alias shared by two entities of the same kind; no duplicate canonical names.
Canonical names that do not occur (resolved jurisdiction) are listed as info, not errors."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).parent
REG_T = {'law', 'administrative_regulation', 'departmental_rule', 'local_regulation', 'normative_document',
         'party_document', 'plan', 'publication', 'other'}
ORG_T = {'government', 'department', 'party', 'legislature', 'judiciary', 'committee', 'institution',
         'enterprise', 'social', 'other'}
MEA_T = {'reform', 'system', 'mechanism', 'campaign', 'model', 'platform', 'service', 'other'}
REL = {'issues', 'implements', 'studies', 'mentions'}
DOCNO = re.compile(r'^\S+〔(19|20)\d\d〕\d+号$')
DROP_TEXT = set(' \t\r\n\u3000《》')
DROP_NAME = set(' \t\r\n\u3000《》“”"‘’「」')


def nt(s):
    return ''.join(c for c in unicodedata.normalize('NFKC', s) if c not in DROP_TEXT)


def nn(s):
    return ''.join(c for c in unicodedata.normalize('NFKC', s) if c not in DROP_NAME)


def check(gf, errors, infos):
    try:
        g = json.loads(gf.read_text(encoding='utf-8'))
    except Exception as e:
        errors.append(f'{gf.name}: JSON error {e}'); return
    E = lambda m: errors.append(f'{gf.name}: {m}')
    if set(g) != {'doc', 'report', 'regulations', 'organizations', 'measures'}:
        E(f'top-level keys {sorted(g)}')
    doc = ROOT / 'docs' / g.get('doc', '')
    if g.get('doc') != gf.stem + '.txt' or not doc.exists():
        E(f'doc field {g.get("doc")!r} does not name an existing docs/ file'); return
    raw = doc.read_text(encoding='utf-8')
    text = nt(raw)
    stripped = nt(raw.replace('“', '').replace('”', ''))
    r = g.get('report')
    if not isinstance(r, dict) or set(r) != {'title', 'publisher', 'region', 'year', 'date'}:
        E('report keys'); r = {}
    for k in ('publisher', 'region'):
        if not isinstance(r.get(k), str) or not r.get(k):
            E(f'report.{k} empty')
    if not isinstance(r.get('year'), int) or not 2015 <= r['year'] <= 2025:
        E('report.year not an int in 2015-2025')
    if r.get('date') is not None and not re.match(r'^\d{4}-\d\d-\d\d$', r['date']):
        E('report.date format')
    if r.get('title') is not None and nn(r['title']) not in stripped and nn(r['title']) not in text:
        infos.append(f'{gf.name}: title not verbatim in text (converted/garbled form): {r["title"]}')
    orgs = {nn(x) for o in g.get('organizations', []) for x in [o['name'], *o['aliases']]}
    if r.get('publisher') and nn(r['publisher']) not in orgs:
        E('publisher is not a gold organization')
    for kind, types in (('regulations', REG_T), ('organizations', ORG_T), ('measures', MEA_T)):
        seen = {}
        items = g.get(kind)
        if not isinstance(items, list):
            E(f'{kind} not a list'); continue
        for it in items:
            keys = {'name', 'aliases', 'type'} | ({'doc_number', 'issuer', 'relation'} if kind == 'regulations' else set())
            if set(it) != keys:
                E(f'{kind} {it.get("name")}: keys {sorted(it)}')
            if not isinstance(it.get('name'), str) or not it['name']:
                E(f'{kind}: empty name'); continue
            if not isinstance(it.get('aliases'), list) or not all(isinstance(a, str) and a for a in it['aliases']):
                E(f'{kind} {it["name"]}: aliases must be a list of strings')
            if it.get('type') not in types:
                E(f'{kind} {it["name"]}: bad type {it.get("type")!r}')
            if kind == 'regulations':
                if it.get('relation') not in REL:
                    E(f'{it["name"]}: bad relation {it.get("relation")!r}')
                dn = it.get('doc_number')
                if dn is not None and not DOCNO.match(dn):
                    E(f'{it["name"]}: doc_number {dn!r} not normalised')
                if dn is not None and nt(re.sub(r'[〔〕号]', '', dn)) not in nt(re.sub(r'[〔〕\[\]()（）【】号]', '', raw)):
                    infos.append(f'{gf.name}: doc_number {dn} repaired (not verbatim in text)')
                iss = it.get('issuer')
                if iss is not None and not isinstance(iss, str):
                    E(f'{it["name"]}: issuer must be str or null')
            forms = [it['name'], *it.get('aliases', [])]
            for f in forms:
                k = nn(f)
                if k in seen and seen[k] != it['name']:
                    E(f'{kind}: form {f!r} used by both {seen[k]!r} and {it["name"]!r}')
                seen.setdefault(k, it['name'])
            found = [f for f in forms if nn(f) in stripped or nt(f) in text]
            if not found:
                E(f'{kind} {it["name"]!r}: neither name nor any alias occurs in the text')
            elif nn(it['name']) not in stripped and nt(it['name']) not in text:
                infos.append(f'{gf.name}: {kind} canonical {it["name"]!r} resolved; occurs as {found[0]!r}')
            for f in it.get('aliases', []):
                if nn(f) not in stripped and nt(f) not in text:
                    infos.append(f'{gf.name}: {kind} alias {f!r} (accepted form) not verbatim in text')


def main():
    errors, infos = [], []
    files = sorted((ROOT / 'gold').glob('*.json'))
    docs = sorted((ROOT / 'docs').glob('*.txt'))
    if len(files) != len(docs):
        errors.append(f'{len(files)} gold files but {len(docs)} docs')
    for d in docs:
        n = len(d.read_text(encoding='utf-8'))
        if not 1500 <= n <= 5000:
            errors.append(f'{d.name}: {n} characters (want 1500-5000)')
    for gf in files:
        check(gf, errors, infos)
    if '-v' in sys.argv:
        for i in infos:
            print('info:', i)
    for e in errors:
        print('ERROR:', e)
    print(f'{len(files)} gold files, {len(errors)} errors, {len(infos)} infos')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
