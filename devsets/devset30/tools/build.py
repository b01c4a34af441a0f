import json, re, random, sys, importlib.util
from pathlib import Path
import opencc
S2T = opencc.OpenCC('s2t')
S2TW = opencc.OpenCC('s2tw')
SRC = Path('/tmp/dev30/src'); G = Path('/tmp/dev30/g'); OUT = Path('/work/devsets/devset30')
MESS = {
 '003_yanbian': ['trad', 'big5'],
 '006_kunshan': ['kangxi'],
 '008_beijiao': ['trad', 'fw'],
 '009_yanhe': ['html'],
 '011_lingqiu_scj': ['pdf'],
 '012_hanzhong_jtj': ['fw'],
 '002_yichang': ['pdf'],
}
KX = {'人':'⼈','大':'⼤','工':'⼯','文':'⽂','方':'⽅','日':'⽇','月':'⽉','行':'⾏','生':'⽣','用':'⽤','言':'⾔','高':'⾼','面':'⾯','力':'⼒','入':'⼊','小':'⼩','山':'⼭','干':'⼲','水':'⽔','田':'⽥','目':'⽬','立':'⽴','老':'⽼','而':'⽽','自':'⾃','至':'⾄','色':'⾊','走':'⾛','身':'⾝','里':'⾥','非':'⾮','首':'⾸','一':'⼀','二':'⼆','十':'⼗','口':'⼝','土':'⼟','女':'⼥','子':'⼦','心':'⼼','比':'⽐','气':'⽓','示':'⽰','长':'⻓','门':'⻔','见':'⻅'}
def kangxi(t):
    rnd = random.Random(6)
    out = []
    for c in t:
        if c in KX and rnd.random() < 0.55:
            out.append(KX[c])
        else:
            out.append(c)
    return ''.join(out)
def fw(t):
    return ''.join(chr(ord(c)+0xFEE0) if c.isascii() and c.isdigit() else c for c in t)
def html(t):
    t = t.replace('“','&ldquo;').replace('”','&rdquo;').replace('《','&#12298;').replace('》','&#12299;').replace('—','&mdash;')
    t = re.sub(r'^(\u3000\u3000|  )', '&nbsp;&nbsp;&nbsp;&nbsp;', t, flags=re.M)
    return t
def pdf(t, width=37):
    rnd = random.Random(3)
    lines = []
    page = 1; count = 0
    for para in t.split('\n'):
        if len(para) <= width:
            lines.append(para); count += 1
        else:
            i = 0
            while i < len(para):
                w = width + rnd.randint(-2, 2)
                lines.append(para[i:i+w]); i += w; count += 1
        if count > 34:
            page += 1; count = 0
            lines.append('')
            lines.append('— %d —' % page)
            lines.append('')
    return '\n'.join(lines) + '\n'
def load(p):
    ns = {}
    exec(p.read_text(encoding='utf-8'), ns)
    return ns
for src in sorted(SRC.glob('*.txt')):
    key = src.stem
    t = src.read_text(encoding='utf-8')
    m = MESS.get(key, [])
    CONV = S2TW if 'big5' in m else S2T
    if 'trad' in m: t = CONV.convert(t)
    if 'kangxi' in m: t = kangxi(t)
    if 'fw' in m: t = fw(t)
    if 'html' in m: t = html(t)
    if 'pdf' in m: t = pdf(t)
    enc = 'big5' if 'big5' in m else 'utf-8'
    (OUT/'docs'/src.name).write_bytes(t.encode(enc))
    gp = G/(key+'.py')
    if not gp.exists():
        print('no gold for', key); continue
    ns = load(gp)
    def al(name, aliases):
        res = []
        for a in aliases:
            if a != name and a not in res: res.append(a)
        if 'trad' in m:
            for a in [name] + list(aliases):
                ta = CONV.convert(a)
                if ta != name and ta not in res: res.append(ta)
        return res
    gold = {"doc": src.name, "report": ns['REPORT'],
            "regulations": [dict(name=n, aliases=al(n,a), type=ty, doc_number=dn, issuer=iss, relation=rel) for (n,a,ty,dn,iss,rel) in ns['R']],
            "organizations": [dict(name=n, aliases=al(n,a), type=ty) for (n,a,ty) in ns['O']],
            "measures": [dict(name=n, aliases=al(n,a), type=ty) for (n,a,ty) in ns['M']]}
    (OUT/'gold'/(key+'.json')).write_text(json.dumps(gold, ensure_ascii=False, indent=2)+'\n', encoding='utf-8')
    print(key, len(t), 'chars', enc)
