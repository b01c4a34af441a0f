from common import *
D = "006_yingde_shizhang_shufa"
src = open(os.path.join(OUT, "src", "006_src.txt"), encoding="utf-8").read()
open(os.path.join(OUT, "docs", D + ".txt"), "w", encoding="utf-8").write(pdf_wrap(src, 36, pages=24, seed=6))
report = {"title": "英德市市长2023年度述法报告", "publisher": "英德市人民政府",
          "region": "广东省清远市英德市", "year": 2023, "date": "2024-01-25"}
regs = [
 R("英德市人民政府2023年度常务会议学法计划", "normative_document", "issues"),
 R("中华人民共和国立法法", "law", "studies"),
 R("中华人民共和国行政复议法", "law", "implements", ["新修订的行政复议法", "行政复议法"]),
 R("中华人民共和国无障碍环境建设法", "law", "studies"),
 R("广东省优化营商环境条例", "local_regulation", "studies"),
 R("广东省行政执法监督条例", "local_regulation", "studies"),
 R("英德市2023年法治政府建设工作要点", "normative_document", "issues", doc_number="英府办〔2023〕18号"),
 R("广东省法治政府建设实施方案（2021—2025年）", "normative_document", "implements"),
 R("重大行政决策程序暂行条例", "administrative_regulation", "implements"),
 R("广东省重大行政决策程序规定", "local_regulation", "implements"),
]
orgs = [
 O("英德市人民政府", "government", ["市政府"]),
 O("中共英德市委员会", "party", ["英德市委", "中共英德市委", "市委"]),
 O("中共英德市委全面依法治市委员会", "party", ["市委全面依法治市委员会"]),
 O("中共清远市委员会", "party", ["清远市委"]),
 O("清远市人民政府", "government", ["清远市政府"]),
 O("英德市人民法院", "judiciary"),
 O("英德市法治政府建设工作领导小组", "committee", ["市法治政府建设工作领导小组"]),
 O("英德市司法局", "department", ["市司法局"]),
 O("清远市中级人民法院", "judiciary"),
]
meas = [
 M("党政主要负责人履行推进法治建设第一责任人职责", "system", ["推进法治建设第一责任人职责"]),
 M("领导干部年度述法制度", "system", ["述法评议"]),
 M("百县千镇万村高质量发展工程", "campaign", ["百千万工程"]),
 M("常务会议学法制度", "system", ["政府常务会议会前学法", "会前学法"]),
 M("领导干部应知应会党内法规和国家法律清单制度", "system",
   ["广东省领导干部应知应会党内法规和国家法律清单", "学法清单制度", "学法清单"]),
 M("重大行政决策事项目录", "system", ["年度重大行政决策事项目录"]),
 M("重大行政决策合法性审查制度", "system"),
 M("综合行政执法改革", "reform", ["镇街综合行政执法改革"]),
 M("提升行政执法质量三年行动", "campaign"),
 M("行政执法三项制度", "system"),
 M("行政执法案卷评查", "campaign"),
 M("双随机、一公开监管", "mechanism", ["“双随机、一公开”监管"]),
 M("行政复议体制改革", "reform"),
 M("行政机关负责人出庭应诉制度", "system", ["行政机关负责人出庭应诉"]),
 M("府院联动机制", "mechanism"),
 M("一网通办", "service"),
 M("跨省通办", "service"),
 M("粤省事", "platform"),
 M("粤商通", "platform"),
 M("粤智助", "platform", ["“粤智助”政府服务自助机"]),
 M("就近办", "service"),
 M("一村（社区）一法律顾问制度", "system", ["“一村（社区）一法律顾问”制度"]),
 M("谁执法谁普法普法责任制", "system", ["“谁执法谁普法”普法责任制"]),
 M("茶乡说法普法品牌", "model", ["“茶乡说法”普法品牌"]),
 M("八五普法", "campaign", ["八五普法中期评估"]),
 M("民主法治示范村创建", "campaign", ["全国民主法治示范村"]),
 M("法治政府建设示范创建", "campaign", ["广东省法治政府建设示范市"]),
]
write(D, report, regs, orgs, meas)
