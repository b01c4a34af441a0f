from h import *
import opencc
c=opencc.OpenCC('s2tw')
text=open('/work/devsets/devset138/docs/005_chenggu_xian.txt',encoding='utf-8').read().replace('\n','')
def tw(lst):
    for e in lst:
        extra=[]
        for a in [e["name"]]+e["aliases"]:
            t=c.convert(a)
            if t!=a and t not in extra and t not in e["aliases"]:
                extra.append(t)
        e["aliases"]=e["aliases"]+extra
    return lst
regs=[
  R("法治政府建设实施纲要（2015—2020年）","plan","implements"),
  R("汉中市2018年法治政府建设工作要点","normative_document","implements",iss="汉中市人民政府"),
  R("城固县2018年依法行政工作要点","normative_document","issues",dn="城政办发〔2018〕15号",iss="城固县人民政府办公室"),
  R("中华人民共和国宪法","law","studies",["宪法"]),
  R("中华人民共和国宪法修正案","law","studies",["宪法修正案"]),
  R("中华人民共和国监察法","law","studies"),
  R("城固县重大行政决策程序规定","normative_document","issues"),
  R("陕西省行政执法责任制办法","local_regulation","implements"),
  R("中华人民共和国政府信息公开条例","administrative_regulation","implements"),
]
orgs=[
  O("城固县人民政府","government",["县政府"]),
  O("汉中市人民政府","government",["市政府"]),
  O("中共汉中市委员会","party",["市委"]),
  O("中共城固县委员会","party",["县委"]),
  O("城固县法治政府建设工作领导小组","committee",["县法治政府建设工作领导小组"]),
  O("城固县人民政府办公室","department",["县政府办公室"]),
  O("城固县政务服务中心","institution",["县政务服务中心"]),
  O("城固县市场监督管理局","department",["县市场监督管理局"]),
  O("陕西汉江律师事务所","enterprise"),
  O("城固县人民政府法制办公室","department",["县政府法制办"]),
  O("城固县人民代表大会常务委员会","legislature",["县人大常委会","常委会"]),
  O("城固县人民代表大会","legislature",["县人大"]),
  O("城固县公安局","department",["县公安局"]),
  O("城固县城市管理执法局","department",["县城市管理执法局"]),
  O("中国人民政治协商会议城固县委员会","committee",["县政协"]),
  O("城固县人民法院","judiciary",["县人民法院"]),
]
meas=[
  M("党政主要负责人履行推进法治建设第一责任人职责","system",["推进法治建设第一责任人职责"]),
  M("常务会议学法制度","system",["县政府常务会议会前学法制度"]),
  M("宪法学习宣传教育活动","campaign"),
  M("宪法宣誓制度","system",["宪法宣誓"]),
  M("领导干部任前法律考试","system",["任前法律知识考试"]),
  M("放管服改革","reform"),
  M("最多跑一次","service",["“最多跑一次”改革"]),
  M("一窗受理、集成服务改革","reform",["一窗受理、集成服务"]),
  M("一个窗口进、一个窗口出","service"),
  M("权责清单","system",["权力清单和责任清单"]),
  M("双随机、一公开监管","mechanism",["双随机、一公开"]),
  M("互联网+政务服务","service"),
  M("陕西政务服务网","platform"),
  M("减证便民行动","campaign",["“减证便民”专项行动","减证便民"]),
  M("政府法律顾问制度","system"),
  M("规范性文件合法性审查","system",["合法性审查"]),
  M("行政执法公示制度","system",["行政执法公示"]),
  M("行政执法全过程记录制度","system",["执法全过程记录"]),
  M("重大执法决定法制审核制度","system"),
  M("行政执法案卷评查","campaign"),
  M("扫黑除恶专项斗争","campaign"),
  M("行政机关负责人出庭应诉制度","system"),
  M("政务失信专项治理","campaign"),
  M("七五普法","campaign",["“七五”普法规划","七五普法规划"]),
  M("谁执法谁普法普法责任制","system"),
  M("一村（居、社区）一法律顾问","system",["一村（社区）一法律顾问"]),
  M("桔乡和事佬调解品牌","model",["“桔乡和事佬”调解品牌","桔乡和事佬"]),
  M("法律明白人","campaign"),
  M("县有中心、镇有站、村有点","model"),
  M("小事不出村、大事不出镇、矛盾不上交","other"),
  M("民主法治示范村创建","campaign",["全国民主法治示范村"]),
]
write("005_chenggu_xian",
 {"title":"城固縣人民政府關於2018年度法治政府建設工作情況的報告","publisher":"城固县人民政府","region":"陕西省汉中市城固县","year":2018,"date":"2019-01-25"},
 tw(regs),tw(orgs),tw(meas))
