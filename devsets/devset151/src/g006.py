from mk import *
FW=str.maketrans('0123456789','０１２３４５６７８９')
def F(lst):
    for e in lst:
        al=[]
        for a in [e['name']]+e['aliases']:
            b=a.translate(FW)
            if b!=e['name'] and b not in al: al.append(b)
        e['aliases']=al
    return lst
Q='额济纳旗'; S=Q+'赛汉陶来苏木'
dump('006_saihantaolai',
 {"title":"赛汉陶来苏木2020年法治政府建设工作报告".translate(FW),"publisher":S+"人民政府","region":"内蒙古自治区阿拉善盟"+S,"year":2020,"date":"2021-01-15"},
 F([R("额济纳旗2020年法治政府建设工作要点",[],"normative_document","额政办发〔2020〕9号",None,"implements"),
  R("赛汉陶来苏木2020年法治政府建设工作实施方案",[],"normative_document","赛苏发〔2020〕12号",None,"issues"),
  R("中华人民共和国传染病防治法",[],"law",None,None,"implements"),
  R("中华人民共和国突发事件应对法",[],"law",None,None,"implements"),
  R("中华人民共和国森林法",[],"law",None,None,"implements"),
  R("内蒙古自治区草原管理条例",[],"local_regulation",None,None,"implements"),
  R("中华人民共和国民法典",["民法典"],"law",None,None,"studies"),
  R("法治政府建设实施纲要（2021—2025年）",[],"plan",None,None,"implements"),
 ]),
 F([O(S+"人民政府",["赛汉陶来苏木"],"government"),
  O("中共额济纳旗委员会",["旗委"],"party"),
  O(Q+"人民政府",["旗政府"],"government"),
  O("中共额济纳旗委全面依法治旗委员会办公室",["旗委依法治旗办"],"party"),
  O("中共"+S+"委员会",["苏木党委"],"party"),
  O(S+"法治政府建设工作领导小组",["苏木法治政府建设工作领导小组"],"committee"),
  O(S+"人民代表大会主席团",["苏木人大主席团"],"legislature"),
  O(S+"疫情防控指挥部",["疫情防控指挥部"],"committee"),
  O(S+"便民服务中心",["苏木便民服务中心"],"institution"),
  O(Q+"司法局",[],"department"),
  O("内蒙古额济纳胡杨林国家级自然保护区管理局",[],"institution"),
  O(S+"社会治安综合治理中心",["苏木综治中心"],"institution"),
  O(Q+"司法局赛汉陶来司法所",["赛汉陶来司法所"],"department"),
  O(Q+"公安局赛汉陶来派出所",["赛汉陶来派出所"],"department"),
  O(Q+"人民法院赛汉陶来人民法庭",[],"judiciary"),
  O(S+"巴彦宝格德嘎查人民调解委员会",["巴彦宝格德嘎查人民调解委员会"],"social"),
 ]),
 F([M("党政主要负责人履行推进法治建设第一责任人职责",["推进法治建设第一责任人职责"],"system"),
  M("权责清单",["苏木权责清单"],"system"),
  M("一站式服务",["“一站式”服务"],"service"),
  M("内蒙古政务服务网",[],"platform"),
  M("蒙速办App",["“蒙速办”App","“蒙速办”"],"platform"),
  M("牧民少跑腿、数据多跑路",["“牧民少跑腿、数据多跑路”"],"other"),
  M("政府法律顾问制度",[],"system"),
  M("重大行政决策合法性审查制度",["合法性审查"],"system"),
  M("三重一大集体决策制度",["“三重一大”集体决策制度","“三重一大”"],"system"),
  M("草畜平衡和禁牧休牧制度",[],"system"),
  M("网格化管护",[],"model"),
  M("民主法治示范嘎查创建",["“全区民主法治示范嘎查”"],"campaign"),
  M("一嘎查一法律顾问制度",["“一嘎查一法律顾问”制度","“一嘎查一法律顾问”"],"system"),
  M("四议两公开工作法",["“四议两公开”工作法","“四议两公开”"],"model"),
  M("扫黑除恶专项斗争",[],"campaign"),
  M("六清行动",["“六清”行动"],"campaign"),
  M("联调联处机制",[],"mechanism"),
  M("蒙古包调解室品牌",["“蒙古包调解室”品牌","“蒙古包调解室”"],"model"),
  M("美好生活·民法典相伴主题宣传活动",["“美好生活·民法典相伴”主题宣传活动","“美好生活·民法典相伴”"],"campaign"),
  M("七五普法",["“七五”普法"],"campaign"),
  M("送法进牧户活动",["“送法进牧户”活动","“送法进牧户”"],"campaign"),
  M("国家宪法日",["“12·4”国家宪法日"],"campaign"),
  M("额济纳普法微信公众号",["“额济纳普法”微信公众号"],"platform"),
  M("八五普法",["“八五”普法"],"campaign"),
 ]))
