"""Print a doc with every gold form marked, to review completeness by eye."""
import json, html, re, sys
from pathlib import Path
doc = sys.argv[1]
g = json.load(open(f"gold/{doc}.json"))
t = html.unescape(Path(f"docs/{doc}.txt").read_text())
forms = []
for k, tag in (("regulations", "R"), ("organizations", "O"), ("measures", "M")):
    for e in g[k]:
        for f in [e["name"], *e["aliases"]]:
            forms.append((f.replace("《", "").replace("》", ""), tag))
forms.sort(key=lambda x: -len(x[0]))
mask = [None] * len(t)
for f, tag in forms:
    for m in re.finditer(re.escape(f), t):
        if all(mask[i] is None for i in range(m.start(), m.end())):
            for i in range(m.start(), m.end()):
                mask[i] = tag
out = []
prev = None
for ch, tag in zip(t, mask):
    if tag != prev:
        if prev: out.append("⟧")
        if tag: out.append("⟦" + tag + ":")
        prev = tag
    out.append(ch)
if prev: out.append("⟧")
print("".join(out))
