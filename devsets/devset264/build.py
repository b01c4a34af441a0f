#!/usr/bin/env python3
"""Build devset264: src/NNN_x.src -> docs/NNN_x.txt (simulated PDF-extraction damage),
src/NNN_x.g -> gold/NNN_x.json.

.src markup: lines between '#RAW' and '#WRAP' are copied verbatim; every other non-empty
line is a paragraph that is re-wrapped at a random width (20-45 chars, per-doc base width
with per-line jitter).  '¦' forces a line break; '{{a|b}}' inserts artifact lines a, b
(page numbers, running headers) on lines of their own, mid-sentence.
.g format: T|title  P|publisher  G|region  Y|year  D|date
           R|name|alias;alias|type|doc_number|issuer|relation
           O|name|aliases|type     M|name|aliases|type
"""
import json, random, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
NOSTART = set('，。、；：）》”！？%〕')

def wrap_para(text, rng, base, out):
    parts = re.split(r'(\{\{.*?\}\})', text)
    line = ''
    width = max(20, min(45, base + rng.randint(-5, 5)))
    def flush():
        nonlocal line, width
        if line:
            out.append(line)
        line = ''
        width = max(20, min(45, base + rng.randint(-5, 5)))
    first = True
    for part in parts:
        if part.startswith('{{'):
            flush()
            arts = part[2:-2].split('|')
            if rng.random() < 0.5:
                out.append('')
            out.extend(arts)
            if rng.random() < 0.5:
                out.append('')
            continue
        for ch in part:
            if ch == '¦':
                flush(); continue
            if first and not line:
                line = '　　' if rng.random() < 0.7 else ''
                first = False
            if not line.strip('　') and ch in NOSTART and out and out[-1] and not out[-1].startswith(('-', '第')):
                out[-1] += ch; continue
            line += ch
            if len(line.strip('　')) >= width:
                flush()
    flush()

def build_doc(src):
    rng = random.Random(src.stem)
    base = rng.randint(24, 40)
    out, raw = [], False
    for ln in src.read_text(encoding='utf-8').splitlines():
        if ln.strip() == '#RAW':
            raw = True; continue
        if ln.strip() == '#WRAP':
            raw = False; continue
        if raw:
            out.append(ln); continue
        if not ln.strip():
            continue
        wrap_para(ln.strip(), rng, base, out)
    text = '\n'.join(out).rstrip('\n') + '\n'
    (ROOT / 'docs' / (src.stem + '.txt')).write_text(text, encoding='utf-8')

def nz(v):
    v = v.strip()
    return v if v else None

def build_gold(g):
    rep = {'title': None, 'publisher': None, 'region': None, 'year': None, 'date': None}
    regs, orgs, meas = [], [], []
    keys = {'T': 'title', 'P': 'publisher', 'G': 'region', 'Y': 'year', 'D': 'date'}
    for n, ln in enumerate(g.read_text(encoding='utf-8').splitlines(), 1):
        if not ln.strip() or ln.startswith('//'):
            continue
        f = ln.split('|')
        tag = f[0]
        try:
            if tag in keys:
                v = nz(f[1])
                rep[keys[tag]] = int(v) if tag == 'Y' else v
            elif tag == 'R':
                assert len(f) == 7, 'R needs 7 fields'
                regs.append({'name': f[1].strip(), 'aliases': [a for a in f[2].split(';') if a],
                             'type': f[3].strip(), 'doc_number': nz(f[4]), 'issuer': nz(f[5]),
                             'relation': f[6].strip()})
            elif tag in ('O', 'M'):
                assert len(f) == 4, tag + ' needs 4 fields'
                item = {'name': f[1].strip(), 'aliases': [a for a in f[2].split(';') if a], 'type': f[3].strip()}
                (orgs if tag == 'O' else meas).append(item)
            else:
                raise AssertionError('unknown tag')
        except Exception as exc:
            sys.exit(f'{g}:{n}: {exc}: {ln}')
    gold = {'doc': g.stem + '.txt', 'report': rep, 'regulations': regs,
            'organizations': orgs, 'measures': meas}
    (ROOT / 'gold' / (g.stem + '.json')).write_text(
        json.dumps(gold, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')

if __name__ == '__main__':
    for s in sorted((ROOT / 'src').glob('*.src')):
        build_doc(s)
    for g in sorted((ROOT / 'src').glob('*.g')):
        build_gold(g)
    print('built', len(list((ROOT / 'docs').glob('*.txt'))), 'docs')
