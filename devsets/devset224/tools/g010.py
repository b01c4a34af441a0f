from lib import *
import opencc
cc = opencc.OpenCC('s2tw')
def T(items):
    out = []
    for e in items:
        forms = [e["name"], *e["aliases"]]
        al = list(e["aliases"])
        for f in forms:
            tf = cc.convert(f)
            if tf != f and tf not in al:
                al.append(tf)
        e = dict(e); e["aliases"] = al
        out.append(e)
    return out
write("010_jiangmen_sthjj",
 {"title": "江門市生態環境局2024年法治政府建設年度報告", "publisher": "江门市生态环境局",
  "region": "广东省江门市", "year": 2024, "date": "2025-01-20"},
 T([
  R("法治政府建设实施纲要（2021—2025年）", [], "plan", relation="implements"),
  R("江门市生态环境局2024年法治政府建设工作要点", [], "normative_document", "江环〔2024〕15号", relation="issues"),
  R("中华人民共和国行政复议法", [], "law", relation="studies"),
  R("生态环境行政处罚办法", [], "departmental_rule", relation="studies"),
  R("江门市潭江流域水质保护条例", [], "local_regulation", relation="mentions"),
  R("广东省环境保护条例", [], "local_regulation", relation="implements"),
  R("江门市生态环境局行政规范性文件管理办法", [], "normative_document", relation="issues"),
  R("中华人民共和国环境保护法", [], "law", relation="implements"),
  R("中华人民共和国行政处罚法", [], "law", relation="implements"),
  R("江门市生态环境局轻微违法行为免罚清单", [], "normative_document", "江环函〔2024〕88号", relation="issues"),
 ]),
 T([
  O("江门市生态环境局", [], "department"),
  O("中共江门市委员会", ["市委"], "party"),
  O("江门市人民政府", ["市政府"], "government"),
  O("广东省生态环境厅", ["省生态环境厅"], "department"),
  O("中共江门市生态环境局党组", ["局党组"], "party"),
  O("中共江门市生态环境局党组理论学习中心组", ["局党组理论学习中心组"], "party"),
  O("江门市生态环境局法治建设领导小组", ["局法治建设领导小组"], "committee"),
  O("江门市人民代表大会常务委员会", ["市人大常委会", "常委会"], "legislature"),
  O("江门市人民代表大会", ["市人大"], "legislature"),
  O("中国人民政治协商会议江门市委员会", ["市政协"], "other"),
  O("江门市司法局", ["市司法局"], "department"),
  O("江门市生态环境保护综合行政执法支队", ["市生态环境保护综合行政执法支队"], "institution"),
  O("江门市中级人民法院", [], "judiciary"),
  O("江门市人民检察院", ["市人民检察院"], "judiciary"),
  O("江门市工商业联合会", [], "social"),
 ]),
 T([
  M("党政主要负责人履行推进法治建设第一责任人职责", ["推进法治建设第一责任人职责"], "system"),
  M("领导干部学法制度", [], "system"),
  M("放管服改革", [], "reform"),
  M("告知承诺制", ["建设项目环评审批告知承诺制", "环评审批告知承诺制"], "system"),
  M("广东政务服务网", [], "platform"),
  M("粤商通", [], "platform"),
  M("全程网办", [], "service"),
  M("环评与排污许可两证合一", ["两证合一"], "reform"),
  M("行政执法三项制度", [], "system"),
  M("生态环境监督执法正面清单制度", [], "system"),
  M("非现场执法", [], "model"),
  M("首违不罚", [], "system"),
  M("双随机、一公开监管", ["双随机、一公开"], "mechanism"),
  M("提升行政执法质量三年行动", [], "campaign"),
  M("行政执法案卷评查", [], "campaign"),
  M("生态环境行政执法与司法衔接机制", [], "mechanism"),
  M("环境公益诉讼", [], "other"),
  M("生态环境损害赔偿制度改革", [], "reform"),
  M("环评审批绿色通道", ["绿色通道"], "service"),
  M("容缺受理", [], "service"),
  M("信用修复", [], "mechanism"),
  M("环保服务进企业活动", ["环保服务进企业"], "campaign"),
  M("谁执法谁普法普法责任制", [], "system"),
  M("八五普法", ["八五普法规划"], "campaign"),
  M("六五环境日", [], "campaign"),
  M("美丽江门·法治同行主题宣传", ["美丽江门·法治同行"], "campaign"),
  M("环保设施向公众开放活动", ["环保设施向公众开放"], "campaign"),
 ]))
