import sys, textwrap
def wrap(src, dst, width=36, per_page=24, first_page=1):
    out, n, page = [], 0, first_page
    for para in open(src, encoding="utf-8").read().split("\n"):
        if len(para) <= width or para.startswith("#"):
            lines = [para.lstrip("#")]
        else:
            lines = [para[i:i+width] for i in range(0, len(para), width)]
        for ln in lines:
            out.append(ln); n += 1
            depth = "".join(out[-3:]).count("《") - "".join(out[-3:]).count("》")
            if n >= per_page and depth <= 0 and "《" not in ln[-12:]:
                n = 0
                out.append(""); out.append(f"— {page} —"); out.append(""); page += 1
    open(dst, "w", encoding="utf-8").write("\n".join(out) + "\n")
if __name__ == "__main__":
    wrap(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 36)
