import json, sys, glob, os
# compact spec -> gold json.  lines: T|title|publisher|region|year|date ; R|name|al;al|type|docno|issuer|rel ; O|name|al|type ; M|name|al|type
def nz(x): return None if x.strip() in ("-", "") else x.strip()
def als(x): return [a.strip() for a in x.split(";") if a.strip() and a.strip() != "-"]
for sp in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "*.spec"))):
    stem = os.path.basename(sp)[:-5]
    g = {"doc": stem + ".txt", "report": None, "regulations": [], "organizations": [], "measures": []}
    for ln in open(sp, encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.startswith("#"): continue
        f = ln.split("|")
        k = f[0]
        if k == "T":
            g["report"] = {"title": nz(f[1]), "publisher": f[2], "region": f[3], "year": int(f[4]), "date": nz(f[5])}
        elif k == "R":
            assert len(f) == 7, ln
            g["regulations"].append({"name": f[1], "aliases": als(f[2]), "type": f[3], "doc_number": nz(f[4]), "issuer": nz(f[5]), "relation": f[6]})
        elif k == "O":
            assert len(f) == 4, ln
            g["organizations"].append({"name": f[1], "aliases": als(f[2]), "type": f[3]})
        elif k == "M":
            assert len(f) == 4, ln
            g["measures"].append({"name": f[1], "aliases": als(f[2]), "type": f[3]})
        else:
            sys.exit("bad line " + ln)
    out = os.path.join(os.path.dirname(__file__), "..", "gold", stem + ".json")
    json.dump(g, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok")
