#!/usr/bin/env python3
"""Builds gold/*.json for devset134 from the compact tables below."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = {}

def R(name, aliases, typ, docno=None, issuer=None, rel="mentions"):
    return {"name": name, "aliases": aliases, "type": typ, "doc_number": docno, "issuer": issuer, "relation": rel}
def O(name, aliases, typ):
    return {"name": name, "aliases": aliases, "type": typ}
def M(name, aliases, typ):
    return {"name": name, "aliases": aliases, "type": typ}

FZ1520 = "法治政府建设实施纲要（2015—2020年）"
FZ2125 = "法治政府建设实施纲要（2021—2025年）"
DIYI = "党政主要负责人履行推进法治建设第一责任人职责"

# ---------------------------------------------------------------- 001 广西
DOCS["001_guangxi"] = dict(
 report=dict(title="广西壮族自治区人民政府关于2019年法治政府建设情况的报告", publisher="广西壮族自治区人民政府",
             region="广西壮族自治区", year=2019, date="2020-03-26"),
 regulations=[
  R(FZ1520, ["法治政府建设实施纲要(2015-2020年)"], "plan", rel="implements"),
  R("党政主要负责人履行推进法治建设第一责任人职责规定", [], "party_document", rel="implements"),
  R("2019年全区法治政府建设工作要点", [], "normative_document", "桂政办发〔2019〕21号", None, "issues"),
  R("优化营商环境条例", [], "administrative_regulation", rel="implements"),
  R("广西壮族自治区重大行政决策程序规定", [], "local_regulation", rel="issues"),
  R("广西壮族自治区行政规范性文件制定程序规定", [], "local_regulation", rel="issues"),
  R("中华人民共和国外商投资法", [], "law", rel="implements"),
  R("重大行政决策程序暂行条例", [], "administrative_regulation", rel="implements"),
  R("关于印发〈广西全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度实施方案〉的通知", [],
    "normative_document", "桂政办发〔2019〕35号", "广西壮族自治区人民政府办公厅", "issues"),
  R("广西全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度实施方案", [],
    "normative_document", None, "广西壮族自治区人民政府办公厅", "issues"),
  R("中华人民共和国行政许可法", [], "law", rel="implements"),
  R("中华人民共和国政府信息公开条例", [], "administrative_regulation", rel="implements"),
 ],
 organizations=[
  O("中共中央", ["党中央"], "party"),
  O("国务院", [], "government"),
  O("中共广西壮族自治区委员会", ["自治区党委"], "party"),
  O("广西壮族自治区人民政府", ["自治区人民政府", "自治区政府"], "government"),
  O("中央全面依法治国委员会", [], "party"),
  O("中共广西壮族自治区委全面依法治区委员会", ["自治区党委全面依法治区委员会"], "party"),
  O("中共广西壮族自治区委全面依法治区委员会办公室", ["委员会办公室"], "party"),
  O("广西壮族自治区司法厅", ["自治区司法厅"], "department"),
  O("广西壮族自治区大数据发展局", ["自治区大数据发展局"], "department"),
  O("广西壮族自治区市场监督管理局", ["自治区市场监管局"], "department"),
  O("广西壮族自治区人民代表大会常务委员会", ["自治区人大常委会"], "legislature"),
  O("中国人民政治协商会议广西壮族自治区委员会", ["自治区政协"], "other"),
  O("广西壮族自治区高级人民法院", ["自治区高级人民法院"], "judiciary"),
  O("广西壮族自治区人民检察院", ["自治区人民检察院"], "judiciary"),
  O("广西壮族自治区人民政府办公厅", ["自治区人民政府办公厅"], "department"),
 ],
 measures=[
  M(DIYI, ["第一责任人职责"], "system"),
  M("放管服改革", ["“放管服”改革", "放管服"], "reform"),
  M("证照分离改革", ["“证照分离”改革"], "reform"),
  M("互联网+政务服务", ["“互联网+政务服务”"], "service"),
  M("广西数字政务一体化平台", [], "platform"),
  M("一网通办", ["“一网通办”"], "service"),
  M("减证便民行动", ["“减证便民”行动", "减证便民"], "campaign"),
  M("告知承诺制", ["证明事项“告知承诺制”"], "system"),
  M("双随机、一公开监管", ["“双随机、一公开”监管", "双随机、一公开"], "mechanism"),
  M("双随机抽查工作平台", ["“双随机”抽查工作平台"], "platform"),
  M("有件必备、有备必审、有错必纠", ["“有件必备、有备必审、有错必纠”"], "other"),
  M("重大行政决策合法性审查制度", [], "system"),
  M("政府法律顾问制度", [], "system"),
  M("行政执法三项制度", [], "system"),
  M("行政执法案卷评查", [], "campaign"),
  M("行政机关负责人出庭应诉制度", ["行政机关负责人出庭应诉"], "system"),
  M("矛盾纠纷多元化解机制", [], "mechanism"),
  M("访调对接模式", ["“访调对接”模式", "访调对接"], "model"),
  M("七五普法", ["“七五”普法规划", "七五普法规划"], "campaign"),
  M("谁执法谁普法普法责任制", ["“谁执法谁普法”普法责任制"], "system"),
  M("法治政府建设示范创建", [], "campaign"),
 ])

# ---------------------------------------------------------------- 002 拉萨
DOCS["002_lasa"] = dict(
 report=dict(title="拉萨市2021年法治政府建设年度报告", publisher="拉萨市人民政府",
             region="西藏自治区拉萨市", year=2021, date="2022-03-28"),
 regulations=[
  R("中华人民共和国民法典", [], "law", rel="studies"),
  R("中华人民共和国行政处罚法", ["行政处罚法", "新修订的《行政处罚法》"], "law", rel="studies"),
  R(FZ2125, [], "plan", rel="studies"),
  R("法治社会建设实施纲要（2020—2025年）", [], "plan", rel="studies"),
  R("拉萨市法治政府建设实施方案（2021—2025年）", [], "normative_document", "拉政发〔2021〕12号", None, "issues"),
  R("重大行政决策程序暂行条例", [], "administrative_regulation", rel="implements"),
  R("拉萨市文明行为促进条例", [], "local_regulation", rel="issues"),
  R("西藏自治区民族团结进步模范区创建条例", [], "local_regulation", rel="implements"),
 ],
 organizations=[
  O("拉萨市人民政府", ["市人民政府", "市政府"], "government"),
  O("西藏自治区人民政府", [], "government"),
  O("中共西藏自治区委员会", ["自治区党委"], "party"),
  O("中共拉萨市委员会", ["市委"], "party"),
  O("中共拉萨市人民政府党组", ["市政府党组"], "party"),
  O("中共拉萨市委全面依法治市委员会", ["市委全面依法治市委员会"], "party"),
  O("中共拉萨市委全面依法治市委员会办公室", ["市委依法治市办"], "party"),
  O("拉萨市司法局", ["市司法局"], "department"),
  O("拉萨市政务服务中心", ["市政务服务中心"], "institution"),
  O("拉萨市人民代表大会常务委员会", ["市人大常委会"], "legislature"),
  O("中国人民政治协商会议拉萨市委员会", ["市政协"], "other"),
  O("拉萨市城市管理和综合执法局", ["市城市管理和综合执法局"], "department"),
  O("拉萨市中级人民法院", [], "judiciary"),
  O("拉萨市人民政府办公室", [], "department"),
  O("拉萨市政务服务和大数据管理局", [], "department"),
 ],
 measures=[
  M("拉萨市人民政府门户网站", [], "platform"),
  M("常务会议学法制度", ["会前学法制度"], "system"),
  M("学习强国", ["“学习强国”"], "platform"),
  M("雪域先锋", ["“雪域先锋”平台"], "platform"),
  M("放管服改革", ["“放管服”改革"], "reform"),
  M("权责清单", ["市本级权责清单"], "system"),
  M("一窗受理、集成服务", ["“一窗受理、集成服务”"], "service"),
  M("藏易通政务服务平台", ["“藏易通”政务服务平台", "藏易通"], "platform"),
  M("掌上办", ["“掌上办”"], "service"),
  M("市场准入负面清单", ["市场准入负面清单制度"], "system"),
  M("双随机、一公开监管", ["“双随机、一公开”", "双随机、一公开"], "mechanism"),
  M("重大行政决策事项目录", ["年度重大行政决策事项目录"], "system"),
  M("行政执法三项制度", [], "system"),
  M("民族团结进步模范市创建", [], "campaign"),
  M("721工作法", ["“721工作法”"], "model"),
  M("柔性执法", [], "model"),
  M("说理式执法", [], "model"),
  M("行政机关负责人出庭应诉制度", ["行政机关负责人出庭应诉"], "system"),
  M("行政复议体制改革", [], "reform"),
  M("枫桥经验", ["新时代“枫桥经验”", "新时代枫桥经验"], "model"),
  M("双联户创建", ["“双联户”创建", "双联户", "平安“双联户”"], "campaign"),
  M("扫黑除恶专项斗争", [], "campaign"),
  M("八五普法", ["“八五”普法规划", "八五普法规划"], "campaign"),
  M("格桑花人民调解品牌", ["“格桑花”人民调解品牌", "格桑花"], "model"),
  M("法治政府建设示范创建", [], "campaign"),
 ])

# ---------------------------------------------------------------- 003 黔东南
QDN = "黔东南苗族侗族自治州"
DOCS["003_qiandongnan"] = dict(
 report=dict(title="黔东南州人民政府关于2018年法治政府建设工作情况的报告", publisher=QDN+"人民政府",
             region="贵州省黔东南苗族侗族自治州", year=2018, date="2019-02-28"),
 regulations=[
  R(FZ1520, [], "plan", rel="implements"),
  R("贵州省法治政府建设实施方案（2016—2020年）", [], "normative_document", rel="implements"),
  R("中华人民共和国宪法修正案", [], "law", rel="studies"),
  R("中华人民共和国监察法", [], "law", rel="studies"),
  R("黔东南州重大行政决策程序规定", [], "normative_document", "黔东南府发〔2018〕7号", None, "issues"),
  R(QDN+"自治条例", [], "local_regulation", rel="implements"),
  R(QDN+"民族文化村寨保护条例", [], "local_regulation", rel="implements"),
  R("中华人民共和国政府信息公开条例", [], "administrative_regulation", rel="implements"),
  R("贵州省行政执法监督办法", [], "local_regulation", rel="implements"),
 ],
 organizations=[
  O("中共贵州省委员会", ["省委"], "party"),
  O("贵州省人民政府", ["省人民政府", "省政府"], "government"),
  O("中共"+QDN+"委员会", ["州委"], "party"),
  O(QDN+"人民政府", ["州人民政府", "州政府", "黔东南州人民政府"], "government"),
  O(QDN+"法治政府建设领导小组", ["州法治政府建设领导小组", "领导小组"], "committee"),
  O(QDN+"法治政府建设领导小组办公室", ["领导小组办公室"], "committee"),
  O(QDN+"人民政府法制办公室", ["州政府法制办"], "department"),
  O("中共"+QDN+"人民政府党组理论学习中心组", ["州政府党组理论学习中心组"], "party"),
  O(QDN+"人民代表大会", ["州人大"], "legislature"),
  O(QDN+"人民代表大会常务委员会", ["州人大常委会", "常委会"], "legislature"),
  O("中国人民政治协商会议"+QDN+"委员会", ["州政协"], "other"),
  O(QDN+"司法局", ["州司法局"], "department"),
  O(QDN+"公安局", ["州公安局"], "department"),
  O(QDN+"市场监督管理局", ["州市场监管局"], "department"),
  O(QDN+"中级人民法院", ["黔东南州中级人民法院"], "judiciary"),
  O(QDN+"人民政府行政复议委员会", ["州政府行政复议委员会"], "committee"),
 ],
 measures=[
  M("领导干部学法制度", [], "system"),
  M("放管服改革", ["“放管服”改革"], "reform"),
  M("权责清单", ["州县两级政府权责清单"], "system"),
  M("证照分离改革", ["“证照分离”改革"], "reform"),
  M("多证合一", ["“多证合一”"], "reform"),
  M("贵州政务服务网", [], "platform"),
  M("一窗通办", ["“一窗通办”"], "service"),
  M("全省通办", ["“全省通办”"], "service"),
  M("减证便民行动", ["“减证便民”行动", "减证便民"], "campaign"),
  M("河长制", [], "system"),
  M("行政执法三项制度", [], "system"),
  M("行政执法责任制", [], "system"),
  M("行政执法案卷评查", ["执法案卷评查"], "campaign"),
  M("扫黑除恶专项斗争", [], "campaign"),
  M("行政执法和刑事司法衔接机制", ["行政执法与刑事司法衔接机制"], "mechanism"),
  M("行政处罚裁量权基准制度", ["行政处罚裁量基准"], "system"),
  M("行政机关负责人出庭应诉制度", ["行政机关负责人出庭应诉"], "system"),
  M("七五普法", ["“七五”普法"], "campaign"),
  M("谁执法谁普法普法责任制", ["“谁执法谁普法”普法责任制"], "system"),
  M("法律进鼓楼活动", ["“法律进鼓楼”活动", "法律进鼓楼"], "campaign"),
  M("寨老+调解模式", ["“寨老+”调解模式", "寨老+"], "model"),
  M("法治政府建设示范创建", [], "campaign"),
 ])

# ---------------------------------------------------------------- 004 房山
FS = "北京市房山区"
DOCS["004_fangshan"] = dict(
 report=dict(title="北京市房山区人民政府关于2025年法治政府建设情况的报告", publisher=FS+"人民政府",
             region="北京市房山区", year=2025, date="2026-03-18"),
 regulations=[
  R(FZ2125, [], "plan", rel="implements"),
  R("北京市房山区2025年法治政府建设工作要点", [], "normative_document", "房政办发〔2025〕3号", None, "issues"),
  R("北京市接诉即办工作条例", [], "local_regulation", rel="implements"),
  R("北京市优化营商环境条例", [], "local_regulation", rel="implements"),
  R("中华人民共和国民营经济促进法", [], "law", rel="implements"),
  R("提升行政执法质量三年行动计划（2023—2025年）", [], "normative_document", "国办发〔2023〕27号", None, "implements"),
  R("中华人民共和国行政复议法", ["新修订的《中华人民共和国行政复议法》"], "law", rel="implements"),
  R("习近平法治思想学习纲要", [], "publication", rel="studies"),
 ],
 organizations=[
  O(FS+"人民政府", ["区政府", "北京市房山区人民政府"], "government"),
  O("中共北京市委员会", ["市委"], "party"),
  O("北京市人民政府", ["市政府"], "government"),
  O("中共北京市房山区委员会", ["区委"], "party"),
  O("中共北京市房山区委全面依法治区委员会办公室", ["区委依法治区办"], "party"),
  O(FS+"司法局", ["区司法局", "房山区司法局"], "department"),
  O(FS+"长阳镇社会治安综合治理中心", ["长阳镇综治中心"], "institution"),
  O(FS+"城市管理综合行政执法局", ["区城管执法局"], "department"),
  O(FS+"市场监督管理局", ["区市场监管局"], "department"),
  O(FS+"政务服务和数据管理局", ["区政务服务和数据管理局"], "department"),
  O(FS+"人民政府行政复议办公室", ["区政府行政复议办公室"], "department"),
  O(FS+"人民法院", ["区人民法院"], "judiciary"),
  O(FS+"人民代表大会常务委员会", ["区人大常委会"], "legislature"),
  O("中国人民政治协商会议北京市房山区委员会", ["区政协"], "other"),
  O(FS+"人民政府办公室", [], "department"),
 ],
 measures=[
  M(DIYI, ["推进法治建设第一责任人职责"], "system"),
  M("法治政府建设示范创建", [], "campaign"),
  M("重大行政决策程序", [], "system"),
  M("重大行政决策事项目录", ["年度重大行政决策事项目录"], "system"),
  M("接诉即办改革", ["接诉即办", "“接诉即办”工作机制"], "reform"),
  M("12345市民服务热线", [], "platform"),
  M("每月一题", ["“每月一题”"], "mechanism"),
  M("街乡吹哨、部门报到改革", ["“街乡吹哨、部门报到”改革", "街乡吹哨、部门报到"], "reform"),
  M("高效办成一件事", ["“高效办成一件事”"], "reform"),
  M("一网通办", ["“一网通办”"], "service"),
  M("免罚清单", ["“免罚清单”"], "system"),
  M("首违不罚", [], "system"),
  M("行政执法案卷评查", [], "campaign"),
  M("行政执法三项制度", [], "system"),
  M("一支队伍管执法", ["“一支队伍管执法”改革", "一支队伍管执法改革"], "model"),
  M("执法+服务模式", ["“执法+服务”模式", "执法+服务"], "model"),
  M("行政机关负责人出庭应诉制度", [], "system"),
  M("八五普法", ["“八五”普法规划", "八五普法规划"], "campaign"),
  M("法润房山普法品牌", ["“法润房山”普法品牌", "法润房山"], "model"),
  M("枫桥经验", ["新时代“枫桥经验”", "新时代枫桥经验"], "model"),
  M("领导干部旁听庭审制度", ["领导干部旁听庭审"], "system"),
  M("宪法宣传周", ["“宪法宣传周”活动"], "campaign"),
 ])

# ---------------------------------------------------------------- 005 兰考
LK = "兰考县"
DOCS["005_lankao"] = dict(
 report=dict(title="兰考县人民政府关于2016年度依法行政工作情况的报告", publisher=LK+"人民政府",
             region="河南省开封市兰考县", year=2016, date="2017-01-10"),
 regulations=[
  R(FZ1520, [], "plan", rel="implements"),
  R("河南省法治政府建设实施方案", [], "normative_document", rel="implements"),
  R("兰考县人民政府重大行政决策程序规定", [], "normative_document", "兰政〔2016〕15号", None, "issues"),
  R("河南省行政规范性文件管理办法", [], "local_regulation", rel="implements"),
  R("河南省行政机关执法条例", [], "local_regulation", rel="implements"),
  R("中华人民共和国行政诉讼法", ["行政诉讼法", "新《行政诉讼法》"], "law", rel="implements"),
  R("兰考县法治宣传教育第七个五年规划（2016—2020年）", [], "plan", rel="issues"),
  R("中华人民共和国政府信息公开条例", [], "administrative_regulation", rel="implements"),
  R("兰考县法治政府建设实施方案（2016—2020年）", [], "normative_document", rel="implements"),
 ],
 organizations=[
  O(LK+"人民政府", ["县政府", "兰考县人民政府"], "government"),
  O("开封市人民政府", ["市政府"], "government"),
  O("中共开封市委员会", ["市委"], "party"),
  O("中共兰考县委员会", ["县委"], "party"),
  O("开封市人民政府法制办公室", ["市政府法制办"], "department"),
  O(LK+"推进依法行政工作领导小组", [], "committee"),
  O(LK+"推进依法行政工作领导小组办公室", ["领导小组办公室"], "committee"),
  O(LK+"人民政府法制办公室", ["县政府法制办"], "department"),
  O("焦裕禄干部学院", [], "institution"),
  O(LK+"人民代表大会常务委员会", ["县人大常委会"], "legislature"),
  O(LK+"行政服务中心", ["县行政服务中心"], "institution"),
  O(LK+"国土资源局", ["县国土资源局"], "department"),
  O(LK+"环境保护局", ["县环保局"], "department"),
  O("中国人民政治协商会议兰考县委员会", ["县政协"], "other"),
  O(LK+"人民法院", ["县人民法院"], "judiciary"),
  O(LK+"人民检察院", ["县人民检察院"], "judiciary"),
  O(LK+"司法局", ["县司法局"], "department"),
 ],
 measures=[
  M("县域治理三起来示范县建设", ["县域治理“三起来”示范县建设", "三起来"], "campaign"),
  M("领导干部学法制度", [], "system"),
  M("常务会议学法制度", ["会前学法", "县政府常务会议会前学法"], "system"),
  M("重大行政决策程序", ["重大行政决策必经程序"], "system"),
  M("政府法律顾问制度", [], "system"),
  M("行政审批制度改革", [], "reform"),
  M("放管服改革", ["“放管服”改革"], "reform"),
  M("权责清单", ["权力清单和责任清单"], "system"),
  M("一站式服务", ["“一站式”办理", "一站式"], "service"),
  M("三证合一、一照一码登记制度改革", ["“三证合一、一照一码”登记制度改革", "三证合一、一照一码"], "reform"),
  M("精准扶贫", [], "campaign"),
  M("四议两公开工作法", ["“四议两公开”工作法", "四议两公开"], "model"),
  M("行政执法责任制", [], "system"),
  M("行政执法案卷评查", [], "campaign"),
  M("行政机关负责人出庭应诉制度", ["行政机关负责人出庭应诉"], "system"),
  M("联席会议制度", [], "system"),
  M("两学一做学习教育", ["“两学一做”学习教育", "两学一做"], "campaign"),
  M("一村一法律顾问", ["“一村一法律顾问”制度", "一村一法律顾问制度"], "system"),
  M("七五普法", ["“七五”普法"], "campaign"),
  M("兰考法治大讲堂", ["“兰考法治大讲堂”"], "campaign"),
  M("法律六进活动", ["“法律六进”活动", "法律六进"], "campaign"),
  M("谁执法谁普法普法责任制", ["“谁执法谁普法”普法责任制"], "system"),
  M("兰考县人民政府门户网站", [], "platform"),
  M("三单管理", ["“三单”管理"], "system"),
 ])

# ---------------------------------------------------------------- 006 义乌
YW = "义乌市"
DOCS["006_yiwu"] = dict(
 report=dict(title="义乌市2020年法治政府建设情况报告", publisher=YW+"人民政府",
             region="浙江省金华市义乌市", year=2020, date=None),
 regulations=[
  R("浙江省法治政府建设实施标准", [], "normative_document", rel="implements"),
  R("中华人民共和国民法典", [], "law", rel="studies"),
  R("浙江省保障“最多跑一次”改革规定", ["浙江省保障最多跑一次改革规定"], "local_regulation", rel="implements"),
  R("优化营商环境条例", [], "administrative_regulation", rel="implements"),
  R("中华人民共和国外商投资法", [], "law", rel="implements"),
  R("义乌市重大行政决策事项目录管理办法", [], "normative_document", "义政办发〔2020〕32号", None, "issues"),
  R("浙江省重大行政决策程序规定", [], "local_regulation", rel="implements"),
  R("义乌市轻微违法行为免罚清单", [], "normative_document", rel="issues"),
 ],
 organizations=[
  O(YW+"人民政府", ["市政府", "义乌市人民政府"], "government"),
  O("中共金华市委员会", ["金华市委"], "party"),
  O("金华市人民政府", ["金华市政府"], "government"),
  O("中共义乌市委员会", ["中共义乌市委", "义乌市委"], "party"),
  O(YW+"司法局", ["市司法局"], "department"),
  O(YW+"行政服务中心", ["市行政服务中心"], "institution"),
  O(YW+"市场监督管理局", ["市市场监管局"], "department"),
  O(YW+"商务局", ["市商务局"], "department"),
  O("浙江中国小商品城集团股份有限公司", ["中国小商品城"], "enterprise"),
  O(YW+"人民政府法律顾问团", ["市政府法律顾问团"], "other"),
  O(YW+"综合行政执法局", ["市综合行政执法局"], "department"),
  O(YW+"社会矛盾纠纷调处化解中心", ["市社会矛盾纠纷调处化解中心"], "institution"),
  O(YW+"涉外纠纷人民调解委员会", ["市涉外纠纷人民调解委员会"], "social"),
  O(YW+"行政争议调解中心", ["市行政争议调解中心"], "institution"),
  O(YW+"人民法院", ["市人民法院"], "judiciary"),
  O(YW+"稠城街道办事处", ["稠城街道"], "government"),
 ],
 measures=[
  M("最多跑一次改革", ["“最多跑一次”改革", "最多跑一次"], "reform"),
  M(DIYI, ["推进法治建设第一责任人职责"], "system"),
  M("常务会议学法制度", ["会前学法", "市政府常务会议会前学法"], "system"),
  M("政府数字化转型", [], "reform"),
  M("一窗受理、集成服务", ["“一窗受理、集成服务”"], "service"),
  M("一网通办", ["“一网通办”"], "service"),
  M("浙里办", ["“浙里办”APP"], "platform"),
  M("掌上办", ["“掌上办”"], "service"),
  M("证照分离改革", ["“证照分离”改革全覆盖", "证照分离改革全覆盖"], "reform"),
  M("商事主体登记确认制改革", ["“商事主体登记确认制”改革", "商事主体登记确认制"], "reform"),
  M("市场采购贸易方式", [], "other"),
  M("信用+监管模式", ["“信用+监管”模式", "信用+监管"], "model"),
  M("一站式服务", ["“一站式”服务"], "service"),
  M("一次都不跑", ["“一次都不跑”", "一次不用跑", "“一次不用跑”"], "service"),
  M("重大行政决策事项目录", ["年度重大行政决策事项目录"], "system"),
  M("规范性文件合法性审查", ["规范性文件合法性审核机制"], "system"),
  M("综合行政执法改革", [], "reform"),
  M("行政执法三项制度", [], "system"),
  M("综合查一次联合执法机制", ["“综合查一次”联合执法机制", "综合查一次"], "mechanism"),
  M("首违不罚", ["“首违不罚”"], "system"),
  M("枫桥经验", ["新时代“枫桥经验”", "新时代枫桥经验"], "model"),
  M("最多跑一地", ["“最多跑一地”"], "service"),
  M("基层治理四平台", ["“基层治理四平台”"], "platform"),
  M("网格化管理", [], "system"),
  M("小巷法官调解品牌", ["“小巷法官”调解品牌", "小巷法官"], "model"),
  M("七五普法", ["“七五”普法"], "campaign"),
  M("谁执法谁普法普法责任制", ["“谁执法谁普法”普法责任制"], "system"),
  M("民法典进市场", ["“民法典进市场”系列活动", "民法典进市场系列活动"], "campaign"),
  M("国家宪法日", [], "campaign"),
  M("宪法宣传周", ["“宪法宣传周”"], "campaign"),
  M("义乌普法", ["“义乌普法”微信公众号", "义乌普法微信公众号"], "platform"),
  M("以案释法制度", ["以案释法"], "system"),
  M("民主法治示范村创建", ["民主法治示范村（社区）", "国家级民主法治示范村（社区）"], "campaign"),
  M("八五普法", ["“八五”普法"], "campaign"),
  M("国际商事纠纷多元化解机制", [], "mechanism"),
  M("法治浙江建设", [], "campaign"),
 ])

# ---------------------------------------------------------------- 007 长阳
CY = "长阳土家族自治县"
DOCS["007_changyang"] = dict(
 report=dict(title="长阳土家族自治县2022年法治政府建设年度报告", publisher=CY+"人民政府",
             region="湖北省宜昌市长阳土家族自治县", year=2022, date="2023-02-20"),
 regulations=[
  R(FZ2125, ["法治政府建设实施纲要(2021-2025年)"], "plan", rel="implements"),
  R("湖北省法治政府建设实施方案（2021—2025年）", ["湖北省法治政府建设实施方案(2021-2025年)"], "normative_document", rel="implements"),
  R(CY+"2022年法治政府建设工作要点", [], "normative_document", "长政办发〔2022〕8号", None, "issues"),
  R("优化营商环境条例", [], "administrative_regulation", rel="implements"),
  R(CY+"自治条例", [], "local_regulation", rel="implements"),
  R(CY+"清江流域生态环境保护条例", [], "local_regulation", rel="mentions"),
  R("湖北省行政规范性文件管理办法", [], "local_regulation", rel="implements"),
  R("中华人民共和国行政处罚法", ["新修订的《中华人民共和国行政处罚法》"], "law", rel="studies"),
  R("中华人民共和国行政复议法", [], "law", rel="implements"),
  R("中华人民共和国政府信息公开条例", [], "administrative_regulation", rel="implements"),
  R("中华人民共和国民族区域自治法", [], "law", rel="studies"),
 ],
 organizations=[
  O("中共宜昌市委员会", ["宜昌市委"], "party"),
  O("宜昌市人民政府", ["市政府"], "government"),
  O("中共"+CY+"委员会", ["县委"], "party"),
  O(CY+"人民政府", ["县政府"], "government"),
  O("中共"+CY+"委全面依法治县委员会办公室", ["县委依法治县办"], "party"),
  O(CY+"司法局", ["县司法局"], "department"),
  O(CY+"人民代表大会常务委员会", ["县人大常委会"], "legislature"),
  O("中国人民政治协商会议"+CY+"委员会", ["县政协"], "other"),
  O(CY+"人民法院", ["县人民法院"], "judiciary"),
  O(CY+"司法局龙舟坪司法所", ["龙舟坪镇司法所"], "department"),
  O(CY+"人民政府办公室", ["县政府办公室"], "department"),
  O(CY+"城市管理执法局", ["县城市管理执法局"], "department"),
 ],
 measures=[
  M(DIYI, ["推进法治建设第一责任人职责"], "system"),
  M("放管服改革", ["\"放管服\"改革"], "reform"),
  M("高效办成一件事", ["\"高效办成一件事\""], "reform"),
  M("一事联办", ["\"一事联办\""], "service"),
  M("鄂汇办", ["\"鄂汇办\"APP"], "platform"),
  M("掌上办", ["\"掌上办\""], "service"),
  M("指尖办", ["\"指尖办\""], "service"),
  M("告知承诺制", ["证明事项告知承诺制"], "system"),
  M("涉企违规收费专项整治", [], "campaign"),
  M("重大行政决策合法性审查制度", [], "system"),
  M("政府法律顾问制度", [], "system"),
  M("行政执法三项制度", [], "system"),
  M("综合行政执法改革", ["乡镇综合行政执法改革"], "reform"),
  M("行政执法案卷评查", [], "campaign"),
  M("721工作法", ["\"721工作法\""], "model"),
  M("行政复议体制改革", [], "reform"),
  M("行政机关负责人出庭应诉制度", ["行政机关负责人出庭应诉"], "system"),
  M("矛盾纠纷多元化解机制", [], "mechanism"),
  M("土家幺妹调解工作法", ["\"土家幺妹\"调解工作法", "土家幺妹"], "model"),
  M("八五普法", ["\"八五\"普法规划", "八五普法规划"], "campaign"),
  M("长阳山歌唱法治", ["\"长阳山歌唱法治\"巡演", "长阳山歌唱法治巡演"], "campaign"),
  M("法律明白人", ["农村\"法律明白人\"", "农村法律明白人"], "campaign"),
  M("一村一法律顾问", ["\"一村(社区)一法律顾问\"", "一村(社区)一法律顾问"], "system"),
  M("民主法治示范村创建", ["省级民主法治示范村", "民主法治示范村"], "campaign"),
  M("长阳土家族自治县人民政府门户网站", [], "platform"),
  M("重大行政决策事项目录", ["年度重大行政决策事项目录"], "system"),
  M("提升行政执法质量三年行动", [], "campaign"),
  M("法治政府建设示范创建", [], "campaign"),
 ])

# ---------------------------------------------------------------- 008 四嘉子满族乡
SJZ = "黑河市爱辉区四嘉子满族乡"
DOCS["008_sijiazi"] = dict(
 report=dict(title="四嘉子满族乡2023年法治政府建设工作报告", publisher=SJZ+"人民政府",
             region="黑龙江省黑河市爱辉区四嘉子满族乡", year=2023, date="2024-01-15"),
 regulations=[
  R("关于印发〈四嘉子满族乡2023年法治政府建设工作要点〉的通知", [], "normative_document", "四政发〔2023〕2号", None, "implements"),
  R("四嘉子满族乡2023年法治政府建设工作要点", [], "normative_document", rel="implements"),
  R("中华人民共和国宪法", [], "law", rel="studies"),
  R("中华人民共和国乡村振兴促进法", [], "law", rel="studies"),
  R("中华人民共和国反电信网络诈骗法", [], "law", rel="studies"),
  R("爱辉区乡镇（街道）权责清单", [], "normative_document", rel="implements"),
  R("四嘉子满族乡重大事项集体决策议事规则", [], "normative_document", rel="issues"),
  R("中华人民共和国行政处罚法", [], "law", rel="implements"),
 ],
 organizations=[
  O("中共黑河市爱辉区委员会", ["区委"], "party"),
  O("黑河市爱辉区人民政府", ["区政府", "爱辉区人民政府"], "government"),
  O("中共黑河市爱辉区委全面依法治区委员会办公室", ["区委依法治区办"], "party"),
  O("黑河市爱辉区司法局", ["区司法局"], "department"),
  O("中共"+SJZ+"委员会", ["乡党委"], "party"),
  O(SJZ+"人民政府", ["乡政府", "四嘉子满族乡"], "government"),
  O("中共"+SJZ+"委理论学习中心组", ["乡党委理论学习中心组"], "party"),
  O(SJZ+"人民代表大会", ["乡人大"], "legislature"),
  O(SJZ+"便民服务中心", ["乡便民服务中心"], "institution"),
  O(SJZ+"综合行政执法队", ["乡综合行政执法队"], "department"),
  O(SJZ+"社会治安综合治理中心", ["乡综治中心"], "institution"),
  O("黑河市爱辉区司法局四嘉子司法所", ["乡司法所"], "department"),
  O("黑河市爱辉区人民法院西岗子人民法庭", ["爱辉区人民法院西岗子人民法庭"], "judiciary"),
  O("中共"+SJZ+"纪律检查委员会", ["乡纪委"], "party"),
 ],
 measures=[
  M(DIYI, ["推进法治建设第一责任人职责"], "system"),
  M("学习贯彻习近平新时代中国特色社会主义思想主题教育", [], "campaign"),
  M("权责清单", ["乡级权责清单"], "system"),
  M("帮办代办服务", ["“帮办代办”", "帮办代办"], "service"),
  M("延时服务", ["“延时服务”"], "service"),
  M("黑龙江全省事", ["“黑龙江全省事”APP"], "platform"),
  M("就近办", ["“就近办”"], "service"),
  M("四议两公开工作法", ["“四议两公开”工作法", "四议两公开"], "model"),
  M("三重一大集体决策制度", ["“三重一大”集体决策制度", "三重一大"], "system"),
  M("村级三资管理", ["村级“三资”管理"], "system"),
  M("爱辉区农村产权交易平台", ["区农村产权交易平台"], "platform"),
  M("爱辉区人民政府网站", [], "platform"),
  M("一支队伍管执法", ["“一支队伍管执法”"], "model"),
  M("行政执法三项制度", [], "system"),
  M("行政执法全过程记录制度", ["执法全过程记录"], "system"),
  M("枫桥经验", ["新时代“枫桥经验”", "新时代枫桥经验"], "model"),
  M("诉调对接", ["诉调对接机制"], "mechanism"),
  M("满乡和事佬调解品牌", ["“满乡和事佬”调解品牌", "满乡和事佬"], "model"),
  M("八五普法", ["“八五”普法规划", "八五普法规划"], "campaign"),
  M("法律进村屯", ["“法律进村屯”"], "campaign"),
  M("民法典宣传月", ["“民法典宣传月”"], "campaign"),
  M("法律明白人", ["农村“法律明白人”", "农村法律明白人"], "campaign"),
  M("一村一法律顾问", ["“一村一法律顾问”"], "system"),
  M("民主法治示范村创建", ["黑龙江省民主法治示范村", "民主法治示范村"], "campaign"),
  M("国家宪法日", ["“12·4”国家宪法日", "12·4国家宪法日"], "campaign"),
  M("综合行政执法改革", [], "reform"),
  M("法治乡村建设", [], "campaign"),
 ])

# ---------------------------------------------------------------- 009 稻田镇
DT = "寿光市稻田镇"
DOCS["009_daotian"] = dict(
 report=dict(title="稻田镇2015年依法行政工作总结", publisher=DT+"人民政府",
             region="山东省潍坊市寿光市稻田镇", year=2015, date="2015-12-25"),
 regulations=[
  R("中共中央关于全面推进依法治国若干重大问题的决定", [], "party_document", rel="implements"),
  R("山东省行政程序规定", [], "local_regulation", rel="implements"),
  R("稻田镇依法行政工作实施方案", [], "normative_document", "稻政发〔2015〕4号", None, "issues"),
  R("中华人民共和国行政诉讼法", ["新《行政诉讼法》", "行政诉讼法"], "law", rel="studies"),
  R("中华人民共和国环境保护法", ["新《环境保护法》", "环境保护法"], "law", rel="implements"),
  R("中华人民共和国村民委员会组织法", [], "law", rel="studies"),
  R("中华人民共和国政府信息公开条例", [], "administrative_regulation", rel="implements"),
  R("信访条例", [], "administrative_regulation", rel="implements"),
  R(FZ1520, [], "plan", rel="implements"),
 ],
 organizations=[
  O("寿光市人民政府", ["市政府"], "government"),
  O("中共寿光市委员会", ["市委"], "party"),
  O("寿光市人民政府法制办公室", ["市法制办"], "department"),
  O("中共"+DT+"委员会", ["镇党委"], "party"),
  O(DT+"人民政府", ["镇政府", "稻田镇人民政府", "稻田镇"], "government"),
  O(DT+"依法行政工作领导小组", ["依法行政工作领导小组"], "committee"),
  O("中共"+DT+"委理论学习中心组", ["镇党委中心组"], "party"),
  O(DT+"便民服务中心", ["镇便民服务中心"], "institution"),
  O(DT+"人民代表大会", ["镇人大"], "legislature"),
  O(DT+"人民代表大会主席团", ["镇人大主席团"], "legislature"),
  O("寿光市环境保护局", ["市环保局"], "department"),
  O("寿光市国土资源局", ["市国土资源局"], "department"),
  O(DT+"环境保护所", ["镇环保所"], "institution"),
  O(DT+"农产品质量安全监管站", ["镇农产品质量安全监管站"], "institution"),
  O(DT+"社会治安综合治理委员会办公室", ["镇综治办"], "committee"),
  O("寿光市司法局稻田司法所", ["镇司法所"], "department"),
  O("寿光市公安局稻田派出所", ["镇派出所"], "department"),
  O("寿光市人民政府办公室", [], "department"),
 ],
 measures=[
  M("领导干部学法制度", [], "system"),
  M("重大事项集体决策制度", [], "system"),
  M("四议两公开工作法", ["“四议两公开”工作法", "四议两公开"], "model"),
  M("一站式服务", ["“一站式”服务"], "service"),
  M("首问负责制", [], "system"),
  M("村级三资管理", ["村级“三资”管理制度", "村级三资管理制度"], "system"),
  M("寿光市人民政府网站", [], "platform"),
  M("行政执法责任制", [], "system"),
  M("行政执法人员持证上岗和资格管理制度", ["持证上岗"], "system"),
  M("蔬菜大棚农膜污染专项整治", [], "campaign"),
  M("违法占地专项清理", [], "campaign"),
  M("一企一档", ["“一企一档”"], "system"),
  M("领导干部接访下访制度", ["镇领导干部接访下访制度"], "system"),
  M("镇、管区、村三级调解网络", ["“镇、管区、村”三级调解网络"], "mechanism"),
  M("网格化管理", [], "system"),
  M("六五普法", ["“六五”普法"], "campaign"),
  M("法律六进活动", ["“法律六进”活动", "法律六进"], "campaign"),
  M("送法下乡", ["“送法下乡”"], "campaign"),
  M("民主法治示范村创建", ["民主法治示范村创建活动"], "campaign"),
  M("七五普法", ["“七五”普法"], "campaign"),
  M("一村一法律顾问", ["“一村一法律顾问”"], "system"),
  M("法治稻田", [], "campaign"),
  M("平安稻田", [], "campaign"),
 ])

# ---------------------------------------------------------------- 010 鹭江街道 (Traditional Chinese text)
LJ = "厦门市思明区鹭江街道"
DOCS["010_lujiang"] = dict(
 trad=True,
 report=dict(title="鷺江街道2017年法治建設工作報告", publisher=LJ+"办事处",
             region="福建省厦门市思明区鹭江街道", year=2017, date="2018-01-20"),
 regulations=[
  R("中华人民共和国民法总则", [], "law", rel="studies"),
  R("中华人民共和国网络安全法", [], "law", rel="studies"),
  R("鹭江街道重大事项决策规则", [], "normative_document", "鷺街〔2017〕12號", None, "issues"),
  R("中华人民共和国政府信息公开条例", [], "administrative_regulation", rel="implements"),
  R("厦门经济特区生活垃圾分类管理办法", [], "local_regulation", rel="implements"),
  R("中华人民共和国安全生产法", [], "law", rel="implements"),
  R("厦门经济特区多元化纠纷解决机制促进条例", [], "local_regulation", rel="implements"),
  R("中华人民共和国宪法", [], "law", rel="studies"),
 ],
 organizations=[
  O("中共厦门市思明区委员会", ["区委"], "party"),
  O("厦门市思明区人民政府", ["区政府"], "government"),
  O("厦门市思明区司法局", ["区司法局"], "department"),
  O("中共"+LJ+"工作委员会", ["街道党工委", "党工委"], "party"),
  O(LJ+"办事处", ["街道办事处", "鹭江街道"], "government"),
  O(LJ+"法治建设工作领导小组", ["法治建设工作领导小组"], "committee"),
  O("中共"+LJ+"工作委员会理论学习中心组", ["党工委理论学习中心组"], "party"),
  O(LJ+"便民服务中心", ["街道便民服务中心"], "institution"),
  O(LJ+"执法中队", ["街道执法中队"], "department"),
  O("厦门市思明区城市管理行政执法局", ["区城市管理行政执法局"], "department"),
  O("厦门市公安局思明分局鹭江派出所", ["派出所"], "department"),
  O("厦门市思明区市场监督管理局", ["区市场监管局"], "department"),
  O(LJ+"安全生产监督管理办公室", ["街道安监办"], "department"),
  O(LJ+"社会治安综合治理中心", ["街道综治中心"], "institution"),
  O("厦门市思明区司法局鹭江司法所", ["街道司法所"], "department"),
  O("厦门市思明区人民法院鹭江人民法庭", ["区人民法院鹭江法庭"], "judiciary"),
  O(LJ+"禁毒委员会办公室", ["街道禁毒办"], "committee"),
  O(LJ+"社会治安综合治理委员会办公室", ["综治办"], "committee"),
 ],
 measures=[
  M(DIYI, ["推进法治建设第一责任人职责"], "system"),
  M("领导干部学法制度", [], "system"),
  M("思明区人民政府网站", [], "platform"),
  M("一站式服务", ["“一站式”服务"], "service"),
  M("马上就办", ["“马上就办”"], "service"),
  M("i厦门", ["“i厦门”平台"], "platform"),
  M("垃圾分类", [], "other"),
  M("行政执法责任制", [], "system"),
  M("违章搭盖、占道经营专项整治", [], "campaign"),
  M("食品安全专项整治", [], "campaign"),
  M("以房管人", ["“以房管人”"], "model"),
  M("枫桥经验", ["“枫桥经验”"], "model"),
  M("矛盾纠纷多元化解机制", [], "mechanism"),
  M("诉调对接", ["诉调对接工作室"], "mechanism"),
  M("老鹭江调解工作室品牌", ["“老鹭江”调解工作室品牌", "老鹭江"], "model"),
  M("网格化服务管理", [], "system"),
  M("无毒社区创建", ["“无毒社区”创建"], "campaign"),
  M("平安家庭创建", ["平安家庭创建活动"], "campaign"),
  M("七五普法", ["“七五”普法规划", "七五普法规划"], "campaign"),
  M("谁执法谁普法普法责任制", ["“谁执法谁普法”普法责任制"], "system"),
  M("国家宪法日", ["“12·4”国家宪法日", "12·4国家宪法日"], "campaign"),
  M("一村一法律顾问", ["“一村（居）一法律顾问”", "一村（居）一法律顾问"], "system"),
  M("民主法治示范村创建", ["民主法治示范社区创建", "福建省民主法治示范社区"], "campaign"),
  M("法律进商圈", ["“法律进商圈”活动"], "campaign"),
  M("法治进校园", ["“法治进校园”"], "campaign"),
 ])


def trad_aliases(ent, text_norm, conv, norm):
    """For the Traditional-Chinese document: canonical names stay simplified; every alias is
    given in the Traditional form written in the text, and the Traditional form of the
    canonical name is added when the text writes it."""
    out = []
    for a in [ent["name"]] + ent["aliases"]:
        t = conv.convert(a)
        if norm(t) in text_norm and t != ent["name"] and t not in out:
            out.append(t)
    for a in ent["aliases"]:
        t = conv.convert(a)
        if t not in out and norm(t) not in text_norm and norm(a) not in text_norm:
            out.append(t)  # kept so validate.py reports it
    return out


def main():
    import sys
    sys.path.insert(0, HERE)
    from validate import norm
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    for key, d in DOCS.items():
        text = open(os.path.join(HERE, "docs", key + ".txt"), encoding="utf-8").read()
        if d.get("trad"):
            import opencc
            conv = opencc.OpenCC("s2tw")
            tn = norm(text)
            for kind in ("regulations", "organizations", "measures"):
                for e in d[kind]:
                    e["aliases"] = trad_aliases(e, tn, conv, norm)
                    if kind == "regulations" and e.get("issuer"):
                        pass
        for kind in ("regulations", "organizations", "measures"):
            for e in d[kind]:
                e["aliases"] = [x for x in dict.fromkeys(e["aliases"]) if x != e["name"]]
        gold = {"doc": key + ".txt", "report": d["report"], "regulations": d["regulations"],
                "organizations": d["organizations"], "measures": d["measures"]}
        with open(os.path.join(HERE, "gold", key + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote", len(DOCS), "gold files")

if __name__ == "__main__":
    main()
