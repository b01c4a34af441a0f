# Traditional-character document: canonical names in simplified (official form);
# every alias (and the canonical name itself) is converted to the traditional form written in the text.
from opencc import OpenCC
_cc = OpenCC("s2tw")
DOC = "005_jinjiang_trad_2017.txt"
REPORT = dict(title="晉江市2017年度法治政府建設情況報告", publisher="晋江市人民政府",
              region="福建省泉州市晋江市", year=2017, date="2018-01-22")
R = [
 ("法治政府建设实施纲要（2015—2020年）", ["法治政府建设实施纲要（2015－2020年）"], "plan", None, None, "implements"),
 ("泉州市法治政府建设实施方案（2016—2020年）", [], "normative_document", None, None, "implements"),
 ("中华人民共和国民法总则", [], "law", None, None, "studies"),
 ("中华人民共和国网络安全法", [], "law", None, None, "studies"),
 ("晋江市人民政府重大行政决策程序规定", [], "normative_document", "晋政文〔2017〕88号", None, "issues"),
 ("福建省行政机关规范性文件备案审查办法", [], "local_regulation", None, None, "implements"),
 ("福建省行政执法条例", [], "local_regulation", None, None, "implements"),
 ("国务院关于印发“十三五”市场监管规划的通知", [], "normative_document", "国发〔2017〕6号", "国务院", "implements"),
]
O = [
 ("晋江市人民政府", ["市政府"], "government"),
 ("晋江市人民政府办公室", [], "department"),
 ("泉州市人民政府", ["泉州市政府"], "government"),
 ("中共泉州市委员会", ["泉州市委"], "party"),
 ("中共晋江市委员会", ["晋江市委", "市委"], "party"),
 ("泉州市人民政府法制办公室", ["泉州市政府法制办"], "department"),
 ("晋江市法治政府建设领导小组", [], "committee"),
 ("晋江市法治政府建设领导小组办公室", ["领导小组办公室"], "committee"),
 ("晋江市人民政府法制办公室", ["市政府法制办"], "department"),
 ("晋江市行政服务中心", ["市行政服务中心"], "institution"),
 ("晋江市工商行政管理局", ["市工商局"], "department"),
 ("晋江市人民代表大会常务委员会", ["市人大常委会"], "legislature"),
 ("晋江市人民政府法律顾问室", ["市政府法律顾问室"], "department"),
 ("国务院", [], "government"),
 ("晋江市质量技术监督局", ["市质监局"], "department"),
 ("晋江市食品药品监督管理局", ["市食药监局"], "department"),
 ("晋江市环境保护局", ["市环保局"], "department"),
 ("晋江市安全生产监督管理局", ["市安监局"], "department"),
 ("晋江市国土资源局", ["市国土资源局"], "department"),
 ("晋江市人民政府行政复议委员会", ["市政府行政复议委员会"], "committee"),
 ("晋江市人民法院", ["晋江法院"], "judiciary"),
 ("晋江市总商会", ["市总商会"], "social"),
 ("晋江市总商会人民调解委员会", ["商会人民调解委员会"], "social"),
]
M = [
 ("晋江经验", ["“晋江经验”"], "model"),
 ("党政主要负责人履行推进法治建设第一责任人职责", ["推进法治建设第一责任人职责"], "system"),
 ("常务会议学法制度", ["市政府常务会议会前学法"], "system"),
 ("领导干部年度述法制度", ["年度述法"], "system"),
 ("放管服改革", ["“放管服”改革"], "reform"),
 ("一趟不用跑", [], "service"),
 ("最多跑一趟", [], "service"),
 ("马上就办、真抓实干", ["“马上就办、真抓实干”工作机制"], "mechanism"),
 ("一窗受理、集成服务", [], "model"),
 ("福建省网上办事大厅", [], "platform"),
 ("闽政通APP", ["闽政通"], "platform"),
 ("权责清单", [], "system"),
 ("多证合一改革", ["“多证合一”改革"], "reform"),
 ("二十四证合一", [], "reform"),
 ("行政执法责任制", [], "system"),
 ("行政执法人员持证上岗和资格管理制度", ["持证上岗"], "system"),
 ("双随机、一公开监管", ["“双随机、一公开”监管"], "mechanism"),
 ("行政执法案卷评查", [], "campaign"),
 ("行政机关负责人出庭应诉制度", [], "system"),
 ("行政争议诉前协调机制", [], "mechanism"),
 ("和事佬调解品牌", ["“和事佬”调解品牌"], "model"),
 ("诉调对接", ["“诉调对接”"], "mechanism"),
 ("七五普法", ["“七五”普法规划"], "campaign"),
 ("谁执法谁普法普法责任制", ["“谁执法谁普法”普法责任制"], "system"),
 ("国家宪法日", [], "campaign"),
 ("宪法进万家", ["“宪法进万家”活动"], "campaign"),
 ("法律明白人培养工程", ["“法律明白人”培养工程", "法律明白人"], "campaign"),
 ("行政执法三项制度", [], "system"),
]

def _trad(items):
    out = []
    for it in items:
        name, aliases = it[0], it[1]
        al = []
        for a in [name] + list(aliases):
            t = _cc.convert(a)
            if t != name and t not in al:
                al.append(t)
        out.append((name, al) + tuple(it[2:]))
    return out

R, O, M = _trad(R), _trad(O), _trad(M)
