from g import *
import opencc
cc = opencc.OpenCC("s2tw")
L = "厦门市思明区鹭江街道"
S = "厦门市思明区"
def tw(items):
    for e in items:
        forms = [e["name"], *e["aliases"]]
        al = []
        for f in forms:
            for x in (cc.convert(f), f):
                if x != e["name"] and x not in al:
                    al.append(x)
        e["aliases"] = al
    return items
regs = [
 R("法治政府建设实施纲要（2021—2025年）", [], "plan", None, None, "implements"),
 R("福建省法治政府建设实施方案（2021—2025年）", [], "normative_document", None, None, "implements"),
 R("思明区2022年法治政府建设工作要点", [], "party_document", None, "中共"+S+"委全面依法治区委员会", "implements"),
 R("鹭江街道2022年法治建设工作计划", [], "normative_document", "鹭街〔2022〕8号", None, "issues"),
 R("福建省乡镇（街道）综合行政执法改革实施方案", [], "normative_document", None, None, "implements"),
 R("中华人民共和国安全生产法", ["安全生产法"], "law", None, None, "implements"),
 R("中华人民共和国传染病防治法", ["传染病防治法"], "law", None, None, "implements"),
 R("信访工作条例", [], "party_document", None, None, "implements"),
 R("中华人民共和国政府信息公开条例", ["政府信息公开条例"], "administrative_regulation", None, None, "implements"),
 R("中华人民共和国民法典", ["民法典"], "law", None, None, "studies"),
 R("中华人民共和国反电信网络诈骗法", ["反电信网络诈骗法"], "law", None, None, "studies"),
]
orgs = [
 O(L+"办事处", ["思明区鹭江街道办事处", "办事处"], "government"),
 O("中共"+L+"工作委员会", ["街道党工委"], "party"),
 O("中共"+S+"委员会", ["区委"], "party"),
 O(S+"人民政府", ["区政府"], "government"),
 O("中共"+S+"委全面依法治区委员会", ["区委全面依法治区委员会"], "party"),
 O("中共"+L+"工作委员会理论学习中心组", ["街道党工委理论学习中心组"], "party"),
 O(L+"全面依法治街工作领导小组", ["鹭江街道全面依法治街工作领导小组"], "committee"),
 O(L+"便民服务中心", ["街道便民服务中心"], "institution"),
 O(L+"综合执法队", ["街道综合执法队"], "department"),
 O(S+"应急管理局", ["区应急管理局"], "department"),
 O(L+"人民调解委员会", ["街道人民调解委员会"], "social"),
 O(S+"人民法院鹭江人民法庭", ["思明区人民法院鹭江法庭"], "judiciary"),
 O(L+"社会治安综合治理中心", ["街道综治中心"], "institution"),
 O(S+"人民政府办公室", [], "department"),
]
meas = [
 M("党政主要负责人履行推进法治建设第一责任人职责", ["推进法治建设第一责任人职责"], "system"),
 M("常务会议学法制度", ["会前学法"], "system"),
 M("放管服改革", ["“放管服”改革"], "reform"),
 M("一窗受理、集成服务", ["“一窗受理、集成服务”"], "service"),
 M("i厦门平台", ["“i厦门”平台", "i厦门"], "platform"),
 M("掌上办", ["“掌上办”"], "service"),
 M("指尖办", ["“指尖办”"], "service"),
 M("综合行政执法改革", ["乡镇（街道）综合行政执法改革"], "reform"),
 M("行政执法公示制度", ["行政执法公示"], "system"),
 M("行政执法全过程记录制度", ["执法全过程记录"], "system"),
 M("重大执法决定法制审核制度", [], "system"),
 M("柔性执法", ["“柔性执法”"], "model"),
 M("首违不罚", ["“首违不罚”"], "system"),
 M("双随机、一公开监管", ["“双随机、一公开”联合检查", "双随机、一公开"], "mechanism"),
 M("枫桥经验", ["新时代“枫桥经验”"], "model"),
 M("鹭江和事佬调解品牌", ["“鹭江和事佬”调解品牌", "鹭江和事佬"], "model"),
 M("诉调对接", ["“诉调对接”工作室"], "mechanism"),
 M("e家通网格化服务管理平台", ["“e家通”网格化服务管理平台"], "platform"),
 M("网格吹哨、部门报到", ["“网格吹哨、部门报到”"], "mechanism"),
 M("台胞法律服务驿站", ["“台胞法律服务驿站”"], "service"),
 M("领导干部接访下访制度", [], "system"),
 M("思明区政府门户网站", ["区政府门户网站"], "platform"),
 M("八五普法", ["“八五”普法规划"], "campaign"),
 M("谁执法谁普法普法责任制", ["“谁执法谁普法”普法责任制", "“谁执法谁普法”"], "system"),
 M("民主法治示范村创建", ["全国民主法治示范社区", "民主法治示范社区"], "campaign"),
 M("法律明白人", ["社区“法律明白人”"], "campaign"),
]
write("010_lujiang.txt", cc.convert("鹭江街道2022年法治政府建设年度报告"), L+"办事处", L, 2022, "2023-01-12",
      tw(regs), tw(orgs), tw(meas))
