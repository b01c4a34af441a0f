from g import *
import opencc
_c = opencc.OpenCC('s2t')
def T(x): return _c.convert(x)
def tr(fn, name, aliases, *a):
    al = []
    for x in [name] + list(aliases):
        for y in (x, T(x)):
            if y != name and y not in al:
                al.append(y)
    return fn(name, al, *a)
save("003_chuxiong_zhou.txt", T("楚雄彝族自治州人民政府关于2016年度法治政府建设工作情况的报告"), "楚雄彝族自治州人民政府", "云南省楚雄彝族自治州", 2016, "2017-02-10",
[
 tr(R, "法治政府建设实施纲要（2015—2020年）", ["法治政府建设实施纲要(2015—2020年)"], "plan", None, "中共中央 国务院", "implements"),
 tr(R, "楚雄州贯彻落实〈法治政府建设实施纲要(2015—2020年)〉实施方案", [], "normative_document", "楚政发〔2016〕42号", None, "issues"),
 tr(R, "中华人民共和国立法法", [], "law", None, None, "implements"),
 tr(R, "楚雄彝族自治州彝族传统村落保护条例(草案)", ["楚雄彝族自治州彝族传统村落保护条例"], "local_regulation", None, None, "mentions"),
 tr(R, "云南省行政机关规范性文件制定和备案办法", [], "local_regulation", None, None, "implements"),
 tr(R, "楚雄州人民政府重大行政决策程序规定", [], "normative_document", "楚政发〔2016〕15号", None, "issues"),
 tr(R, "中华人民共和国行政复议法", [], "law", None, None, "implements"),
 tr(R, "中华人民共和国行政诉讼法", ["行政诉讼法", "新修改的《行政诉讼法》"], "law", None, None, "implements"),
],
[
 tr(O, "楚雄彝族自治州人民政府", ["州人民政府", "州政府"], "government"),
 tr(O, "云南省人民政府", ["省人民政府", "省政府"], "government"),
 tr(O, "中共云南省委员会", ["省委"], "party"),
 tr(O, "中共楚雄彝族自治州委员会", ["州委"], "party"),
 tr(O, "楚雄彝族自治州人民代表大会", ["州人大"], "legislature"),
 tr(O, "楚雄彝族自治州人民代表大会常务委员会", ["州人大常委会", "常委会"], "legislature"),
 tr(O, "中共中央", [], "party"),
 tr(O, "国务院", [], "government"),
 tr(O, "楚雄彝族自治州推进依法行政工作领导小组", ["州推进依法行政工作领导小组"], "committee"),
 tr(O, "楚雄彝族自治州推进依法行政工作领导小组办公室", ["领导小组办公室"], "committee"),
 tr(O, "楚雄彝族自治州人民政府法制办公室", ["州政府法制办"], "department"),
 tr(O, "楚雄彝族自治州工商行政管理局", ["州工商局"], "department"),
 tr(O, "楚雄彝族自治州食品药品监督管理局", ["州食品药品监管局"], "department"),
 tr(O, "楚雄彝族自治州人民政府法律顾问团", ["法律顾问团"], "other"),
 tr(O, "中国人民政治协商会议楚雄彝族自治州委员会", ["州政协"], "other"),
 tr(O, "楚雄彝族自治州中级人民法院", ["州中级人民法院"], "judiciary"),
],
[
 tr(M, "法治楚雄建设", ["建设法治楚雄"], "campaign"),
 tr(M, "依法行政考核", [], "system"),
 tr(M, "行政审批制度改革", [], "reform"),
 tr(M, "权责清单", ["权力清单和责任清单", "州级政府部门权力清单和责任清单"], "system"),
 tr(M, "先照后证改革", ["“先照后证”", "先照后证"], "reform"),
 tr(M, "三证合一、一照一码登记制度改革", ["“三证合一、一照一码”登记制度改革", "三证合一、一照一码"], "reform"),
 tr(M, "楚雄州网上行政审批系统", [], "platform"),
 tr(M, "一个窗口受理、一站式审批", ["“一个窗口受理、一站式审批”"], "service"),
 tr(M, "双随机、一公开监管", ["“双随机、一公开”抽查机制", "双随机、一公开抽查机制"], "mechanism"),
 tr(M, "随机抽查事项清单", [], "system"),
 tr(M, "规范性文件三统一制度", ["统一登记、统一编号、统一发布制度"], "system"),
 tr(M, "重大行政决策程序", ["重大行政决策法定程序"], "system"),
 tr(M, "政府法律顾问制度", [], "system"),
 tr(M, "行政执法主体资格清理", [], "campaign"),
 tr(M, "相对集中行政处罚权", ["相对集中行政处罚权工作"], "reform"),
 tr(M, "城市管理综合执法", ["城市管理综合执法试点"], "reform"),
 tr(M, "行政执法案卷评查", [], "campaign"),
 tr(M, "行政机关负责人出庭应诉制度", [], "system"),
 tr(M, "楚雄彝族自治州人民政府门户网站", ["州政府门户网站"], "platform"),
 tr(M, "三调联动", ["“三调联动”"], "mechanism"),
 tr(M, "德古调解", ["彝族“德古”调解", "“德古”调解"], "model"),
 tr(M, "七五普法", ["“七五”普法"], "campaign"),
 tr(M, "谁执法谁普法普法责任制", ["“谁执法谁普法”普法责任制"], "system"),
 tr(M, "常务会议学法制度", ["州政府常务会议学法"], "system"),
 tr(M, "公务员学法用法考试", ["全州公务员学法用法考试"], "campaign"),
 tr(M, "国家宪法日", ["“12·4”国家宪法日"], "campaign"),
])
