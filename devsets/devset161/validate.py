#!/usr/bin/env python3
"""Validate devset161 gold files against docs (format per ANNOTATION.md)."""
import json, re, sys, html, unicodedata
from pathlib import Path
BASE = Path(__file__).resolve().parent
REG_T = {'law','administrative_regulation','departmental_rule','local_regulation','normative_document','party_document','plan','publication','other'}
ORG_T = {'government','department','party','legislature','judiciary','committee','institution','enterprise','social','other'}
MEA_T = {'reform','system','mechanism','campaign','model','platform','service','other'}
REL = {'issues','implements','studies','mentions'}
DROP = set('《》〈〉<>“”"\'‘’「」『』 \t\r\n\u3000·•')
MAP = {"—": "-", "–": "-", "－": "-", "―": "-", "（": "(", "）": ")", "〔": "(", "〕": ")",
       "[": "(", "]": ")", "【": "(", "】": ")", "﹝": "(", "﹞": ")", "，": ",", "、": ","}
def norm(s):
    s = unicodedata.normalize('NFKC', html.unescape(str(s)))
    return ''.join(MAP.get(c, c) for c in s if c not in DROP)
def read(p):
    b = p.read_bytes()
    for enc in ('utf-8', 'big5', 'gb18030'):
        try: return b.decode(enc), enc
        except UnicodeDecodeError: pass
    raise ValueError(p)
errors, notes = [], []
golds = sorted((BASE/'gold').glob('*.json'))
for gp in golds:
    d = gp.stem
    try: g = json.loads(gp.read_text(encoding='utf-8'))
    except Exception as e: errors.append(f'{d}: JSON error {e}'); continue
    if set(g) != {'doc','report','regulations','organizations','measures'}: errors.append(f'{d}: keys {sorted(g)}')
    if g.get('doc') != d + '.txt': errors.append(f'{d}: doc field {g.get("doc")}')
    tp = BASE/'docs'/(d+'.txt')
    if not tp.exists(): errors.append(f'{d}: missing text'); continue
    text, enc = read(tp)
    n = len(text)
    if not 1500 <= n <= 5000: errors.append(f'{d}: length {n}')
    nt = norm(text)
    r = g['report']
    if set(r) != {'title','publisher','region','year','date'}: errors.append(f'{d}: report keys')
    for f in ('publisher','region','year'):
        if not r.get(f): errors.append(f'{d}: report.{f} empty')
    if not isinstance(r.get('year'), int) or not 2015 <= r['year'] <= 2025: errors.append(f'{d}: year {r.get("year")}')
    if r.get('date') is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', r['date']): errors.append(f'{d}: date {r["date"]}')
    if r.get('title') and norm(r['title']) not in nt: errors.append(f'{d}: title not in text')
    for f in ('title','date'):
        if r.get(f) is None: notes.append(f'{d}: report.{f} null')
    orgnames = {norm(x) for o in g['organizations'] for x in [o['name'], *o['aliases']]}
    if norm(r['publisher']) not in orgnames: errors.append(f'{d}: publisher not among organizations')
    for kind, T in (('regulations', REG_T), ('organizations', ORG_T), ('measures', MEA_T)):
        seen = {}
        for e in g[kind]:
            need = {'name','aliases','type'} | ({'doc_number','issuer','relation'} if kind == 'regulations' else set())
            if set(e) != need: errors.append(f'{d}: {kind} keys {e}'); continue
            if not isinstance(e['name'], str) or not e['name'] or not isinstance(e['aliases'], list): errors.append(f'{d}: bad entry {e}')
            if e['type'] not in T: errors.append(f'{d}: {kind} type {e["type"]} for {e["name"]}')
            if kind == 'regulations':
                if e['relation'] not in REL: errors.append(f'{d}: relation {e}')
                dn = e['doc_number']
                if dn is not None and not re.fullmatch(r'.+〔\d{4}〕\d+号|.+令第\d+号', dn): errors.append(f'{d}: doc_number {dn}')
                if dn is not None:
                    m = re.search(r'〔(\d{4})〕(\d+)', dn)
                    if m and m.group(1) not in text: errors.append(f'{d}: doc_number year not in text {dn}')
                if e['issuer'] is not None:
                    for part in e['issuer'].split():
                        if norm(part) not in orgnames: errors.append(f'{d}: issuer {part} not an organization')
            for x in [e['name'], *e['aliases']]:
                k = norm(x)
                if k in seen and seen[k] != e['name']: errors.append(f'{d}: {kind} form {x} used by two entities')
                seen[k] = e['name']
            forms = [x for x in [e['name'], *e['aliases']] if norm(x) in nt]
            if not forms: errors.append(f'{d}: {kind} no form in text: {e["name"]} {e["aliases"]}')
            elif norm(e['name']) not in nt: notes.append(f'{d}: resolved name (alias in text): {e["name"]} <- {forms[0]}')
            for a in e['aliases']:
                if norm(a) not in nt: errors.append(f'{d}: alias not in text: {a} ({e["name"]})')
print(f'{len(golds)} gold files checked')
for x in notes: print('note:', x)
for x in errors: print('ERROR:', x)
print('CLEAN' if not errors else f'{len(errors)} errors')
sys.exit(1 if errors else 0)
