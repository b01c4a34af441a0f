"""Organizations: recognition by the grammar of names, resolution of their jurisdiction in a
report's context, type, and the hierarchy edges the graph gets (issue 4).

Fixtures are sentences from the seed reports and the provincial corpus, or written in their style.
"""
from __future__ import annotations

import pytest

from fazhi.gazetteer.divisions import divisions
from fazhi.model import EdgeType, Kind, Place
from fazhi.nlp import extract_mentions
from fazhi.nlp.organizations import find_organizations
from fazhi.resolve.context import ReportContext
from fazhi.resolve.organizations import resolve_organization, resolve_organizations


def names(text: str) -> list[str]:
    return [text[o.start:o.end] for o in find_organizations(text)]


def place(path: str) -> Place:
    """The division whose full path is ``path``; a township given as county path + name."""
    gaz = divisions()
    for p in gaz.by_code.values():
        if p.path == path:
            return p
    for p in gaz.by_code.values():
        if path.startswith(p.path) and p.level == "county" and gaz.has_town(p, path[len(p.path):]):
            return gaz.town(p, path[len(p.path):])
    raise LookupError(path)


def context(path: str | None) -> ReportContext:
    gaz = divisions()
    region = place(path) if path else None
    chain = [region, *gaz.ancestors(region)] if region is not None and region.level != "town" else []
    if region is not None and region.level == "town":
        county = gaz.by_code[region.parent_code]
        chain = [region, county, *gaz.ancestors(county)]
    return ReportContext("test.txt", region, 2021, chain, gaz)


WEINING = "贵州省毕节市威宁彝族回族苗族自治县"
JIZHOU = "江西省吉安市吉州区"
XIAOYI = "山西省吕梁市孝义市"
GULOU = "重庆市合川区古楼镇"
QINGHE = "河北省邢台市清河县"


# -- recognition ---------------------------------------------------------------------------

def test_bodies_are_found_by_jurisdiction_and_head_noun():
    text = "2016年,在区委、区政府的正确领导和市政府法制办的大力指导下,我区各部门单位以党的十八届三中全会精神为指引"
    assert names(text) == ["区委", "区政府", "市政府法制办"]


def test_a_run_of_bodies_splits_at_each_jurisdiction():
    text = "我县法治政府建设工作在省委省政府、市委市政府和自治县委的坚强领导下,在省委依法治省办、市委依法治市办的耐心指导下"
    assert names(text) == ["省委", "省政府", "市委", "市政府", "自治县委", "省委依法治省办", "市委依法治市办"]


def test_a_name_stops_at_the_verb_or_connective_before_it():
    text = "构建区、镇(街)、村(社区)三级便民服务体系,新建了古南街道便民服务中心和北门街道便民服务中心,我区4个镇还"
    assert names(text) == ["古南街道便民服务中心", "北门街道便民服务中心"]
    assert names("县政府成立法律顾问团,吸收5名专家学者、律师") == ["县政府", "法律顾问团"]


def test_full_names_with_party_marker_place_and_organ():
    text = "对照中共吕梁市委全面依法治市委员会办公室下发的法治建设12类问题整改责任清单内容"
    assert names(text) == ["中共吕梁市委全面依法治市委员会办公室"]
    text = "印发《清河县全面推行三项制度工作领导小组办公室关于印发<行政执法三项制度工作方案>的通知》"
    assert names(text) == ["清河县全面推行三项制度工作领导小组办公室"]


def test_no_township_opens_inside_a_boundary_word_and_inner_mongolias_villages_are_every_one():
    # 推|进乡镇…: 进乡, read as a 乡 raised since to 进镇, is the tail of 推进 (blind set 241); a 镇
    # raised to a 街道 since the report still opens a name (钱清镇, the data's 钱清街道)
    assert names("配合县编办推进乡镇便民服务中心标准化建设") == ["县编办"]
    assert names("推进钱清镇便民服务中心建设") == ["钱清镇便民服务中心"]
    # 嘎查村, Inner Mongolia's 嘎查 and 村, opens every such body (sets 45, 147, 197, 242)
    assert names("全旗86个嘎查村人民调解委员会全年调解纠纷") == []
    assert names("巴彦嘎查村民委员会开展调解") == ["巴彦嘎查村民委员会"]


def test_the_study_group_of_a_government_party_group_is_one_body():
    # not 区政府 and a 党组理论学习中心组 of no one
    assert names("区政府党组理论学习中心组开展专题学法,区政府党组会议研究法治工作。") == [
        "区政府党组理论学习中心组", "区政府党组"]


def test_common_abbreviations():
    assert names("按照省市要求,县司法局联合县编办、县人社局,对全县八百余行政执法人员资质身份进行逐一筛查") == [
        "县司法局", "县编办", "县人社局"]
    assert names("加大依法治市办督察力度") == ["依法治市办"]
    assert names("11月中央依法治国办第五督察组全面督察贵州省“法治政府建设”情况") == ["中央依法治国办第五督察组"]
    assert names("已通过编委会审定") == ["编委会"]
    # 纳入 takes the body as its object; 入市 alone is entering the market (set 47)
    assert names("审批事项全部纳入市政务服务中心水务窗口集中办理") == ["市政务服务中心"]
    assert names("集体经营性建设用地入市交易中心") == []
    # a township's office whose stem ends like a level word: 新市 of 新市镇
    assert names("新市市场监管所查处的某电商企业刷单案") == ["新市市场监管所"]
    # a unit of the reporting department ends at its own head, not at a verb's (查处)
    assert names("厅执法总队直接查处的宜宾市某化工企业") == ["厅执法总队"]
    # a section whose name ends with 审理 is a section, though 理科 is a word (set 52: 法规审理科)
    assert names("实行审计项目三级复核制度，法规审理科全年审理审计报告86份") == ["法规审理科"]
    assert names("报考理科的学生") == []
    # and so is one ending with 管理, and one holding 审核 or 执行, words that end other names (set 152:
    # a prison's 刑罚执行科 and 狱政管理科; set 186: a police 支队's 法制审核科)
    assert names("2019年，刑罚执行科严格审核减刑假释案件，狱政管理科规范清监查号。") == ["刑罚执行科", "狱政管理科"]
    assert names("案件一律经法制审核股审核后作出决定") == ["法制审核股"]
    assert names("严格执行科学决策程序，开展审核处理") == []
    # two fields joined by 与 make one section (sets 19, 79, 234, 240: 法规与标准科, 普法与依法治理处), but
    # not a body before 与 nor the 与 of 参与, and 联调联处 is a way of settling disputes
    assert names("规范性文件均经法规与标准科合法性审核，普法与依法治理处牵头。") == ["法规与标准科", "普法与依法治理处"]
    assert names("县公安局海防派出所与黄骅海事处联合执法") == ["县公安局海防派出所", "黄骅海事处"]
    assert names("派驻民警常态化参与矛盾纠纷联调联处") == []
    # a task handed down to sections: 到 ends the name before them (sets 20, 93, 240)
    assert names("将法治建设任务分解到税政一股、征收管理股") == ["税政一股", "征收管理股"]
    assert names("将任务分解到厅机关各处室") == []
    # a weak word (建设) before a core that says only what work a body does reads on into the matter
    # before it, or the core names no body (set 51: 街道设立法治建设工作办公室)
    assert names("街道设立法治建设工作办公室，配备专职人员") == ["法治建设工作办公室"]
    assert names("加强建设工作办公室") == []
    # a named room for talking matters out is a brand (a measure), no department called 厅; 共享法庭 is
    # 浙江's programme of court points in every village, no court (sets 27, 44, 46 count them as measures)
    assert names("在江苏路社区设立“老娘舅议事厅”,推广经验。建成共享法庭12个。") == []
    # and so are the ways a court sits (sets 29, 82, 151, 156: the gold has them as measures)
    assert names("县人民法院推行“马背法庭”巡回审判,开展“车载法庭”巡回审理,举办模拟法庭4场。") == ["县人民法院"]


def test_department_names_without_head_noun_count_only_in_a_list_of_departments():
    # the level word before the list's first department is its (区发改: the district's)
    assert names("我区发改、市场监管等部门牵头开展的项目并联审批改革") == ["区发改", "市场监管"]
    assert names("构建并逐步完善林业、劳动争议、市场监管等六大专业性调解平台建设") == []


def test_national_bodies_by_name_and_short_forms_only_standing_apart():
    assert names("根据《中共中央办公厅国务院办公厅法治政府建设与责任落实督察工作规定》精神") == [
        "中共中央办公厅", "国务院办公厅"]
    assert names("一起纳入便民服务中心集中办理") == []  # 集中办理 holds no 中办
    # set 261 (博鳌 2021): the two general offices written short vouch for each other after any word
    assert names("本人认真学习中办、国办印发的《党政主要负责人履行推进法治建设第一责任人职责规定》") == ["中办", "国办"]
    assert names("中央依法治国办印发《关于开展法治政府建设示范创建活动的意见》") == ["中央依法治国办"]


def test_generic_plurals_and_roles_are_no_bodies():
    assert names("各乡镇人民政府、各行政执法部门作出重大执法决定之前,必须进行法制审核") == []
    assert names("相关部门和各村(社区)在法治政府建设上主动性还不够") == []
    assert names("市委、市政府及全市16个乡镇(街道)、市直各单位全部聘请了法律顾问") == ["市委", "市政府"]
    assert names("与各相关法院建立良好的沟通、协调机制") == []
    assert names("组织辖区律师事务所律师开展“法律进社区”活动") == []
    assert names("协调县内律师事务所律师担任村法律顾问") == []  # (set 42)


def test_a_places_hospital_a_supervision_corps_and_an_administration_office():
    # sets 71, 77, 89, 93, 127, 188, 189: 医院 with no core is the place's own hospital, 中心医院 its
    # central one; a core makes a kind of hospital (公立医院, 法治医院), no particular one
    assert names("以县医院、县中医院为龙头,义乌市中心医院开展义诊。") == ["县医院", "县中医院", "义乌市中心医院"]
    assert names("深化云南省公立医院改革,开展法治医院建设。") == []
    assert names("山东省环境监察总队组织开展专项行动,会同区文物管理所开展检查。") == ["山东省环境监察总队", "区文物管理所"]
    # a banner's or league's 乌兰牧骑, its cultural troupe (sets 33, 59, 74, 77, 115, 151, 160, 201)
    assert names("准格尔旗乌兰牧骑编排法治节目,深入嘎查巡演。") == ["准格尔旗乌兰牧骑"]


def test_words_around_a_name_that_are_no_part_of_it():
    # a verb between a place and 局 (set 188), a phrase ending in 处 (set 99), and 委属, a body
    # under the commission named on its own (set 37)
    assert names("配合市编办完成局权责清单编制") == ["市编办"]
    # staffing and abolishing verbs before a unit or the reporting body's word (set 234)
    assert names("健全局法律顾问制度,配齐配强政策法规处人员。") == ["政策法规处"]
    assert names("取消厅机关及直属单位要求群众提供的证明材料。") == []
    assert names("我们将加强督促检查,把各项任务落到实处。") == []
    assert names("委属安徽省价格认证中心被评为全省先进") == ["安徽省价格认证中心"]
    # 县(市、区) is every county-level division (丽水 2021)
    assert names("9个县(市、区)矛调中心全部实现“最多跑一地”") == []
    assert names("28个乡镇(街道)公共法律服务工作站全部建成运行") == []
    # the office every township set up, named without one (sets 8, 14, 31: 在28个乡镇(街道)设立…)
    assert names("在28个乡镇(街道)设立综合行政执法办公室。") == []
    assert names("镇综合行政执法办公室开展巡查") == ["镇综合行政执法办公室"]
    # some or a few of a kind are no particular body (通渭县 2019, blind set 221)
    assert names("一是部分乡镇党委主要负责人对法治建设重视不够;个别县直部门落实不到位") == []


def test_a_name_begins_after_the_verb_that_sets_it_up():
    # (the group, named without a jurisdiction, is the reporting body's: resolve names it so)
    assert names("街道成立法治建设领导小组,下设办公室在街道综治中心") == ["法治建设领导小组", "街道综治中心"]


def test_words_that_end_like_bodies_are_not_bodies():
    assert names("地址:孝义市党政办公大楼") == []
    assert names("构建“谁执法谁普法”的普法格局,构建执法新格局") == []
    assert names("为创建区域中心城市,全力谱写中国式现代化河北场景的清河篇章") == []
    assert names("持续提升国际科技创新中心能级,优化市域发展空间布局") == []
    assert names("虽然我市法治政府建设取得了明显成效") == []


def test_a_one_character_county_is_no_place_at_the_end_of_a_word():
    # 范县, 理县, 成县, 高县 and 和县 are counties; here they are the ends of 规范, 清理, 完成,
    # 提高 and the conjunction 和 before a level word that stands for the report's own county
    text = ("在市委、市政府和县委的坚强领导下,进一步规范县政府及其部门行政行为,认真清理县政府文件,"
            "完成县司法局机构改革,提高县人民法院审判质效。")
    assert names(text) == ["市委", "市政府", "县委", "县政府", "县政府", "县司法局", "县人民法院"]
    # the county itself, after nothing, punctuation or a parent's level
    assert names("范县人民政府:") == ["范县人民政府"]
    assert names("安徽省和县人民政府、和县司法局") == ["安徽省和县人民政府", "和县司法局"]
    # and after the 和 that closes a list of governments
    assert names("津市市政府和澧县政府均已建立法律顾问团") == ["津市市政府", "澧县政府", "法律顾问团"]
    # after a body's end 和 joins two names, also where 和县 is a county of the report's province (blind set
    # 350, 霍山县 2016)
    assert names("县林业局和县森林公安局依法查处涉林案件") == ["县林业局", "县森林公安局"]


def test_institutions_need_a_descriptive_core_and_keep_their_words():
    assert names("在市民服务中心开设政务服务帮办代办专区") == ["市民服务中心"]
    assert names("2020年,劳动争议调解中心克服人少事多的实际困难") == ["劳动争议调解中心"]
    assert names("技术支持:孝义市政府研究和服务中心") == ["孝义市政府研究和服务中心"]


def test_an_institution_under_a_government_keeps_the_government_s_word_as_written():
    # its own name: 孝义市政府研究和服务中心 keeps 政府, 县人民政府行政复议服务中心 keeps 人民政府
    # (blind set 226; the gold of sets 22, 97, 182 and 226 does the same)
    ctx = context(XIAOYI)
    assert resolve_organization("市政府研究和服务中心", ctx).name == "孝义市政府研究和服务中心"
    assert resolve_organization("市人民政府行政复议服务中心", ctx).name == "孝义市人民政府行政复议服务中心"
    assert resolve_organization("市人民政府办公室", ctx).name == "孝义市人民政府办公室"


def test_bodies_of_a_county_none_of_the_seeds_is_about():
    text = ("县纪委监委、县委政法委、县委党校、县妇联、县总工会积极配合。星沙街道办事处、黄花镇党委、湘龙街道党工委"
            "开展宣传。乌镇派出所、濮院人民法庭设立诉调对接工作室。梧桐街道、乌镇镇、濮院镇人民政府分别建立法律顾问制度。")
    assert names(text) == ["县纪委监委", "县委政法委", "县委党校", "县妇联", "县总工会", "星沙街道办事处", "黄花镇党委",
                           "湘龙街道党工委", "乌镇派出所", "濮院人民法庭",
                           # places listed before a government are governments too
                           "梧桐街道", "乌镇镇", "濮院镇人民政府"]


def test_the_level_word_inside_a_rule_of_law_committee_s_name_opens_nothing():
    # 依法治州: 州 after 治 is part of the name, as 市 in 依法治市 (恩施州 咸丰县 2020)
    assert names("认真贯彻落实州委依法治州委员会部署,配合州委依法治州办开展督察") == ["州委依法治州委员会", "州委依法治州办"]
    # 依法治镇 is no township named 依法治镇 (狮山镇 2022)
    assert names("调整镇全面依法治镇工作领导小组。") == ["镇全面依法治镇工作领导小组"]


def test_a_township_s_office_and_service_station_are_its_bodies():
    # 狮山镇 2022: 党政办 is the 党政办公室 every township has
    assert names("镇公共法律服务工作站、狮山司法所与南海区法院联动,镇党政办负责") == ["镇公共法律服务工作站", "狮山司法所", "南海区法院", "镇党政办"]
    ctx = context("广东省佛山市南海区狮山镇")
    assert resolve_organization("镇党政办", ctx).name == "佛山市南海区狮山镇党政办公室"
    assert resolve_organization("镇公共法律服务工作站", ctx).name == "佛山市南海区狮山镇公共法律服务工作站"
    # a kind of station, or every village's, is no particular body (重庆 2026)
    assert names("建成村级工作站12个,成立全市首个院士工作站,建成反诈工作站100个") == []




def test_a_department_written_in_full_keeps_the_name_the_report_writes():
    # 教育体育局 is the official name where a report writes it (会昌县, 宜阳县, 大理市: sets 221, 149, 109);
    # 教体局 stands for 教育和体育局 (沂南县, set 156)
    ctx = context("江西省赣州市会昌县")
    assert resolve_organization("会昌县教育体育局", ctx).name == "会昌县教育体育局"
    assert resolve_organization("县教育体育局", ctx).name == "会昌县教育体育局"
    assert resolve_organization("县教体局", ctx).name == "会昌县教育和体育局"
def test_a_bureau_s_branch_and_an_enforcement_detachment_are_bodies():
    # 狮山镇 2022, 柳州市生态环境局 2021
    text = "联合南海区市场监督管理局狮山分局、市生态环境保护综合行政执法支队开展检查,市公安局各分局参加"
    assert names(text) == ["南海区市场监督管理局狮山分局", "市生态环境保护综合行政执法支队", "市公安局"]
    ctx = context("广东省佛山市南海区狮山镇")
    for written in ("南海区市场监督管理局狮山分局", "区市场监管局狮山分局"):
        assert resolve_organization(written, ctx).name == "佛山市南海区市场监督管理局狮山分局"


def test_the_word_geti_is_no_count_inside_a_name():
    assert names("县个体劳动者协会、县工商联参与“法律服务进企业”活动") == ["县个体劳动者协会", "县工商联"]


def test_the_bodies_of_an_ethnic_township():
    # 宁国市云梯畲族乡 2021 (blind dev set 3)
    text = "乡人大主席团、千秋村村民委员会、宁国市仁和律师事务所、桂林瑶乡律师事务所参加,城乡司法所"
    # 瑶乡 is part of the firm's name, not the level word 乡; 城乡 司法所 is every township's
    assert names(text) == ["乡人大主席团", "千秋村村民委员会", "宁国市仁和律师事务所", "桂林瑶乡律师事务所", "司法所"]
    ctx = context("安徽省宣城市宁国市云梯畲族乡")
    resolved = {w: resolve_organization(w, ctx) for w in ("乡人大主席团", "千秋村村民委员会", "司法所", "派出所",
                                                            "宁国市仁和律师事务所")}
    assert {w: r.name for w, r in resolved.items()} == {
        "乡人大主席团": "宁国市云梯畲族乡人民代表大会主席团",
        "千秋村村民委员会": "宁国市云梯畲族乡千秋村村民委员会",  # a village is the township's, not the county's
        "司法所": "宁国市司法局云梯司法所",  # an ethnic township's offices are named by its stem
        "派出所": "宁国市公安局云梯派出所",
        "宁国市仁和律师事务所": "宁国市仁和律师事务所"}
    assert resolved["宁国市仁和律师事务所"].type == "enterprise"  # a law firm is a partnership


def test_a_township_s_court_office_and_police_station_keep_its_name():
    # 恭城 2023, 胶州市李哥庄镇 2017 (blind dev set 3): 莲花 and 李哥庄 are township stems
    assert names("县人民法院莲花人民法庭、莲花司法所、莲花派出所联合打造") == ["县人民法院莲花人民法庭", "莲花司法所", "莲花派出所"]
    assert names("以李哥庄司法所、胶州市公安局李哥庄派出所为依托") == ["李哥庄司法所", "胶州市公安局李哥庄派出所"]
    # no township's name before them: every township's, or a verb's object
    assert names("加强司法所建设,县公安局各派出所,省市县乡综治中心") == ["司法所", "县公安局"]
    ctx = context("广西壮族自治区桂林市恭城瑶族自治县")
    assert resolve_organization("莲花司法所", ctx).name == "恭城瑶族自治县司法局莲花司法所"
    # a town's long name (伊金霍洛旗 2018, blind dev set 4)
    assert names("阿勒腾席热镇司法所、乌兰木伦派出所参加") == ["阿勒腾席热镇司法所", "乌兰木伦派出所"]
    assert resolve_organization("阿勒腾席热镇司法所", context("内蒙古自治区鄂尔多斯市伊金霍洛旗")).name == \
        "伊金霍洛旗司法局阿勒腾席热司法所"
    # the market regulator's township office likewise (秭归县市场监督管理局 2020)
    assert names("茅坪市场监督管理所设立调解室,各市场监管所参加") == ["茅坪市场监督管理所"]
    assert resolve_organization("茅坪市场监督管理所", context("湖北省宜昌市秭归县")).name == \
        "秭归县市场监督管理局茅坪市场监督管理所"


def test_committees_of_a_named_community_or_village_are_bodies():
    text = ("二七社区居民委员会“老汉调解室”获评省级金牌调解室。花园社区居委会开展活动,"
            "下党村村民委员会修订村规民约,指导黄庄村委会换届。")
    assert names(text) == ["二七社区居民委员会", "花园社区居委会", "下党村村民委员会", "黄庄村委会"]
    # every community's or village's, or the law's name: no particular body
    assert names("各社区居民委员会、全县126个村委会学习《村民委员会组织法》,推动村委会规范化建设") == []


def test_a_unit_of_the_reporting_department_written_after_its_short_name():
    # 山东省交通运输厅 2023, 锡林郭勒盟 2018 (blind dev sets 4, 5)
    text = "厅政务服务中心设立窗口,厅法律顾问室联合律所审查合同。行署法律顾问室审查规范性文件,市司法局法律援助中心参加"
    assert names(text) == ["厅政务服务中心", "厅法律顾问室", "行署法律顾问室", "市司法局法律援助中心"]
    ctx = context("山东省")
    ctx.publisher = "山东省交通运输厅"
    assert [resolve_organization(w, ctx).name for w in ("厅政务服务中心", "厅法律顾问室")] == [
        "山东省交通运输厅政务服务中心", "山东省交通运输厅法律顾问室"]
    league = context("内蒙古自治区锡林郭勒盟")
    league.publisher = "锡林郭勒盟行政公署"
    assert resolve_organization("行署法律顾问室", league).name == "锡林郭勒盟行政公署法律顾问室"
    # in a government's report no department's unit is meant
    assert resolve_organization("厅法律顾问室", context("山东省")).name == "厅法律顾问室"


def test_the_office_of_a_reporting_committee_written_after_committee_is_its_own():
    # 沈阳市于洪区 2019, by the 区委全面依法治区委员会: 委员会办公室 is its office, a party body
    committee = context("辽宁省沈阳市于洪区")
    committee.publisher = "中共沈阳市于洪区委全面依法治区委员会"
    office = resolve_organization("委员会办公室", committee)
    assert (office.name, office.type) == ("中共沈阳市于洪区委全面依法治区委员会办公室", "party")
    # in a government's report whose committee is not said
    assert resolve_organization("委员会办公室", context("辽宁省沈阳市于洪区")).particular is False


def test_a_department_s_party_group_is_one_body_named_after_the_department():
    text = ("市生态环境局党组理论学习中心组开展学法,县卫健局党委、市发改委党组参加。局党组高度重视,"
            "坚持局党组统一领导,加强局党组织建设。")
    assert names(text) == ["市生态环境局党组理论学习中心组", "县卫健局党委", "市发改委党组", "局党组", "局党组"]
    ctx = context("河南省洛阳市")
    assert resolve_organization("市生态环境局党组理论学习中心组", ctx).name == "中共洛阳市生态环境局党组理论学习中心组"
    assert resolve_organization("市卫健委党委", ctx).name == "中共洛阳市卫生健康委员会委员会"
    assert resolve_organization("市政府党组", ctx).name == "中共洛阳市人民政府党组"  # a government's, as before
    # 局党组 is the reporting bureau's own; in a government's report it names no particular body
    assert resolve_organization("局党组", ctx).name == "局党组"


def test_the_party_group_of_a_bureau_reporting_on_itself_is_its_own():
    from fazhi import extract_text

    result = extract_text("洛阳市生态环境局2021年法治政府建设工作报告\n局党组理论学习中心组开展学法活动6次,"
                          "局党组书记带头述法。\n洛阳市生态环境局\n2022年1月20日\n", "bureau.txt")
    bodies = {e.name: e.type for e in result.of_kind(Kind.ORGANIZATION)}
    assert {"洛阳市生态环境局": "department", "中共洛阳市生态环境局党组理论学习中心组": "party",
            "中共洛阳市生态环境局党组": "party"}.items() <= bodies.items()
    assert not any(name.startswith("局党组") for name in bodies)
    # a province's department (厅) names itself in the title as a bureau does
    result = extract_text("黑龙江省司法厅2022年法治政府建设年度报告\n落实厅党委理论学习中心组学法制度,"
                          "厅党委会议研究法治建设工作。\n", "department.txt")
    assert result.report.publisher == "黑龙江省司法厅"
    bodies = {e.name for e in result.of_kind(Kind.ORGANIZATION)}
    assert {"黑龙江省司法厅", "中共黑龙江省司法厅委员会理论学习中心组", "中共黑龙江省司法厅委员会"} <= bodies


def test_enforcement_teams_of_a_township_or_street_are_bodies():
    # dev excerpts of 成都市武侯区玉林街道 (2023) and 寿宁县下党乡 (2022)
    text = ("规范基层执法。街道综合行政执法队严格落实行政执法公示制度。"
            "乡综合执法队承接农业农村、自然资源等领域执法事项,县城管执法大队开展联合检查。")
    assert names(text) == ["街道综合行政执法队", "乡综合执法队", "县城管执法大队"]


def test_congress_organs_and_coordinated_bodies():
    assert names("对于重大的区规范性文件,邀请区人大及其常委会派员参与前期调研论证") == ["区人大", "常委会"]
    assert names("支持人大、政府、政协、法检两院依法履职开展工作") == ["人大", "政协", "法检两院"]
    # the place in front of a coordinated name is part of it, from a level word to a chain of divisions
    assert names("一是带头履行第一责任人职责。镇党委政府主要负责人认真贯彻落实") == ["镇党委政府"]
    assert names("在吉安市吉州区党委政府的领导下,重庆市合川区古楼镇党委政府高度重视") == [
        "吉安市吉州区党委政府", "重庆市合川区古楼镇党委政府"]


def test_a_place_before_a_coordinated_name_opens_with_a_place_opener():
    # the place pattern is compiled only where a place opener stands before the name: every
    # place it can read must open with one
    from fazhi.nlp.organizations import _place_before_named, _place_openers

    text = ("在吉安市吉州区党委政府的领导下,重庆市合川区古楼镇、玉林街道、下党乡和我县、本级、市级部门,"
            "贵州省毕节市威宁彝族回族苗族自治县、黔南州、内蒙古自治区阿拉善盟、鄂温克族自治旗党委政府")
    rev = text[::-1]
    places = [i for i in range(len(rev)) if _place_before_named().match(rev, i)]
    assert len(places) > 10
    assert all(_place_openers().match(rev, i) for i in places)


def test_names_inside_document_numbers_are_skipped():
    report_text = "根据《关于印发〈2024年合川区法治社会建设工作要点〉的通知》(合川委法办〔2024〕6号)等文件和区委的部署"
    mentions = [m.text for m in extract_text(report_text) if m.label.value == "ORGANIZATION"]
    assert mentions == ["区委"]
    # nor a national body's in its decree's or office's number (13 of 14 blind gold files name
    # no body written only there); a body named before the title is one
    report_text = ("贯彻《社会救助暂行办法》(国务院令第649号)和国务院办公厅《关于加强行政规范性文件制定和"
                   "监督管理工作的通知》(国办发〔2018〕37号)")
    mentions = [m.text for m in extract_text(report_text) if m.label.value == "ORGANIZATION"]
    assert mentions == ["国务院办公厅"]


def extract_text(text: str):
    from fazhi.ingest import report_from_text

    return extract_mentions(report_from_text(text, "t.txt")).mentions


def test_traditional_characters_are_read_through_the_view_and_reported_as_written():
    mentions = [m for m in extract_text("按照省市要求,縣司法局聯合縣編辦、縣人社局開展清理工作") if m.label.value == "ORGANIZATION"]
    assert [(m.text, m.norm) for m in mentions] == [("縣司法局", "县司法局"), ("縣編辦", "县编办"), ("縣人社局", "县人社局")]


# -- resolution in each seed's context -----------------------------------------------------

@pytest.mark.parametrize("region, written, canonical, otype", [
    (WEINING, "县司法局", "威宁彝族回族苗族自治县司法局", "department"),
    (WEINING, "威宁自治县人民政府办公室", "威宁彝族回族苗族自治县人民政府办公室", "department"),
    (WEINING, "自治县委办", "中共威宁彝族回族苗族自治县委办公室", "party"),
    (WEINING, "自治县政协办", "中国人民政治协商会议威宁彝族回族苗族自治县委员会办公室", "committee"),
    (WEINING, "自治县人大办", "威宁彝族回族苗族自治县人民代表大会常务委员会办公室", "legislature"),
    (WEINING, "县委常委会", "中共威宁彝族回族苗族自治县委员会常务委员会", "party"),
    (WEINING, "市委", "中共毕节市委员会", "party"),
    (WEINING, "省委依法治省办", "中共贵州省委全面依法治省委员会办公室", "party"),
    (WEINING, "毕节市中院", "毕节市中级人民法院", "judiciary"),
    (WEINING, "人保局", "威宁彝族回族苗族自治县人力资源和社会保障局", "department"),
    (WEINING, "政府法律顾问团", "威宁彝族回族苗族自治县人民政府法律顾问团", "other"),
    (JIZHOU, "区政府", "吉安市吉州区人民政府", "government"),
    (JIZHOU, "吉州区人民政府", "吉安市吉州区人民政府", "government"),
    (JIZHOU, "市政府法制办", "吉安市人民政府法制办公室", "department"),
    (JIZHOU, "区检察机关", "吉安市吉州区人民检察院", "judiciary"),
    (JIZHOU, "古南街道便民服务中心", "吉安市吉州区古南街道便民服务中心", "institution"),
    (JIZHOU, "我区法治政府建设领导小组", "吉安市吉州区法治政府建设领导小组", "committee"),
    (JIZHOU, "区政府法律顾问室", "吉安市吉州区人民政府法律顾问室", "department"),
    (XIAOYI, "市委", "中共孝义市委员会", "party"),
    (XIAOYI, "市委依法治市委员会", "中共孝义市委全面依法治市委员会", "party"),
    (XIAOYI, "依法治市办", "中共孝义市委全面依法治市委员会办公室", "party"),
    (XIAOYI, "市委中心组", "中共孝义市委理论学习中心组", "party"),
    (XIAOYI, "市政府党组", "中共孝义市人民政府党组", "party"),
    (XIAOYI, "市政府党组理论学习中心组", "中共孝义市人民政府党组理论学习中心组", "party"),
    (XIAOYI, "市政府党组中心组", "中共孝义市人民政府党组理论学习中心组", "party"),
    (XIAOYI, "市民服务中心", "孝义市市民服务中心", "institution"),
    (XIAOYI, "市级综治中心", "孝义市社会治安综合治理中心", "institution"),
    (XIAOYI, "政协", "中国人民政治协商会议孝义市委员会", "other"),
    (XIAOYI, "编委会", "中共孝义市委机构编制委员会", "party"),
    (GULOU, "司法所", "重庆市合川区司法局古楼司法所", "department"),
    (GULOU, "派出所", "重庆市公安局合川区分局古楼派出所", "department"),
    (GULOU, "古楼法庭", "重庆市合川区人民法院古楼人民法庭", "judiciary"),
    (GULOU, "党委", "中共重庆市合川区古楼镇委员会", "party"),
    (GULOU, "党委理论学习中心组", "中共重庆市合川区古楼镇委理论学习中心组", "party"),
    (GULOU, "镇公共服务中心", "重庆市合川区古楼镇公共服务中心", "institution"),
    (GULOU, "本级人大", "重庆市合川区古楼镇人民代表大会", "legislature"),
    (GULOU, "区委", "中共重庆市合川区委员会", "party"),
    (GULOU, "市委", "中共重庆市委员会", "party"),
    (GULOU, "合川电视台", "合川电视台", "institution"),
    (QINGHE, "县编办", "中共清河县委机构编制委员会办公室", "party"),
    (QINGHE, "县人社局", "清河县人力资源和社会保障局", "department"),
    (QINGHE, "市委", "中共邢台市委员会", "party"),
    (QINGHE, "省委", "中共河北省委员会", "party"),
    (QINGHE, "清河县首家汽车零部件纠纷化解中心", "清河县汽车零部件纠纷化解中心", "institution"),
    (QINGHE, "普法讲师团", "清河县普法讲师团", "other"),
    ("湖南省", "省委", "中共湖南省委员会", "party"),
    # a county none of the seeds is about
    ("湖南省长沙市长沙县", "县纪委", "中共长沙县纪律检查委员会", "party"),
    ("湖南省长沙市长沙县", "县委统战部", "中共长沙县委统一战线工作部", "party"),
    ("湖南省长沙市长沙县", "县委社工部", "中共长沙县委社会工作部", "party"),  # set up in 2023
    ("湖南省长沙市长沙县", "县委党校", "中共长沙县委党校", "party"),  # the committee's school (blind sets 12, 23)
    ("湖南省长沙市长沙县", "县妇联", "长沙县妇女联合会", "social"),
    ("湖南省长沙市长沙县", "县卫健局", "长沙县卫生健康局", "department"),
    ("湖南省长沙市长沙县", "星沙街道办事处", "长沙县星沙街道办事处", "government"),
    ("湖南省长沙市长沙县", "湘龙街道党工委", "中共长沙县湘龙街道工作委员会", "party"),
    ("湖南省长沙市长沙县", "黄花镇司法所", "长沙县司法局黄花司法所", "department"),
    ("湖南省长沙市长沙县", "榔梨人民法庭", "长沙县人民法院榔梨人民法庭", "judiciary"),
    ("山东省临沂市沂南县", "县人民法院马牧池巡回法庭", "沂南县人民法院马牧池巡回法庭", "judiciary"),  # no 人民法庭
    ("湖南省长沙市长沙县", "市中级人民法院", "长沙市中级人民法院", "judiciary"),
    ("浙江省嘉兴市桐乡市", "乌镇派出所", "桐乡市公安局乌镇派出所", "department"),
    ("浙江省嘉兴市桐乡市", "濮院镇人民政府", "桐乡市濮院镇人民政府", "government"),
    ("湖南省", "省政府", "湖南省人民政府", "government"),
    # a province's 厅 takes the official name of the 局 it answers to (南阳市人社局 2022)
    ("河南省南阳市", "省人力资源社会保障厅", "河南省人力资源和社会保障厅", "department"),
    ("河南省南阳市", "省人社厅", "河南省人力资源和社会保障厅", "department"),
    # a firm named with its province's short name keeps it, though 贵州 ends like a level (遵义 2015)
    ("贵州省遵义市", "贵州黔北律师事务所", "贵州黔北律师事务所", "enterprise"),
    # a city district's police is a branch of the city's bureau; a county's is its own
    ("四川省成都市武侯区", "区公安分局", "成都市公安局武侯区分局", "department"),
    (GULOU, "区公安分局", "重庆市公安局合川区分局", "department"),
    ("湖南省长沙市长沙县", "县公安局", "长沙县公安局", "department"),
    # elsewhere by the district's short name, as a police station's branch is (上饶市公安局广丰分局)
    ("江西省上饶市广丰区", "区公安分局", "上饶市公安局广丰分局", "department"),
    ("新疆维吾尔自治区乌鲁木齐市天山区", "区公安分局", "乌鲁木齐市公安局天山区分局", "department"),  # (set 88)
    ("湖北省宜昌市夷陵区", "区公安分局", "宜昌市公安局夷陵区分局", "department"),
    # offices and advisers of a government (光山 2019, 高平 2017)
    ("河南省信阳市光山县", "县政府督查室", "光山县人民政府督查室", "department"),
    ("山西省晋城市高平市", "市政府法律顾问组", "高平市人民政府法律顾问组", "other"),
    # the centre every county in 浙江 has, written short (长兴 2021)
    ("浙江省湖州市长兴县", "县矛调中心", "长兴县社会矛盾纠纷调处化解中心", "institution"),
    # a standing committee's legislative affairs commission, written short (叙永 2022, 芜湖 2023)
    ("四川省泸州市叙永县", "县人大常委会法工委", "叙永县人民代表大会常务委员会法制工作委员会", "legislature"),
    # 公安 is a county of 湖北 too, but not at the start of 公安分局
    ("湖北省武汉市江岸区", "公安分局", "武汉市公安局江岸区分局", "department"),
    ("湖北省武汉市江岸区", "江岸区公安分局", "武汉市公安局江岸区分局", "department"),
    ("重庆市九龙坡区", "区工商分局", "重庆市工商行政管理局九龙坡区分局", "department"),
    ("湖北省荆州市公安县", "县公安局", "公安县公安局", "department"),
    # a development zone's police branch is named by the zone without its city (set 206)
    ("河南省郑州市郑州经济技术开发区", "公安分局", "郑州市公安局经济技术开发区分局", "department"),
    ("江苏省苏州市苏州工业园区", "园区公安分局", "苏州市公安局工业园区分局", "department"),
    # a unit of a district's police branch is the branch's (南海 2018, set 47)
    ("广东省佛山市南海区", "区公安分局交警大队", "佛山市公安局南海分局交通警察大队", "department"),
    # short forms of the time before 2018 and of standing offices (set 49: 区卫计局, 区食安办, 市消保委)
    ("四川省绵阳市涪城区", "区卫计局", "绵阳市涪城区卫生和计划生育局", "department"),
    ("四川省绵阳市涪城区", "区卫计委", "绵阳市涪城区卫生和计划生育委员会", "department"),
    ("陕西省宝鸡市陈仓区", "区食安办", "宝鸡市陈仓区食品安全委员会办公室", "committee"),
    ("浙江省嘉兴市", "市消保委", "嘉兴市消费者权益保护委员会", "social"),
    # a market supervision office named by a township's stem that ends like a level (德清 2019: 新市镇)
    ("浙江省湖州市德清县", "新市市场监管所", "德清县市场监督管理局新市市场监督管理所", "department"),
    # a court named by a shorter stem than its township's (川沙新镇, set 68)
    ("上海市浦东新区川沙新镇", "川沙法庭", "上海市浦东新区人民法院川沙人民法庭", "judiciary"),
    # a police station named otherwise than its township (平遥 古陶镇: 古城派出所, set 33); a street
    # named 民族街 keeps 民族 in its offices' names (武汉 江汉区, set 72)
    ("山西省晋中市平遥县古陶镇", "古城派出所", "平遥县公安局古城派出所", "department"),
    ("湖北省武汉市江汉区民族街道", "街道司法所", "武汉市江汉区司法局民族司法所", "department"),
    # the party committee's audit commission and its office, set up in 2018 (set 52: 市委审计办)
    ("黑龙江省齐齐哈尔市", "市委审计办", "中共齐齐哈尔市委审计委员会办公室", "party"),
    # a political consultative conference by its own short name, its party group, study group and
    # committees; a congress's standing committee's party group (set 53)
    ("安徽省六安市金寨县", "政协金寨县委员会", "中国人民政治协商会议金寨县委员会", "other"),
    ("安徽省六安市金寨县", "县政协党组", "中共中国人民政治协商会议金寨县委员会党组", "party"),
    ("安徽省六安市金寨县", "县政协党组理论学习中心组", "中共中国人民政治协商会议金寨县委员会党组理论学习中心组", "party"),
    ("安徽省六安市金寨县", "县政协社会和法制委员会", "中国人民政治协商会议金寨县委员会社会和法制委员会", "committee"),
    ("云南省曲靖市", "市人大常委会党组", "中共曲靖市人民代表大会常务委员会党组", "party"),
    # 新疆 opening 新疆生产建设兵团 is no jurisdiction: the 兵团's bodies keep their own names (set 51)
    ("新疆维吾尔自治区", "中共新疆生产建设兵团第八师一五二团委员会", "中共新疆生产建设兵团第八师一五二团委员会", "party"),
])
def test_jurisdiction_is_resolved_from_the_report_hierarchy(region, written, canonical, otype):
    resolved = resolve_organization(written, context(region))
    assert (resolved.name, resolved.type) == (canonical, otype)
    assert resolved.particular


def test_national_bodies_take_their_signing_name_and_no_place():
    ctx = context(QINGHE)
    for written, canonical in [("党中央", "中共中央"), ("中央人民政府", "国务院"), ("中央依法治国办", "中央全面依法治国委员会办公室"),
                               ("全国人大常委会", "全国人民代表大会常务委员会")]:
        resolved = resolve_organization(written, ctx)
        assert resolved.name == canonical and resolved.place is None
    team = resolve_organizations("中央依法治国办第五督察组", ctx)
    assert [r.name for r in team] == ["中央全面依法治国委员会办公室第五督察组", "中央全面依法治国委员会办公室"]


def test_a_street_office_reporting_without_its_name_in_the_title_is_the_street_s_office():
    from fazhi import extract_text

    # 鹭江街道 2019 (blind dev set 3): a street has a 办事处, no 人民政府
    result = extract_text("鹭江街道2019年法治政府建设情况报告\n鹭江街道在区委、区政府的领导下推进法治街道建设。\n",
                          "street.txt")
    assert result.report.region == "福建省厦门市思明区鹭江街道"
    assert result.report.publisher == "厦门市思明区鹭江街道办事处"


def test_a_street_s_party_working_committee_and_its_study_group():
    # 玉林街道 2023 (dev set 1): 党工委 alone is the street's own; in a city's report it is no one's
    assert names("落实党工委理论学习中心组学法制度,党工委书记履行第一责任人职责") == ["党工委理论学习中心组", "党工委"]
    street = context("四川省成都市武侯区玉林街道")
    assert resolve_organization("党工委理论学习中心组", street).name == "中共成都市武侯区玉林街道工作委员会理论学习中心组"
    assert resolve_organization("街道党工委理论学习中心组", street).name == "中共成都市武侯区玉林街道工作委员会理论学习中心组"
    assert resolve_organization("党工委", street).name == "中共成都市武侯区玉林街道工作委员会"
    assert resolve_organization("党工委", context("河南省洛阳市")).name == "党工委"


def test_courts_of_a_special_jurisdiction_and_arbitration_are_bodies_named_as_written():
    # 金融街街道 2024, 海南 2021, 南阳市人社局 2022 (blind dev set 3); 重庆 2026
    text = ("与北京金融法院建立金融纠纷多元化解机制,支持海南自由贸易港知识产权法院审理涉外案件,推进海南国际仲裁院"
            "与境外仲裁机构合作,成渝金融法院、南阳市劳动人事争议仲裁院、市劳动保障监察支队参加")
    assert names(text) == ["北京金融法院", "海南自由贸易港知识产权法院", "海南国际仲裁院", "成渝金融法院",
                           "南阳市劳动人事争议仲裁院", "市劳动保障监察支队"]
    ctx = context("海南省")
    assert [resolve_organization(w, ctx).name for w in ("北京金融法院", "海南自由贸易港知识产权法院")] == [
        "北京金融法院", "海南自由贸易港知识产权法院"]  # no 北京市金融法院
    # railway transport courts, and 其中 before one (blind set 32)
    assert names("行政应诉案件41件，其中南京铁路运输法院审理34件。配合昆明铁路运输中级法院做好工作") == [
        "南京铁路运输法院", "昆明铁路运输中级法院"]
    assert resolve_organization("成都铁路运输第一法院", context("四川省成都市")).name == "成都铁路运输第一法院"


def test_a_street_s_working_committee_written_short():
    # 金融街街道 2024 (blind dev set 3): 街道工委 is the 党工委
    assert names("在区委、区政府和街道工委的坚强领导下,落实街道工委理论学习中心组学法制度") == [
        "区委", "区政府", "街道工委", "街道工委理论学习中心组"]
    ctx = context("北京市西城区金融街街道")
    assert resolve_organization("街道工委理论学习中心组", ctx).name == "中共北京市西城区金融街街道工作委员会理论学习中心组"


def test_a_city_s_urban_management_bureau_and_numbered_courts():
    # 天水 2022, 遵义 2015, 东莞长安镇 2023 (blind dev set 4)
    text = "市城市管理综合行政执法局推行非现场执法,组建红花岗区城市管理综合行政执法局,支持东莞市第二人民法院依法审理"
    assert names(text) == ["市城市管理综合行政执法局", "红花岗区城市管理综合行政执法局", "东莞市第二人民法院"]
    ctx = context("甘肃省天水市")
    assert resolve_organization("市城市管理综合行政执法局", ctx).name == "天水市城市管理综合行政执法局"
    # each city names its bureau its own way; a name written in full is kept (阳泉市城区 2017)
    ctx = context("山西省阳泉市城区")
    assert [resolve_organization(w, ctx).name for w in ("区城市管理综合执法局", "区城管局")] == [
        "阳泉市城区城市管理综合执法局", "阳泉市城区城市管理局"]
    # 城管 for 城市管理 before 和综合执法局 too (深圳市龙岗区, set 230)
    ctx = context("广东省深圳市龙岗区")
    assert resolve_organization("区城管和综合执法局", ctx).name == "深圳市龙岗区城市管理和综合执法局"


def test_a_league_s_government_is_its_administrative_office():
    # 锡林郭勒盟 2018 (blind dev set 5): a 盟 (and a 地区) has a 行政公署, no 人民政府; 盟 is a level word
    assert names("在自治区党委、政府和盟委的坚强领导下,盟行署制发规范性文件,行署常务会议听取汇报,加入联盟") == [
        "自治区党委", "盟委", "盟行署", "行署"]
    ctx = context("内蒙古自治区锡林郭勒盟")
    assert [resolve_organization(w, ctx).name for w in ("盟委", "盟行署", "行署", "盟中级人民法院")] == [
        "中共锡林郭勒盟委员会", "锡林郭勒盟行政公署", "锡林郭勒盟行政公署", "锡林郭勒盟中级人民法院"]
    # 鄞州 ends in 州 but is no 州: 州 counts as a level word only after a boundary (宁波 2022)
    assert names("宁波市自然资源和规划局海曙分局、鄞州分局参加,落实州委、州政府的部署") == [
        "宁波市自然资源和规划局海曙分局", "鄞州分局", "州委", "州政府"]


def test_international_organizations_by_their_chinese_names():
    # 浙江 2026, 四川 2026 (../shared/corpus)
    assert names("“县域医共体”巡回诊疗模式获世界卫生组织推广,由达沃斯世界经济论坛牵头") == ["世界卫生组织", "达沃斯世界经济论坛"]
    ctx = context(QINGHE)
    assert [resolve_organization(w, ctx).name for w in ("世卫组织", "达沃斯世界经济论坛")] == ["世界卫生组织", "世界经济论坛"]
    assert resolve_organization("世界卫生组织", ctx).place is None


def test_coordinated_abbreviations_stand_for_each_body():
    assert [r.name for r in resolve_organizations("法检两院", context(XIAOYI))] == ["孝义市人民法院", "孝义市人民检察院"]
    assert [r.name for r in resolve_organizations("镇党委政府", context(GULOU))] == [
        "中共重庆市合川区古楼镇委员会", "重庆市合川区古楼镇人民政府"]


def test_a_court_without_its_level_is_a_county_s_own_and_at_a_province_or_city_the_courts_at_large():
    # 支持法院依法受理和审理行政案件 (甘肃省 2016, 徐州市 2018, 浙江省 2021): a province's court is its
    # 高级人民法院, a city's its 中级人民法院; no gold file names a 省人民法院 or a city's 人民法院
    for region in ("甘肃省", "江苏省徐州市"):
        assert resolve_organization("法院", context(region)).particular is False, region
        assert resolve_organization("人民法院", context(region)).particular is False, region
    assert resolve_organization("法院", context(QINGHE)).name == "清河县人民法院"
    assert resolve_organization("市中院", context("江苏省徐州市")).name == "徐州市中级人民法院"
    # written with its level it is one court: 支持省法院、省检察院依法履职 (甘肃省 2018)
    assert resolve_organization("省法院", context("甘肃省")).name == "甘肃省高级人民法院"
    assert resolve_organization("市法院", context("江苏省徐州市")).name == "徐州市中级人民法院"
    assert resolve_organization("省法院", context("江苏省徐州市")).name == "江苏省高级人民法院"


def test_a_unit_of_a_court_written_with_its_level_is_the_high_or_intermediate_courts():
    # blind set 347 (甘肃省高级人民法院 2017): 省法院执行局, 省法院法治建设工作领导小组 are the 高级人民法院's;
    # the leading group is a committee, as any body's is
    ctx = context("甘肃省")
    assert resolve_organization("省法院执行局", ctx).name == "甘肃省高级人民法院执行局"
    group = resolve_organization("省法院法治建设工作领导小组", ctx)
    assert (group.name, group.type) == ("甘肃省高级人民法院法治建设工作领导小组", "committee")
    assert resolve_organization("市法院立案庭", context("江苏省徐州市")).name == "徐州市中级人民法院立案庭"
    assert resolve_organization("县法院立案庭", context(QINGHE)).name == "清河县人民法院立案庭"


def test_a_police_branch_s_station_named_after_a_road_is_no_provinces():
    # blind set 347 (洛阳市公安局 2021): 涧西分局|湖北路派出所 is one name, and 湖北 opens the road's name
    assert names("，涧西分局湖北路派出所设立调解室") == ["涧西分局湖北路派出所"]
    ctx = context("河南省洛阳市")
    ctx.publisher = "洛阳市公安局"
    assert resolve_organization("涧西分局湖北路派出所", ctx).name == "洛阳市公安局涧西分局湖北路派出所"
    assert "湖北省" not in resolve_organization("湖北路派出所", ctx).name


def test_a_citys_report_names_its_districts_streets_alone():
    # blind set 341 (宝鸡市人社局 2023): 虢镇街道 is 陈仓区's, the one district of the city that has it
    assert resolve_organization("虢镇街道劳动保障服务站", context("陕西省宝鸡市")).name == "宝鸡市陈仓区虢镇街道劳动保障服务站"
    # a street written after its county-level city is read as both (set 213, 宜昌市 2019)
    assert resolve_organization("当阳市玉阳街道人民调解委员会", context("湖北省宜昌市")).name == "当阳市玉阳街道人民调解委员会"


def test_a_prefectures_party_committee_before_its_organs_is_its_diwei():
    # mined sets 11, 12, 200 and blind set 349 (大兴安岭地区 2022): 中共阿克苏地委理论学习中心组, not 地区委
    ctx = context("新疆维吾尔自治区阿克苏地区")
    assert resolve_organization("地委", ctx).name == "中共阿克苏地区委员会"
    assert resolve_organization("地委理论学习中心组", ctx).name == "中共阿克苏地委理论学习中心组"
    assert resolve_organization("地委依法治地办", ctx).name == "中共阿克苏地委全面依法治地委员会办公室"


def test_the_end_of_the_reports_own_name_is_its_own_place():
    # blind set 349 (井陉矿区 2017): 矿区政府 is the report's own, not 阳泉市矿区 of another province
    assert resolve_organization("矿区政府", context("河北省石家庄市井陉矿区")).name == "石家庄市井陉矿区人民政府"
    assert resolve_organization("矿区政府", context("山西省阳泉市郊区")).name == "阳泉市矿区人民政府"


def test_a_big_data_bureau_keeps_its_own_name():
    # blind set 346 (潍坊市 2020) and mined sets: 山东's bureaus are 大数据局 by name, not short for 大数据发展管理局
    assert resolve_organization("市大数据局", context("山东省潍坊市")).name == "潍坊市大数据局"


def test_a_gang_the_police_break_up_is_no_part_of_their_name():
    # blind set 346 (宾川县 2019): 县公安局|打掉|恶势力犯罪集团, a verb between the bureau and the gang
    assert names("扎实开展扫黑除恶专项斗争,县公安局打掉恶势力犯罪集团2个。") == ["县公安局"]
    # nor is 协助 part of the name it stands before (blind set 356, 西柳镇 2020)
    assert names("问题160余人次,协助西柳市场管理服务中心依法减免商户租金") == ["西柳市场管理服务中心"]


def test_a_body_named_another_s_office_ends_before_wei():
    # blind set 356 (西柳镇 2020): 明确镇党政办|为|办公室 names the town's office the group's office
    assert names("调整了西柳镇全面依法治镇领导小组，明确镇党政办为办公室。") == ["西柳镇全面依法治镇领导小组", "镇党政办"]
    assert names("坚持镇为民服务中心全程代办") == ["镇为民服务中心"]


def test_a_township_s_government_and_committee_by_their_level_word_alone():
    # 镇政府 is the town's own in its report (set 49's 大瑶镇 names itself no other way) and every
    # town's in a county's (seeds/004: 对县政府、镇政府、政府各部门的规范性文件组织清理)
    assert names("2017年，镇政府重大行政决策经合法性审查") == ["镇政府"]
    gulou = context(GULOU)
    assert resolve_organization("镇政府", gulou).name == "重庆市合川区古楼镇人民政府"
    assert resolve_organization("乡政府", gulou).particular is False
    qinghe = context(QINGHE)
    for written in ("镇政府", "镇党委", "街道办事处", "乡政府"):
        assert resolve_organization(written, qinghe).particular is False, written
    assert resolve_organization("县政府", qinghe).name == "清河县人民政府"
    # a street's office by its level word alone (sets 27, 42: 街道办事处 in the street's own report)
    assert names("街道办事处牵头，各街道办事处参加，街道办理事项") == ["街道办事处"]
    street = context("北京市西城区什刹海街道")
    assert resolve_organization("街道办", street).name == "北京市西城区什刹海街道办事处"


def test_a_level_word_in_a_list_takes_the_place_of_the_name_before_it():
    ctx = context(XIAOYI)
    luliang = resolve_organization("吕梁市委", ctx).place
    assert resolve_organization("市政府", ctx, nearby=luliang).name == "吕梁市人民政府"
    assert resolve_organization("市政府", ctx).name == "孝义市人民政府"


def test_repeated_place_names_are_resolved_from_the_report_or_left_unresolved():
    # 朝阳区 is a district of 北京 and of 长春; the report's province decides
    assert resolve_organization("朝阳区人民政府", context("北京市")).name == "北京市朝阳区人民政府"
    assert resolve_organization("朝阳区人民政府", context("吉林省")).name == "长春市朝阳区人民政府"
    # with no clue it stays as written, scoped to the report so that it never merges with another's
    unknown = resolve_organization("鼓楼区人民政府", context(None))
    assert unknown.name == "鼓楼区人民政府" and unknown.place is None and unknown.key.startswith("organization:test.txt#")
    # 清河 names 清河县 (河北) and 清河区 (辽宁); a 河北 report means the county
    assert resolve_organization("清河县司法局", context("河北省")).place.code == "130534"


def test_a_written_name_opens_with_its_longest_division_name():
    from fazhi.resolve.organizations import _place_prefix

    # a district's name with its city is one form: 重庆市合川区, not 重庆市 then 合川区
    assert _place_prefix("重庆市合川区古楼镇人民政府", 0) == "重庆市合川区"
    assert _place_prefix("中共威宁彝族回族苗族自治县委", 2) == "威宁彝族回族苗族自治县"
    assert _place_prefix("县司法局", 0) == "" and _place_prefix("孝义", 1) == ""
    assert resolve_organization("重庆市合川区古楼镇人民政府", context(GULOU)).name == "重庆市合川区古楼镇人民政府"


def test_bodies_every_township_has_are_no_particular_body_outside_a_township_report():
    assert not resolve_organization("派出所", context(XIAOYI)).particular
    assert resolve_organization("派出所", context(GULOU)).particular
    # a designation by level in a province's report is every county's centre, not one
    assert not resolve_organization("县级综治中心", context("安徽省")).particular


def test_a_level_word_the_report_has_no_place_for_stays_as_written():
    # a district's report has no 县 above it: 县司法局 there is some county's, not the district's
    resolved = resolve_organization("县司法局", context(JIZHOU))
    assert resolved.name == "县司法局" and resolved.place is None
    assert resolve_organization("古南街道办", context(JIZHOU)).name == "吉安市吉州区古南街道办事处"


def test_unknown_jurisdiction_keeps_two_counties_apart():
    first = resolve_organization("县司法局", ReportContext("a.txt", None, None))
    second = resolve_organization("县司法局", ReportContext("b.txt", None, None))
    assert first.key != second.key


# -- the seed graph ------------------------------------------------------------------------

def _norm(text: str) -> str:
    import unicodedata

    drop = set("《》〈〉<>“”\"'‘’「」『』 \t\r\n\u3000·•")
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c not in drop)


def test_in_the_seed_graph_one_body_is_one_node_and_one_node_one_body(seed_results, gold):
    from fazhi.kg.graph import build_graph

    graph = build_graph(seed_results.values())
    node_of_gold: dict[str, set[str]] = {}
    for doc_id, result in seed_results.items():
        orgs = [e for e in result.entities if e.kind is Kind.ORGANIZATION and not e.implied]
        for g in gold[doc_id[:-4]]["organizations"]:
            forms = {_norm(f) for f in [g["name"], *g["aliases"]]}
            nodes = {e.key for e in orgs if _norm(e.name) in forms}
            assert len(nodes) <= 1, f"{doc_id}: {g['name']} is several nodes: {nodes}"
            node_of_gold.setdefault(g["name"], set()).update(nodes)
        for e in orgs:
            bodies = [g["name"] for g in gold[doc_id[:-4]]["organizations"]
                      if _norm(e.name) in {_norm(f) for f in [g["name"], *g["aliases"]]}]
            assert len(bodies) <= 1, f"{doc_id}: node {e.name} stands for {bodies}"
            assert e.key in graph
    for name, nodes in node_of_gold.items():  # one body in several reports: one node
        assert len(nodes) <= 1, f"{name} is several nodes across reports: {nodes}"


def test_hierarchy_edges_of_the_seed_graph(seed_results):
    qinghe = seed_results["004_751c6dcf84680b70.txt"]
    edges = {(r.type, r.source, r.target) for r in qinghe.relations}
    key = "organization:"
    assert (EdgeType.SUB_ORGANIZATION_OF, key + "清河县司法局", key + "清河县人民政府") in edges
    assert (EdgeType.JURISDICTION, key + "清河县司法局", "place:130534") in edges
    assert (EdgeType.PART_OF, "place:130534", "place:130500") in edges
    assert (EdgeType.PART_OF, "place:130500", "place:130000") in edges
    assert (EdgeType.PUBLISHED_BY, "report:004_751c6dcf84680b70.txt", key + "清河县人民政府") in edges
    assert (EdgeType.SUB_ORGANIZATION_OF, key + "中共清河县委机构编制委员会办公室", key + "中共清河县委机构编制委员会") in edges
    assert (EdgeType.SUB_ORGANIZATION_OF, key + "中共清河县委机构编制委员会", key + "中共清河县委员会") in edges

    xiaoyi = seed_results["000_3524ee81c110156f.txt"]
    edges = {(r.type, r.source, r.target) for r in xiaoyi.relations}
    office = key + "中共孝义市委依法治市委员会办公室"
    assert (EdgeType.SUB_ORGANIZATION_OF, office, key + "中共孝义市委依法治市委员会") in edges
    assert (EdgeType.SUB_ORGANIZATION_OF, key + "中共孝义市委依法治市委员会", key + "中共孝义市委员会") in edges

    gulou = seed_results["003_0a67404664f71384.txt"]
    by_key = {e.key: e for e in gulou.entities}
    station = by_key[key + "重庆市合川区司法局古楼司法所"]
    assert station.parent_key == key + "重庆市合川区司法局"
    assert by_key[station.parent_key].implied  # the report names the station, not the bureau
    assert by_key[key + "重庆市合川区司法局"].parent_key == key + "重庆市合川区人民政府"
    town = next(e for e in gulou.entities if e.kind is Kind.PLACE and e.name == "重庆市合川区古楼镇")
    assert (EdgeType.PART_OF, town.key, "place:500117") in {(r.type, r.source, r.target) for r in gulou.relations}


def test_implied_parents_are_in_the_graph_but_not_in_the_report_list(seed_predictions):
    gulou = seed_predictions["003_0a67404664f71384"]
    listed = {o["name"] for o in gulou["organizations"]}
    implied = {o["name"] for o in gulou["implied_organizations"]}
    assert "重庆市合川区司法局" in implied and "重庆市合川区司法局" not in listed
    assert "重庆市合川区司法局古楼司法所" in listed


# -- bodies named through what is written around them ----------------------------------------

def test_a_body_inside_the_title_of_the_law_about_such_bodies_is_none():
    assert names("集中学习《中华人民共和国村民委员会组织法》《中华人民共和国人民法院组织法》") == []
    # but 组织 may be the body's verb and 法 open its object's word (sets 36, 203, 230)
    assert names("县司法局组织法治文艺下乡演出32场,县民政局组织法律顾问审查合同。") == ["县司法局", "县民政局"]


def test_an_honour_in_quotes_is_no_body():
    assert names("遇龙村人民调解委员会被评为“全区模范人民调解委员会”。") == ["遇龙村人民调解委员会"]
    assert names("县司法局被授予“全国模范司法局”称号") == ["县司法局"]
    assert names("配合“县司法局”工作") == ["县司法局"]


def test_honours_and_brands_are_no_bodies():
    # an honour named without quotes, as honours are named
    assert names("左家坞镇人民调解委员会被司法部评为全国模范人民调解委员会。") == ["左家坞镇人民调解委员会", "司法部"]
    # a name in quotes the words after it call a brand or a model
    assert names("浑河站西街道打造“浑河和事厅”调解品牌。") == ["浑河站西街道"]
    assert names("推广“老兵调解室”工作法") == []
    assert names("配合“县司法局”工作") == ["县司法局"]


def test_a_body_written_in_a_form_the_lexicon_does_not_list():
    # two departments a county merged into one
    assert names("县市场监管局、县农业农村和科技局、县应急管理局等27个执法单位") == [
        "县市场监管局", "县农业农村和科技局", "县应急管理局"]
    assert names("对县卫生健康和体育局开展法治督察") == ["县卫生健康和体育局"]
    assert names("县农业科技局开展") == []  # (one department's stem before another's is no name)
    # the party committee's rule-of-law committee named alone is the report's own
    orgs = resolved_orgs("玛纳斯县2019年法治政府建设情况报告\n县委成立了全面依法治县委员会，县委依法治县办设在县司法局。")
    assert "中共玛纳斯县委全面依法治县委员会" in orgs
    # a level word after 报 (submitted to): 报|州政府备案
    orgs = resolved_orgs("延吉市2022年度法治建设工作报告\n市政府规范性文件全部按规定报州政府和市人大常委会备案。")
    assert "延边朝鲜族自治州人民政府" in orgs


def test_a_departments_name_its_cultural_institutions_and_its_own_committees():
    orgs = resolved_orgs("栾川县文化广电和旅游局2023年法治政府建设工作报告\n局党组理论学习中心组学法4次。推进县图书馆、"
                         "县文化馆总分馆制建设。重大案件经局案件审理委员会集体讨论。")
    # 文化广电和旅游局 is the name most counties gave the department in 2019; 文化广电旅游局 is kept as written
    assert {"栾川县文化广电和旅游局", "中共栾川县文化广电和旅游局党组理论学习中心组", "栾川县图书馆", "栾川县文化馆",
            "栾川县文化广电和旅游局案件审理委员会"} <= set(orgs)
    assert "广州市文化广电旅游局" in resolved_orgs("广州市2020年法治政府建设情况报告\n广州市文化广电旅游局开展执法检查。")
    # a department's 管理委员会 governs no zone
    orgs = resolved_orgs("杭州市公安局萧山区分局2023年法治政府建设工作报告\n调整分局执法监督管理委员会，由分局法制大队承担日常工作。")
    assert orgs["杭州市公安局萧山区分局执法监督管理委员会"].type == "committee"
    assert names("由市建设工程质量安全监督站开展检查") == ["市建设工程质量安全监督站"]
    assert names("建成法治文化馆3个") == []


def test_an_enforcement_units_own_brigades_and_squadrons():
    # a 支队's 大队 and a 大队's 中队 written alone in its own report are its units, named after it
    orgs = resolved_orgs("绵阳市交通运输综合行政执法支队2023年法治建设工作报告\n支队下设涪城大队、游仙大队3个直属大队。"
                         "涪城大队第一中队获评先进。")
    assert {"绵阳市交通运输综合行政执法支队涪城大队", "绵阳市交通运输综合行政执法支队游仙大队",
            "绵阳市交通运输综合行政执法支队涪城大队第一中队"} <= set(orgs)
    # a list of units runs on after 和; a squadron by its kind or rank alone is none in particular
    orgs = resolved_orgs("西华县农业综合行政执法大队2019年法治建设工作报告\n大队内设综合股、法制股和种植业执法中队、"
                         "畜牧兽医执法中队。基层中队执法装备不足。")
    assert {"西华县农业综合行政执法大队种植业执法中队", "西华县农业综合行政执法大队畜牧兽医执法中队"} <= set(orgs)
    assert not any(name.endswith("基层中队") for name in orgs)
    assert "诸暨市综合行政执法局枫桥中队" in resolved_orgs(
        "诸暨市综合行政执法局2021年法治政府建设工作报告\n枫桥中队传承发展新时代“枫桥经验”。")
    # an activity in quotes names no body, and in another bureau's report a squadron alone is none of its own
    assert names("开展“城管进社区”“律师进中队”活动30余场次") == []
    assert names("开展“青少年模拟法庭”活动") == []


def test_a_township_whose_name_opens_with_he():
    # 和 joins two names, but it also opens townships' names (和顺镇, 和平镇)
    assert names("中共和顺镇委员会书记2023年度述法报告") == ["中共和顺镇委员会"]
    assert names("整合司法所、派出所、和顺人民法庭等力量") == ["司法所", "派出所", "和顺人民法庭"]
    # and villages' names at a clause's start, where it joins nothing (set 236: ；和平村村委会成立…)
    assert names("把矛盾化解在院坝；和平村村委会成立调解室。") == ["和平村村委会"]
    orgs = resolved_orgs("腾冲市和顺镇2023年述法报告\n整合司法所、派出所、和顺人民法庭等力量。")
    assert "腾冲市人民法院和顺人民法庭" in orgs
    assert names("县政府和镇人民政府") == ["县政府", "镇人民政府"]


def test_a_township_named_at_the_level_it_had_before_it_was_made_a_street():
    # 钱清镇 (绍兴市柯桥区, blind set 214's 2017 report) is 钱清街道 in the division data
    assert names("钱清镇人民调解委员会被评为全国模范人民调解委员会") == ["钱清镇人民调解委员会"]
    orgs = resolved_orgs("绍兴市柯桥区2017年法治政府建设情况报告\n钱清镇人民调解委员会被评为全国模范人民调解委员会。")
    assert "绍兴市柯桥区钱清镇人民调解委员会" in orgs
    # a level word alone stays the report's own township's (规范|镇公共服务中心); one level up only
    # (民族乡 is no 民族街道 raised two levels)
    assert names("规范镇公共服务中心建设") == ["镇公共服务中心"]
    assert names("依法履行民族乡政府职能") == []


def test_a_townships_consolidated_approval_bureau_is_a_department():
    # the bureau an 经济发达镇 reform gives a town (湖塘镇, blind set 214)
    orgs = resolved_orgs("常州市武进区湖塘镇2018年法治政府建设情况报告\n镇综合行政审批局按照要求承接区级下放审批事项。")
    assert orgs["常州市武进区湖塘镇综合行政审批局"].type == "department"


def test_a_prefectures_party_committee_written_diwei():
    orgs = resolved_orgs("阿克苏地区2018年法治政府建设情况报告\n在自治区党委、自治区人民政府和地委的坚强领导下,地区行署依法行政。"
                         "坚持地委理论学习中心组学法。")
    assert {"中共阿克苏地区委员会", "中共阿克苏地委理论学习中心组"} <= set(orgs)  # (its organs after its 地委)
    assert orgs["中共阿克苏地区委员会"].aliases == ["地委"]
    assert names("各地委托第三方开展评估") == []


def test_places_after_a_body_in_front_of_them_are_locations():
    # 在 after the bodies: the townships are where they set the rooms up, not bodies that act
    assert names("县法院与县司法局在宾州镇、宾西镇、糖坊镇设立诉调对接工作室") == ["县法院", "县司法局"]


def test_the_bodies_of_a_list_of_levels_are_every_such_body():
    assert names("镇、村两级人民调解委员会全年调处矛盾纠纷298件") == []
    assert names("县、乡、村三级社会治理综合服务中心实现全覆盖") == []
    assert names("市、区县两级矛盾纠纷调处化解中心实现全覆盖") == []  # (its last level word before the count: blind set 350)


def resolved_orgs(text: str) -> dict[str, object]:
    from fazhi.ingest import report_from_text
    from fazhi.resolve.document import resolve_document

    result = resolve_document(extract_mentions(report_from_text(text, "t.txt")))
    return {e.name: e for e in result.of_kind(Kind.ORGANIZATION)}


def test_places_that_act_are_their_governments():
    orgs = resolved_orgs("龙江县2019年法治政府建设情况报告\n龙江镇、白山镇开展“法治文化进乡村”活动,新建法治文化广场5个。"
                         "在龙江镇设立法律服务站。")
    assert {"龙江县龙江镇人民政府", "龙江县白山镇人民政府"} <= set(orgs)
    assert orgs["龙江县龙江镇人民政府"].aliases == ["龙江镇"] or "龙江镇" in orgs["龙江县龙江镇人民政府"].aliases
    assert names("在薛家湾镇、沙圪堵镇设立“跨省通办”专窗") == []  # a location
    assert names("出台《准格尔旗持续优化营商环境若干措施》") == []  # inside a title
    assert names("推进改革,向弥阳街道、新哨镇等乡镇(街道)下放行政执法事项89项") == ["弥阳街道", "新哨镇"]
    # (a word before the preposition is no part of the first place: 依法|向|绵山镇)
    assert names("深化改革,依法向绵山镇、义安镇下放行政执法事项") == ["绵山镇", "义安镇"]
    assert names("向阳镇开展法治宣传") == ["向阳镇"]
    # spreading or launching a measure is acting: 重庆路街道推广“五老调解”, 富源县推出“办不成事”反映窗口
    assert names("重庆路街道推广“五老调解”工作法,富源县推出“办不成事”反映窗口。") == ["重庆路街道", "富源县"]
    # a place whose name opens with 和 (和平区, 和田县): the 和 is no joiner (this raised IndexError)
    assert names("和平区开展普法宣传活动") == ["和平区"]
    assert names("大东区和和平区开展执法培训") == ["大东区", "和平区"]


def test_places_in_a_list_of_bodies_are_their_governments():
    orgs = resolved_orgs("木里藏族自治县2022年法治政府建设情况报告\n对乔瓦镇、瓦厂镇和县公安局、县自然资源局等12个单位开展"
                         "行政执法案卷评查。")
    assert {"木里藏族自治县乔瓦镇人民政府", "木里藏族自治县瓦厂镇人民政府", "木里藏族自治县公安局"} <= set(orgs)
    assert names("对区行政审批局和湖塘镇、牛塘镇等单位开展专项监督") == ["区行政审批局", "湖塘镇", "牛塘镇"]
    assert names("完成对县政府及大河镇、九阡镇、县自然资源局的法治督察") == ["县政府", "大河镇", "九阡镇", "县自然资源局"]
    assert names("在城关镇和县政务服务中心设立窗口") == ["县政务服务中心"]  # a location
    assert names("支持平坝区、镇宁自治县政府开展试点") == ["镇宁自治县政府"]  # after a verb: not read
    # a place of such a list is named with its level: here 喀什 and 霍尔果斯 share 经济开发区
    assert "喀什" not in names("加快乌鲁木齐国际陆港区、喀什和霍尔果斯经济开发区创新发展")


def test_places_a_body_acts_on_after_dui_are_their_governments():
    assert names("区司法局对乔屯街道、文化路街道开展执法监督检查。") == ["区司法局", "乔屯街道", "文化路街道"]
    # their progress is the object, not the places: 对…|推进法治建设情况进行督察
    assert names("对远安县、秭归县、猇亭区推进法治建设情况进行实地督察") == []
    # counties so written are the places a city inspects, not bodies (set 336's 芜湖 report)
    assert names("市委依法治市办牵头对镜湖区、湾沚区、南陵县开展法治政府建设督察。") == ["市委依法治市办"]


def test_a_governments_leading_group_in_a_congress_s_report_is_its_place_s():
    # blind set 366 (鹿邑县人大常委会 2021): the government's 法治政府建设领导小组, not the congress's
    orgs = resolved_orgs("鹿邑县人大常委会关于县人民政府法治政府建设情况的调研报告\n"
                         "县政府成立了以县长为组长的法治政府建设领导小组,每年制定工作要点。")
    assert "鹿邑县法治政府建设领导小组" in orgs
    assert not any(name.startswith("鹿邑县人民代表大会常务委员会法治") for name in orgs)


def test_a_street_named_like_a_preposition_and_a_place_is_its_own():
    # blind set 364 (爱民区 2020): 向阳街道 after 联合 is the street, not 向 and a 阳街道
    assert names("区城管执法局联合向阳街道、黄花街道开展“门前三包”") == ["区城管执法局", "向阳街道", "黄花街道"]


def test_places_a_body_urges_to_act_are_their_governments():
    assert names("以创建为目标，推动东海街道、城东街道开展“民主法治示范社区”创建活动") == ["东海街道", "城东街道"]
    assert names("在薛家湾镇、沙圪堵镇设立“跨省通办”专窗") == []  # 在: a location still
    # and the places it acts with (大丰区应急管理局 2020, set 71)
    assert names("构建双重预防机制。联合大中街道、草堰镇开展“百日攻坚”行动，整治出租房") == ["大中街道", "草堰镇"]
    # a place that acts with another body or somewhere (岳麓区 2023, set 46)
    assert names("品牌。望月湖街道在望月湖司法所设立“月湖和事堂”;洋湖街道联合洋湖派出所建设“警调e站”。") == [
        "望月湖街道", "望月湖司法所", "洋湖街道", "洋湖派出所"]


def test_a_leading_groups_office_written_after_the_group_is_its_office():
    orgs = resolved_orgs("翠屏区2017年法治政府建设情况报告\n区政府成立了由区长任组长的翠屏区法治政府建设工作领导小组,"
                         "领导小组办公室设在区政府法制办。")
    assert "宜宾市翠屏区法治政府建设工作领导小组办公室" in orgs
    assert names("领导小组办公室设在区司法局") == ["区司法局"]  # no group before it: no office of one


def test_a_rule_of_law_committees_coordination_groups_named_alone_are_its_own():
    # 依法治县委 is the committee written short; the four groups after 下设的 are its own
    orgs = resolved_orgs("木里藏族自治县2021年法治政府建设情况报告\n县委依法治县委下设的立法协调小组、执法协调小组、"
                         "司法协调小组、守法普法协调小组分别召开会议。")
    committee = "中共木里藏族自治县委全面依法治县委员会"
    assert committee in orgs
    assert {committee + g for g in ("立法协调小组", "执法协调小组", "司法协调小组", "守法普法协调小组")} <= set(orgs)
    assert orgs[committee + "立法协调小组"].type == "party"
    # after one group named in full, the others of the list are the same committee's
    orgs = resolved_orgs("济南市历城区2021年法治政府建设情况报告\n每半年听取区委全面依法治区委员会执法协调小组、"
                         "司法协调小组、守法普法协调小组工作情况汇报1次。")
    assert "中共济南市历城区委全面依法治区委员会守法普法协调小组" in orgs
    # no committee named before: no group of one
    assert not any(name.endswith("协调小组") for name in resolved_orgs("木里藏族自治县2021年法治政府建设情况报告\n召开执法协调小组会议。"))
    assert names("食品安全执法协调小组") != ["执法协调小组"]
    # a committee written with its city and no 委 is the party committee's, and so are its groups; a verb
    # before a group opens it (set 53: 湖州市全面依法治市委员会协调小组工作规则, 明确立法协调小组由…牵头)
    orgs = resolved_orgs("湖州市2022年法治建设工作报告\n制定《湖州市全面依法治市委员会协调小组工作规则》,"
                         "明确立法协调小组由市人大常委会法工委牵头。")
    assert "中共湖州市委全面依法治市委员会立法协调小组" in orgs
    assert "中共湖州市委全面依法治市委员会协调小组" in orgs  # (named in the title: the groups together)
    # a group written with its place and no committee is the committee's; its office written alone,
    # after it, is the group's (协调 of 协调小组 is no verb there)
    orgs = resolved_orgs("中共江阴市委全面依法治市委员会司法协调小组2020年工作总结\n年初制定印发《江阴市司法协调小组2020年"
                         "工作计划》。协调小组办公室设在市委政法委。")
    group = "中共江阴市委全面依法治市委员会司法协调小组"
    assert {group, group + "办公室"} <= set(orgs) and "江阴市司法协调小组" not in orgs
    assert orgs[group + "办公室"].type == "party"
    assert not any(name.startswith("小组") for name in orgs)
    # the offices of a headquarters, a joint conference and a river chiefs' system are committees as a
    # leading group's is; a headquarters' office written alone after it is its office
    orgs = resolved_orgs("蒙自市2023年法治政府建设情况报告\n市森林草原防灭火指挥部实行“双指挥长”制,指挥部办公室与"
                         "市应急管理局合署办公。市信访联席会议办公室督办信访事项。市河长制办公室开展巡河。")
    assert orgs["蒙自市森林草原防灭火指挥部办公室"].type == "committee"
    assert orgs["蒙自市信访联席会议办公室"].type == "committee"
    assert orgs["蒙自市河长制办公室"].type == "committee"
    # 作为 ends a body's name and may stand right before the office (set 128: 区司法局作为|协调小组办公室所在单位)
    orgs = resolved_orgs("郫都区委全面依法治区委员会执法协调小组2022年工作总结\n区司法局作为协调小组办公室所在单位,牵头统筹行政执法协调监督工作。")
    group = "中共成都市郫都区委全面依法治区委员会执法协调小组"
    assert {"成都市郫都区司法局", group + "办公室"} <= set(orgs)
    assert not any(name.startswith("小组") or "作为" in name for name in orgs)


def test_the_anti_gang_office_is_written_out_and_a_dispatching_verb_ends_a_name():
    # sets 111, 131, 142 (eight reports: 县扫黑办 · 镇扫黑办), 142 (县司法局选派|湖南远帆律师事务所律师)
    orgs = resolved_orgs("麻城市福田河镇2018年法治政府建设工作总结\n按照市扫黑办部署,镇扫黑办排查线索4条。"
                         "县司法局选派湖南远帆律师事务所律师担任法律顾问。")
    office = orgs["麻城市扫黑除恶专项斗争领导小组办公室"]
    assert office.type == "committee" and "市扫黑办" in office.aliases
    assert "麻城市福田河镇扫黑除恶专项斗争领导小组办公室" in orgs
    assert "湖南远帆律师事务所" in orgs and not any("选派" in name for name in orgs)


def test_a_streets_operations_centre_and_enforcement_office_are_written_out():
    # 城运中心 (Shanghai's districts and streets: sets 40, 78, 237 …) · 综合执法办 (sets 42, 237)
    orgs = resolved_orgs("上海市徐汇区湖南路街道2020年法治政府建设情况报告\n街道城运中心开展联合执法。街道综合执法办完成案卷评查。")
    assert orgs["上海市徐汇区湖南路街道城市运行管理中心"].aliases == ["街道城运中心"]
    assert orgs["上海市徐汇区湖南路街道综合执法办公室"].aliases == ["街道综合执法办"]


def test_schools_stations_and_the_armed_forces_department_are_bodies_but_not_collective_study():
    # set 145 (a 教育局's, a 林业局's, a 退役军人事务局's reports)
    orgs = resolved_orgs("攸县教育局2021年法治建设工作报告\n组织攸县第一中学、攸县城关中学开展宪法晨读。")
    assert {"攸县第一中学", "攸县城关中学"} <= set(orgs) and orgs["攸县城关中学"].type == "institution"
    assert names("高砂镇林业站、夏茂镇林业站开展巡查,光山县光荣院完成改造。") == ["高砂镇林业站", "夏茂镇林业站", "光山县光荣院"]
    assert names("光山县人民武装部参与。") == ["光山县人民武装部"]
    # 集中学习 · 集中学法: no school
    assert names("县委理论学习中心组集中学法12次,全年集中学习24次。") == ["县委理论学习中心组"]


def test_a_courts_or_a_peoples_organizations_party_group_is_its_own():
    # set 149: 院党组 in a court's report; a union's party group after its name
    orgs = resolved_orgs("岳麓区人民法院2022年度法治建设工作报告\n2022年,长沙市岳麓区人民法院在区委的坚强领导下。"
                         "院党组理论学习中心组专题学习新修订的法律。")
    assert "中共长沙市岳麓区人民法院党组理论学习中心组" in orgs
    orgs = resolved_orgs("佛山市2024年法治政府建设情况报告\n市总工会党组理论学习中心组开展专题学习。")
    assert "中共佛山市总工会党组理论学习中心组" in orgs
    # a Red Cross's, written in full (blind set 355, 曲靖市红十字会 2024)
    orgs = resolved_orgs("曲靖市红十字会2024年法治建设工作报告\n市红十字会党组把法治建设纳入全局工作。严格落实党组理论学习中心组学法制度。")
    assert {"中共曲靖市红十字会党组", "中共曲靖市红十字会党组理论学习中心组"} <= set(orgs)  # (the title names the publisher)
    # a people's congress's and a political consultative conference's too (set 158)
    orgs = resolved_orgs("临朐县2018年法治政府建设工作报告\n县政协党组全年研究法治建设4次。县人大常委会党组听取汇报。")
    assert {"中共中国人民政治协商会议临朐县委员会党组", "中共临朐县人民代表大会常务委员会党组"} <= set(orgs)
    # the 党组 after the last of a list is every item's, not the last one's (set 106)
    orgs = resolved_orgs("固始县2022年法治建设工作报告\n听取县政府、县法院、县检察院党组法治建设工作汇报。")
    assert "固始县人民检察院" in orgs and not any(name.endswith("检察院党组") for name in orgs)


def test_a_political_consultative_conferences_standing_committee_is_named_in_full():
    # set 158: 县政协常委会 is the conference's standing committee, as 县人大常委会 is the congress's
    orgs = resolved_orgs("临朐县2018年法治政府建设工作报告\n县政协常委会围绕法治化营商环境建设开展专题协商。")
    assert "中国人民政治协商会议临朐县委员会常务委员会" in orgs
    assert "中国人民政治协商会议临朐县委员会" not in orgs
    orgs = resolved_orgs("临朐县2018年法治政府建设工作报告\n邀请县监察委员会负责同志为政协常委会组成人员作专题辅导。")
    assert "中国人民政治协商会议临朐县委员会常务委员会" in orgs


def test_a_development_zones_township_justice_office_is_its_bureaus_only_where_the_report_names_one():
    # set 206: a zone's street office names its 司法所 after the zone, which has no 司法局 …
    orgs = resolved_orgs("郑州经济技术开发区明湖街道2023年法治政府建设工作报告\n整合明湖司法所、明湖派出所力量。")
    assert "郑州经济技术开发区明湖司法所" in orgs
    # … unless the report names the zone's 司法局 (set 178: 东湖高新区司法局指导关东司法所)
    orgs = resolved_orgs("郑州经济技术开发区明湖街道2023年法治政府建设工作报告\n经开区司法局指导明湖司法所开展调解。")
    assert "郑州经济技术开发区司法局明湖司法所" in orgs
    # a district's is its 司法局's, named or not
    assert "郑州市金水区司法局丰产路司法所" in resolved_orgs("郑州市金水区2023年法治政府建设工作报告\n整合丰产路司法所力量。")


def test_the_centre_beside_a_party_committee_is_the_party_centre():
    assert names("按照中央和省委部署,市委成立全面依法治市委员会") [:2] == ["中央", "省委"]
    assert "中共中央" in resolved_orgs("额尔古纳市2020年法治政府建设情况报告\n按照中央和自治区党委关于全面依法治国的部署。")
    # beside levels, 中央 is a level: 落实中央、市级、区级关于…的部署 (seeds/003)
    assert "中央" not in names("贯彻落实中央、市级、区级关于加强法治建设的部署")
    assert "中央" not in names("按照中央和省确定的事项实行清单管理")


def test_a_congress_standing_committee_a_document_is_filed_with_is_the_reports_own():
    orgs = resolved_orgs("寿光市2020年法治政府建设情况报告\n规范性文件按时向潍坊市政府和市人大常委会报备。")
    assert "寿光市人民代表大会常务委员会" in orgs and "潍坊市人民代表大会常务委员会" not in orgs
    # as a Traditional text writes it (晋江 2022)
    orgs = resolved_orgs("晉江市2022年法治政府建設情況報告\n向泉州市人民政府和市人大常委會報備規範性文件17件。")
    assert "晋江市人民代表大会常务委员会" in orgs and "泉州市人民代表大会常务委员会" not in orgs


def test_abbreviated_names_take_the_official_name():
    orgs = resolved_orgs("长汀县2021年法治政府建设情况报告\n县行政服务中心管委会深化改革。县食品药品监管局、"
                         "县城市管理和综合执法局开展执法。")
    assert {"长汀县行政服务中心管理委员会", "长汀县食品药品监督管理局", "长汀县城市管理和综合执法局"} <= set(orgs)


def test_a_village_body_in_a_townships_report_is_the_townships():
    orgs = resolved_orgs("阳朔县白沙镇2019年法治政府建设工作报告\n遇龙村人民调解委员会全年调处纠纷。县农村土地承包仲裁委员会开展工作。")
    assert "阳朔县白沙镇遇龙村人民调解委员会" in orgs and "阳朔县农村土地承包仲裁委员会" in orgs


def test_a_development_zone_named_after_its_city_is_not_prefixed_with_it():
    zone = place("河南省郑州市郑州经济技术开发区")
    assert zone.full_name == "郑州经济技术开发区"
    assert place("江苏省淮安市淮安区").full_name == "淮安市淮安区"  # a district proper keeps its city
    orgs = resolved_orgs("郑州经济技术开发区2022年法治政府建设工作报告\n区司法局推进依法行政。")
    assert "郑州经济技术开发区司法局" in orgs


def test_the_rule_of_law_committee_of_a_banner():
    assert names("旗政府主要负责同志在旗委全面依法治旗委员会会议上专题述法。") == ["旗政府", "旗委全面依法治旗委员会"]


def test_a_governments_review_committee_and_a_provinces_water_department():
    orgs = resolved_orgs("宝鸡市2024年法治政府建设情况报告\n市政府及时调整行政复议委员会组成人员。省行政复议委员会召开案审会12次。")
    assert {"宝鸡市人民政府行政复议委员会", "陕西省人民政府行政复议委员会"} <= set(orgs)
    # 水务 and 水利 are two official names (海南省水务厅), not a short form and its official name
    orgs = resolved_orgs("海南省生态环境厅2021年度法治政府建设工作情况报告\n聘请2名执业律师担任厅法律顾问,配合省水务厅落实河湖长制。")
    assert "海南省水务厅" in orgs and not any("担任" in name for name in orgs)


def test_an_enforcement_detachment_is_an_institution():
    orgs = resolved_orgs("赣州市2020年法治政府建设情况报告\n市城市管理综合行政执法支队开展专项整治。")
    assert orgs["赣州市城市管理综合行政执法支队"].type == "institution"


def test_what_blind_set_9_showed_about_county_bodies():
    orgs = resolved_orgs("麻城市2018年法治政府建设情况报告\n市发改局、市城管执法局开展工作。引导当事人选择清远仲裁委员会仲裁解决商事纠纷,"
                         "黄冈仲裁委员会受理案件。")
    # 发改局 is a 局 (a county's), 发改委 a 委员会; an arbitration commission is named after its city
    assert {"麻城市发展和改革局", "麻城市城市管理行政执法局", "清远仲裁委员会", "黄冈仲裁委员会"} <= set(orgs)
    assert orgs["清远仲裁委员会"].type == "institution"
    # a district's police are a branch of its city's bureau
    assert "重庆市公安局开州区分局" in resolved_orgs("重庆市开州区2020年法治政府建设情况报告\n区公安局开展执法。")
    # 会同 (together with) before the report's own 县委, in a report of another province than 会同县's
    orgs = resolved_orgs("睢宁县司法局2023年法治建设工作报告\n会同县委政法委、县纪委监委开展法治建设督察。")
    assert "中共睢宁县委政法委员会" in orgs and not any(name.startswith("会同") for name in orgs)
    # …and in a county's report of 会同县's own province but of another city (set 199: 平江县 is 岳阳's,
    # 会同县 怀化's); the province's or 怀化's own report names the county
    pingjiang = resolved_orgs("平江县2020年法治政府建设情况报告\n县司法局会同县卫生健康局、县市场监督管理局开展野生动物保护执法。")
    assert {"平江县卫生健康局", "平江县市场监督管理局"} <= set(pingjiang) and not any(n.startswith("会同") for n in pingjiang)
    for report in ("湖南省2020年法治政府建设情况报告", "怀化市2020年法治政府建设情况报告"):
        assert "会同县卫生健康局" in resolved_orgs(f"{report}\n会同县卫生健康局开展野生动物保护执法。")
    # 代 (on behalf of) before the report's own 县政府, in a report of another province than 代县's (set 218)
    xunhua = resolved_orgs("循化撒拉族自治县2019年法治建设工作报告\n县司法局代县政府办理行政复议案件7件。")
    assert "循化撒拉族自治县人民政府" in xunhua and not any(name.startswith("代县") for name in xunhua)
    # 纪委监委, one office under two names, is named as the party's commission (blind sets 9, 15, 19, 23)
    assert orgs["中共睢宁县纪律检查委员会"].type == "party" and "睢宁县监察委员会" not in orgs
    assert resolved_orgs("睢宁县2023年法治建设工作报告\n县监委开展监督。")["睢宁县监察委员会"].type == "committee"
    # …and so when it titles its own report: the publisher and its units are the commission's
    from fazhi import extract_text as extract_report

    result = extract_report("信丰县纪委监委2023年法治建设工作情况报告\n县纪委监委严格执行制度。案件审理室严把审理关。\n",
                          "commission.txt")
    assert result.report.publisher == "中共信丰县纪律检查委员会"
    bodies = {e.name for e in result.of_kind(Kind.ORGANIZATION)}
    assert "中共信丰县纪律检查委员会案件审理室" in bodies and "信丰县纪委监委" not in bodies


def test_a_police_station_named_by_its_street_keeps_the_street():
    # a station's core that names a road (民族路, 金融街) is its name, though no township's stem
    assert names("整合民族司法所、民族路派出所等力量") == ["民族司法所", "民族路派出所"]
    assert names("加强派出所建设") == ["派出所"]
    assert "武汉市公安局江汉区分局民族路派出所" in resolved_orgs(
        "武汉市江汉区民族街道2024年法治建设工作报告\n整合街道人民调解委员会、民族司法所、民族路派出所等力量。")
    # a station named by another street in a street office's report is that street's, not the report's
    orgs = resolved_orgs("武汉市江汉区民族街道2024年法治建设工作报告\n联合中山路派出所开展巡查。")
    assert "武汉市公安局江汉区分局中山路派出所" in orgs and "武汉市公安局江汉区分局民族派出所" not in orgs


def test_a_tax_bureau_is_the_national_administrations():
    orgs = resolved_orgs("黄山市2024年法治政府建设情况报告\n市税务局开展执法。")
    assert "国家税务总局黄山市税务局" in orgs


def test_two_names_joined_by_he_are_two_bodies():
    # 和 after a head noun joins two names; inside a name (人力资源和社会保障局, 研究和服务中心) it stays
    assert names("镇司法所、镇公共法律服务工作站和惠南派出所建立诉前联调机制") == ["镇司法所", "镇公共法律服务工作站", "惠南派出所"]
    assert names("建设自治区数据交易中心和算力调度中心") == ["自治区数据交易中心", "算力调度中心"]
    assert names("县人力资源和社会保障局、市政府研究和服务中心开展调研") == ["县人力资源和社会保障局", "市政府研究和服务中心"]
    # a name and a verb an actor opens its clause with are no core of a second name
    assert names("会同省律师协会开展律师事务所年度检查") == ["省律师协会"]
    # 厅本级, 厅务会: the department's own, written with 厅 alone, after a verb
    assert names("编制并公布厅本级权力清单,均经厅法制机构合法性审查和厅务会议集体讨论") == []


def test_a_level_and_a_head_alone_in_a_departments_report_is_a_department_of_its_kind():
    # 市局 and 省厅 in a county 司法局's report are the city's 司法局 and the province's 司法厅
    orgs = resolved_orgs("威宁县司法局2021年法治建设工作报告\n在市局和省厅的指导下，县局党组认真落实。")
    assert {"毕节市司法局", "贵州省司法厅", "中共威宁彝族回族苗族自治县司法局党组"} <= set(orgs)
    # in the city bureau's own report 市局 is itself
    orgs = resolved_orgs("天水市公安局2018年法治公安建设工作报告\n认真落实省厅部署，纳入对市局各警种部门的绩效考核。")
    assert {"天水市公安局", "甘肃省公安厅"} <= set(orgs) and not any(name.endswith(("市局", "省厅")) for name in orgs)
    assert orgs["天水市公安局"].aliases == ["市局"]


def test_a_city_bureaus_branch_written_by_its_district_alone():
    assert names("秦州分局、麦积分局执法办案管理中心建成运行") == ["秦州分局", "麦积分局", "执法办案管理中心"]
    orgs = resolved_orgs("天水市公安局2018年法治公安建设工作报告\n秦州分局、麦积分局开展执法。")
    assert {"天水市公安局秦州分局", "天水市公安局麦积分局"} <= set(orgs)
    # in a government's report whose bureau it is is not said: no body
    orgs = resolved_orgs("天水市2018年法治政府建设工作报告\n秦州分局、麦积分局开展执法。")
    assert not any(name.endswith("分局") for name in orgs)


def test_a_sumu_is_a_township():
    # 苏木, Inner Mongolia's township (嘎海乐苏木 2023, blind set 12)
    orgs = resolved_orgs("嘎海乐苏木2023年法治政府建设工作总结\n2023年,嘎海乐苏木在旗委、旗政府的正确领导下,"
                         "苏木党委理论学习中心组学法4次。加强苏木综合行政执法队伍建设。\n嘎海乐苏木人民政府\n2023年12月15日")
    assert {"东乌珠穆沁旗嘎海乐苏木人民政府", "中共东乌珠穆沁旗嘎海乐苏木委理论学习中心组", "中共东乌珠穆沁旗委员会"} <= set(orgs)
    assert not any("执法队" in name for name in orgs)  # 执法队伍: the workforce, no body


def test_the_general_offices_of_a_provinces_congress_and_political_consultative_conference():
    # 办公厅, a province's general office, after its 人大常委会 and 政协 (blind set 246, set 107)
    orgs = resolved_orgs("甘肃省人民政府关于2016年法治政府建设情况的报告\n抄送：省委办公厅，省人大常委会办公厅，省政协办公厅。")
    assert {"中共甘肃省委办公厅", "甘肃省人民代表大会常务委员会办公厅", "中国人民政治协商会议甘肃省委员会办公厅"} <= set(orgs)
    # and a congress's office written 人大常委会办 (blind set 246: 抄送：区委办，区人大常委会办，区政协办)
    orgs = resolved_orgs("泉州市丰泽区人民政府关于2021年法治政府建设情况的报告\n抄送：区委办，区人大常委会办，区政协办。")
    assert {"泉州市丰泽区人民代表大会常务委员会办公室", "中国人民政治协商会议泉州市丰泽区委员会办公室"} <= set(orgs)


def test_a_town_of_a_city_with_no_counties_is_named_under_the_city():
    # 东莞, 中山, 儋州 and 嘉峪关 govern their towns with no county between (blind set 241: 虎门镇; set 80:
    # 长安镇): a town named alone is the city's, its 司法所 the city's bureau's
    orgs = resolved_orgs("东莞市虎门镇人民政府关于2019年法治政府建设工作情况的报告\n来源：虎门镇人民政府　发布时间：2020-01-16\n"
                         "2019年，司法所开展法治宣传12场。原镇工商分局并入市市场监管局虎门分局后，实现执法“一支队伍”。")
    assert {"东莞市虎门镇人民政府", "东莞市司法局虎门司法所", "东莞市市场监督管理局虎门分局"} <= set(orgs)
    assert "虎门镇人民政府" in orgs["东莞市虎门镇人民政府"].aliases
    assert orgs["东莞市市场监督管理局虎门分局"].aliases == ["市市场监管局虎门分局"]


def test_a_prefecture_called_diqu_and_the_regions_rule_of_law_offices():
    orgs = resolved_orgs("温宿县司法局2022年度法治政府建设工作报告\n在县委的领导和地区司法局的业务指导下,配合自治区党委依法治疆办、"
                         "地委依法治地办完成评估。加强贫困地区司法所建设。")
    assert {"阿克苏地区司法局", "中共新疆维吾尔自治区委全面依法治疆委员会办公室",
            "中共阿克苏地委全面依法治地委员会办公室"} <= set(orgs)
    assert orgs["阿克苏地区司法局"].aliases == ["地区司法局"]


def test_a_banners_branch_of_a_city_bureau_and_its_sumu_townships():
    orgs = resolved_orgs("鄂温克族自治旗2019年法治政府建设情况报告\n会同呼伦贝尔市生态环境局鄂温克族自治旗分局开展专项行动。"
                         "建成10个苏木乡镇公共法律服务工作站。审议通过《中共鄂温克族自治旗委员会全面依法治旗委员会工作规则》,"
                         "旗委全面依法治旗委员会召开会议。")
    assert "呼伦贝尔市生态环境局鄂温克族自治旗分局" in orgs and "呼伦贝尔市生态环境局" not in orgs
    assert not any("苏木乡镇" in name for name in orgs)  # ten of them: no particular body
    # the committee named by the title's issuer and by the text is one body
    assert [name for name in orgs if "依法治旗委员会" in name] == ["中共鄂温克族自治旗委全面依法治旗委员会"]


def test_a_courts_unit_written_under_its_short_name_gets_the_courts_official_name():
    orgs = resolved_orgs("成都市武侯区玉林街道2024年法治建设工作报告\n区法院玉林法官工作站参与诉前调解。区人民法院玉林法官工作站。")
    assert orgs["成都市武侯区人民法院玉林法官工作站"].aliases == ["区法院玉林法官工作站", "区人民法院玉林法官工作站"]


def test_a_citys_intermediate_court_written_by_the_citys_short_name():
    assert names("二审由黑河中院审理") == ["黑河中院"]
    orgs = resolved_orgs("逊克县2023年行政复议和行政应诉工作情况报告\n二审由黑河中院审理。市中院召开联席会议。县人大常委会听取报告。")
    assert orgs["黑河市中级人民法院"].aliases == ["黑河中院", "市中院"]
    assert "逊克县人民代表大会常务委员会" in orgs


def test_province_market_regulation_and_every_such_places_bureau():
    # 省|市场监管局 is the province's (省市 of 省市两级 is two levels, no level word)
    assert names("在市委的领导和省市场监管局的业务指导下,省市两级司法局") == ["市委", "省市场监管局"]
    orgs = resolved_orgs("鞍山市市场监督管理局2019年法治政府建设工作报告\n在省市场监管局的业务指导下开展工作。")
    assert orgs["辽宁省市场监督管理局"].aliases == ["省市场监管局"]
    # a level a plural marker makes every such place is no report's own body
    assert names("将3项事项下放至设区市司法局,各县司法局、各乡镇司法所、设区的市人民政府") == []


def test_a_district_ecology_branch_and_a_county_bureaus_township_branch():
    # since the vertical reform a district's 生态环境分局 is its city bureau's branch, named by the district
    # as the city's police name theirs: by its full name in 宜昌 (org_police_full_district.txt), by its short
    # name elsewhere (the dev sets' gold: 西安市生态环境局雁塔分局, 韶关市生态环境局浈江分局 …)
    orgs = resolved_orgs("宜昌市夷陵区2022年法治政府建设工作报告\n区生态环境分局开展执法。")
    assert "宜昌市生态环境局夷陵区分局" in orgs
    orgs = resolved_orgs("西安市雁塔区2022年法治政府建设工作报告\n区生态环境分局开展执法。")
    assert "西安市生态环境局雁塔分局" in orgs
    orgs = resolved_orgs("如皋市市场监督管理局2024年法治建设工作报告\n会同市司法局在如城分局设立消费纠纷人民调解工作室。")
    assert "如皋市市场监督管理局如城分局" in orgs
    # 局务会, 局属单位: the bureau speaking of itself
    assert names("坚持中心组学法制度和局务会会前学法,督促局属单位落实") == []


def test_a_departments_own_group_and_units_written_after_its_short_name():
    orgs = resolved_orgs("岳阳市交通运输局2020年法治政府建设工作报告\n调整局法治政府建设领导小组,办公室设在局政策法规科。")
    assert {"岳阳市交通运输局法治政府建设领导小组", "岳阳市交通运输局政策法规科"} <= set(orgs)
    assert orgs["岳阳市交通运输局法治政府建设领导小组"].type == "committee"
    orgs = resolved_orgs("吉林省卫生健康委员会2024年法治政府建设工作报告\n调整了委法治政府建设领导小组,由委政策法规处负责。")
    assert {"吉林省卫生健康委员会法治政府建设领导小组", "吉林省卫生健康委员会政策法规处"} <= set(orgs)
    orgs = resolved_orgs("唐山市生态环境局迁安市分局2023年法治政府建设工作报告\n成立分局法治政府建设领导小组。")
    assert "唐山市生态环境局迁安市分局法治政府建设领导小组" in orgs
    # in a government's report such a unit is nobody's in particular, and 市司法局's unit is its own
    orgs = resolved_orgs("岳阳市2020年法治政府建设工作报告\n调整局法治政府建设领导小组。市司法局法律援助中心开展援助。")
    assert not any(name.endswith("局法治政府建设领导小组") for name in orgs)
    assert "岳阳市司法局法律援助中心" in orgs
    # a 局 a bracket cut from its name, then 和 and another name: no unit (blind set 347, 洛阳市公安局)
    assert names("对全市各县(市、区)公安(分)局和市局直属单位开展考评") == ["市局"]


def test_a_branchs_party_bodies_and_its_city_bureau_written_short():
    orgs = resolved_orgs("无锡市公安局锡山分局2017年法治公安建设工作报告\n锡山公安分局在市局党委和区委、区政府的正确领导下。"
                         "分局党委中心组全年集中学习。")
    assert {"中共无锡市公安局委员会", "中共无锡市公安局锡山分局委员会理论学习中心组"} <= set(orgs)
    # the branch written as 公安分局 is the reporting branch, not a second node
    assert [name for name in orgs if name.endswith("分局")] == ["无锡市公安局锡山分局"]
    # 省厅 in a branch's report is the province's department of the branch's bureau's kind
    assert "江苏省公安厅" in resolved_orgs("无锡市公安局锡山分局2017年法治公安建设工作报告\n认真落实省厅部署。")
    orgs = resolved_orgs("山东省自然资源厅2021年法治政府建设情况报告\n全年厅党组会议研究法治工作4次。")
    assert "中共山东省自然资源厅党组" in orgs and not any("全年" in name for name in orgs)
    orgs = resolved_orgs("唐山市生态环境局迁安市分局2023年法治政府建设工作报告\n在市局党组和迁安市委的坚强领导下。")
    assert "中共唐山市生态环境局党组" in orgs
    orgs = resolved_orgs("吉林省卫生健康委员会2024年法治政府建设工作报告\n委党组书记认真履行职责,委党组理论学习中心组学习。")
    assert {"中共吉林省卫生健康委员会党组", "中共吉林省卫生健康委员会党组理论学习中心组"} <= set(orgs)


def test_a_development_zones_government_is_its_administrative_committee():
    from fazhi.resolve.organizations import government_of
    assert government_of(place("河南省郑州市郑州经济技术开发区")) == "郑州经济技术开发区管理委员会"
    assert government_of(place("上海市浦东新区")) == "上海市浦东新区人民政府"


def test_a_zones_administrative_committee_written_short_is_named_in_full():
    # a zone the division data does not hold, with its 管委会 (and its kind) written short: the whole
    # name, not the zone alone (安徽霍邱经济开发区|管委会) nor the short form as written
    orgs = resolved_orgs("霍邱县2022年法治政府建设情况报告\n安徽霍邱经济开发区管委会推行“企业宁静期”制度。"
                         "汉中经济技术开发区管委会、兴汉新区管委会推行项目审批代办。宜昌高新区管委会开展信用修复。")
    assert {"安徽霍邱经济开发区管理委员会", "汉中经济技术开发区管理委员会", "兴汉新区管理委员会",
            "宜昌高新技术产业开发区管理委员会"} == {name for name in orgs if "区" in name}
    assert orgs["宜昌高新技术产业开发区管理委员会"].type == "government"
    # the zone's kind alone names the reporting zone's committee (set 191: 中马钦州产业园区 2016)
    orgs = resolved_orgs("中马钦州产业园区管理委员会2016年法治政府建设工作报告\n编制公布园区管委会权力清单和责任清单。")
    assert set(orgs) == {"中马钦州产业园区管理委员会"} and "园区管委会" in orgs["中马钦州产业园区管理委员会"].aliases


def test_a_bureaus_case_review_committee_written_short_is_named_in_full():
    # (set 262: 孝南区城管执法局 2016) 局案审委员会 → …局案件审理委员会
    orgs = resolved_orgs("孝南区城市管理综合执法局2016年依法行政工作总结\n对重大处罚案件一律由法制科审核、局案审委员会集体讨论。")
    assert "孝感市孝南区城市管理综合执法局案件审理委员会" in orgs and not any("案审" in name for name in orgs)


def test_a_justice_bureaus_sections_named_with_coordination_and_governance():
    # (set 262: 浏阳市司法局 2021) 协调 and 治理 stand inside a section's name: 行政执法协调监督科, not 监督科
    orgs = resolved_orgs("浏阳市司法局2021年法治政府建设工作报告\n由行政执法协调监督科牵头,指导全市行政执法。"
                         "由普法与依法治理科牵头制定方案。推进社会治理科学化。")
    assert {"浏阳市司法局行政执法协调监督科", "浏阳市司法局普法与依法治理科"} <= set(orgs)
    assert "浏阳市司法局监督科" not in orgs and not any(name.endswith("治理科学化") for name in orgs)


def test_an_inspectorate_and_a_bureaus_unit_after_its_level_alone():
    # (set 262) a health or husbandry inspectorate (监督所) is an institution of its place; in a bureau's
    # own report 市局|行政复议委员会 is the bureau's committee, not the government's
    orgs = resolved_orgs("天水市卫生健康委员会2024年法治政府建设工作报告\n市卫生健康监督所全年开展“双随机”抽查。")
    assert orgs["天水市卫生健康监督所"].type == "institution"
    orgs = resolved_orgs("国家税务总局绵阳市税务局2019年法治税务建设工作报告\n市局行政复议委员会全年受理行政复议申请。")
    assert "国家税务总局绵阳市税务局行政复议委员会" in orgs and not any("人民政府" in name for name in orgs)


def test_a_national_parks_administration_and_a_forest_police_bureau():
    # a park's administration is named by its park, which a place's name may open (神农架, 武夷山); a
    # county's or a 林区's forest police bureau is a department of its own (set 256: 木鱼镇 2019)
    orgs = resolved_orgs("神农架林区木鱼镇2019年法治政府建设情况报告\n会同神农架国家公园管理局、林区森林公安局开展“绿盾”专项行动。"
                         "会同武夷山国家公园管理局开展交流。")
    assert {"神农架国家公园管理局", "神农架林区森林公安局", "武夷山国家公园管理局"} <= set(orgs)
    assert orgs["神农架国家公园管理局"].type == "department" and "神农架林区公安局" not in orgs
    assert not any(name.startswith("神农架林区国家公园") for name in orgs)


def test_a_rule_of_law_office_before_the_word_rule_of_law():
    # 依法治省办|法治政府建设督察: 办 before 法治 ends the office's name (but 管理办法 is a document)
    assert names("配合县委依法治县办迎接省委依法治省办法治政府建设督察,印发管理办法") == ["县委依法治县办", "省委依法治省办"]


def test_bodies_of_a_renamed_division_carry_its_name_of_the_time():
    orgs = resolved_orgs("监利县2018年法治政府建设工作报告\n县人大常委会听取报告,县司法局开展普法。")
    assert {"监利县人民代表大会常务委员会", "监利县司法局", "监利县人民政府"} <= set(orgs)
    # set 194: the county named alone as an actor is the report's own place as named that year
    orgs = resolved_orgs("凤翔县人民政府关于2017年度法治政府建设工作情况的报告\n2017年,凤翔县认真贯彻落实党的十九大精神,县政府开展工作。")
    assert "凤翔县" in orgs["凤翔县人民政府"].aliases and "宝鸡市凤翔区人民政府" not in orgs


def test_bodies_of_before_the_2018_reform_get_their_official_names():
    orgs = resolved_orgs("鹿邑县2017年依法行政工作报告\n县国税局、县地税局开展执法,县综治办、县维稳办联合排查。")
    assert {"鹿邑县国家税务局", "鹿邑县地方税务局", "鹿邑县社会治安综合治理委员会办公室",
            "鹿邑县维护稳定工作领导小组办公室"} <= set(orgs)


def test_a_one_character_head_after_a_conjunction_is_another_word():
    assert names("执法信息在富锦市人民政府网站和局公示栏同步公示。") == []
    assert names("市政府研究和服务中心开展调研") == ["市政府研究和服务中心"]


def test_a_list_names_a_body_once():
    # 百色市委、百色市人民政府和市委: the last 市委 is not 百色's again but the report's own
    orgs = resolved_orgs("靖西市2021年法治政府建设情况报告\n靖西市人民政府在百色市委、百色市人民政府和市委的正确领导下推进依法行政。")
    assert orgs["中共靖西市委员会"].aliases == ["市委"] and orgs["中共百色市委员会"].aliases == ["百色市委"]
    # a level word after a name still takes its place: 吕梁市委、市政府
    orgs = resolved_orgs("孝义市2021年法治政府建设情况报告\n认真落实吕梁市委、市政府的部署。")
    assert "吕梁市人民政府" in orgs


def test_a_word_that_only_opens_with_a_bodys_head_names_no_body():
    # 中心 is no head before 村 or 医院; 左右 ends a count; 全市 makes it every such body
    text = ("新增省级中心村816个。建成市第三中心医院东丽院区。新增医保定点1000个左右医保定点社区卫生服务中心。"
            "全市社区卫生服务中心预约专家号源。安达市人民政府被确定为全省行政复议委员会试点单位。")
    found = names(text)
    assert not any(n.endswith(("中心", "市第三中心")) and n.startswith(("省级", "市第三", "左右", "全市")) for n in found)
    assert "全省行政复议委员会" not in found and "安达市人民政府" in found
    assert "市综治中心" in names("市综治中心组织调解。")


def test_a_provinces_hall_whose_name_opens_like_a_place():
    # 公安 is also 公安县: 公安厅 in a province's report is still the province's department
    orgs = resolved_orgs("内蒙古自治区2025年政府工作报告\n(牵头单位:交通厅、公安厅、住建厅)。")
    assert {"内蒙古自治区交通运输厅", "内蒙古自治区公安厅", "内蒙古自治区住房和城乡建设厅"} <= set(orgs)


def test_a_departments_sections_and_units_in_its_own_report():
    # devset-style sentences of a district 水利局's report: a unit after the bureau's name, sections alone
    orgs = resolved_orgs("定西市安定区水利局2020年法治政府建设工作报告\n调整了以局长为组长的区水利局依法行政工作领导小组,"
                         "明确政策法规股为法治建设牵头股室。邀请省水利厅法规处专家授课,移交安置股,优抚股分工负责。")
    assert {"定西市安定区水利局依法行政工作领导小组", "定西市安定区水利局政策法规股", "甘肃省水利厅法规处",
            "定西市安定区水利局移交安置股", "定西市安定区水利局优抚股"} <= set(orgs)
    assert orgs["定西市安定区水利局依法行政工作领导小组"].type == "committee"
    assert orgs["定西市安定区水利局政策法规股"].type == "department"
    # 政府 is the matter of a 法治政府建设 leading group's name, no body (blind set 347, 宾川县医疗保障局 2024)
    assert names("调整了以局长为组长的县医疗保障局法治政府建设领导小组，印发") == ["县医疗保障局法治政府建设领导小组"]
    # in a government's report a section alone is nobody's in particular; verbs ending in 处 are no sections
    orgs = resolved_orgs("定西市安定区2020年法治政府建设工作报告\n明确政策法规股牵头。区市场监管局依法查处案件,调处纠纷。")
    assert not any(name.endswith(("政策法规股", "查处", "调处")) for name in orgs)


def test_a_courts_and_a_peoples_organizations_units_written_alone_in_their_own_reports():
    # sentences in the style of a district court's and a union's own reports: their 庭, 局, 部 written alone
    orgs = resolved_orgs("岳麓区人民法院2022年度法治建设工作报告\n2022年，长沙市岳麓区人民法院严格落实司法责任制，"
                         "审判委员会全年讨论重大疑难复杂案件23件。刑事审判庭依法适用认罪认罚从宽制度。"
                         "立案庭（诉讼服务中心）全面建成一站式多元解纷体系。执行局开展专项行动。组织行政审判庭审旁听活动。")
    assert {"长沙市岳麓区人民法院审判委员会", "长沙市岳麓区人民法院刑事审判庭", "长沙市岳麓区人民法院立案庭",
            "长沙市岳麓区人民法院执行局", "长沙市岳麓区人民法院诉讼服务中心"} <= set(orgs)
    assert orgs["长沙市岳麓区人民法院刑事审判庭"].type == "judiciary"
    assert not any(name.endswith("行政审判庭") for name in orgs)  # 行政审判|庭审旁听: no tribunal
    orgs = resolved_orgs("佛山市总工会2021年法治建设工作情况报告\n深入宣传《工会法》，法律工作部组织开展普法活动，"
                         "基层工作部指导基层工会依法建会。")
    assert {"佛山市总工会法律工作部", "佛山市总工会基层工作部"} <= set(orgs)
    assert orgs["佛山市总工会法律工作部"].type == "social"
    # in a government's report such a unit is nobody's in particular; 工作部署 and 检察部门 are no units
    orgs = resolved_orgs("宜阳县2021年法治政府建设情况报告\n第一检察部派员参加。抓好法律工作部署，加强与公安检察部门协作。")
    assert not any(name.endswith(("检察部", "工作部")) for name in orgs)
    # a procuratorate's 检委会 is its own; the 审委会 its chief attends is a court's, none of the procuratorate's
    orgs = resolved_orgs("光山县人民检察院2021年法治建设工作报告\n全年召开检委会12次。检察长列席审委会3次。")
    assert orgs["光山县人民检察院检察委员会"].type == "judiciary"
    assert not any(name.endswith("审判委员会") for name in orgs)
    orgs = resolved_orgs("绵阳市中级人民法院2022年法治建设工作报告\n审委会讨论案件30件。市中院审判委员会制定规则。")
    assert orgs["绵阳市中级人民法院审判委员会"].type == "judiciary"
    # a police bureau's brigades and a procuratorate's sections alone are theirs; a count makes every one
    orgs = resolved_orgs("潍坊市公安局2022年法治政府建设情况报告\n出入境管理支队推行“一窗通办”。交警支队简化程序。"
                         "全市12个派出所、8个执法执勤支队开展案卷评查。")
    assert {"潍坊市公安局出入境管理支队", "潍坊市公安局交通警察支队"} <= set(orgs)
    assert not any(name.endswith("执法执勤支队") for name in orgs)
    orgs = resolved_orgs("尤溪县人民检察院2018年法治建设工作报告\n深入开展扫黑除恶专项斗争。公诉科依法提起公诉。"
                         "审判管理办公室加强流程监控。")
    assert orgs["尤溪县人民检察院公诉科"].type == "judiciary"
    # in a street's report a brigade is read as any name: the street's; in a bureau's, not the police's
    assert "天津市河西区友谊路街道综合执法大队" in resolved_orgs(
        "天津市河西区友谊路街道2021年法治政府建设情况报告\n街道综合执法大队承接市容环境执法事项。")
    assert not any(name.endswith("执法监察支队") for name in resolved_orgs(
        "洛阳市自然资源和规划局2019年法治政府建设工作报告\n执法监察支队配备执法记录仪。"))
    # a court's litigation service centre is the court's wherever it is named
    orgs = resolved_orgs("仁化县2020年法治政府建设工作报告\n县综治中心整合县信访局、县人民法院诉讼服务中心、县公共法律服务中心。")
    assert orgs["仁化县人民法院诉讼服务中心"].type == "judiciary"
    assert "婺源县人民法院诉讼服务中心" in resolved_orgs("婺源县2019年法治政府建设情况报告\n在县诉讼服务中心设立人民调解窗口。")


def test_a_study_group_written_without_its_department():
    orgs = resolved_orgs("石嘴山市医疗保障局2024年法治政府建设情况报告\n认真落实党组理论学习中心组学法制度。")
    assert "中共石嘴山市医疗保障局党组理论学习中心组" in orgs
    # a government's party group; a township's 党委 is its party committee
    assert "中共孝义市人民政府党组理论学习中心组" in resolved_orgs("孝义市2021年法治政府建设情况报告\n落实党组理论学习中心组学法制度。")
    assert "中共重庆市合川区古楼镇委理论学习中心组" in resolved_orgs(
        "重庆市合川区古楼镇2021年法治政府建设情况报告\n落实党委理论学习中心组学法制度。")


def test_state_council_agencies_are_national_bodies():
    orgs = resolved_orgs("张家口市气象局2017年依法行政工作报告\n按照中国气象局要求,配合国家医保局飞行检查,按照国务院安委会部署。")
    assert {"中国气象局", "国家医疗保障局", "国务院安全生产委员会"} <= set(orgs)


def test_a_streets_party_congress_and_discipline_committees_and_village_committees():
    orgs = resolved_orgs("佛山市顺德区勒流街道办事处2022年法治建设工作报告\n街道纪工委开展监督。"
                         "自觉接受区人大常委会勒流街道工作委员会的监督。星槎村委会、仓门社区居委会依法开展工作。")
    # (a village's committee keeps the village's 村: 星槎村委会 is 星槎村's, as the mined gold names 36 in 39)
    assert {"中共佛山市顺德区勒流街道纪律检查工作委员会", "佛山市顺德区人民代表大会常务委员会勒流街道工作委员会",
            "佛山市顺德区勒流街道星槎村村民委员会", "佛山市顺德区勒流街道仓门社区居民委员会"} <= set(orgs)
    assert "佛山市顺德区人民代表大会常务委员会" not in orgs  # one body, the congress's office in the street
    # 中共<street>工作委员会, as the street's own title writes it
    orgs = resolved_orgs("中共递铺街道工作委员会2025年度法治建设工作报告\n递铺街道党工委落实《安吉县法治建设工作要点》。")
    assert "中共安吉县递铺街道工作委员会" in orgs and not any("委工作委员会" in name for name in orgs)


def test_a_congress_committee_written_after_its_congress_is_the_committee():
    # 市人大|法制委员会 is the congress's special committee; 市人大常委会|预算工委 and 全国人大常委会|法工委
    # the standing committee's working committees, with the abbreviated stems written out
    orgs = resolved_orgs("淄博市人民代表大会常务委员会2023年度法治建设工作报告\n《淄博市市容和环境卫生管理条例》经省人大常委会"
                         "批准后施行。市人大法制委员会统一审议。市人大常委会预算工委依托预算联网监督系统开展监督,"
                         "全国人大常委会法工委复函。市人大财经委开展调研。")
    assert {"淄博市人民代表大会法制委员会", "淄博市人民代表大会常务委员会预算工作委员会",
            "全国人民代表大会常务委员会法制工作委员会", "淄博市人民代表大会财政经济委员会"} <= set(orgs)
    assert not any("人大" in name for name in orgs)
    # a member of the congress is no committee: 人大代表|委员
    orgs = resolved_orgs("淄博市人民代表大会常务委员会2023年度法治建设工作报告\n组织市人大代表委员视察。")
    assert not any(name.endswith("代表委员会") for name in orgs)


def test_a_committee_written_alone_in_a_congress_or_conference_report_is_the_reporting_bodys():
    # bare working committees are the standing committee's, 常委会 perhaps before them; a special
    # committee (法制委员会) is the congress's
    text = ("\n《江门市潭江流域水质保护条例》经省人大常委会批准后施行。法制工作委员会牵头起草、法制委员会统一审议。"
            "常委会预算工作委员会依托预算联网监督系统开展审查。选举任免联络工作委员会严格执行任免办法。")
    orgs = resolved_orgs("江门市人民代表大会常务委员会2023年法治建设工作情况报告" + text)
    assert {"江门市人民代表大会常务委员会法制工作委员会", "江门市人民代表大会法制委员会",
            "江门市人民代表大会常务委员会预算工作委员会", "江门市人民代表大会常务委员会选举任免联络工作委员会"} <= set(orgs)
    # in a government's report they are no particular body
    orgs = resolved_orgs("江门市人民政府2023年法治政府建设情况报告" + text)
    assert not any("工作委员会" in name or name.endswith("法制委员会") for name in orgs)
    # a political consultative conference's special committees, alone in its report
    text = ("\n全年立案提案486件,其中法治类提案37件,提案委员会牵头开展提案办理协商11次。由社会和法制委员会牵头,"
            "围绕“八五”普法开展民主监督。民族宗教委员会开展调研。")
    orgs = resolved_orgs("政协绵阳市委员会2021年法治建设工作情况报告" + text)
    assert {name: e.type for name, e in orgs.items() if name.startswith("中国人民政治协商会议绵阳市委员会")} == {
        "中国人民政治协商会议绵阳市委员会": "other", "中国人民政治协商会议绵阳市委员会提案委员会": "committee",
        "中国人民政治协商会议绵阳市委员会社会和法制委员会": "committee",
        "中国人民政治协商会议绵阳市委员会民族宗教委员会": "committee"}
    assert not any("法制委员会" in name and "政治协商会议" not in name for name in orgs)
    orgs = resolved_orgs("绵阳市人民政府2021年法治政府建设情况报告" + text)
    assert not any(name.endswith(("提案委员会", "法制委员会", "宗教委员会")) for name in orgs)


def test_a_kind_of_body_before_system_is_the_system_not_a_body():
    # 坚持和完善人民代表大会|制度: the political system; 推行行政复议委员会|制度: the way of working
    orgs = resolved_orgs("淄博市张店区2023年法治政府建设情况报告\n深入学习关于坚持和完善人民代表大会制度的重要思想。")
    assert not any(name.endswith("人民代表大会") for name in orgs)
    orgs = resolved_orgs("南通市2021年法治政府建设情况报告\n推行行政复议委员会制度,召开市人民代表大会。")
    assert "南通市人民代表大会" in orgs and not any(name.endswith("行政复议委员会") for name in orgs)


def test_a_forest_districts_level_word_stands_for_it():
    # 神农架林区 is a county-level 林区: 林区|党委, 林区|人大常委会 are its bodies; 国有林区 is no level word
    orgs = resolved_orgs("神农架林区人民政府关于2017年度法治政府建设工作情况的报告\n在省委、省政府和林区党委的坚强领导下,"
                         "林区政府主要负责人主持召开林区政府常务会议。定报省政府和林区人大常委会备案。加强国有林区管护。")
    assert {"中共神农架林区委员会", "神农架林区人民政府", "神农架林区人民代表大会常务委员会"} <= set(orgs)
    assert not any(name.startswith("林区") for name in orgs)


def test_a_detention_centres_own_party_committee_is_written_suo_dangwei():
    orgs = resolved_orgs("广东省三水强制隔离戒毒所\n2018年度依法治所工作情况报告\n\n省戒毒管理局:\n2018年,我所在省戒毒管理局党委的"
                         "正确领导下。所党委认真履行依法治所主体责任。坚持所党委理论学习中心组学法制度。")
    assert {"中共广东省三水强制隔离戒毒所委员会", "中共广东省三水强制隔离戒毒所委员会理论学习中心组"} <= set(orgs)
    assert "中共佛山市三水区委员会" not in orgs


def test_the_end_of_the_reporting_bodys_name_is_the_reporting_body():
    # 中马|钦州产业园区管委会: the zone's committee, named by more than its place, written without 中马
    orgs = resolved_orgs("中马钦州产业园区管理委员会2016年法治政府建设工作报告\n2016年,中马钦州产业园区管委会在自治区党委的领导下,"
                         "认真贯彻落实《法治政府建设实施纲要(2015—2020年)》。\n中马钦州产业园区管理委员会\n2016年12月28日")
    assert "中马钦州产业园区管理委员会" in orgs and not any(name.startswith("钦州") for name in orgs)
    # a town's government named without its county is resolved as any name, not as the tail
    orgs = resolved_orgs("正定镇2016年依法行政工作总结\n2016年,正定镇人民政府在县委、县政府的正确领导下,认真贯彻落实。")
    assert "正定县正定镇人民政府" in orgs and orgs["正定县正定镇人民政府"].place_code is not None


def test_ben_ju_is_the_reporting_body_speaking_of_itself_and_ends_no_name():
    orgs = resolved_orgs("韶关市统计局2016年法治政府建设工作报告\n主要统计数据均在市政府门户网站和本局网站按时发布。"
                         "配合市委编办完成本局权责清单调整。")
    assert {"韶关市人民政府", "中共韶关市委机构编制委员会办公室"} <= set(orgs)
    assert not any("本局" in name or "网站" in name for name in orgs)


def test_a_detachments_brigade_written_after_it_is_the_brigade():
    orgs = resolved_orgs("南阳市生态环境局内乡分局2022年法治政府建设工作报告\n南阳市生态环境保护综合行政执法支队内乡大队严格落实"
                         "行政执法三项制度。市交通运输综合行政执法支队下设涪城大队。")
    assert "南阳市生态环境保护综合行政执法支队内乡大队" in orgs
    assert not any("下设" in name for name in orgs)



def test_a_detachment_named_elsewhere_takes_no_name_from_a_brigade_s_squadron():
    # 绵阳市交通运输综合行政执法支队 2023 (set 171): the brigade in its squadron's name is named, with or
    # without the detachment (支队) in the same text
    squadron = "涪城大队第一中队被交通运输部评为全国交通运输综合执法优秀中队。"
    assert names(squadron) == names(squadron + "当前,支队仍存在短板。") == ["涪城大队第一中队", "涪城大队", "交通运输部"]


def test_a_body_that_builds_something_with_another_ends_before_the_verb():
    # 共建 never stands inside a name (strong): the court, not a court's 工作站
    orgs = resolved_orgs("西城区什刹海街道2019年法治建设工作报告\n与西城区人民法院共建诉源治理工作站。")
    assert "北京市西城区人民法院" in orgs and not any("共建" in name for name in orgs)


def test_a_counted_kind_of_grassroots_unit_is_every_such_body():
    assert names("指导街道人民调解委员会和25个社区人民调解委员会开展排查") == ["街道人民调解委员会"]
    assert names("全区十二个村人民调解委员会完成换届") == []
    assert names("柳荫街社区人民调解委员会开展普法") == ["柳荫街社区人民调解委员会"]


def test_a_leagues_and_a_zones_government_and_its_offices_are_named_as_they_are_governed():
    meng = resolved_orgs("锡林郭勒盟2017年法治政府建设工作报告\n盟行署法制办开展规范性文件审查。盟政府办公室组织培训。")
    assert {"锡林郭勒盟行政公署法制办公室", "锡林郭勒盟行政公署办公室"} <= set(meng)
    zone = resolved_orgs("郑州航空港经济综合实验区2020年法治政府建设工作报告\n港区法制办开展规范性文件审查。")
    assert "郑州航空港经济综合实验区管理委员会法制办公室" in zone
    # a 林区 right under its province is no city's district
    forest = resolved_orgs("神农架林区2019年法治政府建设情况报告\n区司法局开展普法。")
    assert {"神农架林区司法局", "神农架林区人民政府"} <= set(forest)


def test_a_zone_s_bodies_are_named_after_it_and_its_party_committee_is_a_working_committee():
    orgs = resolved_orgs("西安高新区2021年法治政府建设工作情况报告\n2021年,高新区党工委、管委会在西安市委的领导下深入推进法治政府建设。"
                         "高新区全面依法治区委员会审议年度工作要点。高新区政务服务中心推行一网通办,"
                         "托管的丈八沟街道、鱼化寨街道分别组建综合行政执法队。\n西安高新区管委会\n2022年1月28日")
    # (the working committee written short before its commission for the rule of law, as a county's 委 is)
    assert {"中共西安高新技术产业开发区工作委员会", "西安高新技术产业开发区管理委员会",
            "中共西安高新技术产业开发区工委全面依法治区委员会", "西安高新技术产业开发区政务服务中心"} <= set(orgs)
    # (a national new area's in full: 兰州新区, 河北雄安新区, 南京江北新区 in sets 24, 132, 51)
    new_area = resolved_orgs("兰州新区2021年法治政府建设情况报告\n新区党工委全面依法治区委员会审议工作要点。")
    assert "中共兰州新区工作委员会全面依法治区委员会" in new_area
    # the streets a zone administers are its city's districts' (丈八沟街道, 鱼化寨街道: 雁塔区)
    assert {"西安市雁塔区丈八沟街道办事处", "西安市雁塔区鱼化寨街道办事处"} <= set(orgs)
    # 经 of 经济 and 经开区 is no boundary word (经|县政府同意 is one)
    zone = resolved_orgs("郑州经济技术开发区管委会2022年度法治政府建设情况报告\n经开区政务服务办公室推行一网通办。"
                         "\n郑州经济技术开发区管理委员会\n2023年1月18日")
    assert set(zone) == {"郑州经济技术开发区管理委员会", "郑州经济技术开发区政务服务办公室"}
    # a new area's bodies written with its name but not its province's (两江新区 of 重庆两江新区)
    area = resolved_orgs("重庆两江新区管理委员会关于2019年法治政府建设情况的报告\n在重庆市委、市政府的领导下,调整充实两江新区法治政府建设领导小组,"
                         "两江新区市场监管局开展双随机抽查,新区党工委研究法治建设。")
    assert {"重庆两江新区法治政府建设领导小组", "重庆两江新区市场监督管理局", "中共重庆两江新区工作委员会"} <= set(area)


def test_a_zones_street_names_the_zones_bodies_by_the_zones_kind():
    # sets 51 and 206: a street a development zone governs writes its zone's 党工委 and 管委会 as the zone's
    # own report does (高新区党工委、管委会), and the zone's departments by its kind (高新区综合执法局: a zone's
    # keeps its name, 11 of 16 in the mined gold, though set 51's annotator named 成都's in full)
    street = resolved_orgs("芳草街街道办事处2022年法治政府建设工作报告\n2022年,芳草街街道在高新区党工委、管委会的坚强领导下,"
                           "会同高新区综合执法局深入推进法治街道建设。")
    assert {"中共成都高新技术产业开发区工作委员会", "成都高新技术产业开发区管理委员会",
            "成都高新技术产业开发区综合执法局"} <= set(street)
    # 管委会 alone is no body where no zone governs the report's place (a county's report)
    county = resolved_orgs("阜平县2021年法治政府建设情况报告\n2021年,经开区党工委、管委会认真落实县委部署。")
    assert "管委会" not in county


def test_a_tourist_resorts_bodies_are_named_after_it():
    # set 178: 度假区 stands for the resort in its own report, as 高新区 and 新区 do
    resort = resolved_orgs("东钱湖旅游度假区2017年度法治政府建设工作报告\n2017年,度假区党工委、管委会在宁波市委、市政府的领导下深入推进依法行政。"
                           "度假区综合行政执法局、度假区社会事务管理局依法履职。\n宁波东钱湖旅游度假区管理委员会\n2018年1月20日")
    assert {"宁波东钱湖旅游度假区管理委员会", "中共宁波东钱湖旅游度假区工作委员会", "宁波东钱湖旅游度假区综合行政执法局",
            "宁波东钱湖旅游度假区社会事务管理局"} <= set(resort)
    assert "宁波市综合行政执法局" not in resort and "宁波市人民政府" in resort  # 市政府 is the city's


def test_a_leading_group_named_by_the_post_that_leads_it_is_the_reporting_body_s():
    town = resolved_orgs("三江侗族自治县古宜镇2015年依法行政工作报告\n镇人民政府成立由镇长任组长的依法行政工作领导小组,"
                         "办公室设在镇司法所。")
    assert "三江侗族自治县古宜镇依法行政工作领导小组" in town
    bureau = resolved_orgs("曲阜市司法局2020年法治政府建设工作报告\n局机关成立以局长为组长的依法行政工作领导小组,统筹推进。"
                           "局法律顾问室开展合法性审查。")
    assert {"曲阜市司法局依法行政工作领导小组", "曲阜市司法局法律顾问室"} <= set(bureau)
    assert not any("成立" in name for name in bureau)  # (局|机关成立以局 is no unit of the bureau)


def test_a_leading_group_the_report_sets_up_without_a_jurisdiction_is_the_reporting_body_s():
    # blind sets 6, 11, 19, 22: 调整|全面依法治税领导小组, 成立|减税降费工作领导小组, 组建厅|法治…领导小组
    tax = resolved_orgs("国家税务总局乌拉特前旗税务局2019年度法治政府建设情况报告\n机构改革后,局党委及时调整全面依法治税"
                        "领导小组,由党委书记、局长任组长。成立减税降费工作领导小组,全年新增减税降费1.36亿元。")
    assert {"国家税务总局乌拉特前旗税务局全面依法治税领导小组", "国家税务总局乌拉特前旗税务局减税降费工作领导小组"} <= set(tax)
    bureau = resolved_orgs("湖北省生态环境厅2019年法治政府建设情况报告\n组建厅法治政府建设领导小组,厅长任组长。")
    assert "湖北省生态环境厅法治政府建设领导小组" in bureau
    # a commission's, after its short name 委 (devset61)
    commission = resolved_orgs("宜昌市发展和改革委员会2022年度法治政府建设工作情况报告\n调整充实委法治政府建设工作领导小组,"
                               "由委主要负责同志任组长。")
    assert "宜昌市发展和改革委员会法治政府建设工作领导小组" in commission
    # its office, after it, is named as the group resolved (blind sets 22, 31)
    office = resolved_orgs("玉溪市自然资源和规划局2024年法治政府建设工作报告\n调整局全面依法行政工作领导小组，"
                           "领导小组办公室设在局政策法规科。")
    assert "玉溪市自然资源和规划局全面依法行政工作领导小组办公室" in office
    county = resolved_orgs("围场满族蒙古族自治县2017年依法行政工作报告\n调整依法行政工作领导小组,领导小组办公室设在县法制办。")
    assert "围场满族蒙古族自治县依法行政工作领导小组办公室" in county
    town = resolved_orgs("宝坻区大口屯镇2019年法治政府建设工作报告\n成立扫黑除恶专项斗争领导小组,排查线索。")
    assert "天津市宝坻区大口屯镇扫黑除恶专项斗争领导小组" in town
    # the groups others set up in the same sentence are theirs (seeds/000)
    others = resolved_orgs("孝义市2021年法治政府建设情况的报告\n推动各成员单位和行政执法部门结合工作实际,成立法治建设领导小组,"
                           "明确责任划分。")
    assert not any(name.endswith("法治建设领导小组") for name in others)


def test_a_tax_bureau_written_with_the_national_administration_s_name_has_its_place():
    # blind sets 10, 19, 32: 国家税务总局山东省税务局 is 山东省's bureau, so 省局 in its report is itself
    orgs = resolved_orgs("国家税务总局山东省税务局2021年法治税务建设情况报告\n调整省局依法治税领导小组，领导小组办公室设在"
                         "省局政策法规处。各市税务局主要负责人向省局党委书面述法。")
    assert {"国家税务总局山东省税务局依法治税领导小组", "国家税务总局山东省税务局依法治税领导小组办公室",
            "国家税务总局山东省税务局政策法规处", "中共国家税务总局山东省税务局委员会"} <= set(orgs)
    assert not any(name.startswith("山东省局") or "山东省局委员会" in name for name in orgs)


def test_a_rule_of_law_office_before_the_party_committees_for_it_is_a_leading_group_s():
    # blind set 33 (2017, 2018): 县依法治县办 was the county's leading group's office; since 2019 it is
    # the office of the party committee's 全面依法治县委员会
    old = resolved_orgs("婺源县江湾镇2017年法治政府建设工作报告\n在县依法治县办的指导下,江湾镇依法行政。")
    assert "婺源县依法治县领导小组办公室" in old
    new = resolved_orgs("婺源县江湾镇2019年法治政府建设工作报告\n在县委依法治县办的指导下,江湾镇依法行政。")
    assert "中共婺源县委全面依法治县委员会办公室" in new


def test_a_body_the_report_keeps_anonymous_is_no_particular_body():
    # blind sets 18, 22, 26, 33: 聘请江西某律师事务所为法律顾问
    orgs = resolved_orgs("婺源县江湾镇2019年法治政府建设工作报告\n聘请江西某律师事务所律师担任镇政府法律顾问。")
    assert not any("某" in name for name in orgs) and "婺源县江湾镇人民政府" in orgs


def test_a_department_s_sections_together_are_no_section_and_offices_named_by_their_official_names():
    # blind set 32: 局机关处室/股室 are all its sections; a province's 外事办 is its government's,
    # a city's 网信办 its party committee's
    orgs = resolved_orgs("晋江市交通运输局2018年依法行政工作报告\n将依法行政工作纳入局机关股室和市运管所年度考核。")
    assert not any("机关" in name for name in orgs)
    orgs = resolved_orgs("成都市生态环境局2022年法治政府建设年度报告\n将法治建设纳入局机关处室和直属单位考核。")
    assert not any("机关" in name for name in orgs)
    office = resolved_orgs("云南省卫生健康委员会2024年法治政府建设情况报告\n配合省外事办做好涉外医疗服务。")
    assert "云南省人民政府外事办公室" in office
    internet = resolved_orgs("洛阳市自然资源和规划局2019年法治政府建设情况报告\n配合市委网信办做好网络舆情处置。")
    assert "中共洛阳市委网络安全和信息化委员会办公室" in internet


def test_a_party_committee_s_inspection_team_is_its_organ():
    # blind set 33: 配合市委第三巡察组开展巡察
    orgs = resolved_orgs("磐石市明城镇2019年法治政府建设工作报告\n配合市委第三巡察组开展巡察工作,认真整改反馈问题。")
    assert "中共磐石市委第三巡察组" in orgs and orgs["中共磐石市委第三巡察组"].type == "party"


def test_a_mediation_committee_written_short_is_its_town_s_or_village_s():
    # blind sets 18, 33: 镇调委会, 汪口村调委会; those of no one village are no body
    orgs = resolved_orgs("婺源县江湾镇2017年法治政府建设工作报告\n由镇调委会派员调解,汪口村调委会调解纠纷12件,"
                         "社区调委会和部分村人民调解委员会开展排查。")
    assert {"婺源县江湾镇人民调解委员会", "婺源县江湾镇汪口村人民调解委员会"} <= set(orgs)
    assert not any("社区" in name or "部分" in name for name in orgs)


def test_a_police_bureau_s_brigade_after_its_name_is_its_unit_named_in_full():
    orgs = resolved_orgs("互助土族自治县公安局2023年法治公安建设工作报告\n县公安局交警大队严格执行规定。"
                         "县公安局森林警察大队开展森林草原执法。")
    assert {"互助土族自治县公安局交通警察大队", "互助土族自治县公安局森林警察大队"} <= set(orgs)
    # written after the bureau's level word alone (blind set 32)
    own = resolved_orgs("城固县公安局2024年法治公安建设工作报告\n县局交警大队对轻微违法行为实行首违警告。")
    assert "城固县公安局交通警察大队" in own and not any(name.startswith("城固县局") for name in own)


def test_a_township_with_a_three_character_stem_keeps_the_divisions_and_the_party_marker_before_it():
    assert names("\n中共维西傈僳族自治县攀天阁乡委员会\n维西傈僳族自治县攀天阁乡人民政府\n") == [
        "中共维西傈僳族自治县攀天阁乡委员会", "维西傈僳族自治县攀天阁乡人民政府"]
    assert names("中共昌吉市宁边路街道工作委员会  昌吉市宁边路街道办事处") == [
        "中共昌吉市宁边路街道工作委员会", "昌吉市宁边路街道办事处"]


def test_a_leading_group_called_by_the_older_word_and_its_office():
    orgs = resolved_orgs("高平市2017年依法行政工作报告\n成立高平市全面推进依法行政工作领导组,领导组办公室设在市法制办。"
                         "加强领导组织建设。")
    assert {"高平市全面推进依法行政工作领导组", "高平市全面推进依法行政工作领导组办公室"} <= set(orgs)
    # 与 of 复议与应诉 stands inside a name
    assert names("县政府行政复议与应诉工作领导小组召开专题会") == ["县政府行政复议与应诉工作领导小组"]
    # 服务与数据: 内蒙古's banners' 政务服务与数据管理局 (blind set 354, 准格尔旗 2024)
    assert names("深化政务服务改革。旗政务服务与数据管理局全面推进改革") == ["旗政务服务与数据管理局"]


def test_a_consultative_conference_written_in_full_is_one_name():
    orgs = resolved_orgs("武进区2021年法治政府建设专项民主监督情况的报告\n中国人民政治协商会议常州市武进区委员会组织委员开展监督。"
                         "中国人民政治协商会议常州市武进区委员会办公室组织调研。")
    assert {"中国人民政治协商会议常州市武进区委员会", "中国人民政治协商会议常州市武进区委员会办公室"} <= set(orgs)
    assert "常州市武进区委员会" not in orgs


def test_a_rule_of_law_committees_coordination_group_after_a_verb_of_hearing():
    orgs = resolved_orgs("历城区2023年法治建设工作报告\n每半年听取区委全面依法治区委员会执法协调小组工作汇报。"
                         "审议区委全面依法治区委员会的报告。")
    assert {"中共济南市历城区委全面依法治区委员会执法协调小组", "中共济南市历城区委全面依法治区委员会"} <= set(orgs)


def test_a_village_committee_of_a_city_and_a_shortcoming_are_no_bodies():
    assert names("以2018年天津市村民委员会换届选举为契机,依法开展选举。") == []
    assert names("十八洞村村委会开展活动。") == ["十八洞村村委会"]
    assert names("司法局2019年工作总结。不足之处是对乡镇司法所的指导不够。") == ["司法局"]


def test_a_police_station_in_a_city_district_is_under_the_branch_the_city_names_so():
    # written as 什刹海派出所 alone: 北京's bureau names its branches with the district's short name
    assert "北京市公安局西城分局什刹海派出所" in resolved_orgs("西城区什刹海街道2019年法治建设工作报告\n什刹海派出所开展普法。")
    assert "上海市公安局浦东分局惠南派出所" in resolved_orgs("浦东新区惠南镇2020年法治政府建设工作报告\n惠南派出所开展普法。")
    # 重庆's with its full name (org_police_full_district.txt; seeds/003)
    assert "重庆市公安局合川区分局古楼派出所" in resolved_orgs("合川区古楼镇2024年法治政府建设情况报告\n古楼派出所开展普法。")


def test_a_township_that_relies_on_or_innovates_acts():
    assert names("星子镇依托星子人民法庭开展诉调对接。") [0] == "星子镇"
    assert names("沙集镇创新“电商纠纷调解工作室”机制。") == ["沙集镇"]


def test_a_proper_name_carrying_a_citys_short_name_ending_in_州_is_kept_as_written():
    orgs = resolved_orgs("广州市黄埔区2018年法治政府建设情况报告\n支持广州知识产权法院在区内设立巡回审判法庭。"
                         "郑州铁路运输法院审理案件。")
    assert {"广州知识产权法院", "郑州铁路运输法院"} <= set(orgs)


def test_a_congress_working_committee_in_a_street_written_short():
    # 工委 after the district's congress is the standing committee's working committee in the street,
    # not the street's party 工委 (which 街道党工委 names); 区人大 alone stands for its standing committee
    orgs = resolved_orgs("南京市鼓楼区湖南路街道2018年法治建设工作报告\n自觉接受区人大常委会湖南路街道工委的监督。"
                         "街道党工委书记履行第一责任人职责。")
    assert {"南京市鼓楼区人民代表大会常务委员会湖南路街道工作委员会", "中共南京市鼓楼区湖南路街道工作委员会"} <= set(orgs)
    assert "南京市鼓楼区人民代表大会常务委员会" not in orgs
    assert "杭州市西湖区人民代表大会常务委员会转塘街道工作委员会" in resolved_orgs(
        "杭州市西湖区转塘街道2023年法治建设工作报告\n主动接受区人大转塘街道工委监督。")


def test_a_street_a_league_and_a_prefecture_have_the_working_committee_of_the_congress_above():
    assert "佛山市顺德区人民代表大会常务委员会勒流街道工作委员会" in resolved_orgs(
        "佛山市顺德区勒流街道2022年法治建设工作报告\n自觉接受街道人大工委监督。")
    assert "内蒙古自治区人民代表大会常务委员会锡林郭勒盟工作委员会" in resolved_orgs(
        "锡林郭勒盟2017年法治政府建设工作报告\n自觉接受盟人大工委法律监督和盟政协民主监督。")
    assert "黑龙江省人民代表大会常务委员会大兴安岭地区工作委员会" in resolved_orgs(
        "大兴安岭地区2015年推进依法行政工作报告\n自觉接受地区人大工委和地区政协的监督。")
    # a county's congress is its own
    assert "清河县人民代表大会" in resolved_orgs("清河县2017年法治政府建设工作报告\n自觉接受县人大监督。")


def test_hospitals_welfare_homes_and_registries_are_institutions():
    # (devset61: 在县人民医院、县中医医院开展医疗质量专项检查 · 市婚姻登记处推行… · 在市社会福利院设立普法宣传栏)
    orgs = resolved_orgs("湖南省株洲市攸县卫生健康局2019年法治政府建设工作报告\n攸县卫生健康局在县人民医院、县中医医院开展"
                         "医疗质量专项检查,在网岭镇中心卫生院试点“医调委+保险”模式。")
    assert {"攸县人民医院", "攸县中医医院", "攸县网岭镇中心卫生院"} <= set(orgs)
    assert orgs["攸县人民医院"].type == "institution"
    city = resolved_orgs("潍坊市民政局2024年法治政府建设工作报告\n市婚姻登记处推行婚姻登记“跨省通办”,在市社会福利院设立普法宣传栏。"
                         "推进法治医院建设,深化公立医院改革。")
    assert {"潍坊市婚姻登记处", "潍坊市社会福利院"} <= set(city)
    assert not any("医院" in name for name in city)  # a campaign and a kind of hospital, no body


def test_memorials_museums_and_universities_written_without_a_jurisdiction_keep_their_own_names():
    # (devset18: 参观上梅暴动纪念馆; devset42: 南泥湾大生产纪念馆; devset20: 华侨大学法学院)
    orgs = resolved_orgs("武夷山市上梅乡2020年法治政府建设工作报告\n组织干部参观上梅暴动纪念馆,与华侨大学法学院共建法治实践基地,"
                         "在乡综治中心设立调解室。")
    assert {"上梅暴动纪念馆", "华侨大学法学院"} <= set(orgs)
    assert orgs["上梅暴动纪念馆"].type == "institution"
    assert "武夷山市上梅乡社会治安综合治理中心" in orgs  # a body every township has is still its own


def test_a_founding_or_using_verb_is_no_part_of_the_body_after_it():
    # 韶关 2018 · 花垣 双龙镇: 建立 and 利用 stand before the name, never inside it
    assert names("曲江区建立医疗纠纷人民调解委员会，全年调解纠纷20件。") == ["曲江区", "医疗纠纷人民调解委员会"]
    assert names("利用十八洞村游客服务中心、村级法治广场开展普法。") == ["十八洞村游客服务中心"]


def test_a_place_name_opening_with_那_is_read_whole():
    # 正蓝旗 那日图苏木: 那 is no demonstrative in reports; it opens places of the north and south-west
    assert names("在那日图嘎查村民委员会设立“蒙古包调解室”。") == ["那日图嘎查村民委员会"]


def test_a_townships_offices_carry_its_countys_name_of_the_year_reported_on():
    # 凤翔县 became 宝鸡市凤翔区 in 2021; a report on 2016 names the offices of its towns after the county
    from fazhi import extract_text
    result = extract_text("凤翔县司法局2016年依法行政工作总结\n虢王镇司法所调解纠纷，虢王派出所、虢王法庭参与。\n")
    names_found = {o.name for o in result.entities if o.kind == Kind.ORGANIZATION}
    assert {"凤翔县司法局虢王司法所", "凤翔县公安局虢王派出所", "凤翔县人民法院虢王人民法庭"} <= names_found


def test_the_central_committees_departments_are_named_as_they_sign():
    # 中宣部 documents are signed 中共中央宣传部 (the 七五 and 八五 普法 plans with 司法部)
    ctx = context(WEINING)
    assert [resolve_organization(w, ctx).name for w in ("中宣部", "中央宣传部", "中组部", "中央政法委")] == [
        "中共中央宣传部", "中共中央宣传部", "中共中央组织部", "中共中央政法委员会"]


def test_a_county_level_city_in_a_list_of_acting_places_is_its_government():
    # 甘孜州 2015: 康定市、泸定县率先开展…; a city alone before a verb is not looked for (全市开展, 我市开展)
    assert names("全面实施“三证合一”登记制度改革。康定市、泸定县率先开展相对集中行政处罚权试点。") == ["康定市", "泸定县"]
    assert names("全州推行三项制度。康定市开展相对集中行政处罚权试点。") == []


def test_a_proposal_to_the_cppcc_names_no_body_but_the_cppcc_that_proposes_is_one():
    # 同仁市 2022, 阿巴嘎旗 2020: 政协提案 is a proposal; 区政协提出 is the committee acting
    assert names("全年办理人大代表建议43件、政协提案57件，办复率100%。") == []
    assert names("区政协提出建议12条，区政协提请区政府研究。") == ["区政协", "区政协", "区政府"]


def test_the_departments_of_before_the_2018_reform_are_named_by_their_stems_in_a_list():
    # 涿州 2018, 鞍山 2017: 安监, 工商, 质监, 食药监 are the bureaus merged in 2018
    assert names("市场监管、环保、安监等部门联合抽查企业。") == ["市场监管", "环保", "安监"]
    assert names("工商、质监、食药监等部门开展联合执法。") == ["工商", "质监", "食药监"]
    ctx = context("河北省保定市涿州市")
    assert resolve_organization("安监", ctx).name == "涿州市安全生产监督管理局"


def test_a_department_s_stem_is_a_body_only_in_a_list_of_departments():
    # devset84 里水镇 2021: 人社 (the stem of 人力资源和社会保障局) among the forces a centre gathers is no
    # body; before 等…部门 it is one of the departments listed
    assert names("镇综治中心整合信访、司法、人社、公安等力量") == ["镇综治中心"]
    assert names("整合信访、人社力量") == []
    assert names("发改、人社等部门联合开展检查") == ["发改", "人社"]
    assert names("县供销社开展普法") == ["县供销社"]


def test_a_verb_that_is_also_a_township_s_name_is_no_township_of_this_county():
    # devset82: 建设镇 is a township of six counties, none of them 原阳县 or 阳朔县
    orgs = resolved_orgs("原阳县2019年县委书记述法报告\n在韩董庄镇试点建设镇综治中心,整合公安、司法、信访等力量。")
    assert not any("建设镇" in name for name in orgs)
    orgs = resolved_orgs("阳朔县白沙镇2021年党委书记述法报告\n坚持和发展新时代“枫桥经验”,建设镇矛盾纠纷调处化解中心。")
    assert "阳朔县白沙镇矛盾纠纷调处化解中心" in orgs


def test_the_bodies_of_a_zone_coded_as_a_district_are_named_after_the_zone():
    orgs = resolved_orgs("成都高新区2021年法治政府建设情况报告\n2021年,成都高新区管委会坚持依法行政。"
                         "高新区综合行政执法局开展执法。")
    assert {"成都高新技术产业开发区管理委员会", "成都高新技术产业开发区综合行政执法局"} <= set(orgs)


def test_the_office_of_the_legal_publicity_group_is_named_in_full_and_the_national_one_is_national():
    orgs = resolved_orgs("霍山县教育局2019年法治政府建设工作报告\n贯彻教育部、司法部、全国普法办《青少年法治教育大纲》。"
                         "县普法办印发责任清单。")
    assert "霍山县普法依法治理领导小组办公室" in orgs and orgs["霍山县普法依法治理领导小组办公室"].type == "committee"
    assert "全国普法办" in orgs


def test_a_leading_group_the_report_reshapes_is_named_without_the_verb():
    # devset85 西永综保区 2017: 调整完善|管委会依法行政工作领导小组
    assert names("调整完善管委会依法行政工作领导小组,由管委会主任任组长") == ["管委会依法行政工作领导小组"]


def test_a_county_s_tourism_committee_is_a_department():
    assert resolved_orgs("黟县2017年法治政府建设报告\n在县环境保护局、县旅游委试点行政执法全过程记录。")["黟县旅游委员会"].type \
        == "department"


def test_the_work_safety_committee_and_its_office_are_every_county_s():
    orgs = resolved_orgs("寿光市应急管理局2023年法治政府建设工作报告\n市安委办组织开展安全生产大排查大整治。市安委会召开会议。")
    assert {"寿光市安全生产委员会办公室", "寿光市安全生产委员会"} <= set(orgs)
    # so are the food safety and disaster reduction committees, written short (食安委, 减灾委办公室)
    orgs = resolved_orgs("遵义市2024年法治政府建设情况报告\n市减灾委员会修订应急预案,市减灾委办公室会同市气象局开展"
                         "风险普查。市食安委开展“两节”食品安全检查。")
    assert {"遵义市减灾委员会", "遵义市减灾委员会办公室", "遵义市食品安全委员会"} <= set(orgs)


def test_a_street_whose_name_opens_with_a_province_s_short_name_is_the_street():
    # devset95 南京市鼓楼区湖南路街道: 湖南 opens the street's name, and is no province there
    orgs = resolved_orgs("南京市鼓楼区湖南路街道2020年法治政府建设工作报告\n湖南路街道党工委高度重视法治建设。"
                         "湖南路派出所开展普法。街道综治中心统筹湖南路司法所化解纠纷。")
    assert {"中共南京市鼓楼区湖南路街道工作委员会", "南京市公安局鼓楼分局湖南路派出所",
            "南京市鼓楼区湖南路街道社会治安综合治理中心", "南京市鼓楼区司法局湖南路司法所"} <= set(orgs)
    assert not any(name.startswith("湖南省") for name in orgs)


def test_a_publisher_named_by_its_place_and_head_alone_does_not_resolve_itself_forever():
    # devset93: 湖北省公安厅 placed in 公安县 (as it once was) resolved 省厅 as the publisher's kind, which
    # asked for 省厅 again (RecursionError, the report lost)
    ctx = context("湖北省荆州市公安县")
    ctx.publisher = "湖北省公安厅"
    for written in ("省厅", "湖北省公安厅", "厅党委"):
        assert resolve_organization(written, ctx).name


def test_a_conference_written_with_its_short_form_before_the_place_is_one_name():
    # 平遥 2018, 宜昌 2019 (blind dev sets): 政协<place>委员会 is how the conference signs in short
    assert names("自觉接受县人大的法律监督和政协平遥县委员会的民主监督。") == ["县人大", "政协平遥县委员会"]
    assert names("政协宜昌市委员会社会和法制委员会开展专题调研。") == ["政协宜昌市委员会社会和法制委员会"]
    assert names("中国人民政治协商会议常州市武进区委员会") == ["中国人民政治协商会议常州市武进区委员会"]
    # not the conference's members
    assert "政协委员" not in "".join(names("办理人大代表建议和政协委员提案35件。"))


def test_a_verb_before_the_departments_own_hall_opens_no_name():
    # 浙江省司法厅 2019, 陕西省生态环境厅 (blind dev sets): 充实|厅…领导小组 · 审核|厅机关
    from fazhi import extract_text
    result = extract_text("浙江省司法厅2019年法治政府建设工作报告\n调整充实厅法治政府建设工作领导小组，印发工作要点。"
                          "全年审核厅机关行政规范性文件8件。\n浙江省司法厅\n2020年1月15日\n", "hall.txt")
    named = {e.name for e in result.of_kind(Kind.ORGANIZATION)}
    assert "浙江省司法厅法治政府建设工作领导小组" in named
    assert not any("充实" in name or "审核" in name for name in named)


def test_the_office_of_the_work_safety_committee_written_short():
    # 郑州市应急管理局 2024 (blind dev set): 市安委会办公室
    assert resolve_organization("市安委会办公室", context("河南省郑州市")).name == "郑州市安全生产委员会办公室"


def test_a_party_offices_inspection_team_is_named_after_the_office():
    # 曲靖 2023, 小店区 2021 (blind dev sets)
    assert resolve_organization("省委依法治省办第三督察组", context("云南省曲靖市")).name \
        == "中共云南省委全面依法治省委员会办公室第三督察组"
    assert resolve_organization("市委依法治市办督察组", context("山西省太原市小店区")).name \
        == "中共太原市委全面依法治市委员会办公室督察组"


def test_the_drug_control_committee_and_its_office_written_short():
    # 昭觉 2025 (blind dev set): every county has a 禁毒委员会 and its office
    assert resolve_organization("县禁毒办", context("四川省凉山彝族自治州昭觉县")).name == "昭觉县禁毒委员会办公室"
    assert resolve_organization("县禁毒委", context("四川省凉山彝族自治州昭觉县")).name == "昭觉县禁毒委员会"


def test_a_verb_that_names_a_district_elsewhere_is_the_verb():
    # 铜山区 2016 (blind dev set): 新建|区交通事故纠纷人民调解委员会 (新建区 is in 江西); 公证处|办证
    from fazhi import extract_text
    result = extract_text("徐州市铜山区司法局2016年法治政府建设工作报告\n新建区交通事故纠纷人民调解委员会。"
                          "区公证处办证4860件。\n徐州市铜山区司法局\n2017年1月5日\n", "tongshan.txt")
    named = {e.name for e in result.of_kind(Kind.ORGANIZATION)}
    assert {"徐州市铜山区交通事故纠纷人民调解委员会", "徐州市铜山区公证处"} <= named


def test_a_study_groups_members_are_no_end_of_its_name():
    # 延吉 2025 (blind dev set): 理论学习中心组|成员 (but 法律顾问|组成 is the verb)
    assert names("以市政府党组理论学习中心组成员身份,专题学习。") == ["市政府党组理论学习中心组"]
    assert names("由律师和镇政府法律顾问组成。") == ["镇政府"]


def test_a_unit_of_the_reporting_bureaus_branch_is_named_after_the_branch():
    # 宜昌市公安局 2016 (blind dev set)
    from fazhi import extract_text
    result = extract_text("宜昌市公安局2016年法治政府建设工作报告\n西陵区分局执法办案管理中心投入使用。"
                          "伍家岗区分局宝塔河派出所开展调解。\n宜昌市公安局\n2017年1月10日\n", "yichang.txt")
    named = {e.name for e in result.of_kind(Kind.ORGANIZATION)}
    assert {"宜昌市公安局西陵区分局执法办案管理中心", "宜昌市公安局伍家岗区分局宝塔河派出所"} <= named


def test_a_street_named_after_a_numbered_road_keeps_its_first_character():
    # 经八路街道 (郑州, blind dev set): 经 opens the road's name here, no verb
    assert names("联合经八路派出所、金水区人民法院经八路人民法庭,打造品牌。") == ["经八路派出所", "金水区人民法院经八路人民法庭"]
    assert names("经县政府同意设立县综治中心。") == ["县政府", "县综治中心"]


def test_a_street_office_written_under_its_district_government_is_the_office():
    # 花园街道 2024 (blind dev set): the seal's form 哈尔滨市南岗区人民政府花园街道办事处
    ctx = context("黑龙江省哈尔滨市南岗区")
    office = resolve_organization("哈尔滨市南岗区人民政府花园街道办事处", ctx)
    assert (office.name, office.type) == ("哈尔滨市南岗区花园街道办事处", "government")


def test_bureaus_named_before_the_2018_reform_keep_their_names():
    # 礼泉 2016, 寿光 2017, 郫都 2017 (blind dev sets): 农业局 was no 农业农村局 yet
    ctx = context("陕西省咸阳市礼泉县")
    assert resolve_organization("县农业局", ctx).name == "礼泉县农业局"
    assert resolve_organization("县农委", ctx).name == "礼泉县农业委员会"
    assert resolve_organization("县农业农村局", ctx).name == "礼泉县农业农村局"
    assert resolve_organization("区市场和质量监管局", context("四川省成都市郫都区")).name == "成都市郫都区市场和质量监督管理局"


def test_a_township_named_after_its_county_is_the_township_though_its_name_opens_with_another_place_s():
    # 新都 is 成都's district; 康定市|新都桥镇 is a town of 康定市 (set 131): one body, whether written in full or short
    from fazhi.ingest import report_from_text
    from fazhi.resolve.document import resolve_document

    result = resolve_document(extract_mentions(report_from_text(
        "康定市新都桥镇人民政府2021年法治政府建设情况报告\n镇政府认真落实法治政府建设各项任务。", "t.txt")))
    assert [e.key for e in result.of_kind(Kind.ORGANIZATION)] == ["organization:康定市新都桥镇人民政府"]


def test_a_provinces_public_security_department_is_no_body_of_the_county_called_gong_an():
    # 公安 is 公安县 too: 江苏省|公安厅 (set 127), 湖北省|公安厅 (set 93, once read 公安县厅); the reporting
    # department's own units are named after it with their abbreviated endings written out
    from fazhi.ingest import report_from_text
    from fazhi.resolve.document import resolve_document

    result = resolve_document(extract_mentions(report_from_text(
        "江苏省公安厅关于2019年度法治政府建设工作情况的报告\n省公安厅推进执法规范化建设。厅交警总队、厅法制总队开展执法监督。",
        "t.txt")))
    keys = {e.name: e.key for e in result.of_kind(Kind.ORGANIZATION)}
    assert keys["江苏省公安厅"] == "organization:江苏省公安厅" and len(keys) == len(result.of_kind(Kind.ORGANIZATION))
    assert {"江苏省公安厅交通警察总队", "江苏省公安厅法制总队"} <= set(keys)



def test_a_police_facility_written_alone_is_the_reporting_bureaus_and_no_body_elsewhere():
    # (萧山区分局 2020, set 37; 锡山分局, set 15) every bureau and branch has an 执法办案管理中心
    orgs = resolved_orgs("杭州市公安局萧山区分局2020年法治政府建设工作报告\n所有警情、案件纳入执法办案管理中心“一站式”管理。")
    assert "杭州市公安局萧山区分局执法办案管理中心" in orgs
    orgs = resolved_orgs("清河县2022年法治政府建设工作报告\n全面推进执法办案管理中心建设。")
    assert not any(name.endswith("执法办案管理中心") for name in orgs)


def test_a_level_word_after_another_or_after_a_count_names_every_such_body():
    # (淄博 2019, set 86; 阿克苏 2018, set 11) 区县政府 · 1市8县政府: every such government, no one body
    assert names("备案审查区县政府和市直部门规范性文件。") == []
    assert names("1市8县政府和地直部门法律顾问覆盖率100%。") == []
    # (not a place's name before a level word, nor a level word before a word that opens with one)
    assert names("福建省市场监督管理局开展检查。") == ["福建省市场监督管理局"]
    assert names("区市场监管局开展检查。") == ["区市场监管局"]


def test_national_administrations_local_offices_are_named_after_them_and_their_place():
    # blind sets 154 and 165: the administration's name and its office's are one name (国家税务总局
    # is no second body beside the bureau), and an office written after its place alone is named as
    # the administration names it, after the place's short name (长兴县 → 长兴)
    text = ("联合中国人民银行郑州中心支行、国家税务总局牡丹江市税务局开展宣传。县司法局会同长兴金融监管支局调处纠纷。"
            "德宏金融监管分局(原中国银保监会德宏监管分局)开展工作。湖北金融监管局与省地方金融管理局会商。")
    assert names(text) == ["中国人民银行郑州中心支行", "国家税务总局牡丹江市税务局", "县司法局", "长兴金融监管支局",
                           "德宏金融监管分局", "中国银保监会德宏监管分局", "湖北金融监管局", "省地方金融管理局"]
    orgs = resolved_orgs("长兴县人民政府关于2023年法治政府建设情况的报告\n" + text + "市银保监分局、县金融监管局开展检查。")
    assert {"中国人民银行郑州中心支行", "国家税务总局牡丹江市税务局", "长兴县司法局", "国家金融监督管理总局长兴监管支局",
            "国家金融监督管理总局德宏监管分局", "中国银行保险监督管理委员会德宏监管分局", "国家金融监督管理总局湖北监管局",
            "中国银行保险监督管理委员会湖州监管分局"} <= set(orgs)
    assert "国家税务总局" not in orgs and "中国银行保险监督管理委员会" not in orgs
    # 县金融监管局 is the county's own 地方金融监督管理局, the administration's only after a bare short name
    assert "长兴县地方金融监督管理局" in orgs


def test_customs_offices_and_fire_rescue_brigades():
    # a customs office is named after its port (郑州海关 is no 郑州市 body); a fire and rescue brigade,
    # detachment or corps is a place's (blind sets 12, 19, 24, 85, 89, 145, 159, 165)
    orgs = resolved_orgs("长兴县人民政府关于2023年法治政府建设情况的报告\n会同郑州海关、中华人民共和国赣州海关、西永海关检查。"
                         "县市场监管局联合县消防救援大队开展检查，省消防救援总队推行消防监督。深化智慧海关建设。")
    assert {"郑州海关", "中华人民共和国赣州海关", "西永海关", "长兴县消防救援大队", "浙江省消防救援总队"} <= set(orgs)
    assert orgs["长兴县消防救援大队"].type == "department"
    assert not any(name.endswith("市海关") or name == "智慧海关" for name in orgs)
    # a state security bureau is no 全局 (the whole), which 局 after 全 is elsewhere
    assert names("配合泉州市国家安全局开展宣传，顾全局、谋全局") == ["泉州市国家安全局"]


def test_youth_league_committees_are_no_party_committees():
    # blind sets 149, 158, 164: 团县委 is the league's, not the party's 县委; named 共青团<place>委员会
    orgs = resolved_orgs("共青团浦江县委员会2021年法治建设工作情况报告\n团县委在县委和团市委的领导下，认真落实团省委印发的"
                         "《关于加强青少年宫规范管理的通知》。共青团金华市委员会开展活动。")
    assert {"共青团浦江县委员会", "中共浦江县委员会", "共青团金华市委员会", "共青团浙江省委员会"} <= set(orgs)
    assert orgs["共青团浙江省委员会"].type == "social" and "团省委" in orgs["共青团浙江省委员会"].aliases
    assert "中共浙江省委员会" not in orgs and "中共金华市委员会" not in orgs
    assert names("深化集团市委书记联系制度") == ["市委"]  # 集团 is no league (团市委)


def test_prisons_and_detention_houses_are_publishers_and_a_prison_is_its_province_s():
    # blind sets 152 and 164: their titles name them (no government's report); a prison is the
    # province's, named after the city it stands in (宿州监狱 is no 宿州市 body)
    from fazhi.ingest import report_from_text
    from fazhi.resolve.document import resolve_document

    prison = resolve_document(extract_mentions(report_from_text(
        "安徽省宿州监狱2022年法治建设情况报告\n认真落实《中华人民共和国监狱法》，贯彻全国监狱工作会议精神，推进智慧监狱建设。"
        "宿州监狱党委召开会议。", "p.txt")))
    assert prison.report.publisher == "安徽省宿州监狱"
    assert {e.name for e in prison.of_kind(Kind.ORGANIZATION)} >= {"安徽省宿州监狱"}
    assert not any(e.name.endswith(("中华人民共和国监狱", "全国监狱", "智慧监狱")) for e in prison.of_kind(Kind.ORGANIZATION))
    house = resolve_document(extract_mentions(report_from_text(
        "鹿邑县看守所2024年法治建设工作总结\n县看守所联合县拘留所开展执法规范化建设。", "h.txt")))
    assert house.report.publisher == "鹿邑县看守所"
    assert {e.name for e in house.of_kind(Kind.ORGANIZATION)} >= {"鹿邑县看守所", "鹿邑县拘留所"}


def test_jiu_of_jiuye_is_part_of_a_bodys_name():
    # set 179: 就 is a function word (就|业和人才服务中心 was read), but not in 就业
    assert names("市社会保险事业中心、市公共就业和人才服务中心全部进驻市民服务中心。") == [
        "市社会保险事业中心", "市公共就业和人才服务中心", "市民服务中心"]
    assert names("县就业和人才服务中心开展技能培训。") == ["县就业和人才服务中心"]


def test_a_post_that_heads_a_body_is_no_part_of_its_name():
    # set 181: 区政府分管副区长任|执法协调小组组长 (the group is the committee's, named before)
    assert names("区政府分管副区长任执法协调小组组长,县委书记任委员会主任。") == ["区政府", "执法协调小组", "县委"]
    assert "西安市雁塔区人民政府分管副区长任执法协调小组" not in resolved_orgs(
        "雁塔区2019年法治政府建设情况报告\n区委全面依法治区委员会下设执法协调小组,区政府分管副区长任执法协调小组组长。")


def test_national_peoples_organizations_and_names_opening_with_the_country_are_no_place_s():
    # sets 85, 149, 164: 全国总工会 and 中国公证协会 beside the city's own; a name that opens with
    # 中国 or 中华 is the country's body even when the gazetteer does not know it
    orgs = resolved_orgs("厦门市鹭江公证处2022年法治建设工作报告\n我处积极参加中国公证协会组织的培训，配合市公证协会开展检查。"
                         "市总工会在全国总工会、省总工会的指导下，联合中华环保联合会、中国人民调解员协会开展活动。")
    assert {"中国公证协会", "厦门市公证协会", "中华全国总工会", "福建省总工会", "中华环保联合会", "中国人民调解员协会"} <= set(orgs)
    assert "全国总工会" in orgs["中华全国总工会"].aliases and orgs["中华全国总工会"].type == "social"
    assert not any(name.startswith("厦门市中") for name in orgs)


def test_a_name_before_a_national_body_joined_by_he_is_read():
    # sets 26, 127, 149: the grammar ran over 市委和|全国人大常委会 (taken as a national body) and
    # skipped the whole run; what lies before the taken name is read again
    assert names("在市委和全国人大常委会的指导下") == ["市委", "全国人大常委会"]
    assert names("市总工会在市委和全国总工会、省总工会的指导下") == ["市总工会", "市委", "全国总工会", "省总工会"]


def test_gongbu_and_jiagua_are_verbs_before_a_name():
    # sets 34, 127, 135, 194: 公布|厅权力清单 is no 公布厅; X加挂Y牌子 names two bodies
    assert names("全部进驻政务服务网,公布厅权力清单和责任清单") == []
    assert names("梳理公布街道便民服务中心名单") == ["街道便民服务中心"]
    assert names("区司法局加挂区委依法治区办公室牌子") == ["区司法局", "区委依法治区办公室"]


def test_a_tax_bureaus_and_a_police_bureaus_case_committees_written_alone_are_theirs():
    # sets 10, 32, 71, 118, 127, 165 (tax) and 149, 158 (police): the bureau's own committee
    orgs = resolved_orgs("国家税务总局黄山市税务局2021年法治税务建设工作报告\n市局重大税务案件审理委员会审理案件3件,"
                         "重大税务案件审理委员会全年召开会议。")
    assert "国家税务总局黄山市税务局重大税务案件审理委员会" in orgs
    orgs = resolved_orgs("宾川县公安局2022年法治建设工作报告\n召开局党委会、执法监督管理委员会会议研究执法问题。")
    assert orgs["宾川县公安局执法监督管理委员会"].type == "committee"  # no zone's 管理委员会 (a government)
    assert not any(name.endswith("执法监督管理委员会") for name in resolved_orgs(
        "宾川县人民政府2022年法治政府建设工作报告\n召开执法监督管理委员会会议。"))


def test_a_branch_of_a_provincial_court_or_procuratorate_is_one_name():
    # named by its area or its number, right after the court's or procuratorate's name (set 200)
    assert names("支持兵团法院（新疆维吾尔自治区高级人民法院生产建设兵团分院）、兵团检察院依法履职") == [
        "兵团法院", "新疆维吾尔自治区高级人民法院生产建设兵团分院", "兵团检察院"]
    assert names("北京市人民检察院第一分院开展法律监督") == ["北京市人民检察院第一分院"]
    assert "新疆维吾尔自治区人民检察院阿克苏分院" in resolved_orgs(
        "阿克苏地区2018年法治政府建设情况报告\n积极配合自治区人民检察院阿克苏分院开展公益诉讼。")
    # two bodies joined by 和 are no branch of the first
    assert names("县人民法院和县人民检察院分院") == ["县人民法院", "县人民检察院"]


def test_a_national_society_named_after_its_field_is_no_local_society():
    # 法学会 takes no core of its own (县法学会 is the county's); 中国 and a field before it name a
    # national society
    assert names("获中国行为法学会颁发的奖项") == ["中国行为法学会"]
    orgs = resolved_orgs("睢宁县2023年法治建设工作报告\n获中国行为法学会颁发的奖项。县法学会组织专家论证。")
    assert {"中国行为法学会", "睢宁县法学会"} <= set(orgs) and orgs["睢宁县法学会"].aliases == ["县法学会"]
    assert names("与中国法学会合作") == ["中国法学会"]


def test_a_coordination_groups_office_is_named_with_its_committee():
    # sets 156 and 181: 协调 read as a verb left 小组办公室 alone
    orgs = resolved_orgs("宜宾市翠屏区2022年法治政府建设情况报告\n区委全面依法治区委员会执法协调小组办公室设在区司法局。")
    assert "中共宜宾市翠屏区委全面依法治区委员会执法协调小组办公室" in orgs
    assert "小组办公室" not in orgs


def test_a_joint_body_named_after_a_programme_in_quotes_keeps_the_quote():
    # set 156: the jurisdiction before the quote makes it the place's body
    orgs = resolved_orgs("霍山县2017年法治政府建设情况报告\n调整县“七五”普法工作领导小组。"
                         "县“放管服”改革协调小组办公室牵头公布县级权力清单。县“两治三改”工作指挥部统筹推进。")
    assert {"霍山县“七五”普法工作领导小组", "霍山县“放管服”改革协调小组办公室", "霍山县“两治三改”工作指挥部"} <= set(orgs)
    assert orgs["霍山县“七五”普法工作领导小组"].aliases == ["县“七五”普法工作领导小组"]
    # without one it is no particular body, and a brand's centre is no such body
    assert names("成立“高效办成一件事”工作专班") == []
    assert names("全县“两违”整治工作指挥部") == []


def test_joint_meetings_and_task_forces_with_a_place_are_bodies_but_the_leaders_meeting_is_not():
    # sets 156 and 159
    orgs = resolved_orgs("郸城县2023年法治政府建设情况报告\n建立县信访工作联席会议制度。县营商环境工作专班牵头开展帮扶。"
                         "镇党政联席会议研究重大事项。")
    assert orgs["郸城县信访工作联席会议"].type == "committee"
    assert orgs["郸城县营商环境工作专班"].type == "committee"
    assert not any("党政联席会议" in name for name in orgs)
    # a task force led by the reporting body's head is its own
    assert "京山市宋河镇法治政府建设工作专班" in resolved_orgs(
        "京山市宋河镇2022年法治政府建设工作报告\n成立以镇长为组长的法治政府建设工作专班。")


def test_the_bodies_of_a_street_a_zone_administers_are_named_after_the_zone():
    orgs = resolved_orgs("佛祖岭街道办事处2018年度法治政府建设情况报告\n街道党工委、办事处认真落实法治建设第一责任人职责,"
                         "街道综合执法中队开展执法检查。")
    assert {"中共武汉东湖新技术开发区佛祖岭街道工作委员会", "武汉东湖新技术开发区佛祖岭街道办事处",
            "武汉东湖新技术开发区佛祖岭街道综合执法中队"} <= set(orgs)


def test_a_named_legal_service_team_is_a_body_of_the_place_that_formed_it():
    orgs = resolved_orgs("晋江市2020年法治政府建设情况报告\n2020年，市司法局组建疫情防控法律服务团，编印疫情防控法律手册；"
                         "组建市民营企业法律服务团，开展“法治体检”。市司法局组建律师服务团，深入企业开展法律咨询。\n")
    assert orgs["晋江市疫情防控法律服务团"].type == "other"
    assert orgs["晋江市民营企业法律服务团"].type == "other"  # 市|民营企业, not 市民
    # a team named by what it is and no more names no particular one
    assert not any(name.endswith("律师服务团") for name in orgs)


def test_an_enforcement_bureaus_squad_written_after_it_is_the_squad():
    orgs = resolved_orgs("浦江县2025年法治建设工作报告\n县综合行政执法局郑宅中队与镇市场监管所开展联合执法。"
                         "县应急管理综合行政执法大队危化品执法中队开展专项检查。"
                         "县综合行政执法局下设城区中队、郑家坞中队。\n")
    assert orgs["浦江县综合行政执法局郑宅中队"].type == "department"
    assert orgs["浦江县应急管理综合行政执法大队危化品执法中队"].type == "department"  # a name too long for one reading
    # a verb between the bureau and its squads: the bureau is named, the squads are not its name's end
    assert "浦江县综合行政执法局" in orgs
    assert not any(name.endswith("下设城区中队") for name in orgs)


def test_a_squad_of_the_districts_bureau_in_a_street_report_is_the_districts():
    # 区 after 联动 is read as no level word; the squad is still the district bureau's
    orgs = resolved_orgs("临汾路街道2017年度法治建设工作报告\n上海市静安区临汾路街道\n"
                         "依托城市网格化综合管理中心，联动区城管执法局临汾中队、临汾路派出所开展“五违四必”整治。\n")
    assert "上海市静安区城市管理行政执法局临汾中队" in orgs


def test_an_urumqi_street_the_data_lists_as_a_pian_qu_street_names_its_bodies():
    orgs = resolved_orgs("中亚南路街道办事处关于2022年度法治政府建设情况的报告\n"
                         "2022年，中亚南路街道在乌鲁木齐经济技术开发区（头屯河区）党工委、管委会的坚强领导下依法履职。"
                         "中亚南路街道综合行政执法队开展占道经营整治。\n")
    assert "乌鲁木齐市头屯河区中亚南路街道综合行政执法队" in orgs  # not 南路街道 of another district


def test_a_shanghai_districts_greening_bureau_written_short_is_named_in_full():
    # blind set 261 (闵行区古美路街道): 区绿化市容局 is the district's 绿化和市容管理局
    orgs = resolved_orgs("闵行区古美路街道2019年法治政府建设工作情况报告\n配合区绿化市容局开展绿化整治。")
    assert "上海市闵行区绿化和市容管理局" in orgs


def test_a_zones_administration_is_an_institution_named_by_its_zone():
    # set 261 (博鳌 2021): a pilot zone's or a protected area's 管理局 was not read at all; it keeps its
    # zone's name as written, not the report's county's (the gold of sets 14, 245 and 261)
    orgs = resolved_orgs("琼海市博鳌镇2021年法治建设情况报告\n支持海南博鳌乐城国际医疗旅游先行区管理局依法推进项目征地。"
                         "配合甘肃祁连山国家级自然保护区管理局开展执法检查。")
    assert orgs["海南博鳌乐城国际医疗旅游先行区管理局"].type == "institution"
    assert orgs["甘肃祁连山国家级自然保护区管理局"].type == "institution"
    assert not any(name.startswith("琼海市") and "管理局" in name for name in orgs)


def test_a_departments_office_in_a_township_is_named_after_its_department():
    # set 261 (小溪塔街道 2016): 区工商局|小溪塔工商所 is one body, the bureau's office in the street, named
    # in full (ANNOTATION.md section 2); so are a land office and a food and drug office
    assert names("配合区工商局小溪塔工商所、区食药监局小溪塔食药所开展检查") == ["区工商局小溪塔工商所", "区食药监局小溪塔食药所"]
    assert names("配合区市场监管局小溪塔市场监管所开展检查") == ["区市场监管局小溪塔市场监管所"]
    # a bureau that is not the office's department is a body of its own
    assert names("县司法局、古楼派出所联合开展排查") == ["县司法局", "古楼派出所"]
    orgs = resolved_orgs("小溪塔街道2016年法治政府建设情况报告\n配合区工商局小溪塔工商所、区食药监局小溪塔食药所开展检查。"
                         "区市场监管局小溪塔市场监管所开展抽查。街道国土所开展执法巡查。")
    assert {"宜昌市夷陵区工商行政管理局小溪塔工商所", "宜昌市夷陵区食品药品监督管理局小溪塔食品药品监督管理所",
            "宜昌市夷陵区市场监督管理局小溪塔市场监督管理所", "宜昌市夷陵区国土资源局小溪塔国土资源所"} <= set(orgs)
    assert "宜昌市夷陵区工商行政管理局" not in orgs


def test_departments_called_committees_are_named_as_committees():
    # blind set 267 (綦江区 2024): Chongqing's districts have 教育委员会, 农业农村委员会, 住房和城乡建设委员会
    # (sets 35, 60, 68 name them so too); 经信局 is an 经济和信息化局, not renamed a 工业和信息化局
    orgs = resolved_orgs("綦江区2024年法治政府建设情况报告\n区发展改革委、区教委、区农业农村委、区住房城乡建委和区经信局开展执法检查。")
    assert {"重庆市綦江区教育委员会", "重庆市綦江区农业农村委员会", "重庆市綦江区住房和城乡建设委员会",
            "重庆市綦江区经济和信息化局", "重庆市綦江区发展和改革委员会"} <= set(orgs)
    assert "重庆市綦江区农业农村局" not in orgs


def test_a_body_of_the_reports_own_level_written_with_ji():
    # blind set 266 (凉山州 2019): 州级 is the prefecture's own, as 市级 is a city's
    orgs = resolved_orgs("凉山彝族自治州2019年法治政府建设情况报告\n组建州级彝汉双语普法讲师团,深入村寨开展普法。")
    assert "凉山彝族自治州彝汉双语普法讲师团" in orgs


def test_places_after_a_count_and_words_around_a_bureau_are_no_bodies():
    # blind set 264 (松阳县 2018): 3|个街道 is a count of streets, no street named 个街道
    assert names("在全县3个街道和新兴镇、玉岩镇组建综合行政执法中队") == []
    # blind set 266 (海西州 2023): 局长 and 全局 are a director and the whole bureau, no unit of it
    assert names("本人作为州司法局党组书记、局长和全局法治建设第一责任人") == ["州司法局党组"]


def test_an_arbitration_commissions_office_in_a_county_is_the_commissions():
    # blind set 267 (武邑县 2023, 沂南县 2021): the office is named after its commission and is of its type
    assert names("支持衡水仲裁委员会武邑办事处开展工作") == ["衡水仲裁委员会武邑办事处"]
    orgs = resolved_orgs("武邑县2023年法治建设工作报告\n支持衡水仲裁委员会武邑办事处开展工作，临沂仲裁委员会沂南工作站受理案件。")
    assert orgs["衡水仲裁委员会武邑办事处"].type == orgs["临沂仲裁委员会沂南工作站"].type == "institution"
    assert "衡水仲裁委员会" not in orgs


def test_departments_listed_short_before_bumen_without_deng():
    # blind set 267 (沂南县 2021): three or more short names before 部门 are the departments
    assert names("县人社、医保、市场监管部门加强协作") == ["县人社", "医保", "市场监管"]
    assert names("加强与公安、司法部门协作") == []  # two may be the fields, not the bodies


def test_a_joint_meeting_for_administrative_and_criminal_justice_is_one_name():
    # blind set 267 (平遥县 2016): 执法与刑事 is one matter (两法衔接), not two names joined by 与
    assert names("成立县行政执法与刑事司法衔接工作联席会议，全年移送涉嫌犯罪案件3件") == ["县行政执法与刑事司法衔接工作联席会议"]
    # a meeting named by its matter alone stays none (the gold of sets 8, 133, 246 does not name them)
    assert names("召开府院联席会议2次") == []


def test_a_districts_natural_resources_branch_and_finance_office():
    # blind set 267 (南康区 2019): 区自然资源分局 is the city bureau's branch, 区金融办 the government's office
    orgs = resolved_orgs("赣州市南康区2019年法治政府建设情况报告\n区自然资源分局、区金融办开展专项整治。")
    assert {"赣州市南康区人民政府金融工作办公室", "赣州市自然资源局南康分局"} <= set(orgs)
    # (a natural resources bureau's branch goes by the district's short name, as a police branch does)


def test_a_coordination_group_alone_after_another_places_committee_is_the_reports_own():
    # blind set 266 (延边州委依法治州办 2020): the province's office named in the sentence before does not
    # make the next sentence's 立法协调小组 the province's
    orgs = resolved_orgs("中共延边州委全面依法治州委员会办公室关于2020年法治建设工作情况的报告\n"
                         "协调召开州委全面依法治州委员会第二次会议。配合省委依法治省办完成对我州法治政府建设督察。\n"
                         "立法协调小组指导州人大常委会修订条例。")
    assert "中共延边朝鲜族自治州委全面依法治州委员会立法协调小组" in orgs
    assert not any(name.startswith("中共吉林省委") and name.endswith("协调小组") for name in orgs)


def test_a_townships_own_offices_in_its_report():
    # blind set 273 (槐店乡 2019, 渤海镇 2020): 乡财政所, 乡劳动保障所 and 乡退役军人服务站 are the township's
    # own, named after it; in a county's report 乡镇财政所 is every township's
    orgs = resolved_orgs("槐店乡2019年法治政府建设工作报告\n2019年，槐店乡在县委、县政府的领导下依法行政。"
                         "乡财政所、乡退役军人服务站和乡劳动保障所开展普法。\n")
    assert {"光山县槐店乡财政所", "光山县槐店乡退役军人服务站", "光山县槐店乡劳动保障所"} <= set(orgs)
    orgs = resolved_orgs("光山县2019年法治政府建设工作报告\n各乡镇财政所开展普法。\n")
    assert not any(name.endswith("财政所") for name in orgs)


def test_a_county_made_a_district_in_2021_that_the_data_kept_a_county():
    # set 229 (长泰区 2023): 长泰县 became 漳州市长泰区 in 2021, with 龙海市 → 龙海区
    orgs = resolved_orgs("长泰区2023年度法治建设工作报告\n中共漳州市长泰区委全面依法治区委员会办公室\n"
                         "2023年，区委依法治区委以习近平法治思想为指导。执法协调小组开展督察。\n")
    assert "中共漳州市长泰区委全面依法治区委员会执法协调小组" in orgs
    assert not any("长泰县" in name for name in orgs)


def test_a_special_administrative_regions_government_is_no_peoples_government():
    # blind set 272 (黄埔区 2020): 澳门特别行政区政府
    orgs = resolved_orgs("广州市黄埔区2020年法治政府建设情况报告\n与澳门特区政府开展“跨境通办”合作。")
    assert not any(name.startswith("澳门特别行政区人民政府") for name in orgs)
    from fazhi.resolve.organizations import government_named

    assert government_named("澳门特别行政区") == "澳门特别行政区政府"


def test_a_stations_of_a_court_in_a_named_place_or_in_every_street():
    # sets 264 and 170: a court's station in a named street is its unit; one 驻街 (in the streets) is none,
    # and the court is named
    assert names("与鼓楼区人民法院宁海路诉讼服务站联动") == ["鼓楼区人民法院宁海路诉讼服务站"]
    assert names("委员会、天河区人民法院驻街诉讼服务站化解纠纷") == ["天河区人民法院"]
    # blind set 273: a township's station of the veterans' service, of agriculture
    assert names("镇退役军人服务站、镇农业综合服务站开展普法") == ["镇退役军人服务站", "镇农业综合服务站"]


def test_health_and_family_planning_bodies_written_short():
    # blind set 271 (湖南省 2016, 历城区 2018): 卫生计生委 and 卫生计生局, the names before the 2018 reform
    orgs = resolved_orgs("济南市历城区2018年法治政府建设工作报告\n在区国土资源局、区卫生计生局开展行政执法公示。省卫生计生委开展督查。")
    assert {"济南市历城区卫生和计划生育局", "山东省卫生和计划生育委员会"} <= set(orgs)


def test_a_townships_own_offices_written_alone_in_its_report():
    # blind set 273 (梓山镇 2020, 渤海镇 2020): 财政所, 卫生院 and 退役军人服务站 alone are the township's own;
    # in a county's report they are every township's
    orgs = resolved_orgs("梓山镇2020年法治建设工作报告\n镇综治中心与司法所、派出所、退役军人服务站联动。财政所全面推行惠民资金公示。"
                         "派出所、卫生院与各村联防联控。\n")
    assert {"于都县梓山镇退役军人服务站", "于都县梓山镇财政所", "于都县梓山镇卫生院"} <= set(orgs)
    orgs = resolved_orgs("于都县2020年法治政府建设工作报告\n卫生院、退役军人服务站开展活动。\n")
    assert not any(name.endswith(("卫生院", "退役军人服务站")) for name in orgs)


def test_a_townships_work_safety_office_and_station_written_short():
    # blind set 273 (永兴镇 2018, 芦溪镇 2017): 安监站 and 镇安监办, named in full as the gold of twelve sets names them
    orgs = resolved_orgs("湄潭县永兴镇2018年法治政府建设工作报告\n司法所、市场监管所、安监站配合县直部门执法。镇安监办对辖区42家企业检查。\n")
    assert {"湄潭县永兴镇安全生产监督管理站", "湄潭县永兴镇安全生产监督管理办公室"} <= set(orgs)
    # and its 农经站 (blind set 356: 尼山镇, 乌镇镇, 民乐朝鲜族乡)
    orgs = resolved_orgs("曲阜市尼山镇2018年法治政府建设工作报告\n镇农经站开展合同审查，农经站、财政所配合清产核资。\n")
    assert orgs["曲阜市尼山镇农村经营管理站"].aliases == ["镇农经站", "农经站"]


def test_a_townships_comprehensive_governance_office_is_no_committees():
    # blind set 340 (七里坪镇, 宏村镇): a town has no 综治委 of its own; its 综治办 is its 社会治安综合治理办公室
    orgs = resolved_orgs("红安县七里坪镇2019年法治政府建设情况报告\n镇综治办牵头排查矛盾纠纷86件。\n")
    assert "红安县七里坪镇社会治安综合治理办公室" in orgs
    # a county's is its committee's office
    orgs = resolved_orgs("红安县2019年法治政府建设情况报告\n县综治办牵头排查矛盾纠纷86件。\n")
    assert "红安县社会治安综合治理委员会办公室" in orgs


def test_a_leading_group_named_after_its_leader_deputies_and_members():
    # blind set 272 (龙湖镇 2015): 以镇长为组长、分管副镇长为副组长、各站所负责人为成员的|依法行政工作领导小组
    orgs = resolved_orgs("新郑市龙湖镇2015年依法行政工作报告\n镇党委、镇政府成立了以镇长为组长、分管副镇长为副组长、各站所负责人为成员的"
                         "依法行政工作领导小组，领导小组办公室设在镇司法所。\n")
    assert {"新郑市龙湖镇依法行政工作领导小组", "新郑市龙湖镇依法行政工作领导小组办公室"} <= set(orgs)


def test_a_streets_general_office_keeps_its_name():
    # blind set 272 (南湖街道 2025): a 党政综合办公室 is named so, not made a 党政办公室 (the gold of three sets)
    orgs = resolved_orgs("沈阳市和平区南湖街道2025年法治建设情况报告\n街道党政综合办公室负责合法性审查。街道党政办开展普法。\n")
    assert {"沈阳市和平区南湖街道党政综合办公室", "沈阳市和平区南湖街道党政办公室"} <= set(orgs)


def test_schools_at_large_end_no_name():
    # blind set 278 (甘井子区教育局 2016): 中小学 are the schools at large; the name before them stands
    assert names("区人民法院、区人民检察院为全区中小学选聘法治副校长98名") == ["区人民法院", "区人民检察院"]
    assert names("为全区中小学配备法治副校长") == []


def test_a_discipline_commission_and_its_supervision_commission_as_one_publisher():
    # blind set 278 (城固县 2023): 中共城固县纪委 城固县监委 publish one report: the party's commission, as
    # 纪委监委 written once is named
    orgs = resolved_orgs("中共城固县纪委 城固县监委2023年度法治建设工作情况报告\n县纪委监委案件审理室严格审核把关。\n")
    assert "中共城固县纪律检查委员会" in orgs
    assert not any("纪委城固县监委" in name for name in orgs)


def test_a_congress_committee_for_urban_construction_environment_and_resources():
    # blind set 278 (扬州市人大常委会 2019): the special committee's whole name, not its last part
    orgs = resolved_orgs("扬州市人大常委会2019年法治建设工作情况报告\n城乡建设环境与资源保护委员会牵头开展执法检查。\n")
    assert "扬州市人民代表大会城乡建设环境与资源保护委员会" in orgs
    assert "扬州市人民代表大会环境与资源保护委员会" not in orgs


def test_a_departments_hall_needs_its_place_but_a_service_hall_stands_after_its_core():
    # blind set 285 (黑龙江省住房和城乡建设厅 2019, a first-person 述法 report): 厅 alone is the department
    # spoken of by its level, no body named by the words before it
    assert names("在省委、省政府的领导下，带领厅领导班子和全厅干部职工依法履职。") == ["省委", "省政府"]
    assert names("提出修改的建议，废止厅规范性文件3件。") == []
    assert names("均经厅法律顾问和厅法规处合法性审核。") == ["法规处"]
    assert names("在办税服务厅设立专窗。") == ["办税服务厅"]
    assert names("报送省司法厅审查。") == ["省司法厅"]


def test_a_courts_tribunal_is_named_by_a_township_whose_name_ends_like_a_level():
    # blind sets 280, 282, 284 (昆山市周市镇): 周市|人民法庭 is 周市镇's tribunal, no city's 市|人民法庭
    assert names("整合周市司法所、周市派出所、周市人民法庭力量。") == ["周市司法所", "周市派出所", "周市人民法庭"]
    assert names("配合市人民法院开展诉源治理。") == ["市人民法院"]


def test_a_kind_of_city_before_a_government_names_every_one():
    # blind set 280 (河南省 2021): 各省辖市政府 · 全省18个省辖市政府 are the province's cities' governments
    assert names("省长带头述法，各省辖市政府主要负责人述法。") == []
    assert names("全省18个省辖市政府和济源示范区管委会") == ["济源示范区管委会"]
    # (set 285, 云南省教育厅 2025: 16个州(市)教育体育局, every prefecture's; the view writes brackets half-width)
    assert names("组织16个州(市)教育体育局主要负责人书面述法。") == []


def test_squads_written_alone_are_the_enforcement_body_named_before_them_in_the_sentence():
    # blind set 283 (西平县农业农村局 2025, 宜宾市翠屏区应急管理局 2021, 兴平市城市管理局 2016)
    from fazhi import extract_text

    def organizations(text: str) -> list[str]:
        return [e.name for e in extract_text(text).entities if e.kind is Kind.ORGANIZATION]

    xiping = organizations("西平县农业农村局2025年法治政府建设工作报告\n县农业综合行政执法大队下设3个执法中队，"
                           "其中出山中队负责西部乡镇的执法检查。县农业综合行政执法大队开展检查。城区中队负责巡查。\n")
    assert "西平县农业综合行政执法大队出山中队" in xiping
    assert not any(name.endswith("城区中队") for name in xiping)  # another sentence: whose, it does not say
    cuiping = organizations("宜宾市翠屏区应急管理局2021年法治政府建设工作报告\n区应急管理综合行政执法大队聘请专家42名参与执法检查，"
                            "执法大队第一中队、第二中队分别负责危险化学品和工贸行业。\n")
    assert {"宜宾市翠屏区应急管理综合行政执法大队第一中队", "宜宾市翠屏区应急管理综合行政执法大队第二中队"} <= set(cuiping)
    xingping = organizations("兴平市城市管理局2016年法治政府建设工作总结\n市城管执法局下设东城中队、西城中队，全面推行执法公示。\n")
    assert {"兴平市城市管理行政执法局东城中队", "兴平市城市管理行政执法局西城中队"} <= set(xingping)
    # (blind set 291) the units a body sets up, listed after 下设 and named by their number or their place,
    # also when the list opens the sentence after the one naming the body; with no such body, none
    yingde = organizations("英德市交通运输局2020年法治政府建设工作报告\n组建英德市交通运输综合行政执法大队。执法大队下设"
                           "一中队、二中队和浛洸中队,实行“局队合一”管理模式。襄阳市生态环境保护综合执法支队下设一大队、"
                           "二大队和机动大队。\n")
    assert {"英德市交通运输综合行政执法大队一中队", "英德市交通运输综合行政执法大队二中队",
            "英德市交通运输综合行政执法大队浛洸中队", "襄阳市生态环境保护综合执法支队一大队",
            "襄阳市生态环境保护综合执法支队机动大队"} <= set(yingde)
    assert "一中队" not in organizations("英德市交通运输局2020年法治政府建设工作报告\n会议决定下设一中队、二中队。\n")
    # (set 31: squads stationed in every town are none in particular)
    ganzhou = organizations("张掖市甘州区2018年法治政府建设情况报告\n区综合行政执法局向18个镇（街道）派驻执法中队，"
                            "区城市管理局向小寨路、长延堡等街道派驻执法中队。\n")
    assert not any(name.endswith("中队") for name in ganzhou)


def test_people_listed_before_a_body_with_he_are_no_part_of_its_name():
    # blind set 290 (岳麓区 2015): 聘请5名律师和湖南大学法学院2名专家
    assert names("区政府聘请5名律师和湖南大学法学院2名专家组成区政府法律顾问团。") \
        == ["区政府", "湖南大学法学院", "区政府法律顾问团"]
    assert names("设立法律研究和服务中心") == ["法律研究和服务中心"]


def test_departments_called_committees_and_a_government_services_office():
    # blind set 285 (天津市 2024): 市市场监管委, 市交通运输委 (天津's departments are 委员会) and 市政务服务办
    text = "对8个区和市市场监管委、市交通运输委等12个部门开展督察。市政务服务办牵头梳理出生、入学等事项。"
    assert names(text) == ["市市场监管委", "市交通运输委", "市政务服务办"]
    ctx = context("天津市")
    assert [resolve_organization(n, ctx).name for n in ("市市场监管委", "市交通运输委", "市政务服务办")] \
        == ["天津市市场监督管理委员会", "天津市交通运输委员会", "天津市政务服务办公室"]



def test_names_with_a_character_outside_the_basic_han_block_are_found_and_resolved():
    # blind set 289: 㮾 (U+3BBE) is in CJK Extension A, which the recognisers' character classes once left out
    assert names("依托街道综治中心整合㮾梨司法所、㮾梨派出所等力量。") == ["街道综治中心", "㮾梨司法所", "㮾梨派出所"]
    assert names("中共长沙县㮾梨街道工作委员会理论学习中心组开展集体学法。") == ["中共长沙县㮾梨街道工作委员会"]
    ctx = context("湖南省长沙市长沙县㮾梨街道")
    assert resolve_organization("㮾梨司法所", ctx).name == "长沙县司法局㮾梨司法所"
    assert resolve_organization("街道党工委", ctx).name == "中共长沙县㮾梨街道工作委员会"


def test_a_party_school_s_sections_and_school_affairs_committee_are_its_own_in_its_report():
    # blind sets 278 and 300: 科研处, 教务处 and 校委会 written alone in a party school's report
    ctx = context("福建省泉州市")
    ctx.publisher = "中共泉州市委党校"
    assert resolve_organization("科研处", ctx).name == "中共泉州市委党校科研处"
    assert resolve_organization("校委会", ctx).name == "中共泉州市委党校校务委员会"
    assert resolve_organization("科研处", ctx).type == "party"
    ctx = context("福建省泉州市")
    ctx.publisher = "中共泉州市委"  # a party committee has no sections written alone
    assert resolve_organization("科研处", ctx).name == "科研处"


def test_a_discipline_commission_s_offices_and_the_bureaus_the_procuratorates_had_before_2018():
    # blind set 300 (新邵县纪委监委 2018)
    ctx = context("湖南省邵阳市新邵县")
    ctx.publisher = "中共新邵县纪律检查委员会"
    assert resolve_organization("案件监督管理室", ctx).name == "中共新邵县纪律检查委员会案件监督管理室"
    assert resolve_organization("第一审查调查室", ctx).name == "中共新邵县纪律检查委员会第一审查调查室"
    assert resolve_organization("县委巡察办", ctx).name == "中共新邵县委巡察工作领导小组办公室"
    assert resolve_organization("县检察院反贪局", ctx).name == "新邵县人民检察院反贪污贿赂局"
    assert resolve_organization("县人民检察院反渎局", ctx).name == "新邵县人民检察院反渎职侵权局"
    # the central commission signs with 中共中央, as local commissions are named with 中共
    assert resolve_organization("中央纪委", ctx).name == "中共中央纪律检查委员会"


def test_police_brigades_and_a_tax_bureau_s_inspection_bureaus_written_short():
    ctx = context("四川省南充市营山县")
    ctx.publisher = "营山县公安局"
    assert resolve_organization("刑侦大队", ctx).name == "营山县公安局刑事侦查大队"
    assert resolve_organization("治安大队", ctx).name == "营山县公安局治安管理大队"
    ctx = context("河南省洛阳市")
    ctx.publisher = "国家税务总局洛阳市税务局"
    assert resolve_organization("第一稽查局", ctx).name == "国家税务总局洛阳市税务局第一稽查局"


def test_departments_listed_by_their_stems_before_bu_men():
    # blind set 301: 县人社、医保、卫健部门 · 县发改、财政、住建、交通运输、水利等27个部门
    orgs = resolved_orgs("泸溪县2023年法治建设工作报告\n县司法局会同县人社、医保、卫健部门开展重点领域行政执法突出问题专项整治。"
                         "组织县发改、财政、住建、交通运输、水利等27个部门和11个乡镇开展执法检查。")
    assert {"泸溪县人力资源和社会保障局", "泸溪县医疗保障局", "泸溪县卫生健康局", "泸溪县财政局",
            "泸溪县住房和城乡建设局", "泸溪县交通运输局", "泸溪县水利局"} <= set(orgs)


def test_a_union_s_departments_a_discipline_commission_s_rooms_and_a_tax_bureau_s_hall_are_their_own():
    # blind set 307: 法律保障部 · 组织宣传部 · 经费审查委员会 in a union's report, 法规室 and 信访室 in a
    # discipline commission's, 办税服务厅 in a tax bureau's (not a province's hall)
    ctx = context("陕西省汉中市城固县")
    ctx.publisher = "城固县总工会"
    assert resolve_organization("法律保障部", ctx).name == "城固县总工会法律保障部"
    assert resolve_organization("经费审查委员会", ctx).name == "城固县总工会经费审查委员会"
    assert resolve_organization("县委宣传部", ctx).name == "中共城固县委宣传部"  # the party committee's, named so
    ctx = context("安徽省黄山市")
    ctx.publisher = "中共黄山市纪律检查委员会"
    assert resolve_organization("第一监督检查室", ctx).name == "中共黄山市纪律检查委员会第一监督检查室"
    assert resolve_organization("信访室", ctx).name == "中共黄山市纪律检查委员会信访室"
    ctx = context("湖南省衡阳市衡山县")
    ctx.publisher = "国家税务总局衡山县税务局"
    assert resolve_organization("办税服务厅", ctx).name == "国家税务总局衡山县税务局办税服务厅"


def test_a_management_area_s_gong_wei_is_the_party_s_working_committee():
    # blind set 310 (屈原管理区 2015): 区工委 as 区委 is, in an area the party governs by a working committee
    ctx = context("湖南省岳阳市屈原管理区")
    assert resolve_organization("区工委", ctx).name == "中共岳阳市屈原管理区工作委员会"
    assert resolve_organization("县工委", context(QINGHE)).name == "清河县工委"  # a county has none


def test_a_tax_bureau_s_office_in_a_township_and_a_village_s_committee_written_short():
    # blind set 315: 织里税务分局 is the county tax bureau's, named as the national administration's;
    # 南强村委会 is 南强村's committee (the mined gold keeps the village's 村 36 times in 39)
    ctx = context("浙江省湖州市吴兴区织里镇")
    assert resolve_organization("织里税务分局", ctx).name == "国家税务总局湖州市吴兴区税务局织里税务分局"
    assert resolve_organization("南强村委会", ctx).name == "湖州市吴兴区织里镇南强村村民委员会"
    assert resolve_organization("南强村村委会", ctx).name == "湖州市吴兴区织里镇南强村村民委员会"


def test_a_tax_bureau_s_office_named_by_its_township_is_a_body():
    # blind set 315: 联合织里税务分局、织里派出所 (the office's head is 税务分局, as 司法所 is one)
    assert names("设企业帮办专窗，联合织里税务分局、织里派出所开展服务") == ["织里税务分局", "织里派出所"]


def test_a_procuratorate_s_service_centre_is_named_after_the_12309_line():
    # blind sets 300 and 316 (and six mined sets): 12309检察服务中心, written alone in a procuratorate's report
    ctx = context("湖北省宜昌市")
    ctx.publisher = "宜昌市人民检察院"
    centre = resolve_organization("检察服务中心", ctx)
    assert (centre.name, centre.type) == ("宜昌市人民检察院12309检察服务中心", "judiciary")
    assert resolve_organization("市检察院检察服务中心", context("湖北省宜昌市")).name == "宜昌市人民检察院12309检察服务中心"


def test_the_youth_league_s_committees_written_with_their_place_and_their_units():
    # blind set 323 (共青团盐城市委员会 2017): 团东台市委 is the league's (not 东台市委); 团市委's office, standing
    # committee and leading group are the league committee's
    ctx = context("江苏省盐城市")
    assert resolve_organization("团东台市委", ctx).name == "共青团东台市委员会"
    assert names("组织团东台市委、团射阳县委开展普法") == ["团东台市委", "团射阳县委"]
    assert names("代表团赴宁波市委党校参观") != ["团赴宁波市委"]  # no place's league: 赴宁波市 is no place
    office = resolve_organization("团市委办公室", ctx)
    assert (office.name, office.type) == ("共青团盐城市委员会办公室", "social")
    assert resolve_organization("团市委常委会", ctx).name == "共青团盐城市委员会常务委员会"
    group = resolve_organization("团市委法治建设领导小组", ctx)
    assert (group.name, group.type) == ("共青团盐城市委员会法治建设领导小组", "committee")


def test_a_people_s_organization_s_party_group_units_and_sections_are_its_own():
    # blind set 323 (宾川县残疾人联合会 2025): 县残联党组, 县残联法治建设工作领导小组, and 康复教育股 written alone
    orgs = resolved_orgs("宾川县残疾人联合会2025年法治建设工作总结\n县残联党组高度重视法治建设，调整县残联法治建设工作领导小组。"
                         "党组理论学习中心组开展法治专题学习。康复教育股会同县住房和城乡建设局开展无障碍检查。\n"
                         "宾川县残疾人联合会\n2025年12月5日\n")
    assert {"中共宾川县残疾人联合会党组", "宾川县残疾人联合会法治建设工作领导小组",
            "中共宾川县残疾人联合会党组理论学习中心组", "宾川县残疾人联合会康复教育股"} <= set(orgs)
    assert orgs["宾川县残疾人联合会康复教育股"].type == "social"


def test_a_standing_committee_s_and_a_government_office_s_own_party_groups():
    # blind sets 323 (柳州市人大常委会) and 326 (包头市人民政府办公室): 常委会党组, 办公室党组 in their own reports
    ctx = context("广西壮族自治区柳州市")
    ctx.publisher = "柳州市人民代表大会常务委员会"
    assert names("常委会党组理论学习中心组集中学习") == ["常委会党组理论学习中心组"]
    assert resolve_organization("常委会党组理论学习中心组", ctx).name == "中共柳州市人民代表大会常务委员会党组理论学习中心组"
    ctx = context("内蒙古自治区包头市")
    ctx.publisher = "包头市人民政府办公室"
    assert resolve_organization("办公室党组", ctx).name == "中共包头市人民政府办公室党组"


def test_a_court_s_units_written_short_and_a_province_s_high_court():
    # blind set 323 (湖州市中级人民法院 2019): 民一庭, 审管办, 研究室 alone in the court's report; 省高院
    ctx = context("浙江省湖州市")
    ctx.publisher = "湖州市中级人民法院"
    assert resolve_organization("民一庭", ctx).name == "湖州市中级人民法院民事审判第一庭"
    assert resolve_organization("审管办", ctx).name == "湖州市中级人民法院审判管理办公室"
    assert resolve_organization("研究室", ctx).name == "湖州市中级人民法院研究室"
    assert resolve_organization("省高院", ctx).name == "浙江省高级人民法院"
    assert names("审管办、研究室联合开展评查，民一庭、民二庭试行繁简分流") == ["审管办", "研究室", "民一庭", "民二庭"]


def test_a_county_tax_bureau_s_numbered_inspection_bureau_is_its_city_s():
    # blind set 323 (临朐县税务局 2024): a county bureau has no 第三稽查局; its city's inspects it
    ctx = context("山东省潍坊市临朐县")
    ctx.publisher = "国家税务总局临朐县税务局"
    assert resolve_organization("第三稽查局", ctx).name == "国家税务总局潍坊市税务局第三稽查局"
    ctx = context("山东省潍坊市")
    ctx.publisher = "国家税务总局潍坊市税务局"
    assert resolve_organization("第三稽查局", ctx).name == "国家税务总局潍坊市税务局第三稽查局"


def test_a_township_s_office_after_its_level_word_is_no_county_s():
    # blind set 325 (武侯镇 2016, 陕西): 镇安监办 is the township's 安监办, though 镇安 is a county of 陕西
    ctx = context("陕西省汉中市勉县武侯镇")
    assert resolve_organization("镇安监办", ctx).name == "勉县武侯镇安全生产监督管理办公室"
    assert resolve_organization("镇安县人民政府", ctx).name == "镇安县人民政府"


def test_a_company_s_name_begins_after_bang_zhu():
    # blind set 325 (威远镇 2022): 帮助 is a verb before the body it helps, never part of a name
    assert names("帮助青海互助天佑德青稞酒股份有限公司完善合规管理") == ["青海互助天佑德青稞酒股份有限公司"]


def test_a_department_s_enforcement_body_named_by_its_matter():
    # blind set 324 (陕西省交通运输厅 2020): 组建陕西省交通运输综合执法局, a department's matter before an
    # enforcement body's head that takes no other core
    assert names("组建陕西省交通运输综合执法局，市县两级交通运输综合执法机构同步组建") == ["陕西省交通运输综合执法局"]
    assert names("成立市文化市场综合行政执法支队") == ["市文化市场综合行政执法支队"]


def test_the_cheng_xiang_of_cheng_xiang_jian_she_is_no_township():
    # blind set 324 (安徽省自然资源厅 2019): 省住房城乡建设厅 (no township 房城乡); 原国土资源厅, the department
    # before the 2018 reform
    assert names("对机构改革前原国土资源厅、省住房城乡建设厅出台的规范性文件进行清理") == ["国土资源厅", "省住房城乡建设厅"]
    assert names("古城乡人民政府开展普法") == ["古城乡人民政府"]  # a township named 古城乡 is one
    ctx = context("安徽省")
    assert resolve_organization("省住房城乡建设厅", ctx).name == "安徽省住房和城乡建设厅"


def test_a_verb_after_a_bureau_is_no_township_s_stem():
    # blind set 322 (柳州市 2024): 市公安局推动派出所、司法所… (the bureau acts; no station 推动派出所)
    assert names("市公安局推动派出所、司法所、律师事务所联动化解纠纷")[0] == "市公安局"
    assert names("县公安局城关派出所开展普法") == ["县公安局城关派出所"]


def test_a_zone_s_party_committee_its_police_branch_and_its_bonded_zone_s_short_kind():
    # blind set 333: 中共岳阳市屈原管理区工作委员会 (no 工作委员会 twice); the city's police branch of a zone the
    # data names with its city's full name (岳阳市屈原管理区: no 市屈原管理区分局); 综保区 in 舟山港综合保税区's report
    ctx = context("湖南省岳阳市屈原管理区")
    assert resolve_organization("中共岳阳市屈原管理区工作委员会", ctx).name == "中共岳阳市屈原管理区工作委员会"
    assert resolve_organization("营田派出所", ctx).name == "岳阳市公安局屈原管理区分局营田派出所"
    orgs = resolved_orgs("舟山港综合保税区2019年法治政府建设情况报告\n综保区行政服务中心设立“一窗受理”窗口，"
                         "综保区企业纠纷调解中心调处纠纷。\n舟山港综合保税区管理委员会\n2020年1月10日\n")
    assert {"舟山港综合保税区行政服务中心", "舟山港综合保税区企业纠纷调解中心"} <= set(orgs)


def test_a_party_group_written_in_full_and_a_people_s_organization_s_organ_s_group():
    # blind set 331: 中共江门市政协党组理论学习中心组 is the conference's group's (no 市委's); 中共…局党组 written
    # in full; 市工商联党组; 机关法治建设领导小组 alone in a people's organization's or a conference's report
    ctx = context("广东省江门市")
    ctx.publisher = "中国人民政治协商会议江门市委员会"
    assert resolve_organization("中共江门市政协党组理论学习中心组", ctx).name == "中共中国人民政治协商会议江门市委员会党组理论学习中心组"
    group = resolve_organization("市政协机关法治建设领导小组", ctx)
    assert (group.name, group.type) == ("中国人民政治协商会议江门市委员会机关法治建设领导小组", "committee")
    ctx = context("河南省洛阳市")
    assert resolve_organization("中共洛阳市生态环境局党组", ctx).name == "中共洛阳市生态环境局党组"
    ctx.publisher = "洛阳市工商业联合会"
    assert resolve_organization("市工商联党组", ctx).name == "中共洛阳市工商业联合会党组"
    assert resolve_organization("机关法治建设领导小组", ctx).name == "洛阳市工商业联合会机关法治建设领导小组"
    ctx.publisher = "洛阳市人民政府"  # a government's report: the city's group, as before
    assert resolve_organization("机关法治建设领导小组", ctx).name == "洛阳市机关法治建设领导小组"


def test_a_county_bureau_s_branch_in_a_township_is_named_by_its_stem():
    # blind set 334 (周庄镇 2021) and set 241: 镇市场监管分局 is the county bureau's branch (昆山市市场监督管理局周庄分局);
    # a district's is the district's, as before
    assert resolve_organization("镇市场监管分局", context("江苏省苏州市昆山市周庄镇")).name == "昆山市市场监督管理局周庄分局"
    assert resolve_organization("区市场监管分局", context("四川省成都市武侯区")).name == "成都市武侯区市场监管分局"


def test_a_discipline_commission_s_standing_committee_and_the_league_s_party_group():
    # blind sets 339 and 323 (and mined sets 149, 158, 307): 县纪委常委会 is the commission's own standing
    # committee; the league's 党组 is the party's (中共共青团天水市委员会党组)
    assert names("全年召开县纪委常委会会议专题研究法治建设") == ["县纪委常委会"]
    ctx = context("云南省曲靖市陆良县")
    assert resolve_organization("县纪委常委会", ctx).name == "中共陆良县纪律检查委员会常务委员会"
    assert resolve_organization("中共陆良县纪律检查委员会常务委员会", ctx).name == "中共陆良县纪律检查委员会常务委员会"
    assert resolve_organization("县委常委会", ctx).name == "中共陆良县委员会常务委员会"
    group = resolve_organization("团市委党组", context("甘肃省天水市"))
    assert (group.name, group.type) == ("中共共青团天水市委员会党组", "party")



def test_a_discipline_commission_s_own_standing_committee_and_study_group_after_its_committee_s_word():
    # blind set 347 (鄂尔多斯市纪委监委 2023): 委常委会, 委理论学习中心组 in the commission's own report
    orgs = resolved_orgs("中共鄂尔多斯市纪律检查委员会2023年法治建设工作报告\n全年召开委常委会会议专题研究法治建设，"
                         "委理论学习中心组专题学习《中华人民共和国监察法》。\n")
    assert {"中共鄂尔多斯市纪律检查委员会常务委员会", "中共鄂尔多斯市纪律检查委员会理论学习中心组"} <= set(orgs)


def test_a_county_s_environmental_branch_is_its_city_bureau_s():
    # blind set 363 and mined sets 9, 94, 97, 213: 县生态环境分局 is the city bureau's branch (the 2019 reform), and
    # 市生态环境局郸城分局 in 郸城县's report is 周口市's bureau's, by the county's short name
    assert resolve_organization("县生态环境分局", context("河南省信阳市新县")).name == "信阳市生态环境局新县分局"
    assert resolve_organization("市生态环境分局", context("山东省济宁市邹城市")).name == "济宁市生态环境局邹城分局"
    assert resolve_organization("市生态环境局郸城分局", context("河南省周口市郸城县")).name == "周口市生态环境局郸城分局"
    # a district's, as before; a branch named after a township stays the county's
    assert resolve_organization("区生态环境分局", context("湖北省宜昌市夷陵区")).name == "宜昌市生态环境局夷陵区分局"
    assert resolve_organization("市市场监管局狮山分局", context("广东省佛山市南海区")).name.endswith("市场监督管理局狮山分局")


def test_levelled_courts_without_people_s_and_commissions_that_run_a_city():
    # blind sets 362 and 365, mined sets 58-352 (市中级法院 22 times): 州中级法院 is the prefecture's court; a
    # district's 城市管理委员会 and Beijing's 住房和城市建设委员会 written short; Hunan's 文化旅游广电体育局
    orgs = resolved_orgs("延吉市人民政府2015年法治政府建设情况报告\n行政诉讼案件由州中级法院管辖,全年应诉19件。\n"
                         "延吉市人民政府\n2016年1月10日\n")
    assert "延边朝鲜族自治州中级人民法院" in orgs
    orgs = resolved_orgs("天津市和平区小白楼街道办事处2021年法治政府建设情况报告\n由街道牵头组织区城市管理委、区市场监管局联合执法,"
                         "配合区住房城市建设委推进退租。\n")
    assert {"天津市和平区城市管理委员会", "天津市和平区住房和城市建设委员会"} <= set(orgs)
    orgs = resolved_orgs("凤凰县人民政府2023年法治政府建设情况报告\n县文化旅游广电体育局联合县城市管理和综合执法局开展检查。\n")
    assert "凤凰县文化旅游广电体育局" in orgs


def test_a_verb_that_sorts_out_a_zone_s_lists_opens_no_name():
    # blind set 372 (大路工业园区 2016): 梳理|园区管委会权力清单, in the zone's own report the zone's committee
    orgs = resolved_orgs("准格尔旗大路工业园区管理委员会关于2016年度依法行政工作情况的报告\n根据旗人民政府法制办公室统一部署,"
                         "梳理园区管委会权力清单和责任清单。\n准格尔旗大路工业园区管理委员会\n2016年12月28日\n")
    assert "准格尔旗大路工业园区管理委员会" in orgs and not any(name.startswith("梳理") for name in orgs)


def test_a_province_s_cities_and_prefectures_open_every_such_body():
    # blind set 382 (湖北省生态环境厅 2023): 各市州|生态环境局 is every city's bureau, none of the province's
    assert names("各市州生态环境局及其分局全年下达处罚决定书3100余份") == []
    assert names("市生态环境局开展检查") == ["市生态环境局"]


def test_a_development_zone_s_enforcement_bureau_keeps_its_short_name():
    # blind set 380 (宝鸡高新区 2022, 芜湖经开区 2021) and the mined gold (11 of 16 zones keep 综合执法局; 35 of 48
    # counties and cities are named 综合行政执法局)
    orgs = resolved_orgs("宝鸡高新技术产业开发区管理委员会2022年法治政府建设情况报告\n高新区综合执法局开展检查,区综合执法局全年办理案件。\n"
                         "宝鸡高新技术产业开发区管理委员会\n2023年1月10日\n")
    assert "宝鸡高新技术产业开发区综合执法局" in orgs
    assert resolve_organization("县综合执法局", context("浙江省湖州市安吉县")).name == "安吉县综合行政执法局"


def test_a_province_s_court_written_short_or_alone_before_its_unit_is_its_high_court():
    # blind set 379 (甘肃省高级人民法院 2019): 省高院|诉讼服务中心, 法院诉讼服务中心 in the province's report
    ctx = context("甘肃省")
    ctx.publisher = "甘肃省高级人民法院"
    assert resolve_organization("省高院诉讼服务中心", ctx).name == "甘肃省高级人民法院诉讼服务中心"
    assert resolve_organization("省高级法院立案庭", ctx).name == "甘肃省高级人民法院立案庭"
    assert resolve_organization("法院诉讼服务中心", ctx).name == "甘肃省高级人民法院诉讼服务中心"
    assert resolve_organization("法院诉讼服务中心", context("湖北省宜昌市夷陵区")).name == "宜昌市夷陵区人民法院诉讼服务中心"


def test_a_police_traffic_detachment_written_short_is_named_in_full():
    # blind set 379 (包头市公安局 2020): 市公安局交管支队 → …交通管理支队, as 交警支队 → 交通警察支队
    ctx = context("内蒙古自治区包头市")
    ctx.publisher = "包头市公安局"
    assert resolve_organization("市公安局交管支队", ctx).name == "包头市公安局交通管理支队"


def test_a_mediation_room_named_after_the_one_who_runs_it_keeps_its_name():
    # mined sets (老杨调解中心 12 times as written, 26 of 38 such rooms without a place): 老 and a surname or a
    # calling open a name of its own; a body of the kind stays the place's
    ctx = context("浙江省绍兴市诸暨市枫桥镇")
    assert resolve_organization("老杨调解中心", ctx).name == "老杨调解中心"
    assert resolve_organization("老兵调解室", ctx).name == "老兵调解室"
    assert resolve_organization("老年人协会", ctx).name == "诸暨市枫桥镇老年人协会"
