from common import *
import opencc
_cc = opencc.OpenCC("s2t")
DOC = "005_fengqiao_zhendangweishuji_shufa.txt"
REPORT_ = REPORT("中共諸暨市楓橋鎮委員會書記陳國華2019年度述法報告",
                 "中共诸暨市枫桥镇委员会", "浙江省绍兴市诸暨市枫桥镇", 2019, "2020-01-10")
REGS = [
    R("中华人民共和国宪法", "law", "studies"),
    R("中国共产党农村基层组织工作条例", "party_document", "studies"),
    R("中华人民共和国村民委员会组织法", "law", "studies"),
    R("中华人民共和国人民调解法", "law", "studies"),
    R("党政主要负责人履行推进法治建设第一责任人职责规定", "party_document", "implements"),
    R("枫桥镇村级重大事项决策“五议两公开”实施办法", "party_document", "issues",
      no="枫委〔2019〕12号", issuer="中共诸暨市枫桥镇委员会"),
    R("枫桥镇村级小微权力清单(2019版)", "party_document", "issues"),
    R("浙江省行政程序办法", "local_regulation", "implements"),
    R("中共中央关于坚持和完善中国特色社会主义制度 推进国家治理体系和治理能力现代化若干重大问题的决定",
      "party_document", "implements", issuer="中共中央"),
]
ORGS = [
    O("中共诸暨市枫桥镇委员会", "party", ["镇党委"]),
    O("中共诸暨市枫桥镇委理论学习中心组", "party", ["镇党委理论学习中心组", "中共诸暨市枫桥镇委员会理论学习中心组"]),
    O("中共诸暨市枫桥镇纪律检查委员会", "party", ["镇纪委"]),
    O("诸暨市枫桥镇人民政府", "government", ["镇政府", "枫桥镇"]),
    O("诸暨市枫桥镇人民代表大会主席团", "legislature", ["镇人大主席团"]),
    O("中共诸暨市委员会", "party", ["诸暨市委"]),
    O("中共诸暨市委全面依法治市委员会办公室", "party", ["诸暨市委依法治市办"]),
    O("中共中央", "party"),
    O("诸暨市枫桥镇综合行政执法中队", "department", ["镇综合行政执法中队"]),
    O("诸暨市枫桥镇社会治安综合治理中心", "institution", ["镇社会治安综合治理中心", "镇综治中心"]),
    O("诸暨市公安局枫桥派出所", "department", ["枫桥派出所"]),
    O("诸暨市人民法院枫桥人民法庭", "judiciary", ["枫桥人民法庭"]),
    O("诸暨市司法局枫桥司法所", "department", ["枫桥司法所"]),
    O("老杨调解中心", "social"),
    O("红枫义警", "social"),
    O("诸暨市枫桥镇便民服务中心", "institution", ["镇便民服务中心"]),
    O("枫桥经验陈列馆", "institution", ["“枫桥经验”陈列馆"]),
    O("诸暨市枫桥镇人民调解委员会", "social", ["镇人民调解委员会"]),
    O("诸暨市人民政府", "government"),
    O("诸暨市人民政府办公室", "department"),
]
MEAS = [
    M("党政主要负责人履行推进法治建设第一责任人职责", "system",
      ["党政主要负责人推进法治建设第一责任人职责", "推进法治建设第一责任人职责"]),
    M("枫桥经验", "model", ["新时代“枫桥经验”"]),
    M("法治枫桥建设", "campaign", ["法治枫桥"]),
    M("平安枫桥建设", "campaign", ["平安枫桥"]),
    M("领导干部年度述法制度", "system"),
    M("常务会议学法制度", "system", ["镇党政班子会前学法", "会前学法"]),
    M("五议两公开", "system", ["村级重大事项决策“五议两公开”"]),
    M("小微权力清单", "system", ["村级小微权力清单"]),
    M("行政执法三项制度", "system"),
    M("综合行政执法改革", "reform"),
    M("县乡一体、条抓块统", "reform", ["“县乡一体、条抓块统”综合行政执法改革"]),
    M("一村一法律顾问", "system", ["“一村一法律顾问”制度"]),
    M("矛盾不上交、平安不出事、服务不缺位", "other"),
    M("四前工作法", "model"),
    M("三治融合", "model"),
    M("乡贤参事会", "model"),
    M("基层治理四平台", "platform"),
    M("全科网格", "mechanism", ["“全科网格”管理"]),
    M("小事不出村、大事不出镇、矛盾不上交", "other"),
    M("枫桥式公安派出所创建", "campaign", ["枫桥式公安派出所"]),
    M("七五普法", "campaign", ["“七五”普法规划"]),
    M("谁执法谁普法普法责任制", "system", ["“谁执法谁普法”普法责任制"]),
    M("宪法宣传周", "campaign"),
    M("民主法治示范村创建", "campaign", ["民主法治村(社区)创建", "全国民主法治示范村"]),
    M("最多跑一次", "service", ["“最多跑一次”改革"]),
    M("一窗受理", "service"),
    M("浙里办App", "platform", ["“浙里办”App", "浙里办"]),
    M("八五普法", "campaign", ["“八五”普法"]),
]

def _trad(items):
    for it in items:
        al = list(it["aliases"])
        for x in [it["name"], *it["aliases"]]:
            t = _cc.convert(x)
            if t != it["name"] and t not in al:
                al.append(t)
        it["aliases"] = al
for _l in (REGS, ORGS, MEAS):
    _trad(_l)
