import sys
raw = open(sys.argv[1], encoding="utf-8").read().strip().split("\n")
W = int(sys.argv[3]) if len(sys.argv) > 3 else 34
out, page = [], 1
lines_on_page = 0
for para in raw:
    chunks = para.split("<<PB>>")
    for ci, chunk in enumerate(chunks):
        s = chunk
        while s:
            out.append(s[:W]); s = s[W:]
        if ci < len(chunks) - 1:
            out.append(""); out.append(f"— {page} —"); out.append(""); page += 1
out.append(""); out.append(f"— {page} —")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
