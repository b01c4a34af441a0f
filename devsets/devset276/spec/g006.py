# The text of 006 is the Traditional-character rendering (OpenCC s2tw) of
# 006_zhucheng_simplified_source.txt.  Canonical names are the simplified standard forms;
# the forms written in the (Traditional) text are added as aliases automatically.
from common import *
import opencc
cc = opencc.OpenCC("s2tw")

def T(items):
    out = []
    for e in items:
        forms = [e["name"], *e["aliases"]]
        al = []
        for f in forms:
            t = cc.convert(f)
            for x in (f, t):
                if x != e["name"] and x not in al:
                    al.append(x)
        # keep simplified short forms only if they equal their traditional form (they occur)
        e["aliases"] = [a for a in al if cc.convert(a) == a]
        out.append(e)
    return out

write("006_zhucheng_trad.txt",
 {"title": "諸城市人民政府關於2017年度法治政府建設工作情況的報告", "publisher": "诸城市人民政府",
  "region": "山东省潍坊市诸城市", "year": 2017, "date": "2018-02-08"},
 T([
  R("法治政府建设实施纲要（2015—2020年）", [], "plan", relation="implements"),
  R("潍坊市法治政府建设实施方案（2016—2020年）", [], "normative_document", relation="implements"),
  R("诸城市2017年法治政府建设工作要点", [], "normative_document", "诸政办发〔2017〕16号", None, "issues"),
  R("山东省行政程序规定", [], "local_regulation", relation="implements"),
  R("山东省人民政府关于推进综合行政执法体制改革的意见", [], "normative_document", None, "山东省人民政府", "implements"),
  R("中华人民共和国行政复议法", [], "law", relation="implements"),
  R("中华人民共和国政府信息公开条例", [], "administrative_regulation", relation="implements"),
 ]),
 T([
  O("诸城市人民政府", ["市政府"], "government"),
  O("潍坊市人民政府", [], "government"),
  O("中共潍坊市委员会", ["中共潍坊市委"], "party"),
  O("中共诸城市委员会", ["诸城市委"], "party"),
  O("诸城市法治政府建设工作领导小组", [], "committee"),
  O("诸城市人民法院", ["市人民法院"], "judiciary"),
  O("诸城市政务服务中心", ["市政务服务中心"], "institution"),
  O("诸城市人民政府法律顾问团", ["市政府法律顾问团"], "other"),
  O("诸城市人民政府法制办公室", ["市法制办"], "department"),
  O("山东省人民政府", [], "government"),
  O("诸城市综合行政执法局", [], "department"),
  O("诸城市人民代表大会常务委员会", ["市人大常委会"], "legislature"),
  O("中国人民政治协商会议诸城市委员会", ["市政协"], "other"),
 ]),
 T([
  M("党政主要负责人履行推进法治建设第一责任人职责", ["推进法治建设第一责任人职责"], "system"),
  M("科学发展综合考核", [], "system"),
  M("领导干部学法制度", [], "system"),
  M("常务会议学法制度", ["市政府常务会议会前学法"], "system"),
  M("放管服改革", ["“放管服”改革"], "reform"),
  M("简政放权", [], "reform"),
  M("最多跑一次", ["“最多跑一次”改革", "“最多跑一次”"], "service"),
  M("一窗受理、后台分办、统一出件", ["“一窗受理、后台分办、统一出件”"], "service"),
  M("多证合一、一照一码", ["“多证合一、一照一码”登记制度改革"], "reform"),
  M("双随机、一公开监管", ["“双随机、一公开”监管"], "mechanism"),
  M("一单两库", ["“一单两库”"], "system"),
  M("权责清单", ["市级政府部门权责清单"], "system"),
  M("诸城市政府门户网站", [], "platform"),
  M("政府法律顾问制度", [], "system"),
  M("规范性文件三统一制度", ["规范性文件“三统一”制度"], "system"),
  M("规范性文件有效期制度", ["有效期制度"], "system"),
  M("规范性文件备案审查", ["备案审查"], "system"),
  M("综合行政执法改革", ["综合行政执法体制改革"], "reform"),
  M("一个部门管执法", ["“一个部门管执法”"], "model"),
  M("行政执法全过程记录制度", ["行政执法全过程记录制度试点"], "system"),
  M("行政执法案卷评查", [], "campaign"),
  M("两法衔接信息共享平台", ["“两法衔接”信息共享平台"], "platform"),
  M("行政执法人员持证上岗和资格管理制度", [], "system"),
  M("公共法律知识考试", ["公共法律知识培训和考试"], "campaign"),
  M("行政机关负责人出庭应诉制度", [], "system"),
  M("老兵调解室人民调解品牌", ["“老兵调解室”人民调解品牌", "“老兵调解室”"], "model"),
  M("社区网格化服务管理平台", [], "platform"),
  M("小事不出网格、大事不出社区", ["“小事不出网格、大事不出社区”"], "other"),
  M("七五普法", ["“七五”普法规划"], "campaign"),
  M("谁执法谁普法普法责任制", ["“谁执法谁普法”普法责任制"], "system"),
  M("法律进社区活动", ["“法律进社区”活动"], "campaign"),
  M("宪法宣誓制度", ["宪法宣誓活动", "宪法宣誓"], "system"),
  M("民主法治示范村创建", ["全国民主法治示范村", "省级民主法治示范村（社区）"], "campaign"),
  M("法治诸城建设", [], "campaign"),
 ]))
