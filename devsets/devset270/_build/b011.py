from g import *
import opencc, json
c=opencc.OpenCC('s2tw')
S="韶关市"
regs=[
R("中共中央关于全面推进依法治国若干重大问题的决定",[],"party_document",None,"中共中央","studies"),
R("广东省法治政府建设指标体系（试行）",[],"normative_document",None,None,"implements"),
R("韶关市人民政府办公室2015年依法行政工作方案",[],"normative_document","韶府办〔2015〕9号",None,"issues"),
R("中华人民共和国立法法",["立法法"],"law",None,None,"studies"),
R("中华人民共和国行政诉讼法",["行政诉讼法","新《行政诉讼法》","新行政诉讼法"],"law",None,None,"studies"),
R("党政机关公文处理工作条例",[],"party_document",None,None,"implements"),
R("韶关市人民政府工作规则",[],"normative_document",None,None,"issues"),
R("广东省行政机关规范性文件管理规定",[],"local_regulation",None,None,"implements"),
R("中华人民共和国政府信息公开条例",["政府信息公开条例"],"administrative_regulation",None,None,"implements"),
R("2015年政府信息公开工作要点",[],"normative_document",None,"国务院办公厅","implements"),
R("广东省政务公开条例",[],"local_regulation",None,None,"implements"),
R("十八届中央政治局关于改进工作作风、密切联系群众的八项规定",["中央八项规定","中央八项规定精神"],"party_document",None,None,"implements"),
R("法治政府建设实施纲要（2015—2020年）",[],"plan",None,None,"implements"),
]
orgs=[
O(S+"人民政府办公室",["市政府办公室"],"department"),
O("中共韶关市委员会",["市委"],"party"),
O(S+"人民政府",["市政府"],"government"),
O("中共"+S+"人民政府办公室党组",["办公室党组"],"party"),
O(S+"人民政府办公室依法行政工作领导小组",["依法行政工作领导小组"],"committee"),
O("中共中央",[],"party"),
O(S+"人民政府法制局",["市政府法制局"],"department"),
O("广东省人民政府",["省人民政府"],"government"),
O(S+"人民代表大会",["市人大"],"legislature"),
O(S+"人民代表大会常务委员会",["市人大常委会"],"legislature"),
O("国务院办公厅",[],"department"),
O("中国人民政治协商会议韶关市委员会",["市政协"],"other"),
O(S+"人民政府法律顾问室",["市政府法律顾问室"],"department"),
O(S+"监察局",["市监察局"],"department"),
]
meas=[
M("党委(党组)中心组学法制度",["办公室党组中心组学法制度"],"system"),
M("规范性文件合法性审查",["以市政府名义发文的合法性审查机制","公文合法性审查"],"system"),
M(S+"人民政府门户网站",["市政府门户网站"],"platform"),
M("行政审批制度改革",[],"reform"),
M("行政审批事项目录",["市级行政审批事项目录"],"system"),
M("权责清单",[],"system"),
M("广东省网上办事大厅韶关分厅",[],"platform"),
M("重大决策部署督查机制",[],"mechanism"),
M("月督查、季通报制度",["“月督查、季通报”制度"],"system"),
M("12345政府服务热线",[],"platform"),
M("政府法律顾问制度",["法律顾问制度"],"system"),
M("庸懒散奢专项整治",["“庸懒散奢”专项整治"],"campaign"),
M("六五普法",["“六五”普法规划"],"campaign"),
M("谁执法谁普法普法责任制",["“谁执法谁普法”责任制"],"system"),
M("国家宪法日",["“12·4”全国法制宣传日","全国法制宣传日"],"campaign"),
]
def trad(items, keys=("aliases",)):
    for e in items:
        forms=[e["name"],*e["aliases"]]
        for f in forms:
            t=c.convert(f)
            if t!=f and t not in e["aliases"]:
                e["aliases"].append(t)
        if e.get("issuer"): pass
    return items
trad(regs); trad(orgs); trad(meas)
dump("011_shaoguan_shifuban.txt",{"title":"韶關市人民政府辦公室2015年依法行政工作情況報告","publisher":S+"人民政府办公室","region":"广东省韶关市","year":2015,"date":"2016-01-20"},regs,orgs,meas)
