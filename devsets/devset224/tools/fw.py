import sys, re
def fullwidth(s):
    s = s.replace(",", "，").replace(";", "；").replace(":", "：").replace("(", "（").replace(")", "）")
    out = []; q = 0
    for c in s:
        if c == '"':
            out.append("“" if q == 0 else "”"); q ^= 1
        else:
            out.append(c)
    return "".join(out)
if __name__ == "__main__":
    t = open(sys.argv[1], encoding="utf-8").read()
    open(sys.argv[2], "w", encoding="utf-8").write(fullwidth(t))
