#!/usr/bin/env python3
"""Build docs/ from raw/ (applying the messiness) and gold/ from gold_spec.py."""
import json, re, sys
from pathlib import Path
from opencc import OpenCC
sys.path.insert(0, str(Path(__file__).parent))
from gold_spec import DOCS

HERE = Path(__file__).parent
S2T = OpenCC('s2t')

def pdf_wrap(text, width=34, pages=True):
    out, n, page = [], 0, 1
    for para in text.split('\n'):
        if not para.strip():
            out.append(''); continue
        for i in range(0, len(para), width):
            out.append(para[i:i + width]); n += 1
        if pages and n >= 28:
            page += 1; n = 0
            out.append(''); out.append(f'— {page} —'); out.append('')
    return '\n'.join(out)

def garble(text):
    for a, b in (('〔', '?'), ('〕', '?'), ('—', '?'), ('·', '?'), ('蒙', '\ufffd')):
        text = text.replace(a, b)
    return text

TRANSFORMS = {
    'pdf': pdf_wrap,
    'trad': S2T.convert,
    'garble': garble,
}

for key, spec in DOCS.items():
    raw = (HERE / 'raw' / f'{key[:3]}.txt').read_text(encoding='utf-8')
    text = spec.get('prefix', '') + raw
    for t in spec.get('transforms', []):
        text = TRANSFORMS[t](text)
    (HERE / 'docs' / f'{key}.txt').write_text(text, encoding='utf-8')
    def conv(s):
        forms = []
        for t in spec.get('transforms', []):
            if t == 'trad': forms.append(S2T.convert(s))
            if t == 'garble': forms.append(garble(s))
        return forms
    def entry(name, aliases):
        al = list(aliases)
        for f in [name, *aliases]:
            for g in conv(f):
                if g != name and g not in al:
                    al.append(g)
        return al
    regs = [{"name": n, "aliases": entry(n, a), "type": t, "doc_number": d, "issuer": i, "relation": r}
            for (n, a, t, d, i, r) in spec['R']]
    orgs = [{"name": n, "aliases": entry(n, a), "type": t} for (n, a, t) in spec['O']]
    meas = [{"name": n, "aliases": entry(n, a), "type": t} for (n, a, t) in spec['M']]
    report = dict(spec['report'])
    if 'trad' in spec.get('transforms', []) and report.get('title'):
        report['title'] = S2T.convert(report['title'])
    gold = {"doc": f"{key}.txt", "report": report, "regulations": regs,
            "organizations": orgs, "measures": meas}
    (HERE / 'gold' / f'{key}.json').write_text(json.dumps(gold, ensure_ascii=False, indent=2), encoding='utf-8')
print('built', len(DOCS))
