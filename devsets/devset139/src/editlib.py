import re
def edit(p, pairs):
    s = open(p).read()
    for a, b in pairs:
        assert s.count(a) == 1, (p, a[:30], s.count(a))
        s = s.replace(a, b)
    open(p, 'w').write(s)
