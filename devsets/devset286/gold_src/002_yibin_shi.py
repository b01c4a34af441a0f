# Text is in Traditional characters (web "繁體版" page). Canonical names are the official
# simplified names; every form as written (Traditional) is listed among the aliases.
import opencc
_cc = opencc.OpenCC("s2t")


def T(s):
    return _cc.convert(s)


from pathlib import Path
_TEXT = (Path(__file__).resolve().parent.parent / "docs" / "002_yibin_shi.txt").read_text(encoding="utf-8")
_STRIP = str.maketrans("", "", "《》〈〉“”")


def A(name, *extra):
    """Traditional forms as written; the Traditional form of the canonical name only if it occurs."""
    out = []
    t = T(name)
    if t != name and t.translate(_STRIP) in _TEXT.translate(_STRIP):
        out.append(t)
    for x in extra:
        t = T(x)
        if t != name and t not in out:
            out.append(t)
    return out


def RR(name, extra=(), *a, **k):
    return R(name, A(name, *extra), *a, **k)


def OO(name, extra=(), *a, **k):
    return O(name, A(name, *extra), *a, **k)


def MM(name, extra=(), *a, **k):
    return M(name, A(name, *extra), *a, **k)


DOC = "002_yibin_shi.txt"
REPORT = {"title": T("宜宾市人民政府关于2017年法治政府建设工作情况的报告"),
          "publisher": "宜宾市人民政府", "region": "四川省宜宾市", "year": 2017, "date": "2018-02-09"}
REGS = [
    RR("法治政府建设实施纲要（2015—2020年）", ["法治政府建设实施纲要（2015－2020年）"], "plan",
       issuer="中共中央 国务院", relation="implements"),
    RR("四川省贯彻落实〈法治政府建设实施纲要（2015－2020年）〉实施方案", [], "party_document",
       issuer="中共四川省委员会 四川省人民政府", relation="implements"),
    RR("宜宾市2017年依法行政工作要点", [], "normative_document", "宜府办发〔2017〕12号", relation="issues"),
    RR("中华人民共和国网络安全法", [], "law", relation="studies"),
    RR("中华人民共和国民法总则", [], "law", relation="studies"),
    RR("宜宾市人民政府拟定地方性法规草案和制定政府规章程序规定", [], "local_regulation", relation="issues"),
    RR("宜宾市城市绿化条例", [], "local_regulation", relation="implements"),
    RR("四川省规范性文件制定和备案规定", [], "local_regulation", relation="implements"),
    RR("四川省重大行政决策程序规定", [], "local_regulation", relation="implements"),
    RR("宜宾市人民政府重大行政决策事项目录", [], "normative_document", "宜府函〔2017〕88号", relation="issues"),
    RR("中华人民共和国行政处罚法", [], "law", relation="implements"),
    RR("中华人民共和国行政强制法", [], "law", relation="implements"),
    RR("中华人民共和国行政诉讼法", ["行政诉讼法", "新《行政诉讼法》"], "law", relation="implements"),
    RR("中华人民共和国宪法", ["宪法"], "law", relation="studies"),
]
ORGS = [
    OO("宜宾市人民政府", ["市政府"], "government"),
    OO("中共四川省委员会", ["省委"], "party"),
    OO("四川省人民政府", ["省政府"], "government"),
    OO("中共宜宾市委员会", ["市委"], "party"),
    OO("宜宾市人民代表大会", ["市人大"], "legislature"),
    OO("宜宾市人民代表大会常务委员会", ["常委会"], "legislature"),
    OO("中共中央", [], "party"),
    OO("国务院", [], "government"),
    OO("宜宾市依法行政工作领导小组", [], "committee"),
    OO("宜宾市政务服务中心", ["市政务服务中心"], "institution"),
    OO("宜宾市发展和改革委员会", ["市发改委"], "department"),
    OO("宜宾市人民政府法制办公室", ["市政府法制办"], "department"),
    OO("宜宾市人民政府办公室", ["市政府办公室"], "department"),
    OO("宜宾市城市管理行政执法局", ["市城管执法局"], "department"),
    OO("中国人民政治协商会议宜宾市委员会", ["市政协"], "other"),
    OO("宜宾市中级人民法院", ["市中院"], "judiciary"),
    OO("宜宾市审计局", ["市审计局"], "department"),
    OO("宜宾市人民政府行政复议委员会", ["市政府行政复议委员会"], "committee"),
    OO("宜宾市中级人民法院诉调对接中心", ["诉调对接中心"], "institution"),
]
MEAS = [
    MM("法治宜宾建设", ["“法治宜宾”"], "campaign"),
    MM("党政主要负责人履行推进法治建设第一责任人职责", ["推进法治建设第一责任人职责"], "system"),
    MM("目标绩效考核", [], "system"),
    MM("常务会议学法制度", ["会前学法制度", "市政府常务会议会前学法制度"], "system"),
    MM("放管服改革", ["“放管服”改革"], "reform"),
    MM("权责清单", ["权力清单和责任清单"], "system"),
    MM("多证合一、一照一码登记制度改革", ["“多证合一、一照一码”"], "reform"),
    MM("一窗受理、集成服务", ["“一窗受理、集成服务”"], "service"),
    MM("四川政务服务网", [], "platform"),
    MM("最多跑一次", ["“最多跑一次”"], "service"),
    MM("双随机、一公开监管", ["“双随机、一公开”监管"], "mechanism"),
    MM("一单两库一细则", ["“一单两库一细则”"], "system"),
    MM("宜宾市公共信用信息平台", [], "platform"),
    MM("守信联合激励和失信联合惩戒", [], "mechanism"),
    MM("规范性文件三统一制度", ["“三统一”制度", "统一登记、统一编号、统一印发“三统一”制度"], "system"),
    MM("重大行政决策合法性审查制度", ["合法性审查"], "system"),
    MM("政府法律顾问制度", [], "system"),
    MM("跨部门综合执法", [], "reform"),
    MM("行政执法人员持证上岗和资格管理制度", [], "system"),
    MM("行政执法案卷评查", [], "campaign"),
    MM("行政机关负责人出庭应诉制度", [], "system"),
    MM("经济责任审计", [], "system"),
    MM("宜宾市人民政府门户网站", ["市政府门户网站"], "platform"),
    MM("12345政府服务热线", [], "platform"),
    MM("三调联动", ["“三调联动”"], "mechanism"),
    MM("大调解工作格局", ["大调解工作体系"], "mechanism"),
    MM("三江和事佬调解品牌", ["“三江和事佬”"], "model"),
    MM("诉调对接", [], "mechanism"),
    MM("七五普法", ["“七五”普法规划"], "campaign"),
    MM("谁执法谁普法普法责任制", ["“谁执法谁普法”普法责任制"], "system"),
    MM("法律七进活动", ["“法律七进”"], "campaign"),
    MM("国家宪法日", [], "campaign"),
    MM("宪法宣誓制度", ["宪法宣誓"], "system"),
    MM("学法用法考试", [], "campaign"),
]
