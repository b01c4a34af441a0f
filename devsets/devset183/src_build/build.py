import re, json, random, unicodedata, opencc, sys
sys.path.insert(0,'/tmp/w183')
from gold_src import GOLD
OUT='/work/devsets/devset183'
S2TW=opencc.OpenCC('s2tw'); S2T=opencc.OpenCC('s2t'); S2HK=opencc.OpenCC('s2hk')
WRONG=[('幹部','乾部'),('發展','髮展'),('複議','覆議'),('复议','覆議'),('斗争','鬥爭'),('发展','髮展'),('干部','乾部')]
def fw(s):  # full-width letters and digits
    return ''.join(chr(ord(c)+0xFEE0) if c.isascii() and c.isalnum() else c for c in s)
def wrap(text, width, headers=None, every=20, skip=3):
    out=[]; n=0; page=1
    for i,line in enumerate(text.split('\n')):
        if i<skip or len(line)<=width: chunks=[line]
        else: chunks=[line[j:j+width] for j in range(0,len(line),width)]
        for c in chunks:
            out.append(c); n+=1
            if headers and n%every==0:
                page+=1; out.append(headers(page))
    return '\n'.join(out)
def space_out(s): return ' '.join(s)
src=lambda n: open(f'/tmp/w183/src/{n}.txt').read()
NAMES={'001':'001_jinjiang','002':'002_zhangzhou','003':'003_yangshuo','004':'004_anji','005':'005_mianyang',
 '006':'006_yanshi','007':'007_fenghuang','008':'008_huangdao','009':'009_kunshan','010':'010_qinzhou'}
docs={}
# 001: Traditional, stored as Big5 (cp950)
t=S2TW.convert(src('001')); docs['001']=(t,'cp950')
# 002: Taiwan-style variants, UTF-8
docs['002']=(S2TW.convert(src('002')),'utf-8')
# 003: half-converted, wrong picks
paras=src('003').split('\n'); o=[]
for i,p in enumerate(paras):
    if i%3==1 or '五、' in p or '依法化解矛盾' in p: p=S2T.convert(p)
    o.append(p)
t='\n'.join(o)
for a,b in [('幹部','乾部'),('發展','髮展'),('複議','覆議'),('斗争','鬥爭'),('发展目标','髮展目標')]: t=t.replace(a,b)
docs['003']=(t,'utf-8')
# 004: full-width letters and digits
docs['004']=(fw(src('004')),'utf-8')
# 005: PDF line breaks + running headers
docs['005']=(wrap(src('005'),34,lambda p:f'\n绵阳市人民政府公报　　　　　　　　　　2024年第4期\n— {p} —\n',every=14),'utf-8')
# 006: stray spaces + cut off
o=[]
for p in src('006').split('\n'):
    if p.startswith('　　二、') or p.startswith('　　四、') or p.startswith('　　撤市') : p=space_out(p)
    o.append(p)
t='\n'.join(o)
t=t.replace('认真落实《党政主要负责人','认 真 落 实 《党 政 主 要 负 责 人').replace('区政务服务中心','区 政务 服务中心').replace('区社会治理综合服务中心','区社会治理 综合服务中心')
# also space out the whole section 二 body paragraph (after the heading)
lines=t.split('\n')
for i,l in enumerate(lines):
    if l.startswith('　　认真落实') or l.startswith('　　深化“放管服”'):
        lines[i]=space_out(l)
docs['006']=('\n'.join(lines),'utf-8')
# 007: running headers + PDF breaks + half-converted + 乾部
paras=src('007').split('\n'); o=[]
for p in paras:
    if p.startswith('　　推进旅游综合执法') or p.startswith('　　自觉接受'): p=S2T.convert(p)
    o.append(p)
t='\n'.join(o).replace('乡镇干部','乡镇乾部').replace('加强干部法治培训','加强乾部法治培训')
docs['007']=(wrap(t,37,lambda p:f'—{p}—\n\n凤凰县人民政府关于2016年度依法行政工作情况的报告',every=16,skip=2),'utf-8')
# 008: full-width digits + PDF breaks + 覆議
t=src('008').replace('依法办理行政复议案件，区政府全年收到行政复议申请','依法办理行政覆議案件，区政府全年收到行政覆議申请')
t=''.join(chr(ord(c)+0xFEE0) if c.isdigit() else c for c in t)
docs['008']=(wrap(t,36,None),'utf-8')
# 009: stray spaces + running headers + cut off
random.seed(183)
t=src('009'); o=[]
for p in t.split('\n'):
    if p.startswith('　　') and len(p)>60:
        p=''.join(c+(' ' if random.random()<0.04 and c not in '《》“”' else '') for c in p)
    o.append(p)
docs['009']=(wrap('\n'.join(o),40,lambda p:f'\n昆山市人民政府　　　　　　　　　　　　　　　法治政府建设年度报告\n{p}',every=12,skip=2),'utf-8')
# 010: half-converted (HK), wrong picks, full-width letters
paras=src('010').split('\n'); o=[]
for p in paras:
    if p.startswith('　　二、') or p.startswith('　　认真贯彻《中华') or p.startswith('　　四、') or p.startswith('　　支持区法院'): p=S2HK.convert(p)
    o.append(p)
t='\n'.join(o).replace('统筹推进疫情防控和经济社会发展','统筹推进疫情防控和经济社会髮展').replace('秦州高质量发展','秦州高质量髮展').replace('专项斗争','专项鬥爭').replace('APP','ＡＰＰ').replace('“民情110”','“民情１１０”')
docs['010']=(t,'utf-8')

def N(s):
    s=unicodedata.normalize('NFKC',s)
    return ''.join(c for c in s if not c.isspace() and c not in '《》〈〉<>“”"\'‘’「」『』·•')
import os
for k,(text,enc) in docs.items():
    name=NAMES[k]
    with open(f'{OUT}/docs/{name}.txt','wb') as fh: fh.write(text.encode(enc))
    g=GOLD[k]; nt=N(text)
    conv=[S2TW.convert,S2T.convert,S2HK.convert] if k in ('001','002','003','007','010') else []
    for kind in ('regulations','organizations','measures'):
        for e in g[kind]:
            al=list(e['aliases'])
            for base in [e['name']]+e['aliases']:
                cands=[c(base) for c in conv]
                more=[]
                for c in cands:
                    x=c
                    for a,b in WRONG: x=x.replace(a,b)
                    more.append(x)
                for c in cands+more:
                    if c!=e['name'] and c not in al and N(c) in nt and N(c)!=N(e['name']): al.append(c)
            e['aliases']=al
    g['doc']=name+'.txt'
    out={'doc':g['doc'],'report':g['report'],'regulations':g['regulations'],'organizations':g['organizations'],'measures':g['measures']}
    json.dump(out,open(f'{OUT}/gold/{name}.json','w'),ensure_ascii=False,indent=1)
print('built')
