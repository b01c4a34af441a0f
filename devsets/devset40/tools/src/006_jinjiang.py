# Document is Traditional Chinese in Big5: canonical names are simplified (one node per body
# across documents); the Traditional forms as written are generated as aliases.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from trad import trad

DOC = "006_jinjiang.txt"
REPORT = {"title": "晉江市2020年法治政府建設工作情況報告",
          "publisher": "晋江市人民政府", "region": "福建省泉州市晋江市",
          "year": 2020, "date": "2021-01-26"}
I, S, M_, X = "implements", "studies", "mentions", "issues"
_REGS = [
    ("晋江市2020年法治政府建设工作要点", [], "party_document", "晋委法〔2020〕3号", "中共晋江市委全面依法治市委员会", X),
    ("中华人民共和国民法典", [], "law", None, None, S),
    ("优化营商环境条例", [], "administrative_regulation", None, None, S),
    ("中华人民共和国传染病防治法", [], "law", None, None, S),
    ("晋江市关于进一步优化营商环境的若干措施", [], "normative_document", "晋政文〔2020〕47号", None, X),
    ("重大行政决策程序暂行条例", [], "administrative_regulation", None, None, I),
    ("福建省重大行政决策程序规定", [], "local_regulation", None, None, I),
    ("中华人民共和国政府信息公开条例", [], "administrative_regulation", None, None, I),
    ("法治政府建设实施纲要（2015—2020年）", [], "plan", None, None, I),
]
_ORGS = [
    ("晋江市人民政府", ["市政府"], "government"),
    ("晋江市司法局", [], "department"),
    ("中共泉州市委员会", ["泉州市委"], "party"),
    ("泉州市人民政府", [], "government"),
    ("中共晋江市委员会", ["市委"], "party"),
    ("中共晋江市委员会常务委员会", ["市委常委会", "中共晋江市委常务委员会"], "party"),
    ("中共晋江市委全面依法治市委员会", [], "party"),
    ("中共晋江市委全面依法治市委员会办公室", ["市委依法治市办"], "party"),
    ("晋江市民营企业法律服务团", [], "other"),
    ("晋江市人民政府法律顾问团", ["市政府法律顾问团"], "other"),
    ("晋江市市场监督管理局", [], "department"),
    ("晋江市人民代表大会常务委员会", ["市人大常委会"], "legislature"),
    ("中国人民政治协商会议晋江市委员会", ["市政协"], "other"),
    ("晋江市人民政府办公室", ["市政府办公室"], "department"),
    ("晋江市社会治理综合服务中心", [], "institution"),
    ("晋江市陈埭镇陈埭婆调解工作室", ["陈埭镇“陈埭婆”调解工作室"], "social"),
]
_MEAS = [
    ("晋江经验", ["“晋江经验”"], "model"),
    ("党政主要负责人履行推进法治建设第一责任人职责", ["推进法治建设第一责任人职责"], "system"),
    ("法治督察", [], "campaign"),
    ("常务会议学法制度", ["会前学法"], "system"),
    ("放管服改革", ["“放管服”改革"], "reform"),
    ("一趟不用跑", ["“一趟不用跑”"], "service"),
    ("最多跑一趟", ["“最多跑一趟”"], "service"),
    ("闽政通", ["闽政通App"], "platform"),
    ("福建省网上办事大厅", [], "platform"),
    ("一网通办", ["“一网通办”"], "service"),
    ("全程网办", [], "service"),
    ("法治护航民营经济专项行动", ["“法治护航民营经济”专项行动"], "campaign"),
    ("法治体检", ["“法治体检”"], "service"),
    ("减税降费", [], "other"),
    ("重大行政决策事项目录", ["年度重大行政决策事项目录"], "system"),
    ("重大行政决策合法性审查制度", ["合法性审查"], "system"),
    ("重大行政决策风险评估制度", ["风险评估"], "system"),
    ("政府法律顾问制度", [], "system"),
    ("民法典涉及的规范性文件专项清理", [], "campaign"),
    ("行政执法三项制度", ["行政执法“三项制度”"], "system"),
    ("福建省行政执法监督平台", [], "platform"),
    ("综合行政执法改革", ["镇（街道）综合执法改革", "综合执法改革"], "reform"),
    ("首违不罚", ["“首违不罚”清单"], "system"),
    ("行政执法案卷评查", [], "campaign"),
    ("行政机关负责人出庭应诉制度", ["行政机关负责人出庭应诉"], "system"),
    ("枫桥经验", ["新时代“枫桥经验”"], "model"),
    ("一站式接收、一揽子调处、全链条解决", ["“一站式接收、一揽子调处、全链条解决”"], "model"),
    ("七五普法", ["“七五”普法"], "campaign"),
    ("谁执法谁普法普法责任制", ["“谁执法谁普法”普法责任制"], "system"),
    ("美好生活·民法典相伴主题宣传活动", ["“美好生活·民法典相伴”主题宣传活动"], "campaign"),
    ("民主法治示范村创建", ["省级民主法治示范村（社区）", "民主法治示范村（社区）"], "campaign"),
    ("法治政府建设示范创建", ["全国法治政府建设示范市创建"], "campaign"),
    ("八五普法", ["“八五”普法规划"], "campaign"),
    ("行政复议体制改革", [], "reform"),
]

def _tr(name, aliases):
    out = []
    for a in [name] + list(aliases):
        for v in (a, trad(a)):
            if v != name and v not in out:
                out.append(v)
    return out

REGS = [(n, _tr(n, a), t, dn, iss, r) for n, a, t, dn, iss, r in _REGS]
ORGS = [(n, _tr(n, a), t) for n, a, t in _ORGS]
MEAS = [(n, _tr(n, a), t) for n, a, t in _MEAS]
