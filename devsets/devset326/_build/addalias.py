"""usage: addalias.py FILE.py NAME ALIAS [NAME ALIAS ...]  -- prepend ALIAS to NAME's alias list."""
import sys, json, re
f=sys.argv[1]; s=open(f,encoding='utf-8').read()
args=sys.argv[2:]
for name,alias in zip(args[::2],args[1::2]):
    pat='("'+name.replace('"','\\"')+'", ['
    n=s.count(pat)
    assert n==1,(name,n)
    lit=json.dumps(alias,ensure_ascii=False)
    i=s.index(pat)+len(pat)
    s=s[:i]+lit+(", " if s[i]!="]" else "")+s[i:]
open(f,'w',encoding='utf-8').write(s)
