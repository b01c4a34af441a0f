"""Find named bodies by the grammar of their names: jurisdiction + descriptive core + head noun.

吉安市吉州区人民政府 · 中共孝义市委全面依法治市委员会办公室 · 县司法局 · 市委 · 区政府 ·
自治县人民政府办公室 · 县编办 · 古南街道便民服务中心 · 中央依法治国办 — and national bodies
by name. Generic plurals and roles (各乡镇, 相关部门, 行政执法部门) are not bodies.

The recogniser anchors on head nouns and extends leftwards. It does so in one regular
expression run over the *reversed* text, where a head noun comes first and the name's
jurisdiction after it, so that the whole left extension happens inside ``re`` and Python
only sees candidate names (see ``_reversed_grammar``).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from fazhi.gazetteer.administrations import national_administrations
from fazhi.gazetteer.corps import MIN_BARE_REGIMENT, corps
from fazhi.gazetteer.divisions import (LEVEL_ENDINGS, STREET_NAME, TOWNSHIP_ENDING, TOWNSHIP_ENDINGS, WORDS_AFTER_LEVEL,
                                       ZONE_GOVERNMENTS, divisions, raised_town_name)
from fazhi.lexicon import longest_first, read_rows, read_words
from fazhi.nlp.spans import add_span, span_group
from fazhi.text import NOT_HAN_RANGES, SQUAD_OWNER_ENDINGS, STANDING_COMMITTEE_SHORT, is_han, trie_pattern

# Characters a name's descriptive core never contains: function words, and the final
# characters of departments (司法局|、|人保局 are two names, not one). Not 那: reports never point
# with it, and it opens place names of the north and the south-west (那日图嘎查 · 那坡县).
CORE_STOP = "的了在对向将把是各等从由于及与或就也都并要已被所其该每这此个入局厅"
# Any Han character that may stand in a core (forward: 劳动争议调解 · 全面推行三项制度工作).
CORE_CHAR = "[^" + NOT_HAN_RANGES + CORE_STOP + "]"
# In the reversed grammar, function words and boundary words that are part of a word stand in a
# core too: 个 of 个体 (县|个体劳动者|协会), 由 of 自由 (海南自由贸易港|知识产权法院), 都 of 成都,
# 经 of 经济, 经开区 and streets named 经N路 (郑州|经济技术开发区管理委员会 · 经开区|政务服务办公室 ·
# 经八路派出所), 与 of 复议与应诉 (县政府|行政复议与应诉工作领导小组), of 执法与刑事 (行政执法与刑事司法衔接工作联席会议)
# and of 服务与数据 (旗|政务服务与数据管理局, as 内蒙古's banners name the bureau),
# 入 of 出入境 (市公安局|出入境管理支队), 就 of 就业 (市|公共就业和人才服务中心).
WORD_INTERNAL_REVERSED = "(?<=体)个|由(?=自)|都(?=成)|(?<=[开济])经|(?<=路[一二三四五六七八九十])经|(?<=诉应)与(?=议复)|(?<=事刑)与(?=法执)|(?<=据数)与(?=务服)|(?<=境)入(?=出)|(?<=业)就"
# Any Han character that may stand in a township's name (古楼镇 · 濮院镇 · 大石桥镇).
TOWN_CHAR = "[^" + NOT_HAN_RANGES + "的了在对向将把是各等从由于及与或和就也都并要已被其该每这此个]"
# The full name a local political consultative conference's opens with (…<place>委员会), and the
# short form that stands for it there: 政协平遥县委员会 · 政协宜昌市委员会社会和法制委员会
CPPCC = "中国人民政治协商会议"
CPPCC_SHORT = "政协"
# A village's or a neighbourhood's committee: with a county's or city's name and no village's it
# is every such committee of the area (天津市村民委员会换届选举), reversed as the grammar reads it.
VILLAGE_COMMITTEES_REVERSED = frozenset(h[::-1] for h in ("村民委员会", "村委会", "居民委员会", "居委会"))
# A meeting of a place's leaders, written like a joint body: 镇|党政|联席会议 (its standing agenda, no body)
LEADERS_MEETINGS_REVERSED = frozenset(h[::-1] for h in ("党政联席会议", "党政班子联席会议"))
# The township endings as they stand in the reversed text (道街 · 木苏 · 镇 · 乡).
TOWNSHIP_ENDINGS_REVERSED = tuple(ending[::-1] for ending in TOWNSHIP_ENDINGS)
# 乡 ending a township, reversed: not the 城乡 of 城乡建设 and 城乡规划 (古城乡 is a township)
CITY_AND_COUNTRYSIDE_GUARD = "(?:乡(?!城)|(?<!设建)(?<!划规)乡)"
# Bodies a name can be placed under, between its place and its own head (forward):
# 中共孝义市|委|全面依法治市委员会 · 孝义市|政府|研究和服务中心 · 合川区|人民法院|古楼人民法庭.
PARENT_BODIES = ("委", "党委", "党工委", "人民政府", "政府", "行政公署", "行署", "人民法院", "司法局", "公安局", "分局")
# Branches from which a node of the division-name trie gets a guard. A guard (a class of Han
# characters) costs about a third of a millisecond to compile, and the trie has some 200 nodes of
# 4 branches or more, nearly all reached only after two characters of a name matched: guarding
# only the wide ones (the characters before 市, 县, 区 …) cuts the trie's compile time by a third and
# leaves the recogniser's speed as it was.
PLACE_GUARD_AT = 32
# Characters after a division name that make a word of it: 县域 · 市属 · 省内.
PLACE_CONTINUATION = "域属内外长"
# A county or district of one character and its level (范县, 理县, 成县, 和县, 城区) is most often
# the end of a word before a level word: 规范|县政府 · 清理|县 · 完成|县司法局 · 市政府和|县委.
# Such a name counts only after a character that cannot end such a word: none (a line's
# start, punctuation), a parent's level (安徽省和县), a function word (在理县), 中共, 年, or the 和
# of a list (津市市政府和|澧县政府; 市政府|和县委 is still no 和县: 府 opens no such name).
SHORT_PLACE_LEVELS = "县区旗"
SHORT_PLACE_AFTER = LEVEL_ENDINGS + CORE_STOP + "共年和"
# Such a name that opens with a conjunction (和县) counts only after a parent's level or no Han character:
# after a body's end its 和 joins two names (县林业局|和|县森林公安局, in 安徽's 霍山县 as in any report)
CONJUNCTION_OPENED = "和与及同"
# A core that only counts: 一间|办公室 · 两个|中心.
COUNTING_CORE = re.compile(r"^[一二两三四五六七八九十几多每首各该本这那][间个家所批座处类项种级]?$")
# The grassroots units a count counts: 25个|社区|人民调解委员会 · 十二个村|… (every such body, no name)
UNIT_KIND_WORDS = r"(?:社区|村|村居|行政村|乡镇|镇街|街道|镇|乡|苏木|嘎查)"
UNIT_KIND = re.compile(UNIT_KIND_WORDS)
COUNTED_UNITS = re.compile(r"[一二两三四五六七八九十百千\d]+[个家所]" + UNIT_KIND_WORDS)
COUNT_BEFORE = re.compile(r"[一二两三四五六七八九十百千\d]+[个家所]$")  # 25个|社区…
COUNT_REACH = 8  # characters before a core looked at for such a count
# A core that opens with a count's measure word (1家|社区卫生服务中心) or with a pair of levels
# that makes it every such body (乡镇|综合养老服务中心, 市县|托育综合服务中心, 嘎查村|人民调解委员会:
# Inner Mongolia's 嘎查 and 村; 各市州|生态环境局: a province's cities and prefectures).
# A core opened by 全 and a level is every such body of the area: 全市|社区卫生服务中心 · 全县|派出所.
KIND_CORE = re.compile(r"^(?:苏木乡镇|乡镇|镇街|镇村|嘎查村|市县|县区|区县|县乡|省市|市州|市区县|县市区|村级|村居|全[省市县区镇乡旗]"
                       # the last of a list of levels and their number (镇、村|两级|人民调解委员会 ·
                       # 县、乡、村|三级|社会治理综合服务中心): every such body of those levels
                       r"|[省市县区乡镇街村居社]{0,4}[两二三四五]级)")
# A count of levels opening a core after a level word, the last of a list: 市、县|两级|… · 市、县、乡|三级|…
LEVELS_COUNTED = re.compile(r"[两二三四五]级")
MEASURE_WORDS = "家个所项批座类种间"
# Places that act, named alone in a list, with what kind they are after 等: 龙江镇、白山镇| ·
# 弥阳街道、新哨镇|等乡镇(街道)| · 府谷县| (what follows must be a verb of org_actor_verbs.txt). A county-level
# city may stand in the list (康定市、泸定县|率先开展), but a list is looked for only from a township's or a
# county's level word (_place_before_verb): 市|开展 is mostly 全市 or 我市, or a city a province oversees.
PLACE_NAME = f"[\u3400-\u9fff]{{1,7}}?(?:{TOWNSHIP_ENDING}|县|区|旗|市)"
PLACE_KIND_AFTER = "(?:等(?:乡镇|街道|镇|乡|县|区|县区|地)(?:[(（][^()（）]{1,6}[)）])?)?"
ACTING_PLACES = re.compile(f"(?P<places>{PLACE_NAME}(?:[、和]{PLACE_NAME})*)" + PLACE_KIND_AFTER)
MAX_PLACE_RUN = 60  # characters from a list's start to its last place
# The Han characters and list marks that run up to a place: where its list can begin
PLACE_RUN = re.compile("[\u3400-\u9fff、]*$")
# Where else than at a clause's start such a list may begin: after 向, 与, 同, 对 (区司法局对|乔屯街道、
# 文化路街道开展执法监督: the streets' offices, supervised).
PLACE_PREPOSITIONS = ("向", "与", "同", "对")
# After 对, a list of townships is bodies acted on only right before one of these: 对乔屯街道、文化路街道|开展执法监督.
# Counties so written are the places a city inspects (对镜湖区、南陵县开展法治督察), which annotators leave
# out about five times in six: only townships, whose offices are supervised, count there.
SUPERVISING_VERBS = ("开展", "进行")
# Characters that open no place's name but a phrase before it: 在|薛家湾镇、沙圪堵镇设立 (a location)
NOT_A_PLACE_START = "在对于从到经将把由给为和及与向同全各"
# Places named alone in a list of bodies are their governments: 对|乔瓦镇、瓦厂镇|和县公安局 ·
# 区行政审批局和|湖塘镇、牛塘镇|等单位 · 支持|平坝区|、镇宁自治县政府开展. Between the bodies and the
# places stands one of LIST_JOINERS; before the places (when the body comes after) one of
# LISTED_PLACE_OPENERS or no Han character; a place 在 opens is a location (在城关镇和县政务服务中心设立).
LIST_JOINERS = "、和及"
LISTED_PLACE_OPENERS = "对向与同将由和及"
LONGEST_PLACE = 9  # characters of the longest place name read in such a list (达尔罕茂明安联合旗)
# A place of such a list is named with its level: 湖塘镇 · 松岭区, not 喀什 (喀什和|霍尔果斯经济开发区 share a head)
LISTED_PLACE = re.compile(PLACE_NAME)
# The characters such a place's name can end with: the last of its level (镇 乡 道 木 县 区 旗)
LISTED_PLACE_LAST = frozenset(ending[-1] for ending in (*TOWNSHIP_ENDINGS, "县", "区", "旗", "市"))
# A joint or temporary body named after a programme in quotes (its jurisdiction right before the
# quote): 县|“七五”普法工作领导小组 · 市|“双随机、一公开”监管工作联席会议 · 区|“放管服”改革协调小组办公室
QUOTED_PROGRAMME_BODY = re.compile("[“\"「][\u3400-\u9fff0-9、·]{2,12}[”\"」]" + CORE_CHAR + "{0,8}?"
                                   "(?:领导小组办公室|领导小组|协调小组办公室|协调小组|工作专班|专班|联席会议办公室|联席会议|"
                                   "指挥部办公室|指挥部)")
# Words every head of QUOTED_PROGRAMME_BODY holds (a text without one names no such body)
QUOTED_PROGRAMME_HEAD_WORDS = ("小组", "专班", "联席会议", "指挥部")
# A leading group's office written without the group's name, after the group: …领导小组,|领导小组办公室设在…
# (领导组 is the older word: …依法行政工作领导组,|领导组办公室设在市法制办); a headquarters' too:
# 市森林草原防灭火指挥部…,|指挥部办公室与市应急管理局合署办公
GROUP_OFFICE = re.compile("领导小?组办公室|领导小?组办(?![公理事法])|协调小组办公室|指挥部办公室")
# The four coordination groups every 全面依法治X委员会 has had since 2018, named alone after it:
# 委员会下设的|立法协调小组、执法协调小组 · 区委全面依法治区委员会执法协调小组、|司法协调小组
COORDINATION_GROUP = re.compile("(?:立法|执法|司法|守法普法)协调小组")
# What may stand just before a coordination group named alone: 下设(的)| · a list's mark
COORDINATION_GROUP_AFTER = "的设、和及"
# A leading group named without its jurisdiction after the post that leads it: 成立由镇长任组长的|
# 依法行政工作领导小组 · 以党工委书记为组长的|法治建设工作领导小组 · 以镇长为组长、分管副镇长为副组长、各站所
# 负责人为成员的|依法行政工作领导小组 (resolve names it after the reporting body)
LED_GROUP = re.compile(r"(?:由|以)[\u3400-\u9fff、]{1,12}?(?:任|为|担任)组长"
                       r"(?:[、，,][\u3400-\u9fff、]{1,16}?(?:任|为|担任)(?:副组长|成员)){0,3}的(?P<group>[\u3400-\u9fff]{2,20}?"
                       r"(?:领导小组|工作专班))(?!办)")
# A leading group the report sets up or reshapes, named without a jurisdiction: 局党委及时调整|全面依法治税
# 领导小组 · 成立|减税降费工作领导小组 · 调整完善|管委会依法行政工作领导小组 (a group named with one is found
# by the grammar)
SET_UP_GROUP = re.compile(r"(?:成立|组建|调整充实|调整完善|调整|充实|完善)了?(?P<group>(?![由以各本我充]|全[省市县区镇乡旗州盟])"
                          r"[\u3400-\u9fff]{2,20}?领导小组)(?!办)")
# Who else a sentence may have set up such a group: 推动各成员单位和行政执法部门结合工作实际,成立法治建设
# 领导小组 · 指导村(社区)成立… — then the group is not the reporting body's
OTHERS_SET_UP = re.compile(r"各|督促|指导|推动|要求|帮助|协助|下属|所属")
# What follows a body's name in the title of the law about such bodies: 《村民委员会|组织法》 ·
# 《全国人民代表大会和地方各级人民代表大会|选举法》. The name there is part of the law's title; not where
# the law's 法 opens another word, the body's verb and its object: 县司法局|组织法治文艺演出 · 组织法律顾问
LAWS_OF_BODIES = re.compile("(?:组织|选举|代表)法(?![治律制规学宣援官院])")
# What makes a kind of body named without a place the system of such bodies: 坚持和完善人民代表大会|制度
# (县信访工作联席会议|制度, with its place, is the body's own rules and names the body)
SYSTEM_AFTER = "制度"
# A quoted name after a verb of honouring is an honour, not a body: 被评为“全区模范人民调解委员会”.
HONOUR_QUOTES = ("“", "\"", "「")
HONOUR_REACH = 12  # characters of the honour before the body's head: “全国模范|司法局”
# An honour written without quotes: the area and the merit open the name (被司法部评为|全国模范人民调解委员会);
# no body is named so.
HONOUR_NAME = re.compile(r"全[国省市区县州盟旗](?:模范|先进|优秀|示范|五星级|星级|文明)")
# A name in quotes that the words after the quote call a brand, a model or an activity is the measure's
# name, not a body: 打造“|浑河和事厅|”调解品牌 · “老兵调解室”工作法 · 开展“律师进中队”活动
BRAND_AFTER_QUOTE = re.compile(r"[”\"」](?:[\u3400-\u9fff]{0,4}?(?:品牌|模式|工作法)|活动)")
# The longest descriptive core; a core that runs this long without a boundary was cut mid-word.
MAX_CORE = 14
# A national body written short must stand apart from its neighbours: 中办 but not 集中办理.
NATIONAL_SHORT = 2
# What stands after a national body written short that shows it is one, whatever stands before it:
# the other general office (学习中办、国办印发的). Not 印发: 中央依法治国办印发 holds no 国办.
NATIONAL_SHORT_PAIRED = re.compile(r"[、和与及]?(?:中办|国办)")
# 中央 alone is a body only beside a party committee of a lower level: 按照|中央|和省委部署 ·
# 中央和自治区党委关于. Beside levels (落实中央、市级、区级关于…) it is a level, not a body.
# (中央 stands first, its look-behind after it, so that re skips to the next 中央 in C)
CENTRE_BESIDE_COMMITTEE = re.compile(r"中央(?<![党共]中央)(?=[和、及与](?:省|自治区|市|州|盟|县|区|旗)党?委(?![员会托]))")


@dataclass(frozen=True, slots=True)
class OrgSpan:
    start: int
    end: int
    rule: str
    type: str | None  # the type the head gives, refined by resolve


@dataclass(frozen=True, slots=True)
class HeadInfo:
    type: str
    alone: str  # yes | core | no: whether the head may stand without a jurisdiction
    core: bool = False  # whether a descriptive core may stand before the head


def _written_forms(row: list[str]) -> list[str]:
    """A lexicon row's name and the other forms its second column lists, comma-separated."""
    return [row[0], *(row[1].split(",") if len(row) > 1 and row[1] else [])]


# The endings that make a department's written form a body's name (人社局, 供销社, 妇联), not a
# stem that names one only in a list (人社, 公安): 社 only as 合作社 and 供销社 (人社 is a stem).
DEPARTMENT_FORM_ENDINGS = ("局", "委", "办", "室", "中心", "团", "部", "所", "合作社", "联合社", "供销社", "会", "组", "联", "校")


@lru_cache(maxsize=1)
def _zone_government_heads() -> frozenset[str]:
    """The heads of a zone's government by its kind (开发区管委会 · 高新区管理委员会), which a report may
    write alone for its own zone's (org_heads.tsv)."""
    return frozenset(head for head, info in _heads().items() if info.type == "government"
                     and any(head.endswith(g) and len(head) > len(g) for g in ZONE_GOVERNMENTS))


@lru_cache(maxsize=1)
def _heads() -> dict[str, HeadInfo]:
    """Every head noun with its type; department names count as heads of their own."""
    heads: dict[str, HeadInfo] = {}
    for row in read_rows("org_heads.tsv"):
        heads[row[0]] = HeadInfo(row[1], row[2], row[3] == "yes")
    for row in read_rows("org_departments.tsv"):
        otype = row[2] if len(row) > 2 and row[2] else "department"
        for form in _written_forms(row):
            if form.endswith(DEPARTMENT_FORM_ENDINGS) and len(form) >= 2:
                heads.setdefault(form, HeadInfo(otype, "yes"))
    return heads


@lru_cache(maxsize=1)
def _national() -> dict[str, str]:
    """Written forms of national bodies → type; 中央 alone is too vague to be one."""
    names = {}
    for row in read_rows("national_bodies.tsv"):
        for form in _written_forms(row):
            if len(form) >= 2 and form != "中央":
                names[form] = row[2] if len(row) > 2 else "other"
    return names


def is_department_word(word: str) -> bool:
    """Whether a word is a department's name written without its head noun (公安, 税务, 市场监管)."""
    return word in _department_short_forms()


@lru_cache(maxsize=1)
def _department_short_forms() -> frozenset[str]:
    """Department names written without a head noun (公安, 市场监管, 发改): bodies only in a list."""
    forms = set()
    for row in read_rows("org_departments.tsv"):
        for form in _written_forms(row)[1:]:
            if form not in _heads():
                forms.add(form)
    return frozenset(forms)


@lru_cache(maxsize=1)
def _department_stems() -> frozenset[str]:
    """What a department's name says before its head noun: 农业农村(局) · 卫生健康(委员会) · 教育(局)."""
    stems = set()
    for row in read_rows("org_departments.tsv"):
        for form in _written_forms(row):
            for head in ("委员会", "局", "委"):
                if form.endswith(head) and len(form) - len(head) >= 2:
                    stems.add(form[:-len(head)])
    return frozenset(stems)


def _department_acting(text: str, core_start: int, core_end: int, head: str) -> bool:
    """Whether the core between a department (the jurisdiction's parent body) and a township's office
    is a verb, no township's stem: 市公安局|推动|派出所. A weak verb may stand in other cores
    (县司法局|推进法治宣传工作|领导小组)."""
    return head in TOWN_OFFICES and text[core_start - 1] in "局厅" and not _is_town_stem(text[core_start:core_end]) \
        and any(text.startswith(word, core_start) for word in _weak_words_longest_first())


# What names an enforcement body (综合执法局 · 综合行政执法支队)
ENFORCEMENT = "执法"
# What a department's name is written after when it was so named before a reform: 原|国土资源厅
FORMER = "原"


def _is_merged_department(core: str) -> bool:
    """Whether the core before a department's name is another department's, joined to it: a county
    merges two departments into one (县|农业农村和|科技局 · 县|卫生健康和|体育局)."""
    return core.endswith(("和", "与")) and core[:-1] in _department_stems()


def _is_department_of_matter(core: str, head: str) -> bool:
    """Whether a department's name may stand after ``core`` though its head takes none: another
    department's joined to it (县|农业农村和|科技局), or a department's matter before an enforcement
    body of its own (省|交通运输|综合执法局 · 市|文化市场|综合行政执法支队)."""
    return _is_merged_department(core) or (ENFORCEMENT in head and core in _department_stems())


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    return read_words("org_generic.txt")


@lru_cache(maxsize=1)
def _last_characters() -> re.Pattern:
    """Any character a name found by either grammar can end with: no match, no name."""
    ends = {w[-1] for w in [*_heads(), *_national(), *_coordinated(), "常委会", "主席团", "督察组"]}
    return re.compile(_class("".join(ends)))


@lru_cache(maxsize=1)
def _longest_short_form() -> int:
    return max(map(len, _department_short_forms()))


@lru_cache(maxsize=1)
def _coordinated() -> dict[str, str]:
    return {row[0]: row[1] for row in read_rows("org_coordinated.tsv")}


def _class(chars: str) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"


def _trie(words, guard_at: int = 4) -> str:
    """A prefix trie of ``words`` as a pattern whose alternations fail fast.

    ``re`` tries the branches of an alternation one after another; a node with many
    branches first checks its next character against one character class (a table look-up)
    so that a position no word continues from costs one test, not one per branch.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if len(branches) >= guard_at:
            body = f"(?={_class(''.join(ch for ch in node if ch))})" + body
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _rev_trie(words, guard_at: int = 4) -> str:
    return _trie(sorted({w[::-1] for w in words if w}), guard_at)


def _last_first(words, guards: dict[str, tuple[str, str]] | None = None, extra: tuple[str, ...] = ()) -> str:
    """``words`` reversed as one alternation whose every branch starts with a literal character.

    ``re`` scans in C for the first character of such a pattern (it tries every position in
    its slow path otherwise), so the grammar starts with a name's last character.
    Guards (org_head_guards.tsv) say which neighbours show the word is part of a longer one:
    办 not followed by 公 (办公大楼) is ``办(?<!公办)``; a lone 办 not preceded by 主 (主办)
    is ``办(?!主)``. ``extra`` branches (each starting with a literal) join the alternation.
    """
    guards = guards or {}
    by_last: dict[str, set[str]] = {}
    for w in words:
        if w:
            by_last.setdefault(w[-1], set()).add(w[:-1][::-1])
    branches = []
    for last, rests in sorted(by_last.items()):
        after, before = guards.get(last, ("", ""))
        branch = re.escape(last) + _not_followed_by(last, after, WORDS_AFTER_HEAD)
        longer = _trie(sorted(r for r in rests if r))
        alone = f"(?!{_class(before)})" if before else ""
        if not longer:
            branch += alone
        elif "" in rests:
            branch += f"(?:{longer}|{alone})" if alone else f"(?:{longer})?"
        else:
            branch += longer
        branches.append(branch)
    return "(?:" + "|".join([*extra, *branches]) + ")"


@lru_cache(maxsize=None)
def _guards(name: str) -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1] if len(row) > 1 else "", row[2] if len(row) > 2 else "") for row in read_rows(name)}


@lru_cache(maxsize=1)
def _boundary_tuple() -> tuple[str, ...]:
    return tuple(_boundary_words())


@lru_cache(maxsize=1)
def _boundary_last_characters() -> frozenset[str]:
    return frozenset(w[-1] for w in _boundary_words())


@lru_cache(maxsize=1)
def _level_words() -> list[tuple[str, str, str, bool]]:
    """(level word, not followed by, not preceded by, needs a boundary before it)."""
    return [(row[0], row[1] if len(row) > 1 else "", row[2] if len(row) > 2 else "",
             len(row) > 3 and row[3] == "boundary") for row in read_rows("org_level_words.tsv")]


@lru_cache(maxsize=1)
def _boundary_words() -> dict[str, str]:
    """Boundary words (org_boundary_words.txt) → strong | weak."""
    return {row[0]: (row[1] if len(row) > 1 else "strong") for row in read_rows("org_boundary_words.txt")}


@lru_cache(maxsize=1)
def _full_place_names() -> list[str]:
    """Division names that end in their level (孝义市, 吉州区, 威宁自治县, 贵州省): a short form
    such as 威宁 is too common a word to open a name by itself."""
    gazetteer = divisions()
    # a county's short name that happens to end in a level character (开州 of 开州区) is not one
    # of them; a province's or city's (贵州, 杭州) is as common as its full name
    return [f for f in gazetteer.all_forms() if len(f) >= 2 and f[-1] in LEVEL_ENDINGS
            and not (gazetteer.is_bare_short(f) and all(p.level == "county" for p in gazetteer.places_named(f)))]


@lru_cache(maxsize=1)
def _named_grammar() -> tuple[re.Pattern, re.Pattern]:
    """Names the head-noun grammar cannot build, found by name (reversed, like it):

    - national bodies by name, with an optional 第五督察组 after them;
    - 常委会 / 主席团 right after 人大及其 (区人大及其常委会), and 法检两院, 党委政府 and
      their kin, one mention for several bodies; the jurisdiction in front of them
      (镇|党委政府) is read by ``_place_before_named``.
    """
    inspection = f"组察督[一二三四五六七八九十]{{1,3}}第{_rev_trie(_national())}"
    national = _last_first(_national(), _guards("org_head_guards.tsv"), extra=(inspection,))
    congress = ("会委常(?=其及大人)", "团席主(?=其及大人)")
    coordinated = _last_first(_coordinated(), extra=congress)
    return re.compile(national), re.compile(coordinated)


@lru_cache(maxsize=1)
def _place_openers() -> re.Pattern:
    """Any character a place of ``_jurisdiction`` can open with in the reversed text (its last
    character forward): a division name's level, a level word's last character, 镇 · 乡 · 街道 · 级.
    Before 常委会 (区人大及其|常委会) and most coordinated names there is none."""
    return re.compile(_class(LEVEL_ENDINGS + "镇乡道级" + "".join(row[0][-1] for row in _level_words())))


@lru_cache(maxsize=1)
def _place_before_named() -> re.Pattern:
    """The place in front of a coordinated name (镇|党委政府), reversed. Compiled on first need, not
    with the pipeline: it is as costly to compile as the whole grammar and most texts never need it."""
    return re.compile(_jurisdiction()[1])


def _not_followed_by(level: str, after: str, words: tuple[str, ...] = WORDS_AFTER_LEVEL) -> str:
    """The reversed pattern's check that ``level`` is not followed by a character of ``after``
    (省|市 of 省市两级 is no level word), unless one of ``words`` follows (省|市场监管局)."""
    rev = re.escape(level[::-1])
    excepted = [w for w in words if w[0] in after]
    plain = "".join(ch for ch in after if ch not in {w[0] for w in excepted})
    check = f"(?<!{_class(plain)}{rev})" if plain else ""
    by_first: dict[str, list[str]] = {}
    for word in excepted:
        by_first.setdefault(word[0], []).append(word[1:][::-1])
    for first, rests in by_first.items():  # reversed: 市 not preceded by 场 (forward: 市 not followed by 场)
        # one check a first character, its words' rests together: 协|提 unless 提出 or 提请 …
        unless = "".join(f"(?<!{re.escape(rest)})" for rest in rests)
        check += f"(?<!{unless}{re.escape(first)}{rev})"
    return check


@lru_cache(maxsize=None)
def _place_verbs(*roles: str) -> tuple[str, ...]:
    """The verbs of ``lexicons/org_place_verbs.tsv`` with one of ``roles`` (urging, joining,
    before_level), in the file's order."""
    return tuple(word for word, role in read_rows("org_place_verbs.tsv") if role in roles)


def _not_preceded_by(not_before: str) -> str:
    """The reversed pattern's check that a level word is not preceded by a character of
    ``not_before`` (入|市 is entering the market), unless that character ends a verb that takes
    the body after it as its object (纳入|市政务服务中心)."""
    words = _place_verbs("before_level")
    excepted = {w[-1] for w in words if w[-1] in not_before}
    plain = "".join(ch for ch in not_before if ch not in excepted)
    check = f"(?!{_class(plain)})" if plain else ""
    for last in sorted(excepted):  # reversed: 入 not followed by 纳 (forward: not preceded by it)
        firsts = "".join(sorted({w[-2] for w in words if w[-1] == last}))
        check += f"(?!{re.escape(last)}(?!{_class(firsts)}))"
    return check


@lru_cache(maxsize=1)
def _jurisdiction() -> tuple[str, str]:
    """(jurisdiction, place) patterns, reversed; forward a jurisdiction is
    ``[中共] PLACE [PARENT]`` with PLACE one of 古楼镇 · 重庆市合川区古楼镇 · 吉安市吉州区 ·
    县 · 市级 · 我区 · 本级, and PARENT a body the name sits under (委, 政府, 人民法院)."""
    boundary = _boundary_words()
    strong = _rev_trie(_strong_words())
    # what may stand before a level word marked `boundary` (对|区环保局, 2016年,|区政府)
    before = f"(?=$|[^\\u3400-\\u9fff]|[{CORE_STOP}{LEVEL_BOUNDARY_CHARS}]|{_rev_trie(boundary)})"
    # a division name is no jurisdiction when the next character makes a word of it: 建成县域
    names = _full_place_names()
    conjoined = [f for f in names if len(f) == 2 and f[-1] in SHORT_PLACE_LEVELS and f[0] in CONJUNCTION_OPENED]
    short = [f for f in names if len(f) == 2 and f[-1] in SHORT_PLACE_LEVELS and f[0] not in CONJUNCTION_OPENED]
    longer = [f for f in names if not (len(f) == 2 and f[-1] in SHORT_PLACE_LEVELS)]
    short_before = f"(?=$|[^\\u3400-\\u9fff]|{_class(SHORT_PLACE_AFTER)})"  # reversed: the character before it
    conjoined_before = f"(?=$|[^\\u3400-\\u9fff]|{_class(LEVEL_ENDINGS)})"
    places = (f"(?<![{PLACE_CONTINUATION}])"
              f"(?:{_rev_trie(longer, PLACE_GUARD_AT)}|{_rev_trie(short, PLACE_GUARD_AT)}{short_before}"
              + (f"|{_rev_trie(conjoined, PLACE_GUARD_AT)}{conjoined_before}" if conjoined else "") + ")")
    parents = _rev_trie(PARENT_BODIES)
    levels = "|".join(
        re.escape(level[::-1]) + _not_followed_by(level, after)
        + _not_preceded_by(not_before) + (before if needs_boundary else "")
        for level, after, not_before, needs_boundary in sorted(_level_words(), key=lambda row: -len(row[0])))
    # (not 依法治|镇: the level word of a rule-of-law body's name, 镇全面依法治镇工作领导小组)
    # (not 城乡 before 建设 or 规划: 住房城乡建设厅 names no township 房城乡)
    endings = "|".join(CITY_AND_COUNTRYSIDE_GUARD if e == "乡" else e for e in TOWNSHIP_ENDINGS_REVERSED)
    town = f"(?:{endings})(?!治)(?:(?!{strong}){TOWN_CHAR}){{2,3}}?"
    party = "(?:共中|党产共国中)"
    # a township and the divisions above it (镇楼古|区川合|市庆重), or divisions alone (区州吉|市安吉):
    # forward ``[DIVISION…] [TOWN]``, not empty. The division trie is most of what the pattern
    # costs to compile, so it is written once, and the conditional rejects a run with neither.
    run = f"(?P<town>{town})?(?:(?P<division>{places}))*(?(town)|(?(division)|(?!)))"
    # 地 stands for a 地区 only before its party committee: 地委 · 地委依法治地办 (reversed: 委地)
    place = f"(?:{run}|(?:级)?(?:{levels})|[县市区镇乡省州旗]我|[县市区镇乡级]本|地(?<=委地){before})"
    # 党委 and 党组 alone stand for the report's own: 党委|理论学习中心组
    juris = f"(?:(?:{parents})?{place}(?:{party})?|委党|组党)"
    return juris, place


@lru_cache(maxsize=1)
def _reversed_grammar() -> re.Pattern:
    """The organization grammar, written for the reversed text.

    Forward, a name is ``JURISDICTION CORE HEAD``; reversed it starts with the head, so a
    match starts at a head noun and extends leftwards (in the text's terms). The core runs
    lazily until the nearest jurisdiction (区|政府 · 古南街道|便民服务|中心 ·
    中共孝义市委|全面依法治市|委员会办公室); failing that, greedily to a boundary as ``bare``
    (,劳动争议调解|中心). A core never crosses a stop character or a strong boundary word
    (成立, 新建 …); a core without a jurisdiction does not cross weak ones either (实行|古楼法庭).
    """
    heads, inner_char, outer_char = _grammar_parts()
    juris, _ = _jurisdiction()
    return re.compile(f"{heads}(?:(?P<core>{inner_char}{{0,{MAX_CORE}}}?)(?P<juris>{juris})"
                      f"|(?P<bare>{outer_char}{{0,{MAX_CORE}}}))")


@lru_cache(maxsize=1)
def _section_grammar() -> re.Pattern:
    """A section's head and the core before it (reversed), stopping at a boundary word (明确|法制股);
    the core may join two fields with 与 (法规与标准科 · 行政复议与应诉处)."""
    _, _, outer_char = _grammar_parts()
    low, high = SECTION_CORE
    core_char = f"(?:{'|'.join(word[::-1] for word in SECTION_CORE_WORDS)}|{outer_char})"
    # (a name of two fields joined by 与 ends at ``last`` when the whole is no name: 海防派出所与|黄骅海事处;
    # 参与 is no join)
    return re.compile(f"[{SECTION_HEADS}](?P<bare>(?P<last>{core_char}{{{low},{high}}})(?:与(?!参){core_char}{{{low},{high}}})?)")


@lru_cache(maxsize=1)
def _strong_words() -> tuple[str, ...]:
    """The boundary words that never stand inside a name (成立, 组建, 召开 …), sorted."""
    return tuple(sorted(w for w, kind in _boundary_words().items() if kind == "strong"))


@lru_cache(maxsize=1)
def _strong_boundary_word() -> re.Pattern:
    """Any strong boundary word, forward."""
    return re.compile(_trie(_strong_words()))


@lru_cache(maxsize=1)
def _unit_after_department() -> re.Pattern:
    """A unit's name right after a department's (forward): a core that crosses no strong boundary
    word (县住建局|牵头成立… is no unit's name), then a unit's head not followed by a word it opens."""
    strong = _strong_boundary_word().pattern
    low, high = DEPARTMENT_UNIT_CORE
    heads = "|".join(GUARDED_SECTION_HEADS.get(head, head) for head in DEPARTMENT_UNIT_HEADS)
    # (政府 is a word of a unit's matter, not a body: 县医疗保障局|法治政府建设领导小组)
    return re.compile(f"(?:{GOVERNMENT_AS_MATTER}|(?![{SECTION_CORE_NOT}])(?!{strong}){CORE_CHAR}){{{low},{high}}}?(?:{heads})")


@lru_cache(maxsize=1)
def _bare_grammar() -> re.Pattern:
    """The grammar's second reading alone, a head and the core before it with no jurisdiction:
    for a name whose first reading put a level word where there is none (桂林瑶乡|律师事务所)."""
    heads, _, outer_char = _grammar_parts()
    return re.compile(f"{heads}(?P<bare>{outer_char}{{0,{MAX_CORE}}})")


@lru_cache(maxsize=1)
def _grammar_parts() -> tuple[str, str, str]:
    """(heads, a core character with a jurisdiction, one without), reversed."""
    strong = _rev_trie(_strong_words())
    every = _rev_trie(_boundary_words())
    heads = _last_first(_heads(), _guards("org_head_guards.tsv"))
    inner_char = f"(?:(?!{strong}){CORE_CHAR}|{WORD_INTERNAL_REVERSED})"
    outer_char = f"(?:(?!{every}){CORE_CHAR}|{WORD_INTERNAL_REVERSED})"
    return heads, inner_char, outer_char


# A list of department names without head nouns before 等 … 部门: 发改、市场监管等部门 · 等27个部门 (not
# 等领域实现跨部门: sectors, 市场监管、生态环境等|领域)
ENUMERATION_END = re.compile(r"等(?:\d{1,3}|[一二两三四五六七八九十]{1,3})?(?:个|家)?(?:(?!领域)[\u3400-\u9fff]){0,8}?(?<!跨)(?:部门|单位)")
# A level word right before such a list's first department says whose the departments are (配合|区|林业、国土、
# 环保等部门: the district's)
LIST_LEVEL_WORDS = "省市县区州旗"
# The end of such a list without 等: 部门 right after the last department's short name (县人社、医保、卫健|部门)
BARE_ENUMERATION_END = re.compile(r"(?<=[\u3400-\u9fff])部门")
# Plural or indefinite markers that make what follows no particular body: 各乡镇人民政府 · 设区市司法局 ·
# 部分乡镇党委 · 省辖市政府 (a kind of city: every one of the province's).
# (县(市、区) is every county-level division, 乡镇(街道) every township: 9个县(市、区)|矛调中心 ·
# 28个乡镇(街道)|公共法律服务工作站)
# Level words that, after another (区县政府) or a count (8县政府), name every such body
COUNTABLE_LEVELS = "省市县区"
PLURAL_MARKERS = ("各", "有关", "相关", "其他", "其它", "所属", "下属", "直属", "各级", "各个", "部分", "个别", "少数", "等", "辖区",
                  "设区市", "设区的", "省辖市", "地级市", "县级市",
                  "县(市、区)", "县(市区)", "县(市)", "县(区)", "县市区", "州(市)", "市(州)", "乡镇(街道)", "镇(街道)", "乡(镇)", "村(社区)", "村(居)")
# How far before a name a plural marker is looked for: the longest marker and a level word after it.
PLURAL_REACH = max(map(len, PLURAL_MARKERS)) + 2
# Words that make a name every such body of an area when they open it: 辖区律师事务所 · 县内律师事务所.
PLURAL_OPENERS = ("辖区", "县内", "市内", "区内", "省内", "镇内", "乡内", "境内")
BOUNDARY_PUNCT = re.compile(r"[^\u3400-\u9fff]")
# What ends a sentence (or a heading, on its line): 推动各成员单位…,成立… reads back to the 。 before 推动
SENTENCE_MARKS = ("。", ";", "；", "！", "？", "\n")
# A department's party group or committee right after its name: 市生态环境局|党组 ·
# 县卫健局|党委理论学习中心组 (not 党组织, any party organisation).
PARTY_GROUP_AFTER = re.compile(r"党(?:组|委)(?!织)(?:理论学习中心组|中心组)?")
# A discipline commission's standing committee right after its name, and its study group:
# 县纪委|常委会 · 市纪委|常委会理论学习中心组
COMMISSION_ENDINGS = ("纪委", "纪律检查委员会")
COMMISSION_STANDING_AFTER = re.compile(f"(?:{'|'.join(STANDING_COMMITTEE_SHORT)})(?:理论学习中心组)?")
# Bodies other than departments whose party group is written right after their name
PARTY_GROUP_OWNER_TYPES = ("judiciary", "social", "legislature", "other")
# A bureau's branch for a township or district, right after the bureau's name: 南海区市场监督管理局|狮山分局 ·
# 呼伦贝尔市生态环境局|鄂温克族自治旗分局
BRANCH_AFTER = re.compile(CORE_CHAR + "{2,3}?分局|" + CORE_CHAR + "{1,9}?[区县旗市]分局")
# The reporting bureau's own, written without its name: 局党组 · 厅党组理论学习中心组 · 局党委 ·
# 分局党委中心组 · 委党组 (a commission's) · 院党组 (a court's or a procuratorate's) · 所党委 (a 戒毒所's, a 看守所's)
# A department's study group is also written without the department, as its own report does
# (落实|党组理论学习中心组学法制度); resolve names it after the reporting department, or drops it.
# The pattern finds the party group; ``_own_party_groups`` takes the owner's word before it in (a
# pattern opening with the owner would be tried at every position of the text).
OWN_PARTY_GROUP = re.compile(r"党(?:组|委)(?!织)(?P<centre>理论学习中心组|中心组)?")
OWN_PARTY_GROUP_OWNERS = "局厅委院所"
# …and the owners' words of more than one character: a bureau's branch's (分局|党委中心组), a standing
# committee's (常委会|党组理论学习中心组) and a government's office's (办公室|党组), each in its own report
OWN_PARTY_GROUP_LONG_OWNERS = ("分局", STANDING_COMMITTEE_SHORT[0], "办公室")
# The sections of a department together, which are no one section: 局机关处室 · 局机关股室 · 各科室
COLLECTIVE_UNITS = ("处室", "科室", "股室")
# A section of a department, written alone (明确|政策法规股|为牵头股室 · 办公室设在|法规处): the reporting
# department's in its own report (resolve says whose). Read leftwards from the section's head; not
# a head before these characters, which make another word of it (科学 · 股份 · 处罚 · 处理 …).
SECTION_NOT_BEFORE = {"科": "学技研普员长级室", "股": "份东权票长室", "处": "理罚置分于在境事长级室"}
SECTION_HEADS = "".join(SECTION_NOT_BEFORE)
# …nor after these, which end a verb or another word with it (查处 · 调处 · 联调联处 · 内科 · 好处)
SECTION_NOT_AFTER = {"科": "学理工文内外专本预眼牙儿妇", "股": "屁", "处": "查调惩判论相到各何住出益好难长短坏用深远近此彼之实细联"}
# Each section head with both guards, as one alternative of a pattern that starts with its literal
# (so that ``re`` skips to it in C): 处(?<![查调…]处)(?![理罚…])
# …unless the word before ends with that character and makes the head a section's all the same: 审理|科 ·
# 狱政管理|科 · 普法与依法治理|科
SECTION_AFTER_WORDS = {"科": ("审理", "管理", "治理")}
GUARDED_SECTION_HEADS = {head: f"{head}(?:(?<={'|'.join(w + head for w in SECTION_AFTER_WORDS.get(head, ()))})|"
                               f"(?<![{SECTION_NOT_AFTER[head]}]{head}))(?![{SECTION_NOT_BEFORE[head]}])"
                         if head in SECTION_AFTER_WORDS else
                         f"{head}(?<![{SECTION_NOT_AFTER[head]}]{head})(?![{SECTION_NOT_BEFORE[head]}])"
                         for head in SECTION_HEADS}
SECTION_HEAD = re.compile("|".join(GUARDED_SECTION_HEADS.values()))
# A unit of the reporting department or league office, written after its short name:
# 厅|法律顾问室 · 厅|政务服务中心 · 厅|综合执法监督局 · 行署|法律顾问室 · 局|法治政府建设领导小组 · 委|理论学习中心组 ·
# 局|政策法规股 · 分局|法治公安建设领导小组 · 委|法治政府建设领导小组 · 厅|执法总队 (not 厅执法总队直接|查处:
# a section's head is guarded as when it stands alone). Matched only where the owner opens a name:
# ``_own_units`` finds those places with str.find.
OWN_UNIT = re.compile("(?P<core>" + CORE_CHAR + "{2,10}?)(?:领导小组办公室|领导小组|委员会|中心组|中心|室|"
                      + "|".join(GUARDED_SECTION_HEADS.values()) + "|局|总队|支队|大队)")
SECTION_CORE = (2, 8)  # characters of a section's name before its head: 法制|股 · 法制与社会消防工作|科
# Boundary words a section's name may hold, though they end other names (开展|审核 · 严格|执行):
# 法制审核股 · 刑罚执行科 · 刑事执行检察科 · 普法与依法治理处 · 行政执法协调监督科
SECTION_CORE_WORDS = ("审核", "执行", "依法", "协调")
# Characters a section's own name never holds: those of a body's or a place's name (县司法局法制股 is
# read as the bureau's unit; 办事|处 is a street's office) and of a count (一处)
SECTION_CORE_NOT = "局厅委府院办省市县区镇乡村和"
# 政府 inside a unit's name after its department's is the unit's matter: 法治政府建设领导小组
GOVERNMENT_AS_MATTER = "法治政府"
# A unit written right after its department's full or short name: 区水利局|依法行政工作领导小组 ·
# 省审计厅|法规处 · 县卫健委|政策法规股 · 县公安局|交通警察大队 (their name the department's and the unit's)
DEPARTMENT_UNIT_HEADS = ("领导小组办公室", "领导小组", "室", "处", "科", "股", "大队", "支队", "总队")
DEPARTMENT_UNIT_CORE = (2, 10)
# Owners whose units are written this way in their own reports: a province's department, a
# league office, a bureau and its branch, a commission (卫生健康委员会).
OWN_UNIT_OWNERS = ("厅", "行署", "分局", "局", "委")
# The word by which a body is named another's office or unit, after the first body's head: 明确镇党政办|为|办公室
DESIGNATED_AS = ("为",)
# A police branch, whose stations are written right after it: 樊城分局|米公派出所
POLICE_BRANCH = "分局"
# A conjunction joins the owner's word to another name, which no unit opens with: 公安(分)局|和市局
UNIT_CORE_NOT_FIRST = "和及与"
# What makes the owner's word an attribute of the body after it, not its name: 委属|安徽省价格认证中心 ·
# 局属|事业单位 (a body under the commission, named on its own)
AFFILIATED_MARK = "属"
# Characters besides function words after which a level word marked `boundary` counts: the end
# of another body (县委、|县政府 · 市政府|区政府), a year (2016年|区政府), 和, or 报 (submitted to: 报|州政府备案).
LEVEL_BOUNDARY_CHARS = "委府办年和报"
# A people's congress's working committee in a township, after the congress: (区人大常委会)|勒流街道工作委员会 ·
# (区人大)|转塘街道工委 (written short, the township's party 工委 in any other place)
CONGRESS_WORKING_COMMITTEE = re.compile(f"{TOWN_CHAR}{{2,6}}?(?:{TOWNSHIP_ENDING})(?:工作委员会|工委)")
# A township name at the start of a name: 古楼镇 · 古南街道
TOWN_START = re.compile(f"(?:中共)?(?P<town>.{{2,3}}?(?P<suffix>{TOWNSHIP_ENDING}))")


def _town_names() -> frozenset[str]:
    return divisions().town_names()


# Offices a county's departments keep in each township, named by the township's stem: 莲花|司法所 ·
# 李哥庄|派出所 · 永兴|国土所 (org_town_offices.tsv)
TOWN_OFFICES = longest_first("org_town_offices.tsv")
# A police station in a city is often named by its street (STREET_NAME): 宁海路|派出所 · 金融街|派出所
POLICE_STATION = "派出所"
# A province's department's head, which names one alone only after the department's matter (公安|厅), or
# a service's hall after the service (办税服务|厅)
DEPARTMENT_HALL = "厅"
SERVICE_HALL_CORE_END = "服务"
# A court's tribunal, which sits in a township and is named by it: 周市|人民法庭
TRIBUNAL = "人民法庭"
# Level words that also end townships' stems: 新市 (新市镇) · 老县 (老县镇)
STEM_LAST_LEVELS = ("市", "县", "区")


# What a name at the start of a clause stands after: there a leading 和 joins nothing (；和平村|村委会)
CLAUSE_OPENERS = "，。；：,;:！？!?\n\t 　"


def _is_town_stem(core: str) -> bool:
    """Whether a core names a township: its stem (莲花, 阿勒腾席热) or its whole name (永坪镇)."""
    towns = _town_names()
    return 2 <= len(core) <= 7 and (core in towns or any(core + level in towns for level in TOWNSHIP_ENDINGS))


# Words that may follow a head noun though their first character, right after it, makes the
# head part of another word: 依法治市办|法治督察 (but 办法, a document), 区政协|提出 (but 政协提案, a
# proposal to it), 理论学习中心组|成员 (but 法律顾问|组成).
WORDS_AFTER_HEAD = ("法治", "提出", "提请", "提交", "提供", "成员")


# Heads named after a place of a level, written by the place's short name alone: a bureau's
# branch for a district or a township (秦州|分局 · 如城|分局), a city's intermediate court (黑河|中院).
HEADS_NAMED_BY_PLACE = {"分局": ("county", "town"), "中院": ("prefecture",), "中级人民法院": ("prefecture",)}


def _is_named_by_place(head: str, core: str) -> bool:
    """Whether a core is the name or short name of a division of a level ``head`` is named by."""
    levels = HEADS_NAMED_BY_PLACE.get(head, ())
    if not levels or not 2 <= len(core) <= 6:
        return False
    return any(p.level in levels for p in divisions().places_named(core)) or ("town" in levels and _is_town_stem(core))


def _fix_town(text: str, start: int, juris_end: int) -> int:
    """The start of a name that opens with a township, checked against the township names:
    大石桥镇 read as 石桥镇 is widened; 规范镇 (no township) leaves 镇 as a level word
    (规范|镇公共服务中心), or -1 when 镇 cannot be one there."""
    towns = _town_names()
    match = TOWN_START.match(text, start, juris_end)
    if match is None:
        level = next((w for w in TOWNSHIP_ENDINGS if text.startswith(w, start)), None)
        if level and start > 0 and text[start - 1:start + len(level)] + level in towns:
            return start - 1  # 乌镇|派出所: 乌镇镇's short name, not the report's own 镇
        for k in (3, 2):  # 和|顺镇: 和 opens townships' names too (和顺镇, 和平镇), not only joins two
            lo = start - k
            if level and lo >= 0 and text[lo] == "和" and text[lo:start] + level in towns:
                return _divisions_before(text, lo)
        return start
    for extra in (4, 3, 2, 1):  # 大|石桥镇 · 阿勒腾|席热镇 (the long names of Mongolian, Uyghur, Tibetan towns)
        lo = start - extra
        if lo >= 0 and text[lo:start] + match.group("town") in towns and not BOUNDARY_PUNCT.search(text, lo, start):
            return _divisions_before(text, lo)
    if match.group("town") in towns or (_is_raised_town(match.group("town")) and not _inside_boundary_word(text, start)):
        return start
    level = match.group("suffix")
    _, _, not_before, needs_boundary = next((row for row in _level_words() if row[0] == level), ("", "", "", False))
    at = match.start("suffix")
    before = text[at - 1]
    if before in not_before or (needs_boundary and is_han(before) and before not in CORE_STOP + LEVEL_BOUNDARY_CHARS
                                and not text.endswith(_boundary_tuple(), max(0, at - 4), at)):
        return -1  # 城乡 · 瑶乡|律师事务所 (a firm's name): no level word there; 规范|镇公共服务中心 is one
    return match.start("suffix")


def _inside_boundary_word(text: str, at: int) -> bool:
    """Whether a boundary word runs across ``at`` (推|进乡镇…: 进 ends 推进, it opens no 进乡 raised to 进镇)."""
    words = _boundary_words()
    return any(text[at - before:at + after] in words for before in (1, 2, 3) if before <= at for after in (1, 2))


def _is_raised_town(name: str) -> bool:
    """Whether a township's name is one the data lists a level higher, as it was raised since the
    report was written: 钱清镇 of a 2017 report is the data's 钱清街道 (the resolver names it so).
    One step only: 民族乡 is no 民族街道 (依法履行民族乡政府职能)."""
    return raised_town_name(name) in _town_names()


def _divisions_before(text: str, start: int) -> int:
    """The start of the division names and the party marker right before a township's name
    that was read short (中共|维西傈僳族自治县|攀天阁乡委员会 · 昌吉市|宁边路街道办事处)."""
    names, longest = _full_place_name_set()
    moved = True
    while moved:
        moved = False
        for k in range(min(longest, start), 1, -1):
            if text[start - k:start] in names:
                start, moved = start - k, True
                break
    return _with_party_marker(text, start)


def _with_party_marker(text: str, start: int) -> int:
    """The start of a name with the party marker right before it, if there is one: 中共|新疆生产建设兵团…."""
    return start - 2 if text.endswith("中共", 0, start) else start


@lru_cache(maxsize=1)
def _full_place_name_set() -> tuple[frozenset[str], int]:
    names = frozenset(_full_place_names())
    return names, max(map(len, names))


def _ends_with_place_name(text: str, end: int) -> bool:
    names, longest = _full_place_name_set()
    return any(text[k:end] in names for k in range(max(0, end - longest), end - 1))


def _is_generic(text: str, start: int, span: str, generic: frozenset[str]) -> bool:
    if span in generic:
        return True
    before = text[max(0, start - PLURAL_REACH):start]
    if before.endswith(PLURAL_MARKERS) or (span[:1] in LEVEL_ENDINGS and (before + span[0]).endswith(PLURAL_MARKERS)):
        return True  # (a kind of city ends in the level word the name opens with: 省辖|市政府)
    # the level word a plural marker made every such place: 各县|司法局 · 各乡镇|司法所
    level = 2 if before.endswith(("街道", "乡镇")) else 1 if before[-1:] and before[-1] in LEVEL_ENDINGS + "乡镇" else 0
    if before and span[:1] in COUNTABLE_LEVELS and span[1:] in _heads() \
            and (before[-1] in COUNTABLE_LEVELS.replace(span[0], "") or before[-1].isdigit()) \
            and not _ends_with_place_name(text, start):
        # two levels together, or a count: 区县|政府 · 1市8|县政府 (every such body; not 福建省|市政府,
        # nor 区|市场监管局)
        return True
    return level > 0 and before[:-level].endswith(PLURAL_MARKERS) or span.startswith(PLURAL_OPENERS)


def _inside(org: OrgSpan, spans: list[tuple[int, int]] | None) -> bool:
    return any(s <= org.start and org.end <= e for s, e in spans or ())


def find_organizations(text: str, skip: list[tuple[int, int]] | None = None) -> list[OrgSpan]:
    """Organization spans of ``text``; spans overlapping ``skip`` (文号, say) are left out."""
    if _last_characters().search(text) is None:  # no head noun at all (most short paragraphs)
        found = _enumerated_departments(text)
        found += _acting_places(text, found)
        found += _sections(text, found, skip)
        found += _internal_units(text, found, skip)
        found.sort(key=lambda o: (o.start, -o.end))
        return found
    n = len(text)
    rev = text[::-1]
    found = [o for o in _named_bodies(text, rev) if not _inside(o, skip)]
    taken = bytearray(n)  # characters already inside a name or a skipped span
    for s, e in [(o.start, o.end) for o in found] + list(skip or []):
        taken[s:e] = b"\x01" * (e - s)
    heads = _heads()
    generic = _generic()
    grammar = _reversed_grammar()
    pos = 0
    while (m := grammar.search(rev, pos)) is not None:
        m_start, m_end = m.span()
        # a rejected match may have run over a name inside its core: look again from there
        pos = m_end if m_end > m_start else m_start + 1
        start, end = n - m_end, n - m_start
        if any(taken[start:end]):
            # the match ran over a name found before (市委和|全国人大常委会): what lies before that
            # name is read again, as the grammar would have read it had the name not been there
            pos = n - taken.index(1, start, end)
            continue
        juris_start = m.start("juris")
        reread = False  # read again without the jurisdiction the grammar found first
        if juris_start >= 0:
            core_start = m.start("core")
            written_head = rev[m_start:core_start][::-1]
            info = heads[written_head]
            if core_start < juris_start and (not info.core or juris_start - core_start == 1) \
                    and not (info.type == "department"
                             and _is_department_of_matter(rev[core_start:juris_start][::-1], written_head)):
                pos = core_start  # 市|法治|政府: a government has no core; one character is no core
                continue
            if LEVELS_COUNTED.match(rev[core_start:juris_start][::-1]):
                continue  # 市、县|两级|矛盾纠纷调处化解中心: every such body of those levels
            if core_start == juris_start and rev[m_start:core_start] in VILLAGE_COMMITTEES_REVERSED:
                continue  # 天津市|村民委员会(换届选举): a village's body, every one of the area's
            if rev[m_start:juris_start] in LEADERS_MEETINGS_REVERSED:
                continue
            juris = rev[juris_start:m_end]
            if core_start == juris_start and juris in STEM_LAST_LEVELS and start > 0 \
                    and (written_head in TOWN_OFFICES or written_head == TRIBUNAL) \
                    and _is_town_stem(text[start - 1:start + 1]):
                # 新市|市场监管所 · 周市|人民法庭: the 市 ends the stem of a township (新市镇, 周市镇), whose office
                # or court's tribunal it is (a tribunal is a township's, never a city's)
                found.append(OrgSpan(start - 1, end, "head_noun", info.type))
                continue
            if any(ending in juris for ending in TOWNSHIP_ENDINGS_REVERSED):
                start = _fix_town(text, start, n - juris_start)
                if start < 0:
                    # no township or level word there: read the name without one (桂林瑶乡|律师事务所)
                    m = _bare_grammar().match(rev, m_start)
                    if m is None:
                        continue
                    reread, m_end = True, m.end()
                    start = n - m_end
                    if any(taken[start:end]):
                        continue
            if not reread and core_start - m_start == 1 and juris_start > core_start and text[end - 2] in "和及与":
                continue  # 富锦市人民政府网站和|局公示栏: a one-character head after a conjunction is another word
            if not reread and core_start - m_start == 1 and text[end - 2] in "本我":
                # 本|局 · 我|局: the reporting body's word for itself; a name may end before it (配合区委编办|完成本局…)
                pos = core_start
                continue
            if not reread:
                joiner, second = _second_of_two_names(text, start, end, core_start - m_start, heads, _words_before_a_name()) \
                    if end - start >= 7 else (-1, -1)
                if joiner >= 0:  # 镇公共法律服务工作站和|惠南派出所: read the first name next
                    pos = n - joiner
                    # the second is a name of its own after 和; after a verb (开展|律师事务所) it has no jurisdiction
                    if text[joiner] == "和" and end - core_start + m_start - second >= 2 \
                            and not _is_generic(text, second, text[second:end], generic):
                        found.append(OrgSpan(second, end, "head_noun", info.type))
                    continue
                if _is_generic(text, start, text[start:end], generic):
                    continue
                if _department_acting(text, n - juris_start, n - core_start, written_head):
                    # 市公安局|推动|派出所: the bureau acts on every station, none of them named
                    found.append(OrgSpan(start, n - juris_start, "jurisdiction_prefixed", "department"))
                    continue
                found.append(OrgSpan(start, end, "jurisdiction_prefixed", info.type))
                continue
        bare_start = m.start("bare")
        head = rev[m_start:bare_start][::-1]
        info = heads[head]
        core = rev[bare_start:m_end][::-1]
        if len(core) == MAX_CORE and start > 0 and not BOUNDARY_PUNCT.match(text[start - 1]):
            # …平|新时代中国特色社会主义思想研究中心: cut mid-word. A name inside the core is read next:
            # a squad's owner (县|应急管理综合行政执法大队|危化品执法中队), a committee's place (中共长春市朝阳区
            # 红旗街道|工作委员会理论学习中心组)
            if not reread:
                pos = bare_start
            continue
        if core in TOPIC_LESS_CORES:
            # 设立法治建设|工作办公室: a weak word (建设) cut the name, leaving a core that says nothing
            # of the body's matter; the name runs on before it (法治建设工作办公室), or is none
            extended = _across_weak_word(text, rev, start)
            if extended == start:
                if not reread:
                    pos = bare_start
                continue
            start, core = extended, text[extended:end - len(head)]
        former = core.rfind(FORMER)
        if former >= 0 and core[former + 1:] in _department_stems():
            # (机构改革前)原|国土资源厅: a department as it was before a reform
            start, core = start + former + 1, core[former + 1:]
        counted = bool(core) and core[0] in MEASURE_WORDS and start > 0 and text[start - 1].isdigit()
        if counted:
            core, start = core[1:], start + 1
        if KIND_CORE.match(core) or COUNTED_UNITS.fullmatch(core) or (UNIT_KIND.fullmatch(core) and (
                counted or COUNT_BEFORE.search(text, max(0, start - COUNT_REACH), start))):
            if not reread:
                pos = bare_start
            continue  # 乡镇|司法所 · 省市县乡|综治中心: every such body
        town_office = bool(core) and head in TOWN_OFFICES and (
            _is_town_stem(core) or (head == POLICE_STATION and STREET_NAME.fullmatch(core) is not None))  # 莲花|司法所
        if core and info.alone == "yes" and len(head) >= 3 and not town_office:
            start, core = end - len(head), ""  # 加大|依法治市办: a body every jurisdiction has, alone
        while core and core[0] == "和" and not _is_town_stem(core) and start > 0 and text[start - 1] not in CLAUSE_OPENERS:
            # 研究和服务中心 keeps its 和; a leading one joins two names, unless it opens a township's
            # (、和顺|人民法庭) or a clause, where nothing stands before it to join (；和平村|村委会成立…)
            core = core[1:]
            start += 1
        if not core and head in _zone_government_heads() and _opens_a_name(text, start):
            # 按照|开发区管委会: the zone's kind alone names the report's zone, as 县 names its county (县政府)
            found.append(OrgSpan(start, end, "jurisdiction_prefixed", info.type))
            continue
        named_by_place = _is_named_by_place(head, core)  # 秦州|分局 · 黑河|中院
        if not named_by_place and (info.alone == "no" or (core and not info.core) or (info.alone == "yes" and core and not town_office)
                                   or len(core) == 1 or (info.alone == "core" and len(core) < 2) or COUNTING_CORE.match(core)):
            if not reread:
                pos = bare_start  # (a second reading that fails leaves the first one's end as it was)
            continue
        if "和" in core:
            joiner, second = _second_of_two_names(text, start, end, len(head), heads)
            if joiner >= 0 and end - len(head) - second >= 2:
                pos = n - joiner
                start, core = second, text[second:end - len(head)]
        if _is_generic(text, start, text[start:end], generic):
            continue
        if head == DEPARTMENT_HALL and core and core not in _department_stems() and not core.endswith(SERVICE_HALL_CORE_END):
            # 带领|厅领导班子 · 废止|厅规范性文件: alone, 厅 is a province's department written by its matter
            # (交通厅、公安厅、住建厅) or a service's hall (办税服务厅), not by any word before it
            if not reread:
                pos = bare_start
            continue
        if info.type == "government" and text.startswith(ZONE_COMMITTEE_HEADS, end):
            continue  # 中共益阳高新技术产业开发区|工作委员会: the zone names the party's committee, too long to read whole
        if not core and info.type == "social" and (national := NATIONAL_SOCIETY.search(text, max(0, start - 8), start)):
            # a national society named after its field: 获|中国行为|法学会 is no 法学会 of the report's place
            start, core = national.start(), national.group()
        found.append(OrgSpan(start, end, "head_noun" if core else "bare_body", info.type))
    quoted = "“" in text or '"' in text or "「" in text
    if "法" in text or "全" in text or quoted:
        found = [o for o in found if not _names_no_body(text, o)]
    if SYSTEM_AFTER in text:
        found = [o for o in found if not (o.rule == "bare_body" and text.startswith(SYSTEM_AFTER, o.end))]
    if "驻" in text:  # 区人民法院|驻街诉讼服务站: a station in every street, no one unit; the court is named
        found = [_without_stationed_unit(text, o) for o in found]
    if GENERIC_SCHOOLS in text:  # 区人民检察院为全区|中小学: the schools at large end no name
        found = [o for o in (_without_generic_schools(text, o) for o in found) if o is not None]
    units = _own_units(text)
    if units or "党组" in text or "党委" in text or "分局" in text or "纪委常" in text or "检查委员会常" in text or any(o.type == "department" for o in found):
        found = _with_sub_bodies(text, found, units)
    found.extend(_sections(text, found, skip, rev))
    found.extend(_internal_units(text, found, skip))
    if "委员会" in text or "工委" in text:
        found.extend(_bare_congress_committees(text, found, skip))
    if "工作委员会" in text or "工委" in text:
        found = _congress_working_committees(text, found)
    if "委" in text and ("人大" in text or "人民代表大会" in text):  # a congress's committee: 市人大常委会|预算工委
        found = _with_units_after(text, found, CONGRESS_ENDINGS, _congress_committee_after(), "legislature")
    if "支队" in text and "大队" in text:  # a detachment's brigade: 综合行政执法支队|内乡大队
        found = _with_units_after(text, found, ("支队",), BRIGADE_AFTER)
    if "中队" in text:  # an enforcement bureau's squad: 县综合行政执法局|郑宅中队
        found = _with_units_after(text, found, SQUAD_OWNER_ENDINGS, lambda end: _squad_end(text, rev, end))
    if "仲裁委员会" in text:  # an arbitration commission's office in a county: 衡水仲裁委员会|武邑办事处
        found = _with_units_after(text, found, ("仲裁委员会",), ARBITRATION_OFFICE_AFTER)
    if "分院" in text:  # a court's or procuratorate's branch: 自治区人民检察院|阿克苏分院
        found = _with_units_after(text, found, ("人民法院", "人民检察院"), COURT_BRANCH_AFTER)
    if "局" in text or "厅" in text:  # a bureau by its level alone and its unit: 市局|行政复议委员会
        found = _level_bureaus_units(text, found)
    if "局" in text and "所" in text:  # a department's office in a township: 区工商局|小溪塔工商所
        found = _with_units_after(text, found, ("局",), _town_office_after(text, found), "department")
    for o in found:
        taken[o.start:o.end] = b"\x01" * (o.end - o.start)
    found.extend(o for o in _enumerated_departments(text) if not any(taken[o.start:o.end]))
    if UNITS_SET_UP in text:  # 大队下设|一中队、二中队|和事故处理中队: the units a body sets up, in a list
        listed = _units_set_up(text)
        spans = {(o.start, o.end) for o in listed}
        found = [o for o in _cut_before_units_set_up(text, found, listed) if (o.start, o.end) not in spans]
        found.extend([o for o in listed if not any(f.start < o.end and o.start < f.end for f in found)])
    if "领导小组" in text or "专班" in text:
        found.extend(_led_groups(text, found))
    if "领导小组办" in text or "领导组办" in text or "协调小组办" in text or "指挥部办" in text:
        found = _with_group_offices(text, found)
    if "协调小组" in text:
        found.extend(_coordination_groups(text, found))
    if quoted and any(word in text for word in QUOTED_PROGRAMME_HEAD_WORDS):
        found = _with_quoted_programme_bodies(text, rev, found)
    if "党工委" in text and "管" in text:
        found.extend(_zone_governments_after_committees(text, found))
    found.extend(_acting_places(text, found))
    if found:
        found.extend(_listed_places(text, found))
    if CPPCC in text or CPPCC_SHORT in text:  # (政协 is no part of 政治协商)
        found = _with_conference_name(text, found)
    if "监" in text or "总局" in text or "银行" in text or "海关" in text:  # (every administration's or head's word)
        found = _with_national_branches(text, found)
    if "团" in text:
        found = _with_youth_league_committees(text, found)
    if "师" in text or "团" in text or "垦区" in text:  # (新疆生产建设兵团 holds 团)
        found = _with_corps_units(text, found)
    found.sort(key=lambda o: (o.start, -o.end))
    return found


# The bodies named after a reclamation area of the 兵团 (石河子垦区人民法院)
RECLAMATION_AREA_BODIES = ("人民法院", "人民检察院")
# What makes a regiment's number part of another word after it: 十二团队 · 三十团体 · 二十团结
REGIMENT_WORD_AFTER = "队体结伙员委聚"
# What makes a unit of the 兵团 a level or an area, not a body, written right after it: 兵团级 · 第八师内
UNIT_AS_AREA = "级内"
# The name of a national society named after its field, right before a head that takes no core of its
# own: 中国行为|法学会 (中国法学会 is a national body by name)
NATIONAL_SOCIETY = re.compile("中国" + CORE_CHAR + "{1,4}$")
# A party committee right after a unit of the 兵团: 第八师一四三团|委员会 · 第八师|党委
CORPS_COMMITTEE = re.compile("委员会|党委")


def _with_corps_units(text: str, found: list[OrgSpan]) -> list[OrgSpan]:
    """``found`` with the units of the 兵团 before names taken into them: 第八师|石河子市司法局 ·
    新疆生产建设兵团第八师一二一团|为民服务中心 · 第八师一五二团|司法所 (the grammar reads the city or
    the body only, since 第八师 and 一二一团 are no division names)."""
    units = corps().unit_spans(text)
    bare = [(s, e) for s, e in corps().bare_regiment_spans(text) if not any(us <= s < ue for us, ue in units)]
    if not units and not bare and "垦区" not in text:
        return found  # (most texts the guard lets in: 律师 · 教师)
    out = []
    for o in found:
        unit = next(((s, e) for s, e in units + bare if s < o.start <= e), None)
        if unit is not None:
            o = OrgSpan(_with_party_marker(text, unit[0]), o.end, o.rule, o.type)
        elif text.startswith(RECLAMATION_AREA_BODIES, o.start) and (area := corps().reclamation_area_start(text, o.start)) is not None:
            o = OrgSpan(area, o.end, o.rule, o.type)  # 石河子垦区|人民法院: a court of the 兵团's
        out.append(o)
    starts = {o.start for o in out}
    taken = [(o.start, o.end) for o in out]
    for s, e in units + bare:
        # a unit's party committee (中共新疆生产建设兵团第八师一四三团委员会), which the grammar leaves,
        # since 团委 is the Youth League's
        committee = CORPS_COMMITTEE.match(text, e)
        start = _with_party_marker(text, s)
        after = text[e:e + 1] or "\n"  # (the text's end is a line's)
        if committee is not None and start not in starts:
            out.append(OrgSpan(start, committee.end(), "corps_committee", "party"))
        elif committee is None and not any(ts < e and s < te for ts, te in taken) and after not in UNIT_AS_AREA \
                and ((s, e) in units or (e - s >= MIN_BARE_REGIMENT and after not in REGIMENT_WORD_AFTER)):
            # the unit itself: 第八师一二一团将… · 一二一团将… · 十二团被命名为…
            out.append(OrgSpan(s, e, "corps_unit", "government"))
    return out


# What the place in a national administration's office may not hold: 国家税务总局|关于…的|税务局 is a title
NOT_IN_BRANCH_PLACE = re.compile(r"的|关于|[和与及、]")
# The level word an office's short name may open with alone: 市|银保监分局 (the report's city's)
BRANCH_LEVEL_WORDS = "省市州县区旗"


@lru_cache(maxsize=1)
def _national_branch_grammar() -> tuple[re.Pattern, re.Pattern]:
    """The names of national administrations' local offices (``org_national_branches.tsv``): written in
    full, administration first (中国人民银行|牡丹江市|分行 · 中国银保监会|德宏|监管分局), and the
    short heads written after a place alone (德宏|金融监管分局)."""
    aliases = {row[0]: _written_forms(row) for row in read_rows("national_bodies.tsv")}
    administrations: list[str] = []
    heads: set[str] = set()
    short_heads: set[str] = set()
    for administration in national_administrations():
        administrations += aliases.get(administration.name, [administration.name])
        heads.update(administration.office_heads)
        short_heads.update(administration.short_heads)
    full = re.compile(f"{trie_pattern(administrations)}(?P<place>[\u3400-\u9fff]{{2,8}}?){trie_pattern(heads)}")
    return full, re.compile(trie_pattern(short_heads))


# The longest place name read before an office's short head (新疆维吾尔自治区)
MAX_BRANCH_PLACE = 10


def _branch_place_start(text: str, head_start: int) -> int:
    """Where the place before an office's short head begins (泉州市|金融监管分局 · 德宏|金融监管分局 ·
    市|银保监分局), or -1 when no place is written there."""
    start = divisions().place_name_start(text, head_start, MAX_BRANCH_PLACE)
    if start < 0 and head_start > 0 and text[head_start - 1] in BRANCH_LEVEL_WORDS:
        return head_start - 1
    return start


def _with_national_branches(text: str, found: list[OrgSpan]) -> list[OrgSpan]:
    """``found`` with national administrations' local offices as one name each: 国家税务总局牡丹江市税务局
    is no 国家税务总局 and a 牡丹江市税务局 beside it, 中国人民银行郑州中心支行 no 郑州中心."""
    full, short = _national_branch_grammar()
    offices = [(m.start(), m.end()) for m in full.finditer(text) if not NOT_IN_BRANCH_PLACE.search(m["place"])]
    for m in short.finditer(text):
        if (start := _branch_place_start(text, m.start())) >= 0:
            offices.append((start, m.end()))
    return _with_names_over(found, offices, "national_branch", "department")


# A committee of the Communist Youth League (social): written in full, 共青团浦江县委员会 · 共青团宾川县委,
# or short, 团县委 · 团东台市委 · 县团委 · (宾居)镇团委 (but 集团|市委, 兵团|党委 are no league's; the
# place in 团东台市委 must be one). Each alternative opens with a literal, so that re skips in C to the
# next 中, 共, 团 or level word.
YOUTH_LEAGUE_COMMITTEE = re.compile(
    r"中国共产主义青年团[\u3400-\u9fff]{2,12}?委(?:员会)?(?!员)"
    r"|共青团[\u3400-\u9fff]{2,12}?委(?:员会)?(?!员)"
    r"|团(?<![集兵社剧乐财]团)[省市县区州旗]委(?!员)"
    r"|团(?<![集兵社剧乐财]团)(?P<place>[\u3400-\u9fff]{2,6}?[市县区州旗])委(?!员)"
    r"|" + "|".join(level + "团委(?!员)" for level in "省市县区州旗镇乡"))
# The longest township name read before its league committee (宾居镇|团委)
MAX_TOWN_NAME = 6


def _with_youth_league_committees(text: str, found: list[OrgSpan]) -> list[OrgSpan]:
    """``found`` with the Youth League's committees as names of their own: 团市委 is no 市委, nor is
    共青团金华市委员会 a 金华市委员会; a township's (宾居镇团委) with the township's name."""
    committees = []
    towns = _town_names()
    for m in YOUTH_LEAGUE_COMMITTEE.finditer(text):
        start = m.start()
        if m["place"] and not divisions().places_named(m["place"]):
            continue  # 代表团赴宁波市委: no place's league
        if text[start] in "镇乡":
            start = next((start - k for k in range(MAX_TOWN_NAME - 1, 1, -1)
                          if start >= k and text[start - k:start + 1] in towns), -1)
            if start < 0:
                continue  # 镇团委 alone: every township's
        committees.append((start, m.end()))
    return _with_names_over(found, committees, "youth_league", "social") if committees else found


def _with_names_over(found: list[OrgSpan], names: list[tuple[int, int]], rule: str, otype: str) -> list[OrgSpan]:
    """``found`` with each of ``names`` (start, end) read as one name, in place of the names found
    inside it; a name found running on past its end takes it in (国家税务总局X税务局|党组: the
    group's), a name that opens before it keeps it."""
    out = list(found)
    for start, end in names:
        if any(o.start < start < o.end for o in out):
            continue  # inside a name that opens before it
        inside = [o for o in out if start <= o.start < end]
        run_on = max((o for o in inside if o.end > end), key=lambda o: o.end, default=None)
        out = [o for o in out if o not in inside]
        out.append(OrgSpan(start, end, rule, otype) if run_on is None else OrgSpan(start, run_on.end, rule, run_on.type))
    return out


def _with_conference_name(text: str, found: list[OrgSpan]) -> list[OrgSpan]:
    """Names of a conference's committee read without the conference's name before them, made to
    begin with it: 中国人民政治协商会议|常州市武进区委员会 · 政协|平遥县委员会 (the short form only before
    a place's committee, not 政协|委员, and replacing the 政协 read as a body of its own)."""
    out = []
    for o in found:
        if text.endswith(CPPCC, 0, o.start):
            o = OrgSpan(o.start - len(CPPCC), o.end, o.rule, o.type)
        elif text.endswith(CPPCC_SHORT, 0, o.start) and text.find("委员会", o.start + 2, o.end) > 0:
            o = OrgSpan(o.start - len(CPPCC_SHORT), o.end, o.rule, o.type)
        out.append(o)
    extended = [o for o in out if o not in found]
    return [o for o in out if o in extended or not any(e.start <= o.start and o.end <= e.end for e in extended)]


# Cores that say nothing of a body's matter, only of its work: a name is not cut before them
TOPIC_LESS_CORES = frozenset({"工作", "管理", "服务", "综合", "建设管理"})
TOPIC_MAX = 4  # characters of the matter before the weak word


@lru_cache(maxsize=1)
def _weak_words_longest_first() -> tuple[str, ...]:
    return tuple(sorted((w for w, kind in _boundary_words().items() if kind == "weak"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _core_run_reversed() -> re.Pattern:
    """A bare core's characters, read leftwards on the reversed text up to a boundary word."""
    _, _, outer_char = _grammar_parts()
    return re.compile(f"{outer_char}{{0,{MAX_CORE}}}")


def _across_weak_word(text: str, rev: str, start: int) -> int:
    """Where a bare name starting at ``start`` begins when read across the weak word that ends
    there (法治|建设|工作办公室 → 法治建设工作办公室); ``start`` when no weak word ends there."""
    word = next((w for w in _weak_words_longest_first() if text.endswith(w, max(0, start - len(w)), start)), None)
    if word is None:
        return start
    n = len(text)
    run = _core_run_reversed().match(rev, n - (start - len(word)))
    before = n - run.end()
    # (a matter is a word or two: 法治|建设; a longer run went on into a verb, 对接|张江科学城建设)
    return before if 2 <= start - len(word) - before <= TOPIC_MAX else start


@lru_cache(maxsize=1)
def _longest_head() -> int:
    return max(map(len, _heads()))


def _second_of_two_names(text: str, start: int, end: int, head_length: int, heads: dict[str, HeadInfo],
                         boundary: tuple[str, ...] = ()) -> tuple[int, int]:
    """(where the joining word begins, where the second name begins) when a core ran over
    another name's head noun followed by 和 or by a word of ``boundary``: 镇公共法律服务工作站|和|
    惠南派出所 · 省律师协会|开展|律师事务所 (org_actor_verbs.txt); (-1, -1) when 和 is part of the name
    (人力资源和社会保障局 · 研究和服务中心)."""
    longest = _longest_head()
    firsts = {w[0] for w in boundary}
    for at in range(end - head_length - 1, start + 1, -1):  # the join nearest the head first
        if text[at] != "和" and text[at] not in firsts:
            continue
        joiner = "和" if text[at] == "和" else next((w for w in boundary if text.startswith(w, at)), None)
        if joiner is not None and (any(text[at - k:at] in heads for k in range(1, min(longest, at - start) + 1))
                                   or (joiner == "和" and text.endswith(PERSONS, start, at))):
            return at, at + len(joiner)
    return -1, -1


# People a body is listed after with 和, no part of its name: 聘请5名律师和|湖南大学法学院2名专家
PERSONS = ("律师", "专家", "学者", "教授", "干部", "职工", "群众", "志愿者")


def _acting_places(text: str, found: list[OrgSpan]) -> list[OrgSpan]:
    """Townships and counties that act, named by the place alone, at the start of a clause or
    after 向/与/同: 龙江镇、白山镇开展… · 向弥阳街道、新哨镇等乡镇(街道)下放… (resolve names
    their governments). One name of the list at least must be in the division gazetteer.

    Looked for from a level character followed by a verb (镇|开展: ``re`` scans for those in C),
    back over the Han characters and 、 before it to where a clause begins."""
    out: list[OrgSpan] = []
    listed_to = 0  # the end of the last list read: its items are not read again on their own
    for hit in _place_before_verb().finditer(text):
        if hit.start() < listed_to:
            continue
        run = PLACE_RUN.search(text, max(0, hit.start() - MAX_PLACE_RUN), hit.start()).start()
        if run > 0 and (is_han(text[run - 1]) or text[run - 1] in "《〈<" or text[run - 1].isdigit()):
            continue  # no clause begins there (or a title does, or a count: 在全县3|个街道和新兴镇…组建)
        # (from the preposition itself: 向阳街道 is a street's name, 向|弥阳街道 a preposition and one, as read
        # below; not one that is an item's first character, 在卞庄街道、|向城镇, or after a location's 在|与儿街镇)
        starts = [run] + [k for k in range(run + 1, hit.start()) if text[k] in PLACE_PREPOSITIONS
                          and text[k - 1] != "、" and text[k - 1] not in NOT_A_PLACE_START]
        for at in starts:
            items = _acting_place_list(text, at)
            if text.startswith(PLACE_PREPOSITIONS, at) and (items is None or not _is_place(text[items[0][0]:items[0][1]])):
                items = _acting_place_list(text, at + 1)  # 向|弥阳街道 (but 向阳镇 is a name)
            if items is not None and "对" in (text[at], text[at - 1] if at else "") \
                    and (not text.startswith(SUPERVISING_VERBS, items[-1][1])
                         or not all(text.endswith(TOWNSHIP_ENDINGS, a, b) for a, b in items)):
                items = None  # 对远安县、秭归县|推进法治建设情况进行督察: their progress is the object
            if items is not None and any(o.start < items[0][1] and items[0][0] < o.end for o in found):
                continue  # 县司法局在|宾州镇、宾西镇设立…: no list opens with a body (one may after 对 in it)
            if items is not None:
                listed_to = hit.end()
                out.extend(OrgSpan(a, b, "acting_place", "government") for a, b in items
                           if not any(o.start < b and a < o.end for o in found))
                break
    return out


def _listed_places(text: str, found: list[OrgSpan]) -> list[OrgSpan]:
    """Townships and counties named alone in a list with bodies, before or after them: each place of
    the list must be in the division gazetteer (resolve names their governments)."""
    taken = sorted((o.start, o.end) for o in found)
    starts = {s for s, _ in taken}
    places: set[tuple[int, int]] = set()  # (a list between two bodies is read from both)
    for s, e in taken:
        if e < len(text) and text[e] in LIST_JOINERS:  # 区行政审批局和|湖塘镇、牛塘镇…
            items = _places_forward(text, e + 1)
            if items and _list_ends(text, items[-1][1], starts):
                places.update(items)
        if s > 1 and text[s - 1] in LIST_JOINERS:  # …乔瓦镇、瓦厂镇和|县公安局
            items = _places_backward(text, s - 1)
            if items:
                a = items[0][0]
                if a == 0 or not is_han(text[a - 1]) or text[a - 1] in LISTED_PLACE_OPENERS:
                    places.update(items)
    return [OrgSpan(a, b, "acting_place", "government") for a, b in sorted(places)
            if not any(f.start < b and a < f.end for f in found)]


def _list_ends(text: str, at: int, starts: set[int]) -> bool:
    """Whether a list of places read forward ends at ``at``: where no Han character follows, at 等
    (湖塘镇、牛塘镇等单位), or at a joiner before another body."""
    return at >= len(text) or not is_han(text[at]) or text[at] == "等" \
        or (text[at] in LIST_JOINERS and at + 1 in starts)


def _places_forward(text: str, at: int) -> list[tuple[int, int]]:
    """The known places from ``at`` on, one after another, parted by a list's joiners."""
    items: list[tuple[int, int]] = []
    while True:
        end = next((at + k for k in range(min(LONGEST_PLACE, len(text) - at), 1, -1)
                    if _is_listed_place(text[at:at + k])), -1)
        if end < 0:
            return items
        items.append((at, end))
        if end + 1 >= len(text) or text[end] not in LIST_JOINERS:
            return items
        at = end + 1  # (no place after the joiner: the list ends at the place before it)


def _places_backward(text: str, end: int) -> list[tuple[int, int]]:
    """The known places that end at ``end``, one before another, parted by a list's joiners."""
    items: list[tuple[int, int]] = []
    while True:
        start = next((end - k for k in range(min(LONGEST_PLACE, end), 1, -1) if _is_listed_place(text[end - k:end])), -1)
        if start < 0:
            return items
        items.insert(0, (start, end))
        if start < 2 or text[start - 1] not in LIST_JOINERS:
            return items
        end = start - 1


def _is_listed_place(name: str) -> bool:
    # (the last character first: most substrings end in none of a place's levels)
    return name[-1] in LISTED_PLACE_LAST and LISTED_PLACE.fullmatch(name) is not None and _is_place(name)



@lru_cache(maxsize=1)
def _place_before_verb() -> re.Pattern:
    """A level character, the kind of places after 等, and a verb of org_actor_verbs.txt:
    镇|开展 · 镇等乡镇|深入 · 街道、新哨镇等乡镇(街道)|下放 (only the last item's level)."""
    return re.compile(f"(?:{TOWNSHIP_ENDING}|县|区|旗)" + PLACE_KIND_AFTER + "(?=" + trie_pattern(_actor_verbs()) + ")")


def _is_place(name: str) -> bool:
    return name in _town_names() or bool(divisions().places_named(name))


def _acting_place_list(text: str, at: int) -> list[tuple[int, int]] | None:
    """(start, end) of the places of a list at ``at`` followed by a verb, or None."""
    m = ACTING_PLACES.match(text, at)
    if m is None or not text.startswith(_actor_verbs(), m.end()):
        return None
    names = [name for part in m.group("places").split("、") for name in _split_at_and(part)]
    if "的" in names[0][:-2]:  # 托管的|丈八街道、鱼化寨街道: what ends in 的 describes the places, it opens no name
        cut = names[0].rindex("的") + 1
        names[0], at = names[0][cut:], at + cut
    urging = next((v for v in _place_verbs("urging", "joining") if names[0].startswith(v)), None)
    if urging is not None and _is_place(names[0][len(urging):]):
        # 推动|东海街道、城东街道开展…: the places a body urges to act act themselves, and so do
        # those it acts with (联合|大中街道、草堰镇开展…)
        names[0], at = names[0][len(urging):], at + len(urging)
    if not _is_place(names[0]):
        # 依法向|绵山镇、义安镇赋予…: a preposition inside the run before the first place opens the list
        cut = next((k + 1 for k, ch in enumerate(names[0][:-3]) if ch in PLACE_PREPOSITIONS and _is_place(names[0][k + 1:])), 0)
        names[0], at = names[0][cut:], at + cut
    if not _is_place(names[0]) and (names[0][0] in NOT_A_PLACE_START or not any(map(_is_place, names))):
        return None  # (one known is enough: a township renamed since the gazetteer's year stays in its list)
    items, pos = [], at
    for name in names:
        items.append((pos, pos + len(name)))
        pos += len(name) + 1
    return items


def _split_at_and(part: str) -> list[str]:
    """The places of ``part`` joined by 和: 和平区 is one (和 opens its name), 和平区和河东区 two;
    a 和 is a joiner where the name before it is a place, else the first one after a name's start."""
    joins = [i for i, ch in enumerate(part) if ch == "和" and 0 < i < len(part) - 1]
    if not joins or _is_place(part):
        return [part]
    at = next((i for i in joins if _is_place(part[:i])), joins[0])
    return [part[:at]] + _split_at_and(part[at + 1:])


@lru_cache(maxsize=1)
def _actor_verbs() -> tuple[str, ...]:
    return tuple(read_words("org_actor_verbs.txt"))


@lru_cache(maxsize=1)
def _words_before_a_name() -> tuple[str, ...]:
    """The words after a body's head that a second name follows: a place's verbs (镇公共法律服务工作站|开展|…)
    and 为 (明确镇党政办|为|办公室)."""
    return _actor_verbs() + DESIGNATED_AS


def _with_group_offices(text: str, found: list[OrgSpan]) -> list[OrgSpan]:
    """The office of a leading or coordination group named before, written without the group's name:
    成立…推进依法行政工作领导小组,领导小组办公室设在县政府法制办 · 司法协调小组…|协调小组办公室设在市委政法委
    (resolve names it after the group; 协调 read as a verb left 小组办公室, which the office replaces)."""
    out = []
    for m in GROUP_OFFICE.finditer(text):
        if m.start() > 0 and not BOUNDARY_PUNCT.match(text[m.start() - 1]) \
                and not text.endswith(_boundary_tuple(), max(0, m.start() - 4), m.start()):
            continue  # part of a longer name, found already or not a body (but 区司法局作为|协调小组办公室)
        if any(o.start <= m.start() < o.end for o in found):
            continue
        coordination = m.group().startswith("协调")
        groups = ("协调小组",) if coordination else ("指挥部",) if m.group().startswith("指挥部") else ("领导小组", "领导组")
        # a coordination group's office may follow its group paragraphs later, or the group titles
        # the report (…守法普法协调小组2021年工作总结 / …协调小组办公室设在区司法局): resolve finds the group
        if coordination or any(o.end <= m.start() and text.endswith(groups, o.start, o.end) for o in found):
            out.append(OrgSpan(m.start(), m.end(), "group_office", "committee"))
    if not out:
        return found
    return [o for o in found if not any(g.start < o.start and o.end <= g.end for g in out)] + out


@lru_cache(maxsize=1)
def _jurisdiction_before() -> re.Pattern:
    """A jurisdiction ending where the match starts, in the reversed text (县 · 霍山县 · 中共某县委)."""
    juris, _ = _jurisdiction()
    return re.compile(juris)


def _with_quoted_programme_bodies(text: str, rev: str, found: list[OrgSpan]) -> list[OrgSpan]:
    """Joint and temporary bodies named after a programme in quotes, which no core crosses:
    调整县“七五”普法工作领导小组 · 县“放管服”改革协调小组办公室牵头 (the quote alone, with no
    jurisdiction before it, names no particular body: 成立“高效办成一件事”工作专班)."""
    out = []
    n = len(text)
    for m in QUOTED_PROGRAMME_BODY.finditer(text):
        juris = _jurisdiction_before().match(rev, n - m.start())
        if juris is None:
            continue
        out.append(OrgSpan(n - juris.end(), m.end(), "quoted_programme", "committee"))
    if not out:
        return found
    return [o for o in found if not any(q.start < o.end and o.start < q.end for q in out)] + out


def _coordination_groups(text: str, found: list[OrgSpan]) -> list[OrgSpan]:
    """A 全面依法治X委员会's coordination groups named alone (下设的立法协调小组、执法协调小组):
    resolve names them after the committee named before them."""
    out = []
    for m in COORDINATION_GROUP.finditer(text):
        before = text[m.start() - 1] if m.start() > 0 else ""
        if is_han(before) and before not in COORDINATION_GROUP_AFTER \
                and not text.endswith(_boundary_tuple(), max(0, m.start() - 4), m.start()):
            # part of a longer name (…委员会执法协调小组), found already, or not one of the four (a verb
            # before it opens it: 明确|立法协调小组由…牵头)
            continue
        if not any(o.start < m.end() and m.start() < o.end for o in found):
            out.append(OrgSpan(m.start(), m.end(), "coordination_group", "committee"))
    return out


def _led_groups(text: str, found: list[OrgSpan]) -> list[OrgSpan]:
    """Leading groups named without a jurisdiction, by the post that leads them (成立由镇长任组长的|依法行政
    工作领导小组) or as the report sets them up (调整|全面依法治税领导小组): the reporting body's own."""
    out = []
    for m in LED_GROUP.finditer(text):
        start, end = m.span("group")
        if not any(o.start < end and start < o.end for o in found):
            out.append(OrgSpan(start, end, "led_group", "committee"))
    for m in SET_UP_GROUP.finditer(text):
        start, end = m.span("group")
        sentence = text[_sentence_start(text, m.start()):m.start()]
        if OTHERS_SET_UP.search(sentence) or any(o.start < end and start < o.end for o in found + out):
            continue
        out.append(OrgSpan(start, end, "led_group", "committee"))
    return out


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding pos starts: after the last sentence end or line end before it."""
    return max(text.rfind(mark, 0, pos) for mark in SENTENCE_MARKS) + 1


# A court's or procuratorate's unit stationed in a level of place, not in a named one: 人民法院|驻街道诉讼服务站 ·
# 人民检察院|驻镇检察室 (the unit of a named place keeps it: 人民法院|宁海路诉讼服务站)
STATIONED_UNIT = re.compile(r"(?:人民法院|人民检察院)(?P<unit>驻(?:街道|街|镇|乡|村|社区)[\u3400-\u9fff]+)$")


def _without_stationed_unit(text: str, org: OrgSpan) -> OrgSpan:
    """``org`` without the ``STATIONED_UNIT`` at its end: the court or procuratorate alone."""
    unit = STATIONED_UNIT.search(text, org.start, org.end)
    return OrgSpan(org.start, unit.start("unit"), org.rule, "judiciary") if unit is not None else org


# Primary and secondary schools at large, which end no name though 小学 ends a school's: 区人民检察院为全区|中小学
GENERIC_SCHOOLS = "中小学"
# The longest head looked for before them
LONGEST_HEAD_BEFORE_SCHOOLS = 8


def _without_generic_schools(text: str, org: OrgSpan) -> OrgSpan | None:
    """``org`` cut after the last head noun before ``GENERIC_SCHOOLS`` at its end (区人民检察院|为全区中小学 ·
    区政府教育督导室|全面实施中小学), None when no head stands before them; ``org`` itself otherwise."""
    if not text.endswith(GENERIC_SCHOOLS, org.start, org.end):
        return org
    heads = _heads()
    for end in range(org.end - len(GENERIC_SCHOOLS), org.start + 1, -1):
        head = next((text[k:end] for k in range(max(org.start, end - LONGEST_HEAD_BEFORE_SCHOOLS), end)
                     if text[k:end] in heads), None)
        if head is not None:
            return OrgSpan(org.start, end, org.rule, heads[head].type)
    return None


def _names_no_body(text: str, org: OrgSpan) -> bool:
    """Whether a name found is part of a law's title (《村民委员会组织法》), an honour in quotes
    after a verb of honouring (被评为“全区模范人民调解委员会”) or one named as honours are (全国模范人民调解委员会),
    or a brand in quotes (“浑河和事厅”调解品牌)."""
    if LAWS_OF_BODIES.match(text, org.end) or HONOUR_NAME.match(text, org.start):
        return True
    if org.start > 0 and text[org.start - 1] in HONOUR_QUOTES and BRAND_AFTER_QUOTE.match(text, org.end):
        return True
    lo = max(0, org.start - HONOUR_REACH)
    quote = max(text.rfind(mark, lo, org.start) for mark in HONOUR_QUOTES)  # the nearest opening mark
    return quote >= 0 and not any(c in "”\"」" for c in text[quote + 1:org.start]) \
        and text.endswith(honour_verbs(), 0, quote)


@lru_cache(maxsize=1)
def honour_verbs() -> tuple[str, ...]:
    """Verbs of honouring (org_honour_verbs.txt): a body in quotes, or a measure's name, right after
    one is the honour conferred (the measure recogniser asks too)."""
    return tuple(read_words("org_honour_verbs.txt"))


def _own_units(text: str) -> list[tuple[int, int]]:
    """(start, end) of each unit of the reporting body written after its short name, where a name
    can begin: 。厅法律顾问室 · ,行署法律顾问室 · 调整|局法治政府建设领导小组 (not
    市司法局法律援助中心; a 厅 after a boundary word is rarely its own). str.find is the fastest way
    to the owners (a regular expression with these checks as lookbehinds took three times as long)."""
    spans: list[tuple[int, int]] = []
    guards = _guards("org_head_guards.tsv")
    for owner in OWN_UNIT_OWNERS:
        at = text.find(owner)
        word_after = guards.get(owner[-1], ("", ""))[0]  # 局|长 · 局|面 · 委|员: another word, no owner
        while at >= 0:
            if not (owner == "局" and at > 0 and text[at - 1] == "分") and _opens_a_name(text, at, owner != "厅") \
                    and text[at + len(owner):at + len(owner) + 1] not in word_after:
                # (the 局 of 分局 is looked at as 分局's; 局长和全局 holds no unit)
                unit = OWN_UNIT.match(text, at + len(owner))
                if unit is not None and not _strong_boundary_word().search(text, *unit.span("core")) \
                        and not text.startswith(AFFILIATED_MARK, unit.start("core")) \
                        and text[unit.start("core")] not in UNIT_CORE_NOT_FIRST \
                        and not text.startswith(COLLECTIVE_UNITS, unit.end() - 1) \
                        and not unit.group().endswith(COLLECTIVE_UNITS):
                    # (局|机关成立以局: a unit's name holds no verb that sets a body up)
                    spans.append((at, unit.end()))
                elif owner == "委" and text.startswith(STANDING_COMMITTEE_SHORT[0], at + 1):
                    spans.append((at, at + 1 + len(STANDING_COMMITTEE_SHORT[0])))  # 召开|委常委会: a commission's own
            at = text.find(owner, at + 1)
    return spans


def _own_party_groups(text: str) -> list[tuple[int, int]]:
    """The spans of the reporting body's own party groups: its owner's word and the group (局党组 ·
    分局党委中心组 · 常委会党组 · 办公室党组), or a study group alone (党组理论学习中心组), one after another without overlap."""
    spans: list[tuple[int, int]] = []
    last_end = 0
    for m in OWN_PARTY_GROUP.finditer(text):
        at = m.start()
        owner = next((w for w in OWN_PARTY_GROUP_LONG_OWNERS if at - len(w) >= last_end and text.startswith(w, at - len(w))), "")
        if owner:
            spans.append((at - len(owner), m.end()))
        elif at - 1 >= last_end and text[at - 1] in OWN_PARTY_GROUP_OWNERS:
            spans.append((at - 1, m.end()))
        elif m.group("centre"):
            spans.append((at, m.end()))
        else:
            continue
        last_end = m.end()
    return spans


def _with_sub_bodies(text: str, found: list[OrgSpan], units: list[tuple[int, int]]) -> list[OrgSpan]:
    """``found`` with each department's name extended over the party group after it
    (市生态环境局党组: one body, the group) or a bureau's over its branch (市场监督管理局狮山分局),
    and the reporting bureau's own group and units written after its short name (局党组,
    厅法律顾问室)."""
    found = sorted(found, key=lambda o: (o.start, -o.end))
    out: list[OrgSpan] = []
    for o in found:
        if out and o.start < out[-1].end:
            continue  # the 党委 of 县卫健局|党委, now inside the name before it
        if out and o.start == out[-1].end and text.endswith(POLICE_BRANCH, out[-1].start, out[-1].end) \
                and text.endswith(POLICE_STATION, o.start, o.end):
            out[-1] = OrgSpan(out[-1].start, o.end, out[-1].rule, "department")  # 涧西分局|湖北路派出所: the branch's station
            continue
        department = o.type == "department" and text[o.end - 1] in "局厅委办"
        # a court's, a procuratorate's or a people's organization's party group too (县人民法院|党组 ·
        # 市总工会|党组理论学习中心组), but not the last of a list's, whose 党组 is every item's
        # (听取县政府、县法院、县检察院党组…汇报)
        group_owner = department or (o.type in PARTY_GROUP_OWNER_TYPES and not text.startswith("党委", o.end)
                                     and text[o.start - 1:o.start] != "、")
        if group_owner and (group := PARTY_GROUP_AFTER.match(text, o.end)) is not None:
            o = OrgSpan(o.start, group.end(), o.rule, "party")
        elif o.type == "party" and text.endswith(COMMISSION_ENDINGS, o.start, o.end) \
                and (standing := COMMISSION_STANDING_AFTER.match(text, o.end)) is not None:
            o = OrgSpan(o.start, standing.end(), o.rule, "party")  # 县纪委|常委会: the commission's own
        elif department and text[o.end - 1] == "局" and (branch := BRANCH_AFTER.match(text, o.end)) is not None:
            o = OrgSpan(o.start, branch.end(), o.rule, "department")
        elif department and text[o.end - 1] in "局厅委" and (unit := _unit_after_department().match(text, o.end)) is not None:
            o = OrgSpan(o.start, unit.end(), o.rule, _unit_type(unit.group()))
        out.append(o)
    own = [(span, "party") for span in _own_party_groups(text)] + [(span, None) for span in units]
    for (start, end), otype in own:
        owner_end = start + next((len(o) for o in OWN_UNIT_OWNERS if text.startswith(o, start)), 1)  # 行署 · 分局 · 局
        inside = [o for o in out if o.start < end and start < o.end]
        if any((o.start < owner_end and (o.start, o.end) != (start, owner_end)) or o.end > end for o in inside):
            continue  # part of another name; 党委理论学习中心组 alone (厅|党委…) or 行署 is taken over
        if _opens_a_name(text, start):
            out = [o for o in out if o not in inside]
            out.append(OrgSpan(start, end, "bare_body", otype or _unit_type(text[owner_end:end])))
    return out


# How a people's congress or its standing committee ends, before one of its committees: 市人大|法制委员会 ·
# 全国人大常委会|法工委 · 省人民代表大会常务委员会|预算工作委员会
CONGRESS_ENDINGS = ("人大", "人大常委会", "人民代表大会", "人民代表大会常务委员会")


@lru_cache(maxsize=1)
def _congress_committee_after() -> re.Pattern:
    """A committee's name right after its congress's (``org_congress_committees.tsv``): 法制委员会 ·
    预算工委 · 农牧委 (not 委员, a member: 人大代表|委员)."""
    stems = longest_first("org_congress_committees.tsv")
    return re.compile(f"(?:{'|'.join(stems)})(?:工作委员会|工委|委员会|委(?![员托]))")


@lru_cache(maxsize=1)
def _bare_congress_committee() -> re.Pattern:
    """A congress's committee written without its congress (``org_congress_committees.tsv``), the
    standing committee's short name perhaps before it: 预算工作委员会 · 常委会|法制工作委员会 · 法制委员会
    (not 委 alone: 农业委 is a government's department)."""
    stems = longest_first("org_congress_committees.tsv")
    return re.compile(f"(?:{'|'.join(STANDING_COMMITTEE_SHORT)})?(?:{'|'.join(stems)})(?:工作委员会|工委|委员会)")


def _bare_congress_committees(text: str, found: list[OrgSpan], skip: list[tuple[int, int]] | None) -> list[OrgSpan]:
    """A congress's committees written alone where a name begins (。|预算工作委员会依托… · ，|常委会预算工作委员会),
    not inside a name found already; resolve gives them to the reporting congress, or to none."""
    taken = [(o.start, o.end) for o in found] + list(skip or [])
    out: list[OrgSpan] = []
    for m in _bare_congress_committee().finditer(text):
        start, end = m.span()
        if _opens_a_name(text, start) and not any(s < end and start < e for s, e in taken):
            out.append(OrgSpan(start, end, "bare_body", "legislature"))
    return out


def _with_units_after(text: str, found: list[OrgSpan], owner_endings: tuple[str, ...],
                      unit: re.Pattern | Callable[[int], int | None], otype: str | None = None) -> list[OrgSpan]:
    """``found`` with each name that ends so (and is of type ``otype``, when given) extended over the
    unit written right after it, which is the body named: 市人大常委会|预算工委 · 综合行政执法支队|内乡大队.
    ``unit`` matches the unit at the owner's end, or says where a unit that begins there ends."""
    unit_end = unit if callable(unit) else (lambda at: (m := unit.match(text, at)) and m.end())
    out: list[OrgSpan] = []
    extended_end = -1
    for o in sorted(found, key=lambda o: (o.start, -o.end)):
        if o.start < extended_end:
            continue  # the unit's own head, now inside the extended name
        if (otype is None or o.type == otype) and text.endswith(owner_endings, o.start, o.end) \
                and (end := unit_end(o.end)):
            o = OrgSpan(o.start, end, o.rule, o.type)
            extended_end = o.end
        out.append(o)
    return out


@lru_cache(maxsize=1)
def _town_office_owner_words() -> dict[str, tuple[str, ...]]:
    """A township office as written → the words its department's names hold (工商所 → 工商)."""
    return {row[0]: tuple(row[3].split(",")) for row in read_rows("org_town_offices.tsv")}


def _town_office_after(text: str, found: list[OrgSpan]) -> Callable[[int], int | None]:
    """Where the township office found right after a bureau ends, when that bureau is the office's
    department: 区市场监管局|小溪塔市场监管所 · 县国土资源局|永兴国土资源所; None after another bureau
    (县司法局|古楼派出所 are two bodies) or before a name that is no township's office."""
    offices = {o.start: o for o in found if o.rule == "head_noun" and text.endswith(TOWN_OFFICES, o.start, o.end)}
    owner_words = _town_office_owner_words()

    def office_end(at: int) -> int | None:
        office = offices.get(at)
        if office is None:
            return None
        written = next(w for w in TOWN_OFFICES if text.endswith(w, office.start, office.end))
        bureau_start = max((o.start for o in found if o.end == at and o.start < at), default=at)
        bureau = text[bureau_start:at]
        return office.end if any(word in bureau for word in owner_words[written]) else None

    return office_end


# A department written by its level and head alone, in its own report (市局 · 县局 · 省厅)
LEVEL_BUREAUS = frozenset(level + head for level in "省市县区州旗盟" for head in "局厅")
# The longest unit read after it: 市局|重大税务案件审理委员会 (resolve's LEVEL_HEAD_AND_UNIT reads as long)
LEVEL_UNIT_MAX = 12


def _level_bureaus_units(text: str, found: list[OrgSpan]) -> list[OrgSpan]:
    """``found`` with a bureau written by its level alone joined to the name found right after it, its
    unit: 市局|行政复议委员会 is the reporting bureau's committee, not the government's (resolve names
    it after the bureau)."""
    starts = {o.start: o for o in found}
    joined: set[int] = set()
    out: list[OrgSpan] = []
    for o in sorted(found, key=lambda o: (o.start, -o.end)):
        if o.start in joined:
            continue
        unit = starts.get(o.end)
        # (a unit, not a body of its own: no 局 or 厅 in it, 县局|办税服务厅 being the bureau's hall, nor a
        # name after a conjunction, 市局|和县委 being the bureau and the county's committee)
        if unit is not None and o.end - o.start == 2 and text[o.start:o.end] in LEVEL_BUREAUS \
                and not any(ch in text[unit.start:unit.end] for ch in "局厅") and unit.end - unit.start <= LEVEL_UNIT_MAX \
                and text[unit.start] not in "和与及":
            o = OrgSpan(o.start, unit.end, o.rule, unit.type)
            joined.add(unit.start)
        out.append(o)
    return out


# A detachment's brigade right after the detachment's name, named by its county or its number:
# 市生态环境保护综合行政执法支队|内乡大队 · …支队|第三大队 (not 支队|下设涪城大队: a verb is no name)
BRIGADE_AFTER = re.compile(CORE_CHAR + "{2,3}?大队")
# An enforcement body's squad (SQUAD_OWNER_ENDINGS) is named by its township, area or number:
# 县综合行政执法局|郑宅中队 · 区城管执法局|后湖中队
SQUAD_HEAD = "中队"
SQUAD_CORE = (2, 7)  # 城区|中队 · 渔业及农机执法|中队


def _squad_end(text: str, rev: str, owner_end: int) -> int | None:
    """Where the squad written right after an enforcement body's name ends, when the squad's own name
    holds no boundary word (综合行政执法局|下设城区中队 is the bureau, a verb and a squad); else None."""
    n = len(text)
    at = text.find(SQUAD_HEAD, owner_end + SQUAD_CORE[0], owner_end + SQUAD_CORE[1] + 1)
    # the core read backwards from the head reaches the owner's end without a boundary word
    if at >= 0 and _internal_unit_core().match(rev, n - at, n - owner_end).end() == n - owner_end:
        return at + len(SQUAD_HEAD)
    return None


# The verb before a list of the units a body sets up, and an item of such a list: 执法大队下设|一中队、二中队、三中队和
# 事故处理中队 · 支队下设|一大队、二大队和机动大队 (a unit named by its number alone is one only in such a list)
UNITS_SET_UP = "下设"
LISTED_UNIT = re.compile(r"(?P<core>第?[一二三四五六七八九十]{1,2}|[\u3400-\u9fff]{2,6}?)(?:中队|大队)")
LISTED_UNIT_JOINERS = "、和及"


def _units_set_up(text: str) -> list[OrgSpan]:
    """The units in a list after 下设 (一中队、二中队和浛洸中队 · 一大队、二大队和机动大队), of the rule
    ``listed_unit``: whose they are, resolve says from the body named before them (a unit named by
    its number is one only there)."""
    out = []
    at = text.find(UNITS_SET_UP)
    while at >= 0:
        pos = at + len(UNITS_SET_UP)
        while (m := LISTED_UNIT.match(text, pos)) is not None:
            out.append(OrgSpan(m.start(), m.end(), "listed_unit", "department"))
            pos = m.end()
            if pos >= len(text) or text[pos] not in LISTED_UNIT_JOINERS:
                break
            pos += 1
        at = text.find(UNITS_SET_UP, at + 1)
    return out


def _cut_before_units_set_up(text: str, found: list[OrgSpan], listed: list[OrgSpan]) -> list[OrgSpan]:
    """``found`` with a name read across 下设 into the list's first unit cut before the verb: the body that
    sets the units up (襄阳市生态环境保护综合执法支队|下设一大队)."""
    unit_start = {o.end: o.start for o in listed}
    out = []
    for o in found:
        at = unit_start.get(o.end)
        if at is not None and o.start < at - len(UNITS_SET_UP) and text.endswith(UNITS_SET_UP, 0, at):
            o = OrgSpan(o.start, at - len(UNITS_SET_UP), o.rule, o.type)
        out.append(o)
    return out


# An arbitration commission's office in a county of its city, right after its name and named by the
# county: 衡水仲裁委员会|武邑办事处 · 临沂仲裁委员会|沂南工作站 · 邯郸仲裁委员会|肥乡仲裁服务站 · 重庆仲裁委员会|綦江分会
ARBITRATION_OFFICE_AFTER = re.compile("(?:(?![和及与、])" + CORE_CHAR + "){2,5}?(?:办事处|联络处|工作站|分会|仲裁服务站|仲裁服务点)")
# A branch of a provincial court or procuratorate right after its name, named by its number or its
# area: 北京市人民检察院|第一分院 · 新疆维吾尔自治区人民检察院|阿克苏分院 · 高级人民法院|生产建设兵团分院
COURT_BRANCH_AFTER = re.compile("第[一二三四五六七八九十]{1,2}分院|(?:(?![和及与、]|人民)" + CORE_CHAR + "){2,7}?分院")


# What follows a zone's name in its party committee's: 中共益阳高新技术产业开发区|工作委员会
ZONE_COMMITTEE_HEADS = ("工作委员会", "党工委", "工委")
# What a zone's party working committee ends with, after which its government is written alone
# (ZONE_GOVERNMENTS): 高新区党工委、|管委会
ZONE_COMMITTEE_END = "党工委"


def _zone_governments_after_committees(text: str, found: list[OrgSpan]) -> list[OrgSpan]:
    """A zone's 管委会 written alone right after its 党工委 (高新区党工委、管委会 · 党工委和管委会), which the
    grammar does not read (管委会 takes a place before it); resolve says whose zone it is."""
    starts = {o.start for o in found}
    out = []
    for o in found:
        at = o.end + 1
        if text.endswith(ZONE_COMMITTEE_END, o.start, o.end) and at < len(text) and text[o.end] in LIST_JOINERS \
                and text.startswith(ZONE_GOVERNMENTS, at) and at not in starts:
            word = next(w for w in ZONE_GOVERNMENTS if text.startswith(w, at))
            out.append(OrgSpan(at, at + len(word), "zone_government", "government"))
    return out


def _congress_working_committees(text: str, found: list[OrgSpan]) -> list[OrgSpan]:
    """A people's congress standing committee and its working committee in a township, written one
    after the other, are one body: 区人大常委会|勒流街道工作委员会 (the congress's office in the street)."""
    found = sorted(found, key=lambda o: (o.start, -o.end))
    out: list[OrgSpan] = []
    for o in found:
        if out and out[-1].type == "legislature" and o.start == out[-1].end \
                and CONGRESS_WORKING_COMMITTEE.fullmatch(text, o.start, o.end):
            out[-1] = OrgSpan(out[-1].start, o.end, out[-1].rule, "legislature")
            continue
        out.append(o)
    return out


def _sections(text: str, found: list[OrgSpan], skip: list[tuple[int, int]] | None,
              rev: str | None = None) -> list[OrgSpan]:
    """Sections of a department written alone where a name begins (明确|政策法规股 · 设在|法规处), not
    inside a name found already; whose they are, resolve decides from the report. ``rev`` is the
    text reversed, when the caller has it."""
    out: list[OrgSpan] = []
    if not any(head in text for head in SECTION_HEADS):  # (str `in` is faster than the guarded pattern)
        return out
    n = len(text)
    taken = [(o.start, o.end) for o in found] + list(skip or [])
    for head in SECTION_HEAD.finditer(text):
        at, end = head.span()
        rev = rev or text[::-1]
        m = _section_grammar().match(rev, n - end)
        if m is None:
            continue
        for start in dict.fromkeys((n - m.end(), n - m.end("last"))):  # with its first field, then without
            core = text[start:at]
            if _opens_a_name(text, start) and not any(s < end and start < e for s, e in taken) \
                    and not any(ch in core for ch in SECTION_CORE_NOT) and COUNTING_CORE.match(core) is None:
                out.append(OrgSpan(start, end, "bare_body", "department"))
                break
    return out


@lru_cache(maxsize=1)
def _internal_unit_heads() -> tuple[re.Pattern, dict[str, tuple[int, int]]]:
    """The heads of org_internal_units.tsv as one pattern, longest first, each guarded against the
    characters that make another word of it (工作部|署), and each head's shortest and longest core."""
    rows = read_rows("org_internal_units.tsv")
    cores = {row[0]: (int(row[2]), int(row[3])) for row in rows}
    heads = sorted(rows, key=lambda row: -len(row[0]))
    return re.compile("|".join(row[0] + (f"(?![{row[4]}])" if len(row) > 4 and row[4] else "") for row in heads)), cores


@lru_cache(maxsize=1)
def _internal_unit_core() -> re.Pattern:
    """Core characters before an internal unit's head, reversed (出入境管理|支队 · 刑事|审判庭)."""
    _, _, outer_char = _grammar_parts()
    return re.compile(f"(?:{outer_char})*")


def _internal_units(text: str, found: list[OrgSpan], skip: list[tuple[int, int]] | None) -> list[OrgSpan]:
    """Internal units of a court, a procuratorate, a police bureau or a people's organization written alone
    where a name begins (。|刑事审判庭依法… · 。|第一检察部 · 。|法制大队 · ，|法律工作部), not inside a name
    found already nor after a count (8个|执法执勤大队: every one); resolve gives them to the reporting
    body, or to none."""
    pattern, cores = _internal_unit_heads()
    out: list[OrgSpan] = []
    first = pattern.search(text)
    if first is None:  # (most paragraphs)
        return out
    taken = [(o.start, o.end) for o in found] + list(skip or [])
    generic = _generic()
    rev = ""
    for head in pattern.finditer(text, first.start()):
        at, end = head.span()
        low, high = cores[head[0]]
        rev = rev or text[::-1]
        # the longest core the grammar allows before the head (no boundary word: 召开|支队), read backwards
        longest = _internal_unit_core().match(rev, len(text) - at, len(text) - at + high).end() - (len(text) - at)
        for start in range(at - longest, at - low + 1):  # the longest core that opens a name
            if any(ch in SECTION_CORE_NOT for ch in text[start:at]):
                continue
            if (_opens_a_name(text, start) or _after_listed_unit(text, start)) \
                    and not any(s < end and start < e for s, e in taken):
                unit = OrgSpan(start, end, "bare_body", None)
                if COUNT_BEFORE.search(text, max(0, start - COUNT_REACH), start) is None \
                        and text[start:end] not in generic and not _names_no_body(text, unit):
                    # (8个|执法执勤大队: every one · 基层中队: none in particular · 获评“优秀中队”: an honour)
                    out.append(unit)
                break
    return out


# The last characters of a unit's name a list of units runs on after with 和: 审核科和|执法一大队
LISTED_UNIT_ENDINGS = "科股室处部庭队"


def _after_listed_unit(text: str, start: int) -> bool:
    """Whether ``start`` follows the 和 that ends a list of units (内设综合股、法制股和|种植业执法中队),
    where a name begins though 和 opens none elsewhere (富锦市人民政府网站和|局公示栏)."""
    return start >= 2 and text[start - 1] == "和" and text[start - 2] in LISTED_UNIT_ENDINGS


def _opens_a_name(text: str, start: int, after_boundary_words: bool = True) -> bool:
    """Whether a name may begin at ``start``: after nothing, punctuation, a function word or (unless
    told not to) a boundary word (局党组 in 。局党组 · 坚持局党组, not in 市公安局党组). The last
    character is looked at first: most characters end no boundary word."""
    if start == 0:
        return True
    before = text[start - 1]
    if not "\u3400" <= before <= "\u9fff" or before in CORE_STOP:  # (BOUNDARY_PUNCT, without a regex call)
        return True
    return after_boundary_words and before in _boundary_last_characters() \
        and text.endswith(_boundary_tuple(), max(0, start - 4), start)


def _unit_type(unit: str) -> str:
    """The type the head of a unit's name gives (政务服务中心: institution), a department's by default;
    a department's 管理委员会 governs no zone, it is a committee (分局|执法监督管理委员会)."""
    heads = _heads()
    otype = next((heads[unit[k:]].type for k in range(len(unit)) if unit[k:] in heads), "department")
    return "committee" if otype == "government" else otype


def _named_bodies(text: str, rev: str) -> list[OrgSpan]:
    """National bodies, 人大及其常委会, 法检两院: the names ``_named_grammar`` finds."""
    n = len(text)
    national_names = _national()
    boundary = _boundary_tuple()
    national, named = _named_grammar()
    found = []
    for m in national.finditer(rev):
        start, end = n - m.end(), n - m.start()
        span = text[start:end]
        if len(span) <= NATIONAL_SHORT and start > 0 and not BOUNDARY_PUNCT.match(text[start - 1]) \
                and not text[max(0, start - 2):start].endswith(boundary) \
                and not NATIONAL_SHORT_PAIRED.match(text, end):
            continue  # 集中办理 is no 中办
        found.append(OrgSpan(start, end, "national_body", national_names.get(span.split("第")[0])))
    if "中央" in text:
        found.extend(OrgSpan(m.start(), m.end(), "national_body", "party") for m in CENTRE_BESIDE_COMMITTEE.finditer(text))
    pos = 0
    while (m := named.search(rev, pos)) is not None:
        pos = m.end()
        if _place_openers().match(rev, pos) and (place := _place_before_named().match(rev, pos)):
            pos = place.end()  # 镇|党委政府 (a congress organ's lookahead leaves no room for one)
        start, end = n - pos, n - m.start()
        if text[start:end] in ("常委会", "主席团"):
            found.append(OrgSpan(start, end, "congress_organ", "legislature"))
        else:
            found.append(OrgSpan(start, end, "coordinated", None))
    return found


def _enumerated_departments(text: str) -> list[OrgSpan]:
    """Departments named without head nouns in a list that ends in 等…部门: 我区发改、市场监管等部门,
    or in 部门 alone after three of them at least: 县人社、医保、卫健部门 (公安、司法部门 may be the
    fields, not the bodies)."""
    out: list[OrgSpan] = []
    listed = "、" in text and "部门" in text  # (three short names without 等 are a list only with its marks)
    if "等" not in text and not listed:
        return out
    forms = _department_short_forms()
    longest = _longest_short_form()
    ends = [(m, 2) for m in ENUMERATION_END.finditer(text)]
    if listed:
        ends += [(m, 3) for m in BARE_ENUMERATION_END.finditer(text)]
    for m, fewest in ends:
        items: list[OrgSpan] = []
        pos = m.start()
        while True:
            hit = None
            for size in range(min(longest, pos), 1, -1):
                if text[pos - size:pos] in forms:
                    hit = OrgSpan(pos - size, pos, "enumerated_department", "department")
                    break
            if hit is None:
                break
            items.append(hit)
            if hit.start == 0 or text[hit.start - 1] != "、":
                break
            pos = hit.start - 1
        if len(items) >= fewest:
            first = items[-1]
            if first.start > 0 and text[first.start - 1] in LIST_LEVEL_WORDS:  # 配合|区|林业、国土: the district's
                items[-1] = OrgSpan(first.start - 1, first.end, first.rule, first.type)
            out.extend(items)
    return out


@Language.factory("fz_organizations", default_config={"span_key": "organizations", "skip_keys": ["doc_numbers"]})
def make_organization_recognizer(nlp: Language, name: str, span_key: str, skip_keys: list[str]) -> "OrganizationRecognizer":
    return OrganizationRecognizer(span_key, skip_keys)


class OrganizationRecognizer:
    """spaCy component: organization names → ``doc.spans[span_key]``; the head's type as ``fz_value``.

    Names inside the spans of ``skip_keys`` (文号 such as 合川委法办〔2024〕6号) are skipped.
    """

    def __init__(self, span_key: str = "organizations", skip_keys: list[str] | None = None):
        self.span_key = span_key
        self.skip_keys = list(skip_keys or [])
        _reversed_grammar(), _named_grammar(), _last_characters(), _town_names()  # compile at pipeline build time, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        skip = [(s.start_char, s.end_char) for key in self.skip_keys for s in span_group(doc, key) or ()]
        spans = []
        for org in find_organizations(doc.text, skip):
            add_span(doc, spans, org.start, org.end, "ORGANIZATION", org.rule, value=org.type)
        if spans:  # an empty group costs a SpanGroup per paragraph and says nothing
            doc.spans[self.span_key] = spans
        return doc
