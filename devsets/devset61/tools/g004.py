# Traditional-script document: canonical names in simplified, aliases = forms as written (traditional).
from g import *
import opencc
_c = opencc.OpenCC("s2tw")
def T(*forms):
    return [_c.convert(f) for f in forms]
def Rt(name, written=(), *a):
    return R(name, T(name, *written), *a)
def Ot(name, written=(), *a):
    return O(name, T(name, *written), *a)
def Mt(name, written=(), *a):
    return M(name, T(name, *written), *a)
S="国家市场监督管理总局"
def dedupe(items):
    for it in items:
        al=[]
        for x in it["aliases"]:
            if x != it["name"] and x not in al: al.append(x)
        it["aliases"]=al
    return items
regs = dedupe([
  Rt("法治政府建设实施纲要（2015—2020年）", [], "plan", None, None, "implements"),
  Rt("四川省法治政府建设实施方案", [], "party_document", None, None, "implements"),
  Rt("四川省市场监督管理局2020年法治政府建设工作要点", [], "normative_document", "川市监发〔2020〕12号", None, "issues"),
  Rt("中华人民共和国民法典", [], "law", None, None, "studies"),
  Rt("优化营商环境条例", [], "administrative_regulation", None, None, "implements"),
  Rt("市场监督管理行政许可程序暂行规定", [], "departmental_rule", "国家市场监督管理总局令第16号", S, "implements"),
  Rt("市场监督管理行政处罚程序暂行规定", [], "departmental_rule", "国家市场监督管理总局令第2号", S, "implements"),
  Rt("四川省市场监管领域轻微违法行为不予行政处罚清单", [], "normative_document", "川市监发〔2020〕31号", None, "issues"),
  Rt("中华人民共和国食品安全法", [], "law", None, None, "implements"),
  Rt("中华人民共和国产品质量法", [], "law", None, None, "implements"),
  Rt("四川省食品小作坊、小经营店及摊贩管理条例", [], "local_regulation", None, None, "implements"),
  Rt("市场监督管理投诉举报处理暂行办法", [], "departmental_rule", "国家市场监督管理总局令第20号", S, "implements"),
  Rt("中华人民共和国电子商务法", [], "law", None, None, "studies"),
  Rt("中华人民共和国反不正当竞争法", [], "law", None, None, "studies"),
  Rt("重大行政决策程序暂行条例", [], "administrative_regulation", None, None, "implements"),
  Rt("四川省市场监督管理局重大行政决策程序规定", [], "normative_document", None, None, "issues"),
])
orgs = dedupe([
  Ot("四川省市场监督管理局", ["省市场监管局"], "department"),
  Ot("中共四川省委员会", ["省委"], "party"),
  Ot("四川省人民政府", ["省政府"], "government"),
  Ot(S, ["市场监管总局"], "department"),
  Ot("中共四川省市场监督管理局党组", ["局党组"], "party"),
  Ot("中共四川省市场监督管理局党组理论学习中心组", ["局党组中心组"], "party"),
  Ot("四川省市场监督管理局全面依法行政工作领导小组", [], "committee"),
  Ot("四川省市场监管综合行政执法总队", ["省市场监管综合行政执法总队"], "department"),
  Ot("四川省市场监督管理局法规处", ["局法规处"], "department"),
])
meas = dedupe([
  Mt("放管服改革", [], "reform"),
  Mt("证照分离改革", ["“证照分离”改革全覆盖试点"], "reform"),
  Mt("四川政务服务网", [], "platform"),
  Mt("企业开办一窗通平台", ["企业开办“一窗通”平台", "一窗通"], "platform"),
  Mt("一网通办", [], "service"),
  Mt("行政执法公示制度", ["行政执法公示"], "system"),
  Mt("行政执法全过程记录制度", ["执法全过程记录"], "system"),
  Mt("重大执法决定法制审核制度", [], "system"),
  Mt("行政执法三项制度", [], "system"),
  Mt("包容审慎监管", [], "other"),
  Mt("疫情防控期间哄抬物价专项执法行动", [], "campaign"),
  Mt("双随机、一公开监管", [], "mechanism"),
  Mt("国家企业信用信息公示系统", ["国家企业信用信息公示系统（四川）"], "platform"),
  Mt("信用风险分类监管", [], "system"),
  Mt("守查保专项行动", [], "campaign"),
  Mt("全国12315平台", [], "platform"),
  Mt("行政机关负责人出庭应诉制度", [], "system"),
  Mt("谁执法谁普法普法责任制", [], "system"),
  Mt("七五普法", ["“七五”普法"], "campaign"),
  Mt("国际消费者权益日", ["3·15国际消费者权益日"], "campaign"),
  Mt("一支队伍管执法", [], "model"),
  Mt("八五普法", ["“八五”普法规划"], "campaign"),
  Mt("规范性文件合法性审查", ["规范性文件合法性审核机制"], "system"),
  Mt("四川省市场监督管理局门户网站", ["省市场监管局门户网站"], "platform"),
  Mt("公职律师制度", [], "system"),
  Mt("党政主要负责人履行推进法治建设第一责任人职责", ["推进法治建设第一责任人职责"], "system"),
  Mt("四川省法治理论知识考试", [], "campaign"),
])
write("004_sichuan_scjg.txt",
 {"title": _c.convert("四川省市场监督管理局2020年法治政府建设工作报告"), "publisher": "四川省市场监督管理局", "region": "四川省", "year": 2020, "date": "2021-01-25"},
 regs, orgs, meas)
