from g import *
import opencc
cv = opencc.OpenCC('s2tw').convert
def trad(lst):
    for e in lst:
        extra = []
        for f in [e['name'], *e['aliases']]:
            tf = cv(f)
            if tf != f and tf not in e['aliases'] and tf not in extra and norm(tf) in NTEXT:
                extra.append(tf)
        e['aliases'] += extra
    return lst
src = open('003_xiangxi.s.txt', encoding='utf-8').read()
open('../docs/003_xiangxi.txt', 'wb').write(cv(src).encode('big5'))
import sys; sys.path.insert(0, '..')
from validate import norm
NTEXT = norm(cv(src))
write("003_xiangxi.txt",
 dict(title="湘西土家族苗族自治州人民政府关于2021年度法治政府建设情况的报告", publisher="湘西土家族苗族自治州人民政府", region="湖南省湘西土家族苗族自治州", year=2021, date="2022-03-15"),
 trad([R("法治政府建设实施纲要（2021—2025年）", [], "plan"),
  R("湖南省法治政府建设实施方案（2021—2025年）", [], "normative_document"),
  R("湘西土家族苗族自治州法治政府建设实施方案（2021—2025年）", [], "party_document", "湘西发〔2021〕15号", None, "issues"),
  R("中华人民共和国民法典", [], "law", relation="studies"),
  R("中华人民共和国行政处罚法", ["新修订的《中华人民共和国行政处罚法》"], "law"),
  R("优化营商环境条例", [], "administrative_regulation"),
  R("湖南省优化营商环境规定", [], "local_regulation"),
  R("重大行政决策程序暂行条例", [], "administrative_regulation"),
  R("湘西土家族苗族自治州重大行政决策程序规定", [], "normative_document", relation="issues"),
  R("湘西土家族苗族自治州传统村落保护条例", [], "local_regulation", relation="issues"),
  R("湘西州行政处罚裁量权基准", [], "normative_document", relation="issues"),
  R("湖南省信访条例", [], "local_regulation"),
  R("法治政府建设与责任落实督察工作规定", [], "party_document"),
 ]),
 trad([O("湘西土家族苗族自治州人民政府", ["州人民政府", "州政府"], "government"),
  O("湘西土家族苗族自治州司法局", ["州司法局"], "department"),
  O("中共湖南省委员会", ["省委"], "party"),
  O("湖南省人民政府", ["省政府"], "government"),
  O("中共湘西土家族苗族自治州委员会", ["州委"], "party"),
  O("中共湘西土家族苗族自治州人民政府党组", ["州政府党组"], "party"),
  O("中共湘西土家族苗族自治州委全面依法治州委员会", ["州委全面依法治州委员会"], "party"),
  O("湘西土家族苗族自治州人民政府法律顾问团", ["州政府法律顾问团"], "other"),
  O("湘西土家族苗族自治州人民代表大会", ["州人大"], "legislature"),
  O("湘西土家族苗族自治州人民代表大会常务委员会", ["州人大常委会", "常委会"], "legislature"),
  O("湖南省人民代表大会常务委员会", ["省人大常委会"], "legislature"),
  O("中国人民政治协商会议湘西土家族苗族自治州委员会", ["州政协"], "other"),
  O("湘西土家族苗族自治州中级人民法院", ["州中级人民法院"], "judiciary"),
  O("湘西土家族苗族自治州法律援助中心", ["州法律援助中心"], "institution"),
 ]),
 trad([M("党政主要负责人履行推进法治建设第一责任人职责", ["推进法治建设第一责任人职责"], "system"),
  M("法治湘西建设", [], "campaign"),
  M("领导干部年度述法制度", ["年度述法"], "system"),
  M("放管服改革", [], "reform"),
  M("一件事一次办改革", ["一件事一次办"], "reform"),
  M("湘易办", [], "platform"),
  M("湖南政务服务网", [], "platform"),
  M("一网通办", [], "service"),
  M("跨省通办", [], "service"),
  M("营商环境优化年活动", ["营商环境优化年"], "campaign"),
  M("重大行政决策事项目录", ["年度重大行政决策事项目录"], "system"),
  M("政府法律顾问制度", [], "system"),
  M("行政执法三项制度", [], "system"),
  M("综合行政执法改革", ["乡镇综合行政执法改革"], "reform"),
  M("行政执法典型差案评查活动", [], "campaign"),
  M("湖南省行政执法和行政执法监督一体化平台", [], "platform"),
  M("首违不罚清单", [], "system"),
  M("包容审慎监管", [], "mechanism"),
  M("行政机关负责人出庭应诉制度", [], "system"),
  M("行政复议体制改革", [], "reform"),
  M("枫桥经验", ["新时代枫桥经验"], "model"),
  M("党建引领、村民自治", [], "model"),
  M("一站式矛盾纠纷调处化解中心", [], "platform"),
  M("信访工作法治化", [], "other"),
  M("公共法律服务实体平台", [], "platform"),
  M("12348公共法律服务热线", [], "platform"),
  M("八五普法", [], "campaign"),
  M("宪法进万家", [], "campaign"),
  M("美好生活·民法典相伴", [], "campaign"),
  M("民主法治示范村创建", ["民主法治示范村（社区）"], "campaign"),
 ]))
