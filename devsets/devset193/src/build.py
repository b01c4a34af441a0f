#!/usr/bin/env python3
"""Build docs/ and gold/ from src/*.txt (simplified, full-width drafts) and src/*.gold (compact gold).
Per-document transforms simulate the messiness: half-width punctuation, PDF line breaks,
Traditional characters (OpenCC s2t), converter garbling (Kangxi radicals + mojibake quotes)."""
import json, re, random, sys
from pathlib import Path
import opencc

SRC = Path(__file__).parent
OUT = SRC.parent
S2T = opencc.OpenCC('s2t')

# doc stem -> transforms
PLAN = {
    '001_xinjiang': ['half', 'wrap'],
    '002_zhuzhou': ['wrap'],
    '003_akesu': ['half'],
    '004_rongchang': ['half', 'wrap'],
    '005_meitan': ['garble', 'wrap'],
    '006_dunhua': ['half'],
    '007_eshan': ['half', 'wrap'],
    '008_chenjiazhuang': ['half', 'wrap'],
    '009_gudong': ['trad'],
    '010_datong_scj': ['half'],
}
HALF = str.maketrans({'，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?', '＋': '+'})
KANGXI = {'人': '⼈', '大': '⼤', '工': '⼯', '行': '⾏', '文': '⽂', '方': '⽅', '日': '⽇', '心': '⼼',
          '水': '⽔', '生': '⽣', '力': '⼒', '入': '⼊', '口': '⼝', '立': '⽴', '用': '⽤', '自': '⾃',
          '高': '⾼', '面': '⾯', '首': '⾸', '身': '⾝', '示': '⽰', '走': '⾛', '长': '⻓'}
# '长'->'⻓' is a CJK Radicals Supplement char that NFKC does NOT fold: only used outside entity names (checked by validate.py)
QUOTES = {'“': '鈥�', '”': '鈥?'}


def char_tf(s, tfs):
    if 'half' in tfs:
        s = s.translate(HALF)
    if 'trad' in tfs:
        s = S2T.convert(s)
    if 'garble' in tfs:
        s = ''.join(QUOTES.get(c, c) for c in s)
    return s


def kangxi(s, stem):
    rnd = random.Random(stem)
    out = []
    for c in s:
        if c in KANGXI and rnd.random() < 0.7:
            out.append(KANGXI[c])
        else:
            out.append(c)
    return ''.join(out)


def wrap(text, stem):
    rnd = random.Random(stem + 'w')
    width = rnd.choice([33, 35, 38, 40])
    lines, n = [], 0
    page = 1
    for para in text.split('\n'):
        if not para.strip():
            continue
        while len(para) > width:
            lines.append(para[:width]); para = para[width:]; n += 1
        lines.append(para); n += 1
        if n > 26:
            page += 1
            lines.append(f'\n- {page} -\n' if rnd.random() < .5 else f'\n—{page}—\n')
            n = 0
    return '\n'.join(lines) + '\n'


def parse_gold(path, stem, tfs):
    g = {'doc': stem + '.txt', 'report': None, 'regulations': [], 'organizations': [], 'measures': []}
    for line in path.read_text(encoding='utf-8').splitlines():
        if not line.strip() or line.startswith('#'):
            continue
        tag, rest = line[0], line[2:]
        f = rest.split('|')
        nn = lambda v: v if v else None
        def al(name, s):
            out = []
            for a in [x for x in s.split(';') if x]:
                out.append(char_tf(a, tfs))
            if 'trad' in tfs or 'garble' in tfs:
                v = char_tf(name, tfs)
                if v != name and v not in out:
                    out.insert(0, v)
            return [a for a in dict.fromkeys(out) if a != name]
        if tag == 'T':
            g['report'] = {'title': nn(char_tf(f[0], tfs)) if 'garble' not in tfs else nn(f[0]), 'publisher': f[1], 'region': f[2], 'year': int(f[3]), 'date': nn(f[4])}
        elif tag == 'R':
            g['regulations'].append({'name': f[0], 'aliases': al(f[0], f[1]), 'type': f[2], 'doc_number': nn(f[3]),
                                     'issuer': nn(f[4]), 'relation': f[5]})
        elif tag == 'O':
            g['organizations'].append({'name': f[0], 'aliases': al(f[0], f[1]), 'type': f[2]})
        elif tag == 'M':
            g['measures'].append({'name': f[0], 'aliases': al(f[0], f[1]), 'type': f[2]})
        else:
            sys.exit(f'{path}: bad line {line!r}')
    return g


def main():
    (OUT / 'docs').mkdir(exist_ok=True); (OUT / 'gold').mkdir(exist_ok=True)
    for stem, tfs in PLAN.items():
        src = SRC / (stem + '.txt')
        if not src.exists():
            continue
        text = char_tf(src.read_text(encoding='utf-8'), tfs)
        if 'garble' in tfs:
            text = kangxi(text, stem)
        if 'wrap' in tfs:
            text = wrap(text, stem)
        (OUT / 'docs' / (stem + '.txt')).write_text(text, encoding='utf-8')
        gold = parse_gold(SRC / (stem + '.gold'), stem, tfs)
        (OUT / 'gold' / (stem + '.json')).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
        print(stem, len(text))


if __name__ == '__main__':
    main()
