import opencc
_cc = opencc.OpenCC('s2t')
_FIX = {"爲": "為", "擡": "抬", "竈": "灶"}
def trad(s):
    t = _cc.convert(s)
    return "".join(_FIX.get(c, c) for c in t)
