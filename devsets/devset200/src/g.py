import json, os
OUT = os.path.join(os.path.dirname(__file__), "..", "gold")
def R(name, aliases=(), type="normative_document", doc_number=None, issuer=None, relation="mentions"):
    return {"name": name, "aliases": list(aliases), "type": type, "doc_number": doc_number, "issuer": issuer, "relation": relation}
def O(name, aliases=(), type="department"):
    return {"name": name, "aliases": list(aliases), "type": type}
def M(name, aliases=(), type="system"):
    return {"name": name, "aliases": list(aliases), "type": type}
def write(doc, report, regs, orgs, meas):
    g = {"doc": doc, "report": report, "regulations": regs, "organizations": orgs, "measures": meas}
    with open(os.path.join(OUT, doc[:-4] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
# shared canonical entities
BT = O("新疆生产建设兵团", ["兵团"], "government")
BTDW = O("中共新疆生产建设兵团委员会", ["兵团党委"], "party")
BTFZW = lambda al: O("中共新疆生产建设兵团委员会全面依法治兵委员会", ["中共新疆生产建设兵团委全面依法治兵委员会", *al], "party")
BTSFJ = lambda al: O("新疆生产建设兵团司法局", ["兵团司法局", *al], "department")
ZGZY = lambda al: O("中共中央", al, "party")
SHEN = lambda rel: R("中华人民共和国宪法", ["宪法"], "law", relation=rel)
ZDJC = lambda rel: R("重大行政决策程序暂行条例", [], "administrative_regulation", relation=rel)
YHYS = lambda rel: R("优化营商环境条例", [], "administrative_regulation", relation=rel)
ZXGK = lambda rel, al=(): R("中华人民共和国政府信息公开条例", ["政府信息公开条例", *al], "administrative_regulation", relation=rel)
GY15 = lambda rel, al=(): R("法治政府建设实施纲要（2015—2020年）", list(al), "plan", relation=rel)
GY21 = lambda rel, al=(): R("法治政府建设实施纲要（2021—2025年）", list(al), "plan", relation=rel)
SH20 = lambda rel, al=(): R("法治社会建设实施纲要（2020—2025年）", list(al), "plan", relation=rel)
DYZR = lambda rel, al=(): R("党政主要负责人履行推进法治建设第一责任人职责规定", list(al), "party_document", relation=rel)
FQ = lambda al=("新时代“枫桥经验”",): M("枫桥经验", ["新时代枫桥经验", *al], "model")
FGF = lambda al=("“放管服”改革",): M("放管服改革", list(al), "reform")
SXZD = lambda al=("行政执法“三项制度”",): M("行政执法三项制度", list(al), "system")
