from lib import *
DOC = "011_menyuan_xian.txt"
MY = "门源回族自治县"
report = {"title": "门源回族自治县人民政府关于2016年度法治政府建设工作情况的报告", "publisher": MY + "人民政府",
          "region": "青海省海北藏族自治州门源回族自治县", "year": 2016, "date": "2017-02-15"}
regs = [
  R("法治政府建设实施纲要（2015—2020年）", ["法治政府建设实施纲要（2015－2020年）"], "plan", None, "中共中央 国务院", "implements"),
  R("青海省人民政府关于贯彻落实〈法治政府建设实施纲要（2015－2020年）〉的实施意见", [], "normative_document", None, "青海省人民政府", "implements"),
  R("门源县法治政府建设实施方案（2016—2020年）", [], "normative_document", "门政〔2016〕58号", None, "issues"),
  R("中华人民共和国行政诉讼法", [], "law", relation="studies"),
  R("中华人民共和国环境保护法", [], "law", relation="studies"),
  R(MY + "自治条例", [], "local_regulation", relation="implements"),
  R(MY + "草原管理条例", [], "local_regulation", relation="implements"),
  R("门源县规范性文件制定和备案审查办法", [], "normative_document", "门政办〔2016〕112号", None, "issues"),
  R("青海省重大行政决策程序规定", [], "local_regulation", relation="implements"),
  R("门源县法治宣传教育第七个五年规划（2016—2020年）", [], "plan", relation="issues"),
  R("中华人民共和国宪法", [], "law", relation="studies"),
]
orgs = [
  O(MY + "人民政府", ["县政府"], "government"),
  O(MY + "人民政府法制办公室", ["县政府法制办"], "department"),
  O("海北藏族自治州人民政府", ["海北州人民政府", "州政府"], "government"),
  O("中共海北藏族自治州委员会", ["州委"], "party"),
  O("中共" + MY + "委员会", ["县委"], "party"),
  O("中共中央", [], "party"),
  O("国务院", [], "government"),
  O("青海省人民政府", [], "government"),
  O(MY + "推进依法行政工作领导小组", ["推进依法行政工作领导小组"], "committee"),
  O(MY + "市场监督管理局", ["县市场监管局"], "department"),
  O(MY + "人民代表大会常务委员会", ["县人大常委会"], "legislature"),
  O(MY + "人民法院", ["县法院"], "judiciary"),
  O(MY + "人民检察院", ["县检察院"], "judiciary"),
  O(MY + "司法局", ["县司法局"], "department"),
]
meas = [
  M("常务会议学法制度", ["县政府常务会议会前学法制度"], "system"),
  M("行政审批制度改革", [], "reform"),
  M("权责清单", ["权力清单和责任清单"], "system"),
  M("三证合一、一照一码登记制度改革", ["“三证合一、一照一码”登记制度改革"], "reform"),
  M("双随机、一公开监管", ["“双随机、一公开”监管"], "mechanism"),
  M("重大行政决策程序", ["重大行政决策法定程序"], "system"),
  M("行政执法案卷评查", [], "campaign"),
  M("行政执法人员持证上岗和资格管理制度", ["执法人员资格管理"], "system"),
  M("相对集中行政处罚权试点", ["城市管理相对集中行政处罚权试点"], "reform"),
  M("三调联动", ["“三调联动”机制"], "mechanism"),
  M("双语调解", ["“双语调解”"], "model"),
  M("宗教人士+调解模式", ["“宗教人士+调解”模式"], "model"),
  M("诉调对接", [], "mechanism"),
  M("检调对接", ["检调对接机制"], "mechanism"),
  M("七五普法", ["“七五”普法"], "campaign"),
  M("法律进寺院、进清真寺活动", ["“法律进寺院、进清真寺”活动"], "campaign"),
  M("藏汉双语普法", [], "campaign"),
  M("国家宪法日", ["“12·4”国家宪法日"], "campaign"),
]
write(DOC, report, regs, orgs, meas)
