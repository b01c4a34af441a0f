import json, re, glob, sys
sys.path.insert(0, '/work/devsets/devset263')
from validate import norm
pat = re.compile(r'(?:[省市县区州旗镇局街道乡自治]|中共|国务院|司法部)[\u4e00-\u9fff]{0,12}?(?:人民政府|政府|委员会|党工委|党委|党组|依法治[县市区省州旗]办|办公室|办公厅|法制办|法院|检察院|中心组|中心|司法所|派出所|法庭|协会|领导小组|小组|厅|局|团|室|队|处|委|联|政协|人大常委会|人大|办)')
for gf in sorted(glob.glob('gold/*.json')):
    g = json.load(open(gf))
    raw = open('docs/' + g['doc']).read()
    text = re.sub(r'\s', '', raw)
    orgf = set()
    for e in g['organizations']:
        for a in [e['name'], *e['aliases']]:
            orgf.add(norm(a))
    found = set()
    for m in pat.finditer(text):
        t = m.group(0)
        if not any(norm(t) == f or norm(t) in f or f in norm(t) for f in orgf):
            found.add(t)
    print(g['doc'], sorted(found))
