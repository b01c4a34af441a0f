import json, html, sys, re
from pathlib import Path
base = Path(__file__).resolve().parent.parent
for g in sorted((base/"gold").glob("*.json")):
    if len(sys.argv) > 1 and sys.argv[1] not in g.stem: continue
    d = json.loads(g.read_text())
    t = html.unescape((base/"docs"/d["doc"]).read_text())
    forms = []
    for k, tag in (("regulations","R"),("organizations","O"),("measures","M")):
        for e in d[k]:
            for f in [e["name"], *e["aliases"]]:
                forms.append((f, tag))
    forms.sort(key=lambda x: -len(x[0]))
    for f, tag in forms:
        t = t.replace(f, "[" + tag + "]")
    print("=====", g.stem); print(t)
