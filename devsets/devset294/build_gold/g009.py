from lib import *
import opencc
_cc = opencc.OpenCC('s2tw')
def T(x): return _cc.convert(x)
_TEXT = open("/work/devsets/devset294/docs/009_donghuamen.txt", encoding="utf-8").read()
_TEXTN = "".join(c for c in _TEXT if c not in "《》〈〉 \n")
def forms(name, aliases):
    """Traditional form as written, then the Simplified form as an accepted variant;
    the Traditional form of the canonical name only where the text writes it."""
    out = []
    cands = ([T(name)] if T(name) in _TEXTN else []) + [f for a in aliases for f in (T(a), a)]
    for f in cands:
        if f != name and f not in out:
            out.append(f)
    return out
def RT(name, aliases=(), *a, **k):
    r = R(name, forms(name, aliases), *a, **k); return r
def OT(name, aliases=(), type="department"): return O(name, forms(name, aliases), type)
def MT(name, aliases=(), type="system"): return M(name, forms(name, aliases), type)
write("009_donghuamen.txt",
 {"title": T("东城区东华门街道办事处2017年依法行政工作报告"), "publisher": "北京市东城区东华门街道办事处",
  "region": "北京市东城区东华门街道", "year": 2017, "date": "2018-01-15"},
 [
  RT("法治政府建设实施纲要（2015—2020年）", ["法治政府建设实施纲要(2015—2020年)"], "plan", None, "中共中央 国务院", "implements"),
  RT("北京市东城区法治政府建设实施方案", [], "normative_document", relation="implements"),
  RT("东华门街道2017年依法行政工作要点", [], "normative_document", T("东华门办发〔2017〕3号"), relation="issues"),
  RT("中华人民共和国宪法", [], "law", relation="studies"),
  RT("中华人民共和国民法总则", [], "law", relation="studies"),
  RT("北京市市容环境卫生条例", [], "local_regulation", relation="studies"),
  RT("中华人民共和国安全生产法", [], "law", relation="implements"),
  RT("东华门街道重大事项集体决策规则", [], "normative_document", relation="issues"),
  RT("中华人民共和国政府信息公开条例", [], "administrative_regulation", relation="implements"),
  RT("信访条例", [], "administrative_regulation", relation="implements"),
 ],
 [
  OT("北京市东城区东华门街道办事处", ["东城区东华门街道办事处", "东华门街道办事处", "街道办事处"], "government"),
  OT("中共北京市东城区委员会", ["区委"], "party"),
  OT("北京市东城区人民政府", ["区政府"], "government"),
  OT("中共北京市东城区东华门街道工作委员会", ["街道党工委"], "party"),
  OT("中共北京市东城区东华门街道工作委员会理论学习中心组", ["街道工委中心组"], "party"),
  OT("中共中央", [], "party"),
  OT("国务院", [], "government"),
  OT("北京市东城区东华门街道依法行政工作领导小组", ["依法行政工作领导小组"], "committee"),
  OT("北京市东城区东华门街道办事处法制办公室", ["街道法制办"], "department"),
  OT("北京市东城区城市管理综合行政执法监察局", ["东城区城管执法监察局"], "department"),
  OT("北京市东城区食品药品监督管理局", ["东城区食品药品监督管理局"], "department"),
  OT("北京市东城区东华门街道城管执法队", ["街道城管执法队"], "department"),
  OT("北京市东城区司法局东华门司法所", ["街道司法所"], "department"),
  OT("北京市公安局东城分局东华门派出所", ["东华门派出所"], "department"),
  OT("北京市东城区东华门街道社会治安综合治理办公室", ["街道综治办"], "department"),
  OT("北京市东城区东华门街道多福巷社区居民委员会", ["多福巷社区居委会"], "social"),
  OT("北京市东城区东华门街道公共法律服务工作站", ["街道公共法律服务工作站"], "institution"),
 ],
 [
  MT("疏解整治促提升专项行动", ["“疏解整治促提升”专项行动"], "campaign"),
  MT("领导干部学法制度", [], "system"),
  MT("北京市国家工作人员网上学法用法考试", [], "campaign"),
  MT("开墙打洞整治", ["整治“开墙打洞”"], "campaign"),
  MT("街巷长制", ["“街巷长制”"], "system"),
  MT("小巷管家", ["“小巷管家”"], "model"),
  MT("背街小巷环境整治提升", [], "campaign"),
  MT("行政执法公示制度", ["行政执法公示"], "system"),
  MT("行政执法全过程记录制度", ["执法全过程记录"], "system"),
  MT("重大执法决定法制审核制度", [], "system"),
  MT("三重一大集体决策制度", ["“三重一大”集体决策制度", "“三重一大”"], "system"),
  MT("重大行政决策合法性审查制度", ["合法性审查"], "system"),
  MT("政务公开制度", [], "system"),
  MT("北京市东城区人民政府网站", ["东城区人民政府网站"], "platform"),
  MT("网格化管理", [], "mechanism"),
  MT("东城区网格化城市管理系统", [], "platform"),
  MT("三所联动矛盾纠纷调处机制", ["“三所联动”矛盾纠纷调处机制"], "mechanism"),
  MT("老街坊议事厅", ["“老街坊议事厅”"], "model"),
  MT("七五普法", ["“七五”普法规划"], "campaign"),
  MT("谁执法谁普法普法责任制", ["“谁执法谁普法”普法责任制"], "system"),
  MT("国家宪法日", ["“12·4”国家宪法日"], "campaign"),
  MT("法律进社区", ["“法律进社区”"], "campaign"),
  MT("街乡吹哨、部门报到改革", ["“街乡吹哨、部门报到”改革"], "reform"),
 ])
