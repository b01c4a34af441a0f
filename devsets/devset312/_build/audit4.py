import json, re
from pathlib import Path
for gf in sorted(Path('gold').glob('*.json')):
    g = json.loads(gf.read_text())
    raw = Path('docs', g['doc']).read_text()
    title = len(re.findall(r'《[^》]*\n[^》]*》', raw))
    docno = len(re.findall(r'[〔\[【(（﹝]\s*\d{0,4}\n|\d{2,4}\n?[〕\]】)）﹞]\n\d+号|〕\n\d+号|\d\n\d*号', raw))
    quote = len(re.findall(r'“[^”\n]*\n[^”]*”', raw))
    org = 0
    for o in g['organizations']:
        for f in [o['name'], *o['aliases']]:
            if len(f) < 5: continue
            pat = '\n?'.join(map(re.escape, f))
            for m in re.finditer(pat, raw):
                if '\n' in m.group(0): org += 1
    lens = [len(l) for l in raw.split('\n') if l.strip()]
    print(gf.stem, 'title', title, 'docno', docno, 'quote', quote, 'org', org, 'maxline', max(lens))
