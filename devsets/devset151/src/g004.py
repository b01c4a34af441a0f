from mk import *
import opencc
cv=opencc.OpenCC('s2tw').convert
def T(lst):
    out=[]
    for e in lst:
        txt=''.join(open('../docs/004_ewenki.txt',encoding='utf-8').read().split()).replace('《','').replace('》','')
        tn=cv(e['name'])
        al=([tn] if tn.replace('《','').replace('》','') in txt else [])+[cv(a) for a in e['aliases']]
        new=[]
        for a in al:
            if a!=e['name'] and a not in new: new.append(a)
        e['aliases']=new
        if e.get('issuer'): pass
    return lst
Q='鄂温克族自治旗'
dump('004_ewenki',
 {"title":cv(Q+"2018年法治政府建设情况报告"),"publisher":Q+"人民政府","region":"内蒙古自治区呼伦贝尔市"+Q,"year":2018,"date":"2019-02-20"},
 T([R("中华人民共和国宪法",["宪法","新修订的《中华人民共和国宪法》"],"law",None,None,"studies"),
  R("法治政府建设实施纲要（2015—2020年）",[],"plan",None,None,"implements"),
  R("内蒙古自治区党政主要负责人履行推进法治建设第一责任人职责实施办法",[],"party_document",None,None,"implements"),
  R(Q+"2018年法治政府建设工作要点",[],"normative_document","鄂政办发〔2018〕12号",None,"issues"),
  R("中华人民共和国监察法",[],"law",None,None,"studies"),
  R(Q+"自治条例",[],"local_regulation",None,None,"studies"),
  R("内蒙古自治区重大行政决策程序规定",[],"local_regulation",None,None,"implements"),
  R("中华人民共和国草原法",[],"law",None,None,"implements"),
  R(Q+"草原生态保护条例",[],"local_regulation",None,None,"implements"),
  R("中华人民共和国政府信息公开条例",[],"administrative_regulation",None,None,"implements"),
 ]),
 T([O(Q+"人民政府",["旗政府"],"government"),
  O("中共呼伦贝尔市委员会",["市委"],"party"),
  O("呼伦贝尔市人民政府",["市政府"],"government"),
  O("中共"+Q+"委员会",["旗委"],"party"),
  O("中共"+Q+"委员会常务委员会",["旗委常委会"],"party"),
  O(Q+"政务服务中心",["旗政务服务中心"],"institution"),
  O(Q+"市场监督管理局",["旗市场监督管理局"],"department"),
  O(Q+"人民政府法律顾问团",["旗政府法律顾问团"],"other"),
  O(Q+"农牧业局",["旗农牧业局"],"department"),
  O(Q+"农牧业局草原监督管理所",["旗农牧业局草原监督管理所","草原监督管理所"],"institution"),
  O(Q+"人民代表大会常务委员会",["旗人大常委会"],"legislature"),
  O("中国人民政治协商会议"+Q+"委员会",["旗政协"],"other"),
  O(Q+"审计局",["旗审计局"],"department"),
  O(Q+"司法局",["旗司法局"],"department"),
  O(Q+"巴彦塔拉达斡尔民族乡人民调解委员会",["巴彦塔拉达斡尔民族乡人民调解委员会"],"social"),
  O(Q+"公共法律服务中心",["旗公共法律服务中心"],"institution"),
  O(Q+"乌兰牧骑",["旗乌兰牧骑"],"institution"),
  O(Q+"人民政府法制办公室",["旗政府法制办"],"department"),
  O("中共"+Q+"委全面依法治旗委员会",["旗委全面依法治旗委员会"],"party"),
 ]),
 T([M("政府常务会议会前学法制度",["旗政府常务会议会前学法制度"],"system"),
  M("放管服改革",["“放管服”改革"],"reform"),
  M("证照分离改革",["“证照分离”改革"],"reform"),
  M("最多跑一次",["“最多跑一次”改革","“最多跑一次”"],"service"),
  M("蒙汉双语服务窗口",[],"service"),
  M("双随机、一公开监管",["“双随机、一公开”监管"],"mechanism"),
  M("国家企业信用信息公示系统",[],"platform"),
  M("行政执法案卷评查",[],"campaign"),
  M("扫黑除恶专项斗争",[],"campaign"),
  M("火撑子调解法",["“火撑子调解法”"],"model"),
  M("七五普法",["“七五”普法规划"],"campaign"),
  M("谁执法谁普法普法责任制",["“谁执法谁普法”普法责任制"],"system"),
  M("宪法宣传周",["“宪法宣传周”"],"campaign"),
  M("法律明白人培养工程",["“法律明白人”培养工程","“法律明白人”"],"campaign"),
  M("民族团结进步创建",[],"campaign"),
  M("进牧区、进嘎查、进寺庙活动",["“进牧区、进嘎查、进寺庙”活动"],"campaign"),
  M("全国民族团结进步示范旗创建",[],"campaign"),
  M("行政机关负责人出庭应诉制度",[],"system"),
  M("领导干部自然资源资产离任审计",["领导干部自然资源资产离任审计试点"],"system"),
  M("机构改革",[],"reform"),
  M(Q+"人民政府门户网站",["旗政府门户网站"],"platform"),
 ]))
