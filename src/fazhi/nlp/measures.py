"""Find named policy instruments: quoted terms (“放管服”改革, “鉴调一体”工作模式, “企业宁静日”),
phrases ending in a head noun that makes an instrument (行政执法三项制度, 矛盾纠纷多元化解机制),
numbered formulas (三重一大, 五减一优专项行动) and the written forms of nationally known
instruments (证照分离, 一网通办, 双随机、一公开监管).

Evidence is grammatical — quotation marks, head nouns, number words, the verbs that introduce
a measure — plus a gazetteer of national instruments and the terms that recur across the
provincial reports of the corpus; never a list of the measures some report happens to name.
Every rule anchors on something rare (a quotation mark, a head noun, a number word, a known
form) and reads outward from it with compiled patterns, so the component stays cheap.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from fazhi.gazetteer.divisions import LEVEL_ENDINGS, LONGEST_DIVISION_NAME, TOWNSHIP_ENDINGS, divisions
from fazhi.gazetteer.laws import law_gazetteer
from fazhi.gazetteer.measures import measure_gazetteer
from fazhi.lexicon import read_rows, read_words
from fazhi.nlp.citations import ANGLE_TITLE_START
from fazhi.nlp.organizations import find_organizations, honour_verbs, is_department_word
from fazhi.nlp.spans import add_span
from fazhi.text import NOT_HAN_RANGES, LiteralMatcher, is_han, trie_branches, trie_pattern

HAN = "\u3400-\u9fff"
NUMERALS = "一二三四五六七八九十两双百千万"

# A quoted term: “放管服” · "三项制度" (half-width quotes from converted text) · 「放管服」 (Traditional texts)
# (a straight pair around clause punctuation is the close of one term and the open of the next,
# one of them lost to a line break: 行政执法"三项\n制度|",在全区推行"|轻微违法行为不予处罚清单")
QUOTED = re.compile(r"“(?P<curly>[^“”\n]{1,30}?)”|\"(?![,，。;；、:：])(?P<straight>[^\"“”\n]{1,30}?)(?<![,，。;；、])\"|「(?P<corner>[^「」\n]{1,30}?)」")
# What follows a measure's name to the end of a title that is the measure's document:
# 《提升行政执法质量三年行动|计划(2023—2025年)》 · 《…改革|实施方案》
TITLE_DOCUMENT_REST = re.compile(r"(?:实施)?(?:计划|方案|意见|规定|办法|细则|纲要|规划)(?:\([^()]*\)|（[^（）]*）)?")
# A title in title marks, where a measure may be named (关于开展X活动的通知) but the title's own
# name is a document, not a measure: 《清河县行政复议体制改革实施方案》; or in the angle marks a
# half-width conversion leaves for them: <<清河县"企业宁静日"管理办法(试行)>> · <2022年…工作要点>
TITLE = re.compile(r"《[^《》\n]{1,150}》|<<[^\n]{1,150}?>>|<(?=" + ANGLE_TITLE_START.pattern + r")[^<>\n]{1,150}>")
# A quotation mark of any style a report sets around a term: “ ” " 「 」
QUOTE_CHARACTERS = "“”\"「」"
QUOTE_MARK = re.compile("[" + QUOTE_CHARACTERS + "]")
OPENING_QUOTE_MARKS = "“\"「"
# A numbered formula: 三重一大 · 五减一优 · 两规则一细则 · 一案双查 · 三重四创五优化.
# Each number word is followed by one or two characters that are not number words.
NUMBERED_FORMULA = re.compile(
    "[" + NUMERALS + "](?:(?![" + NUMERALS + "])[" + HAN + "]){1,2}"
    "(?:[" + NUMERALS + "](?:(?![" + NUMERALS + "])[" + HAN + "]){1,2}){1,3}"
)
NUMERAL_SPLIT = re.compile("[" + NUMERALS + "]")
# A formula of digits: 1+6 · 8+4 · 1+N (counted as a measure only with a head after it). The first
# digit stands first, its look-behind after it, so that re skips to the next digit in C.
DIGIT_FORMULA = re.compile(r"\d(?<![\d.]\d)\d?\+(?:\d{1,2}|[A-Z])(?![\d.+])")
# A code-numbered platform or reform: 13710督办系统 · “1110”改革 (the head is checked after it),
# not the tail of a longer number (2.13710) nor a count (3200余名|普法讲师). The first digit stands apart, so that re skips
# to the next digit in C (a pattern opening with a repeat or a lookbehind is tried at every position).
NUMBER_CODE = re.compile(r"[0-9](?<![0-9.][0-9])[0-9]{3,5}(?![0-9.%年月日号余多个名人次件项家户场条])")
# Characters between a quoted term, formula or code and its head: 工作|模式 · 调解|品牌 · 政务服务|平台
HEAD_GAP = 6
# A national government service number and the line it names, up to its last head (the words between
# may run long and hold 和): 12333人力资源和社会保障电话咨询服务热线 · 12328交通运输服务监督电话 · 12345市民服务热线
SERVICE_LINE_HEAD = re.compile("热线|专线|电话|平台")
SERVICE_LINE = re.compile(r"(?<![0-9])123[0-9]{2}(?![0-9])[\u3400-\u9fff]{0,16}(?:" + SERVICE_LINE_HEAD.pattern + ")")
# Quotation marks that close a quoted term, and the blanks a character reference (&rdquo;, 7
# characters) leaves after the mark it stands for, or a page's tags after it (</span></font>)
CLOSING_QUOTES = "”\"」"
OPENING_QUOTES = "“\"「"
REFERENCE_PADDING = re.compile(" {1,16}")
# Heads after a chain of quoted terms that make each term a campaign of its own, with or without words
# between: “法律进社区”“法律进企业”活动 · “法律进古镇”“民族团结法治行”主题宣传活动; after one quoted term
# with a campaign's own head, the term alone is the campaign (“宪法学习宣传月”活动)
CHAIN_SPLITTING_HEADS = frozenset({"活动"})
# Heads after which a chain of quoted terms is one name: a project that trains both kinds of people
# (“法律明白人”“法治带头人”培养工程), a responsibility stated in two halves (“谁起草谁清理”“谁制定谁负责”
# 责任, as the seed gold names it). After any other head each term is an instrument of its own, named
# without the head, which says its kind: “粤省事”“粤商通”平台 · “首违不罚”“轻微免罚”清单 ·
# “夷陵和事佬”“橘乡说事”调解品牌 (the mined gold names them so 132 times in 139, the chains before 工程
# as one 6 times in 8)
CHAIN_JOINING_HEADS = frozenset({"工程", "责任", "责任制"})
# Words between such a chain and its head that make the chain one name: the terms are titles its
# creation aims at (“诚信守法企业”“法治文化建设示范企业”创建活动 · “法治乡村”“平安乡村”双创建活动)
CHAIN_JOINING_WORDS = ("创建", "争创", "创评")
# Where a clause ends: a verb before it governs nothing after it.
CLAUSE_END = ",;:。!?\n，；：！？"
# Characters a measure's name never runs across.
HARD_STOP = CLAUSE_END + "《》〈〉<>“”\"'‘’「」『』 \t\u3000[]【】.的等"
# Conjunctions a name may run across (行政执法和刑事司法衔接机制 · 正向激励、负向惩戒机制) where
# the left side is no complete instrument of its own (权力清单和责任清单 are two).
SOFT_SEPARATORS = "、和与及暨"
# The separators and stops a name runs across where they are part of a word (measure_contexts.tsv,
# part_of_word): 公众参与 · 和谐 · 等级 (a list closes with 等: 开展A、B等活动)
WORD_STOPS = SOFT_SEPARATORS + "等"
# Patterns read on the reversed text, leftwards from a position, in one pass without
# backtracking: the name characters before a head (no stop, separator or bracket) ·
# the clause before a position.
NAME_CHARS_LEFT = re.compile("[^" + re.escape(HARD_STOP + SOFT_SEPARATORS) + "()]*")
CLAUSE_LEFT = re.compile("[^" + re.escape(CLAUSE_END) + "]*")
# A heading number where a clause begins: 三、 · (五) · 2.
HEADING_NUMBER = re.compile(r"[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+\.")
# Words a boundary word may not be the start of: 规范性文件 · 规范化 · 法治化
NOT_AFTER_BOUNDARY = "性化式"
# A number with a classifier marks a left edge: 1540条|行政执法事项清单 · 3个|扩权强镇试点 ·
# 十大|重点改革 · 2019年度|土地卫片执法检查; a number word with 项 or 条 is part of a name (三项制度, 八项规定精神).
COUNTED_CLASSIFIERS = "项|个|条|家|件|类|名|次|批|余|年度|年|月|日|篇|场|期|份|人|多|大"
COUNTED_WORD_CLASSIFIERS = "个|批|大|余|多"
# A count and nothing else before a head is no name: 30年|试点 · 三项|制度 (that one the gazetteer knows)
COUNT_ONLY = re.compile("(?:[0-9]+|[" + NUMERALS + "]+)(?:" + COUNTED_CLASSIFIERS + ")")
# A count in digits right before a head counts the things the head names: 总体方案|121项|改革任务
DIGIT_COUNT_END = re.compile("[0-9]+(?:" + COUNTED_CLASSIFIERS + ")$")
# First characters after a number word that make it a count or an ordinal, not a formula:
# 一是 · 三个 · 两次 · 第二批 (and 十九届: a number word after a number word)
FORMULA_NOT_AFTER_NUMBER = frozenset("是个次届年月日号名批家位种类级层期轮份篇场起件项条点")
MAX_NAME = 20  # characters before the head that a name can take
# A recurring quoted term is evidence of an instrument from this length on: “高效办成一件事”,
# “枫桥经验”; shorter ones recur as slogans (“两重”, “内卷式”).
KNOWN_TERM_MIN = 4
MIN_HEAD_CORE = 3  # characters a bare phrase needs before its head: 公众参与|制度; 健全|制度 is no name
# Heads of campaigns whose names often begin with a verb: 打击治理电信网络诈骗|专项行动 ·
# 优化营商环境|专项行动 · 加快教育强市建设|三年行动 (after a launching verb, the verb is the name's)
VERB_LED_CAMPAIGNS = ("行动", "专项整治", "专项治理", "专项斗争", "攻坚战")
# How far before a bare quoted term the verb that carries it out may stand: 推动事项“一窗分类”
VERB_REACH = 6
# A bare quoted term that only counts things is no instrument: “六小龙” · “四个一批” · “三大转型”
COUNTED_TERM = re.compile("[" + NUMERALS + "0-9]+(?:个|大|条|项|篇|张|类|批|连|方面|位|种)")
# A quoted manner that names nothing alone but the work done so (“点穴式”督察 · “清单式”交办 · “保姆式”服务);
# 模式, 方式, 形式 … end nouns: “百步亭模式” is one
MANNER_TERM = re.compile(r"[\u3400-\u9fff]{1,4}(?<![模方形格仪正程样公款制])式")
# A quoted code without a head: “132” · “8+4” · “415X” · “12·4” (a date: 国家宪法日)
CODE_ONLY = re.compile(r"[0-9A-Za-z+×%.·\-]+")
ORDINAL = re.compile(r"第[\d一二三四五六七八九十百]+[次届批期个]")
SENTENCE_MARKS = re.compile("[。;；!?！？]")
SPACES = re.compile(r"\s+")
# A province's public legal service site, named with the national hotline's number: 12348安徽法网 ·
# 12348黑龙江法网 (the place must be a division's name; 12348中国法网 is the national one, a known form)
PROVINCE_LEGAL_NET = re.compile("12348(?P<place>[\u3400-\u9fff]{2,3}?)法网")
# The scope of an honour between its verb and its name: 评为|全省|… · 入选|全省首批|… · 命名为|国家级|…
HONOUR_SCOPE_BEFORE = re.compile("(?:全国|全省|全市|全州|全区|全县|国家级|省级|市级|县级)?(?:第[一二三四五六七八九十\\d]+批|首批)?$")
HONOUR_SCOPE_MAX = 7
# What a programme's name stands before as a name of its own, not as a noun's modifier: a
# conjunction, or the verbs that say how far it has come (推动法治株洲建设|迈上新台阶 · 法治湖州建设|走在前列)
PROGRAMME_STANDS_BEFORE = ("和", "及", "与", "为", "再上", "迈上", "迈出", "走在", "作出", "提供")
# A place's rule-of-law or public-security programme: 法治西青建设 · 法治街道建设 · “法治婺源”建设 ·
# 平安湖南建设 (the place must be a division's name, or a kind of place national programmes are
# named after)
# (the place holds no second programme's word: 平安重庆|法治重庆建设)
# (an opening quotation mark before it is taken in by the code, so that the pattern opens with its
# words and re skips to them in C)
# (a closing mark written as a character reference, &rdquo;, leaves its blanks before 建设: “␣␣␣␣␣␣法治泸溪”␣␣␣␣␣␣建设)
PLACE_PROGRAMME = re.compile("(?:法治|平安)(?P<place>(?:(?!法治|平安)[\u3400-\u9fff]){2,6}?)(?P<closing>(?:[”\"] {0,16})?)建设")
# The same programme as the object of a verb that builds it, the place's name ending where the clause
# or the list goes on: 为建设法治怀来|提供保障 · 建设更高水平的法治寿光。 · 建设法治大瑶、平安大瑶|提供
PLACE_PROGRAMME_OBJECT = re.compile(
    "(?:建设|推进|打造|建成)(?:更高水平的?)?(?P<items>(?:法治|平安)[\u3400-\u9fff]{2,6}?"
    "(?:、(?:法治|平安)[\u3400-\u9fff]{2,6}?)*)(?=[,，。;；、:：\s]|提供|作出|$)")
PLACE_PROGRAMME_ITEM = re.compile("(?:法治|平安)(?P<place>[^、]+)")
# 法治街道建设 · 法治乡村建设 (the national programme of 2020)
PLACE_PROGRAMME_KINDS = ("街道", "乡村")
# A government's website named by its level alone, which a head-noun phrase's core is too short
# for: 县政府网站 · 区人民政府门户网站 (resolve names it after the government; 政府网站 with no
# level word is any government's)
GOVERNMENT_SITE = re.compile("(?P<level>自治区|自治州|自治县|[省市县区旗镇乡])(?:人民)?政府(?:门户)?网站|盟行署(?:门户)?网站")
# The reporting body's own website by its kind alone, after a preposition or a list's joiner:
# 在局门户网站公布 · 通过厅门户网站 · “浦东发布”和街道门户网站 (resolve names it after the body)
OWN_SITE = re.compile("(?<=[在过和及与、,，;；:：\s])(?:局|厅|街道)(?:门户)?网站")
PLACE_NAME_MAX = LONGEST_DIVISION_NAME  # the longest division name looked for before such a level word
HAN_ONLY = re.compile("[" + HAN + "]+")
NUMERALS_ONLY = re.compile("[" + NUMERALS + "]+")


class MeasureSpan(NamedTuple):
    """A measure found in a text: its span, the rule that found it, the type its head gives."""

    start: int
    end: int
    rule: str
    type: str | None


@dataclass(frozen=True, slots=True)
class MeasureLexicon:
    """The word lists of ``data/lexicons`` and the patterns compiled from them."""

    heads: dict[str, tuple[str, bool]]  # head → (type, counts bare as well as after a quote)
    head_pattern: re.Pattern  # heads that make a name on their own
    head_after_pattern: re.Pattern  # any head, right after a quoted term, formula or code
    not_in_gap: re.Pattern  # 获评, 入选: a verb between a quoted term and a head
    launch_verb: re.Pattern  # 开展, 实施: where a campaign's name that begins with a verb begins
    # on reversed text, a word after which a name begins: a verb, a count (3项 · 一批) or a function word
    boundary_left: re.Pattern
    boundary_words: frozenset[str]  # the verbs of boundary_left, reversed
    boundary_word_pattern: re.Pattern  # the same verbs as one pattern, read on the reversed text
    carry_out: frozenset[str]  # verbs that carry a measure out: 推行, 深化
    adverbs: frozenset[str]  # words that make a head right after them a verb: 成功|创建, 持续|改革
    carry_out_pattern: re.Pattern
    particle_words: frozenset[str]  # words that keep a one-character function word inside a name
    particles: frozenset[str]  # the one-character function words of boundary_left: 对, 在, 向
    generic: frozenset[str]
    generic_cores: frozenset[str]  # words that make no name before a head: 依法行政|制度
    slogans: frozenset[str]
    quoted_modifiers: frozenset[str]  # quoted words that name nothing alone: “枫桥式”, “双随机”
    head_guards: dict[str, tuple[str, ...]]  # what after a head makes it part of a longer word: 网|上, 网|格
    gazetteer_forms: LiteralMatcher  # known forms that end in no head noun: 一网通办, 双随机、一公开
    gazetteer_left: re.Pattern  # on reversed text, known forms that end in a head noun: 行政执法三项制度
    gazetteer_pairs: frozenset[str]  # two characters side by side in a form of gazetteer_forms: 化执 …
    known_terms: frozenset[str]  # terms that recur across the corpus reports
    # context words by role (measure_contexts.tsv), as tuples for str.startswith/endswith
    part_of_word: tuple[str, ...]  # 参与, 和谐: no separator
    boundary_compounds: tuple[str, ...]  # 共同体 · 不作为: a boundary word (共同, 作为) opening or closing a word
    compounds_ending: dict[str, tuple[str, ...]]  # 作为 → (不作为,): the longer compounds a boundary word closes
    weak_heads: tuple[str, ...]  # 制度, 机制: generic words before them make no name
    modified_noun: tuple[str, ...]  # 率, 场所 after a known form; and the document words: 规定, 办法
    slogan_before: tuple[str, ...]  # 增强, 防止 before a quoted term
    slogan_after: tuple[str, ...]  # 的意义, 反弹 after a quoted term
    measure_after: tuple[str, ...]  # 建设 after a bare quoted term
    complete_noun_end: tuple[str, ...]  # 体系, 能力: a name does not reach back across 和 over them
    body_end: tuple[str, ...]  # 团, 会议: a quoted body or event
    procedure_steps: tuple[str, ...]  # 公众参与, 合法性审查: the statutory steps of a decision


@lru_cache(maxsize=1)
def measure_lexicon() -> MeasureLexicon:
    head_rows = read_rows("measure_heads.tsv")
    heads = {row[0]: (row[1], (row[2] if len(row) > 2 else "any") == "any") for row in head_rows}
    contexts: dict[str, list[str]] = {}
    for row in read_rows("measure_contexts.tsv"):
        contexts.setdefault(row[1], []).append(row[0])
    # (?!(?!办理)办…): no body word after the head, unless it begins a verb (热线|办理)
    head_end = "(?!(?!" + trie_pattern(contexts["verb_after_head"]) + ")" \
        + trie_pattern(contexts["not_after_head"] + contexts["document_word"]) + ")"
    bare = trie_pattern(sorted(h for h, (_, anywhere) in heads.items() if anywhere))
    every = trie_pattern(sorted(heads))
    verbs = {row[0]: (row[1] if len(row) > 1 else "edge") for row in read_rows("measure_verbs.tsv")}
    words = sorted(v for v, role in verbs.items() if role != "particle")
    particles = "".join(sorted(v for v, role in verbs.items() if role == "particle"))
    carry_out = frozenset(v for v, role in verbs.items() if role == "carry_out")
    adverbs = frozenset(v for v, role in verbs.items() if role == "adverb")
    forms = set(measure_gazetteer().unquoted_forms())
    bare_heads = tuple(h for h, (_, anywhere) in heads.items() if anywhere)
    headed_forms = {f for f in forms if f.endswith(bare_heads)}
    return MeasureLexicon(
        heads=heads,
        head_guards={row[0]: tuple(row[3].split("|")) for row in head_rows if len(row) > 3 and row[3]},
        head_pattern=re.compile("(?:" + bare + ")" + head_end),
        # (the gap never runs across a conjunction, only across a word it opens: “一站式”服务|和网上审批
        # is no “一站式”…网, “五好两宜”和美乡村试点 is one name)
        head_after_pattern=re.compile(
            "(?P<gap>(?:[^" + NOT_HAN_RANGES + SOFT_SEPARATORS + "]|" + "|".join(
                re.escape(w[0]) + "(?=" + re.escape(w[1:]) + ")" for w in contexts["part_of_word"]
                if w[0] in SOFT_SEPARATORS) + "){0," + str(HEAD_GAP) + "})(?P<head>" + every + ")" + head_end),
        # Literal-first alternatives only (verbs, then counts, then function words, tried in
        # that order), so that ``re`` skips in C to the next character that can begin one;
        # which kind matched, and that no 性化式 follows (规范|性), ``_Text._boundary`` checks.
        boundary_left=re.compile("|".join(
            trie_branches(w[::-1] for w in words)
            + [re.escape(c[::-1]) + "[0-9]+" for c in COUNTED_CLASSIFIERS.split("|")]
            + [re.escape(c[::-1]) + "[" + NUMERALS + "]+" for c in COUNTED_WORD_CLASSIFIERS.split("|")]
            # a count made approximate or large before its classifier: 200多场 · 100余家 · 一大批
            + [re.escape(c[::-1]) + "[多余大](?:[0-9]+|[" + NUMERALS + "]+)" for c in COUNTED_CLASSIFIERS.split("|")]
            + [re.escape(c) for c in particles])),
        boundary_words=frozenset(w[::-1] for w in words),
        boundary_word_pattern=re.compile(trie_pattern(sorted(w[::-1] for w in words))),
        not_in_gap=re.compile(trie_pattern(contexts["not_in_gap"])),
        launch_verb=re.compile(trie_pattern(contexts["launch_verb"])),
        carry_out=carry_out,
        adverbs=adverbs,
        carry_out_pattern=re.compile(trie_pattern(sorted(carry_out))),
        particle_words=read_words("measure_particle_words.txt"),
        particles=frozenset(particles),
        generic=read_words("measure_generic.txt"),
        generic_cores=read_words("measure_generic_cores.txt"),
        slogans=read_words("measure_slogans.txt"),
        quoted_modifiers=read_words("measure_quoted_modifiers.txt"),
        gazetteer_forms=LiteralMatcher(forms - headed_forms),
        gazetteer_left=re.compile(trie_pattern(sorted(f[::-1] for f in headed_forms))),
        gazetteer_pairs=frozenset(f[i:i + 2] for f in forms - headed_forms for i in range(len(f) - 1)),
        known_terms=read_words("measure_corpus_terms.tsv"),
        part_of_word=tuple(contexts["part_of_word"]),
        boundary_compounds=tuple(contexts["boundary_compound"]),
        compounds_ending={w: closing for w in words
                          if (closing := tuple(c for c in contexts["boundary_compound"] if c.endswith(w) and len(c) > len(w)))},
        weak_heads=tuple(contexts["weak_head"]),
        modified_noun=tuple(contexts["modified_noun"] + contexts["document_word"]),
        slogan_before=tuple(contexts["slogan_before"]),
        slogan_after=tuple(contexts["slogan_after"]),
        measure_after=tuple(contexts["measure_after"]),
        complete_noun_end=tuple(contexts["complete_noun_end"]),
        body_end=tuple(contexts["body_end"]),
        procedure_steps=tuple(contexts["procedure_step"]),
    )


def head_type(name: str) -> str | None:
    """The type the longest head noun ending ``name`` gives: …三项制度 → system."""
    heads = measure_lexicon().heads
    for k in range(len(name)):
        if name[k:] in heads:
            return heads[name[k:]][0]
    return None


def _ends_with_head(text: str) -> bool:
    heads = measure_lexicon().heads
    for k in range(2, min(len(text), 5) + 1):
        if text[-k:] in heads:
            return True
    return False


def _in_particle_word(text: str, i: int, after_verb: bool = False) -> bool:
    """Whether the function word at ``i`` is part of a longer word: 在线, 对接, 行为, 有利于.
    Right after a verb, only a word it begins counts: 实现|在 is a verb and 在 (现在 is none),
    推进|经济 a verb and a word."""
    words = measure_lexicon().particle_words
    for a in range(i if after_verb else max(0, i - 2), i + 1):
        for b in range(max(a + 2, i + 1), min(len(text), a + 3) + 1):
            if text[a:b] in words:
                return True
    return _in_place_name(text, i)


# The levels a county-level name is written with, read where a function word may stand inside one
COUNTY_LEVEL_ENDINGS = frozenset("县市区旗")


def _in_place_name(text: str, i: int) -> bool:
    """Whether the function word at ``i`` stands in the name of a county or city written with
    its level: 于都县 (通过|于都县人民政府网), 和县, 即墨区."""
    if not any(ch in COUNTY_LEVEL_ENDINGS for ch in text[i + 1:i + 6]):
        return False
    gazetteer = divisions()
    for start in range(max(0, i - 2), i + 1):
        for end in range(i + 2, min(len(text), start + 6) + 1):
            if text[end - 1] in COUNTY_LEVEL_ENDINGS and gazetteer.places_named(text[start:end]):
                return True
    return False


class _Text:
    """One text and what the rules ask of it: the titles in it, the clause before a position."""

    __slots__ = ("text", "_reversed", "_heads", "_quotes", "titles", "title_starts")

    def __init__(self, text: str):
        self.text = text
        self._reversed: str | None = None
        self._heads: list[re.Match] | None = None
        self._quotes: list[re.Match] | None = None
        self.titles = [(m.start(), m.end()) for m in TITLE.finditer(text)] if "《" in text or "<" in text else []
        self.title_starts = [s for s, _ in self.titles]

    def title_at(self, start: int, end: int) -> tuple[int, int] | None:
        if not self.titles:
            return None
        i = bisect.bisect_right(self.title_starts, start) - 1
        if i >= 0 and self.titles[i][0] < start and end <= self.titles[i][1]:
            return self.titles[i]
        return None

    def quotes(self) -> list[re.Match]:
        """The quoted terms of the text (read by the quoted terms' rule and by the phrases after them)."""
        if self._quotes is None:
            self._quotes = list(QUOTED.finditer(self.text))
        return self._quotes

    def heads(self) -> list[re.Match]:
        """The head nouns of the text that make a name on their own (制度, 机制, 改革 …)."""
        if self._heads is None:
            self._heads = list(measure_lexicon().head_pattern.finditer(self.text))
        return self._heads

    @property
    def reversed(self) -> str:
        if self._reversed is None:
            self._reversed = self.text[::-1]
        return self._reversed

    def left_run(self, pattern: re.Pattern, pos: int, lo: int) -> int:
        """Where a run of ``pattern`` characters that ends at ``pos`` begins (not before ``lo``)."""
        n = len(self.text)
        return n - pattern.match(self.reversed, n - pos, n - lo).end()

    def clause_start(self, pos: int, reach: int = 40) -> int:
        return self.left_run(CLAUSE_LEFT, pos, max(0, pos - reach))

    def boundary_left(self, pos: int, lo: int) -> tuple[int, str] | None:
        """(end, role) of the nearest boundary word that ends before ``pos`` (after ``lo``);
        role is carry_out, adverb, edge, counted or particle (a function word not part of a word)."""
        n = len(self.text)
        boundary = measure_lexicon().boundary_left
        search_from = n - pos + 1
        while True:
            b = boundary.search(self.reversed, search_from, n - lo)
            if b is None:
                return None
            role = self._boundary(b)
            if role is not None:
                return n - b.start(), role
            search_from = b.start() + 1

    def boundary_at(self, pos: int, lo: int) -> str | None:
        """The role of a verb or function word that ends right at ``pos``: 深化|改革, 通过|平台."""
        n = len(self.text)
        b = measure_lexicon().boundary_left.match(self.reversed, n - pos, n - lo)
        if b is None:
            return None
        role = self._boundary(b)
        return None if role == "counted" else role

    def _boundary(self, b: re.Match) -> str | None:
        """The role of a match of the boundary pattern on the reversed text (carry_out, adverb,
        edge, counted, particle); None when it is no boundary: a word followed by 性化式 (规范|性文件)
        or a function word inside a longer word (在|线)."""
        at = b.start()
        if at > 0 and self.reversed[at - 1] in NOT_AFTER_BOUNDARY:
            return None
        lex = measure_lexicon()
        word = b.group()
        if word in lex.boundary_words:
            start = len(self.text) - b.end()  # where the word begins, forward
            if self._boundary_word_ends(start + 1):
                return None  # its first character ends another boundary word: 推进|行政, not 推|进行|政
            word = word[::-1]
            closing = lex.compounds_ending.get(word)
            if self.text.startswith(lex.boundary_compounds, start) or closing is not None and any(
                    self.text.startswith(c, start - len(c) + len(word)) for c in closing if len(c) <= start + len(word)):
                return None  # 共同|体意识 · 不|作为: part of a longer word
            return "carry_out" if word in lex.carry_out else "adverb" if word in lex.adverbs else "edge"
        if len(word) > 1:
            return "counted"  # 3项 · 一批 (a function word is one character)
        i = len(self.text) - at - 1
        return None if _in_particle_word(self.text, i, after_verb=self._boundary_word_ends(i)) else "particle"

    def _boundary_word_ends(self, end: int) -> bool:
        """Whether a boundary word of two to four characters ends right before ``end``."""
        # (the words are stored reversed: read on the reversed text, no slice turned)
        return measure_lexicon().boundary_word_pattern.match(self.reversed, len(self.text) - end) is not None

    def boundary_word_begins(self, start: int) -> bool:
        """Whether a boundary word of two to four characters begins at ``start`` (热线|整合各类热线)."""
        words = measure_lexicon().boundary_words
        at = len(self.text) - start
        for k in (2, 3, 4):
            if at >= k and self.reversed[at - k:at] in words:
                return True
        return False

    def carried_out(self, pos: int, reach: int = 40) -> bool:
        """Whether a verb that carries a measure out stands in the clause before ``pos``, at
        most ``reach`` characters before it."""
        lo = self.clause_start(pos, reach + 4)
        return any(m.end() >= pos - reach for m in measure_lexicon().carry_out_pattern.finditer(self.text, lo, pos))


# --- quoted terms -------------------------------------------------------------------------

def _after_padding(text: str, pos: int) -> int:
    """Where the text goes on after a closing quotation mark at ``pos - 1``: past the blanks a
    character reference leaves after its character (&ldquo;七五&rdquo;普法 reads “␣␣␣␣␣␣七五”␣␣␣␣␣␣普法,
    as the view keeps every offset)."""
    if text.startswith(" ", pos) and pos > 0 and text[pos - 1] in CLOSING_QUOTES:
        return REFERENCE_PADDING.match(text, pos).end()
    return pos


def _before_padding(text: str, pos: int) -> int:
    """Where a quoted term opens, read back from ``pos``: past the blanks a character reference
    leaves after an opening quotation mark (&ldquo;法治泸溪 reads “␣␣␣␣␣␣法治泸溪)."""
    window = text[max(0, pos - 16):pos]  # (16: the longest padding REFERENCE_PADDING reads after a mark)
    blanks = len(window) - len(window.rstrip(" "))
    if blanks and pos - blanks > 0 and text[pos - blanks - 1] in OPENING_QUOTES:
        return pos - blanks
    return pos


def _head_after(text: str, pos: int) -> re.Match | None:
    """The head noun after a quoted term, formula or code: “鉴调一体”|工作模式."""
    lex = measure_lexicon()
    pos = _after_padding(text, pos)
    m = lex.head_after_pattern.match(text, pos)
    if m is None:
        return None
    gap = m.group("gap")
    if gap and any(ch in HARD_STOP for ch in gap):
        return None
    verb = lex.not_in_gap.search(gap) if gap else None
    if verb is not None and verb.end() == len(gap) and lex.carry_out_pattern.fullmatch(verb.group()) \
            and head_type(m.group("head")) in ("mechanism", "system"):
        verb = None  # right before a mechanism, a verb of carrying out names what it is for: “专班+清单+台账”推进机制
    if verb is not None:
        # “老汉调解室”获评省级金牌调解室: the term does something, a head after the verb is
        # another's; one before it is still the term's (“秦务员”平台|实现网上办理)
        m = lex.head_after_pattern.match(text, pos, pos + verb.start())
    if m is not None and text.startswith(lex.head_guards.get(m.group("head"), ()), m.end()):
        # “平安福田”|网格化治理: the head opens a longer word; a head before it is still the term's
        m = lex.head_after_pattern.match(text, pos, m.start("head"))
    return m


def _gap_opens_clause(text: str, head: re.Match) -> bool:
    """Whether the words between a quoted term and a head after it open a clause of their own: a verb
    that carries something out, or a function word (“甘肃省行政执法监督平台”|对|执法活动实施…), not
    one inside a word (“法律服务”|对接|机制)."""
    gap = head.group("gap")
    if not gap:
        return False
    lex = measure_lexicon()
    return lex.carry_out_pattern.match(gap) is not None \
        or (gap[0] in lex.particles and not _in_particle_word(text, head.start("gap")))


def _kind_after_etc(text: str, pos: int) -> str | None:
    """The type a head noun after 等 at ``pos`` gives the items before it: 等|特色调解品牌 (a model)."""
    if not text.startswith("等", pos):
        return None
    head = _head_after(text, pos + 1)
    return head_type(head.group("head")) if head is not None else None


def _quoted_core(quote: re.Match) -> str:
    core = quote.group(quote.lastindex)  # the one group of curly, straight, corner that matched
    return SPACES.sub("", core) if SPACES.search(core) else core


@lru_cache(maxsize=8192)  # the same terms recur in paragraph after paragraph
def _acceptable_quoted(core: str) -> bool:
    lex = measure_lexicon()
    if core in lex.slogans or core in lex.generic or len(core) < 2 or CODE_ONLY.fullmatch(core) \
            or COUNTED_TERM.match(core) and not _ends_with_head(core):
        return False
    return not (ORDINAL.search(core) or core.endswith(lex.body_end) or SENTENCE_MARKS.search(core)
                or _names_a_document(core))


def _names_a_document(core: str) -> bool:
    """Whether a quoted term is a document's title, which a converter's or a writer's quotes stand for
    title marks around: 严格执行「保障农民工工资支付条例」 · “福建省行政执法程序规定” (a law or regulation the
    gazetteer knows, a local one by its form, or a plan by its years)."""
    if core.endswith(REGULATION_FORM) and len(core) > len(REGULATION_FORM) + 1:
        return True
    if core.endswith(LOCAL_RULE_FORMS) and divisions().place_prefix_length(core, LONGEST_DIVISION_NAME) > 0:
        return True  # 「福建省行政执法程序规定」: a place's rule
    if PLAN_WITH_ITS_YEARS.search(core):
        return True  # 「法治延安建设规划（2021－2025年）」
    return law_gazetteer().lookup(core) is not None


@lru_cache(maxsize=8192)
def _known_term(core: str) -> bool:
    """Whether a quoted term is a known form: a national instrument (“一站式”) or a term
    recurring across the corpus."""
    return (len(core) >= KNOWN_TERM_MIN and core in measure_lexicon().known_terms) \
        or bool(measure_gazetteer().candidates(core))


def _complete_term(core: str) -> bool:
    """Whether a quoted term names an instrument by itself: it ends in a head noun (宪法宣传周)
    or is a known form (首违不罚)."""
    return _acceptable_quoted(core) and (_ends_with_head(core) or _known_term(core))


@lru_cache(maxsize=8192)
def _named_with_its_kind(core: str) -> bool:
    """Whether a quoted term is one name that ends in its own head noun: “老汉调解室”,
    “府院联动”, “六尺巷工作法”; not a count (“三大行动”), a list or a clause (“开展…试点”)."""
    return len(core) >= KNOWN_TERM_MIN and HAN_ONLY.fullmatch(core) is not None and _ends_with_head(core) \
        and COUNTED_TERM.match(core) is None and measure_lexicon().carry_out_pattern.match(core) is None


def _bare_term_in_context(t: _Text, start: int, end: int, core: str) -> bool:
    """Whether a quoted term or formula with no head after it is an instrument by its context:
    a verb that carries it out before it (推行“一案双查”), a title it is part of, a word such as
    建设 after it, its recurrence across the corpus or the gazetteer; never after 增强 or before
    的意义."""
    text = t.text
    lex = measure_lexicon()
    if text.endswith(lex.slogan_before, max(0, start - 4), start) or text.startswith(lex.slogan_after, end):
        return False
    if _known_term(core) or text.startswith(lex.measure_after, _after_padding(text, end)) or _named_with_its_kind(core):
        return True  # recurring across the corpus, a national instrument (“一站式”), or named with its kind (“老汉调解室”)
    if t.title_at(start, end) is not None:
        return True  # 《清河县“企业宁静日”管理办法》
    return t.carried_out(start, VERB_REACH)


def _quoted_candidates(t: _Text) -> list[MeasureSpan]:
    text = t.text
    lex = measure_lexicon()
    found: list[MeasureSpan] = []
    if not _has_opening_quote(text):
        return found
    quotes = t.quotes()

    def listed_after(start: int) -> bool:
        """Whether the term is an item of a list that a verb carries out: 开展“A”、“B”、“C”等活动 ·
        做好“一站式”集中办理、“证照联办”."""
        return start > 0 and text[start - 1] in "、和及" and t.carried_out(start)

    i = 0
    while i < len(quotes):
        # a chain of quoted terms before one head: “法律明白人”“法治带头人”工程
        j = i
        while j + 1 < len(quotes) and _after_padding(text, quotes[j].end()) == quotes[j + 1].start():
            j += 1
        head = _head_after(text, quotes[j].end())
        cores = [_quoted_core(q) for q in quotes[i : j + 1]]
        if head is not None and _gap_opens_clause(text, head) and all(_ends_with_head(c) for c in cores):
            head = None  # “浙江省行政规范性文件管理系统”|实现|全流程网…: a name with its own head; the later one is another's
        gap = head.group("gap") if head is not None else ""
        if head is not None and j == i and not gap and head.group("head") in CHAIN_SPLITTING_HEADS \
                and head_type(cores[0]) == "campaign" and _acceptable_quoted(cores[0]):
            # a campaign named with its own head before 活动: the activity is the term (“宪法学习宣传月”活动;
            # the mined gold names the term alone 39 times in 40)
            found.append(MeasureSpan(quotes[i].start(), quotes[i].end(), "quoted", None))
        elif head is not None and j > i and (all(_complete_term(c) for c in cores) or (
                head.group("head") not in CHAIN_JOINING_HEADS and not any(w in gap for w in CHAIN_JOINING_WORDS)
                and all(_acceptable_quoted(c) for c in cores))):
            # each term of the chain is an instrument of its own, the head only says what kind:
            # “宪法宣传周”“民法典宣传月”活动, “法律进社区”“法律进企业”活动 (activities of both
            # kinds; but “法律明白人”“法治带头人”工程 is one project)
            # (a term without a head of its own is of the kind the head says: “民族团结法治行”, a campaign)
            # (and the words before the head are no part of the last term's name: “宪法进万家”
            # “民法典进社区”主题活动 is 民法典进社区 for four sets' annotators, 民法典进社区主题活动 for one)
            kind = head_type(head.group("head"))
            found.extend(MeasureSpan(q.start(), q.end(), "quoted", None if _ends_with_head(c) else kind)
                         for q, c in zip(quotes[i : j + 1], cores))
        elif head is not None and not all(c in lex.slogans for c in cores) \
                and not any(ORDINAL.search(c) or SENTENCE_MARKS.search(c) for c in cores):
            start, end = quotes[i].start(), head.end()
            found.append(MeasureSpan(start, end, "quoted_with_head", head_type(text[start:end])))
        else:
            # a chain that a verb carries out, one of its terms an instrument, is a list of them:
            # 开展“宪法进万家”“民法典进乡村”等活动
            kind = _kind_after_etc(text, _after_padding(text, quotes[j].end())) if j > i else None
            listed = j > i and (kind is not None or any(_complete_term(c) for c in cores)) \
                and t.carried_out(quotes[i].start())
            # (of the kind a head after 等 says: 打造“老兵调解室”“海韵调解”等特色调解品牌, models)
            for q, core in zip(quotes[i : j + 1], cores):
                if len(core) >= 3 and _acceptable_quoted(core) and core not in lex.quoted_modifiers \
                        and not (MANNER_TERM.fullmatch(core) and not _known_term(core)) and (
                        listed or _bare_term_in_context(t, q.start(), q.end(), core) or listed_after(q.start())):
                    found.append(MeasureSpan(q.start(), q.end(), "quoted", None if _ends_with_head(core) else kind))
        i = j + 1
    return found


# --- known forms and numbered formulas ------------------------------------------------------

def _gazetteer_candidates(t: _Text) -> list[MeasureSpan]:
    """Known forms: those without a head noun scanned for, those with one read leftwards from
    the heads the head pattern finds (so the text is scanned once for both). Only the longest
    form counts: 领导干部学法用法|水平 is no mention, and neither is 领导干部学法 in it."""
    text = t.text
    lex = measure_lexicon()
    spans = [MeasureSpan(start, end, "gazetteer", None)
             for start, end in lex.gazetteer_forms.spans(text) if not text.startswith(lex.modified_noun, end)
             and not _opens_title(t, start, end) and not _listed_step(text, start, end)]
    n = len(text)
    for head in t.heads():
        end = head.end()
        form = lex.gazetteer_left.match(t.reversed, n - end)
        if form is not None and not text.startswith(lex.modified_noun, end) \
                and not _opens_title(t, end - (form.end() - form.start()), end):
            start = end - (form.end() - form.start())
            if lex.heads[head.group()][0] == "platform" and (place := _place_name_start(text, start)) >= 0:
                # a known platform written with its place is that place's: 山东省|行政执法监督平台
                spans.append(MeasureSpan(place, end, "head_noun", "platform"))
                continue
            spans.append(MeasureSpan(start, end, "gazetteer", None))
    return spans


def _gazetteer_across_quotes(t: _Text, quoted: list[MeasureSpan]) -> list[MeasureSpan]:
    """Known forms without a head noun that a report writes with a quoted term inside them:
    浙江省“大综合一体化”执法监管数字应用 is the platform, not the reform its quoted term names.
    Scanned on a view of the text without its quotation marks, each match mapped back. A form
    that only puts words before a quoted term yields to the term with a head after it: 黑龙江“全省事”App
    is the app, 全省事App (but “民法典”进万家宣传活动 is 民法典进万家, a form running past the term)."""
    text = t.text
    marks = [m.start() for m in QUOTE_MARK.finditer(text)]
    if not marks:
        return []
    lex = measure_lexicon()
    # the lines where a known form has the characters on either side of a mark side by side (no
    # form runs across a line, so the others are not scanned)
    lines = sorted({(text.rfind("\n", 0, at) + 1, text.find("\n", at)) for at in marks
                    if _pair_across(text, at) in lex.gazetteer_pairs})
    spans = []
    for line_start, line_end in lines:
        line_end = len(text) if line_end < 0 else line_end
        line_marks = [at - line_start for at in marks if line_start <= at < line_end]
        for form_start, form_end in lex.gazetteer_forms.spans(QUOTE_MARK.sub("", text[line_start:line_end])):
            start = line_start + _text_offset(line_marks, form_start)
            end = line_start + _text_offset(line_marks, form_end - 1) + 1
            if end - start != form_end - form_start:  # (no mark inside: the scan of the text finds it)
                spans.append((start, end))
    found = []
    for start, end in spans:
        start -= start > 0 and text[start - 1] in OPENING_QUOTE_MARKS
        end += end < len(text) and text[end] in CLOSING_QUOTES
        if not text.startswith(lex.modified_noun, end) and not _opens_title(t, start, end) and not (
                text[end - 1] in CLOSING_QUOTES
                and any(q.rule == "quoted_with_head" and start < q.start < end < q.end for q in quoted)):
            found.append(MeasureSpan(start, end, "gazetteer_across_quotes", None))
    return found


def _has_opening_quote(text: str) -> bool:
    return any(mark in text for mark in OPENING_QUOTE_MARKS)


def _pair_across(text: str, at: int) -> str:
    """The characters either side of the quotation mark at ``at`` (and the marks next to it)."""
    before, after = at - 1, at + 1
    while before >= 0 and text[before] in QUOTE_CHARACTERS:
        before -= 1
    while after < len(text) and text[after] in QUOTE_CHARACTERS:
        after += 1
    return (text[before] if before >= 0 else "") + (text[after] if after < len(text) else "")


def _text_offset(marks: list[int], view_offset: int) -> int:
    """The offset in the text of a character of the view without quotation marks (``marks``:
    the offsets of the marks in the text, in order)."""
    removed = 0
    while removed < len(marks) and marks[removed] <= view_offset + removed:
        removed += 1
    return view_offset + removed


def _listed_step(text: str, start: int, end: int) -> bool:
    """Whether a known form is one step of a procedure listed with another: 风险评估、|合法性审查|和集体讨论决定
    are steps of every major decision, not the review system (重大行政决策合法性审查制度) itself."""
    steps = measure_lexicon().procedure_steps
    form = text[start:end]
    if form not in steps:
        return False
    before, after = text[max(0, start - STEP_LIST_REACH):start], text[end:end + STEP_LIST_REACH]
    return any(step != form and (step in before or step in after) for step in steps)


# How far from a procedure step another step of the same list may stand: 风险评估、|合法性审查
STEP_LIST_REACH = 8


def _opens_title(t: _Text, start: int, end: int) -> bool:
    """Whether a known form opens or ends the title it stands in and names it: 《提升行政执法质量三年行动
    计划(2023—2025年)》 is the plan, 《成都市生态环境行政处罚裁量基准(2022年版)》 the benchmark, both
    documents (but 《…“企业宁静日”管理办法》 names a measure)."""
    title = t.title_at(start, end)
    if title is None:
        return False
    return start == title[0] + 1 or (t.text.endswith(DOCUMENT_FORMS, start, end)
                                     and TITLE_TAIL.fullmatch(t.text, end, title[1] - 1) is not None)


# What may follow the form that ends a title, before its closing mark: nothing, or its edition or years
TITLE_TAIL = re.compile(r"(?:[(（][^()（）]{1,16}[)）])?")
# The form of a regulation's title, which no instrument's name ends with (…条例), and the forms of a
# place's rules, whose titles open with the place (福建省…规定)
REGULATION_FORM = "条例"
LOCAL_RULE_FORMS = ("规定", "办法", "细则", "实施意见")
# A plan's title with the years it covers, which no instrument's name carries: 法治延安建设规划（2021－2025年）
PLAN_WITH_ITS_YEARS = re.compile(r"(?:计划|方案|意见|纲要|规划)[(（][0-9]{4} ?[—－\-–~～至]{1,2} ?[0-9]{4}年?[)）]$")
# Known forms that are also the form of a document, which a title ending with one is (a list of
# matters, 目录 or 清单, or a slogan ending a title, still names the measure for most annotators)
DOCUMENT_FORMS = ("基准", "办法", "规定", "细则", "方案", "意见", "规则")


def _formula_candidates(t: _Text) -> list[MeasureSpan]:
    text = t.text
    lex = measure_lexicon()
    found: list[MeasureSpan] = []
    for m in NUMBERED_FORMULA.finditer(text):
        start, end = m.span()
        formula = m.group()
        if start > 0 and (text[start - 1] in NUMERALS or text[start - 1] == "第" or text[start - 1].isdigit()):
            continue  # 十九届 · 第二批
        parts = NUMERAL_SPLIT.split(formula)[1:]
        if any(part[0] in FORMULA_NOT_AFTER_NUMBER for part in parts) or formula in lex.slogans:
            continue
        if max(map(len, parts)) - min(map(len, parts)) > 1:
            continue  # 三门核电三期 is no formula; 三重一大, 两规则一细则 are
        if all(ch in "千百万" for ch in formula if ch in NUMERALS):
            continue  # 千方百计 · 千家万户
        head = _head_after(text, end)
        if head is not None:
            found.append(MeasureSpan(start, head.end(), "numbered_formula", head_type(head.group("head"))))
        elif _bare_term_in_context(t, start, end, formula):
            found.append(MeasureSpan(start, end, "numbered_formula", None))
    if "+" in text:
        for m in DIGIT_FORMULA.finditer(text):
            head = _head_after(text, m.end())
            if head is not None and len(head.group("gap")) <= 2:
                found.append(MeasureSpan(m.start(), head.end(), "numbered_formula", head_type(head.group("head"))))
    if "123" in text:
        for m in SERVICE_LINE.finditer(text):
            place = _place_name_start(text, m.start())  # a line keeps its place: 海口市|12345智慧联动平台
            # (a head before a conjunction or a verb ends the line: 12319城建服务热线|和市长热线 ·
            # 12345政务服务热线|整合各类热线36条)
            end = next((h.end() for h in SERVICE_LINE_HEAD.finditer(text, m.start(), m.end())
                        if h.end() < m.end() and (text[h.end()] in SOFT_SEPARATORS or t.boundary_word_begins(h.end()))),
                       m.end())
            found.append(MeasureSpan(place if place >= 0 else m.start(), end, "numbered_formula", "platform"))
    for m in NUMBER_CODE.finditer(text):
        head = _head_after(text, m.end())
        if head is not None and len(head.group("gap")) <= 2:
            found.append(MeasureSpan(m.start(), head.end(), "numbered_formula", head_type(head.group("head"))))
    return found


# --- head-noun phrases ------------------------------------------------------------------------

def _left_region(t: _Text, head_start: int) -> int:
    """How far left of a head a name can reach: back to a stop, across brackets (党委(党组)
    中心组学法制度) and across coordinated parts that are no instrument of their own and match
    the part after them (正向激励、负向惩戒机制 · 持证上岗和资格管理制度)."""
    text = t.text
    lex = measure_lexicon()
    lo = max(0, head_start - MAX_NAME)
    if text.find("、进", lo, head_start) >= 0:
        lo = max(0, head_start - MAX_NAME - MAX_NAME // 2)  # a campaign into several places is a long name
    i = t.left_run(NAME_CHARS_LEFT, head_start, lo)
    right = head_start - i  # length of the part after the separator being looked at
    while i > lo:
        ch = text[i - 1]
        if ch == ")":
            opening = text.rfind("(", max(lo, i - 10), i - 1)
            if opening < 0 or any(c in HARD_STOP for c in text[opening + 1 : i - 1]) \
                    or HEADING_NUMBER.fullmatch(text, opening, i):
                break
            nxt = t.left_run(NAME_CHARS_LEFT, opening, lo)
        elif ch in WORD_STOPS and (text[i - 2 : i] in lex.part_of_word or text[i - 1 : i + 1] in lex.part_of_word):
            # part of a word: 公众参与|制度 · 枇杷和谐茶室 · 人民调解员等级评定制度 (等 closes a list elsewhere)
            nxt = t.left_run(NAME_CHARS_LEFT, i - 1, lo)
        elif ch in SOFT_SEPARATORS:
            if ch != "、" and _opens_with_place(text[i:head_start]):
                break  # a name opens with its place: 镇政务公开栏和|桐城市人民政府网
            k = t.left_run(NAME_CHARS_LEFT, i - 1, lo)
            edge = t.boundary_left(i, k)
            left = text[edge[0] if edge else k : i - 1]  # 建立法制 → 法制
            if not left or not HAN_ONLY.fullmatch(left) or _ends_with_head(left) or left.endswith(lex.complete_noun_end) \
                    or (ch in "和、" and _ends_with_known_form(left)):
                # (a known instrument is one of its own: 行政执法案卷评查和|…专项整治; but 法治督察与纪检监察
                # 监督协作配合机制 links two, and 学法用法及考试系统 serves both)
                break
            if ch == "、" and (len(left) > 4 or abs(len(left) - right) > 1) \
                    and not (text.startswith("进", i) and "进" in left):
                # 行政执法公示、执法全过程记录 are two; 交办、转办 are parts of one, and so are the places
                # a campaign goes into (统计法律进企业、进社区|活动)
                break
            if ch != "、" and (right < 2 or text[k - 1 : k] == "、"):
                break  # 队伍及其机制 · A、B和C制度
            nxt, right = k, len(left)
        else:
            break
        i = nxt
    heading = HEADING_NUMBER.match(text, i)
    if heading is not None and heading.end() <= head_start and (i == 0 or text[i - 1] in CLAUSE_END + " \t\u3000"):
        i = heading.end()  # 三、提升制度建设质量, at a line's start or after its indent
    return i


def _ends_with_known_form(text: str) -> bool:
    return any(end == len(text) for _, end in measure_lexicon().gazetteer_forms.spans(text))


@lru_cache(maxsize=4096)
def _without_place(core: str) -> str:
    """A core without the division's name it opens with: 南阳市|教育 (系统)."""
    return core[divisions().place_prefix_length(core, min(PLACE_NAME_MAX, len(core) - 2)):]


@lru_cache(maxsize=4096)
def _generic_core(core: str) -> bool:
    """Whether the words before a head are generic words of administration only, which name no
    particular instrument: 依法行政|体制 (机制) · 长效化|监督 (制度) · 行政执法|协作 (机制)."""
    words = measure_lexicon().generic_cores
    longest = max(map(len, words))
    n = len(core)
    if not any(core[n - k :] in words for k in range(1, min(n, longest) + 1)):
        return False
    splits = [True] + [False] * n  # splits[i]: core[:i] is a sequence of generic words
    for i in range(1, n + 1):
        splits[i] = any(splits[i - k] and core[i - k : i] in words for k in range(1, min(i, longest) + 1))
    return splits[n]


def _head_candidates(t: _Text) -> list[MeasureSpan]:
    text = t.text
    lex = measure_lexicon()
    found: list[MeasureSpan] = []
    for m in t.heads():
        hs, he = m.span()
        if text.startswith(lex.head_guards.get(m.group(), ()), he):
            continue  # 以|创建|全省…示范县: a verb before its object
        region = _left_region(t, hs)
        if hs - region < MIN_HEAD_CORE:
            continue
        verb = t.boundary_at(hs, region)
        mtype = lex.heads[m.group()][0]
        if verb == "carry_out" or verb == "adverb" or (verb is not None and mtype == "platform"):
            continue  # 深化改革 · 健全制度 · 通过平台: a verb and its object; 成功创建: a verb; no name
        # the name begins after the nearest boundary word before the one right at the head
        edge = t.boundary_left(hs, region)
        start = edge[0] if edge else region
        if edge is not None and edge[1] != "particle" and text.endswith(VERB_LED_CAMPAIGNS, hs, he):
            start = _after_launch(t, region, start)
        # a platform whose head names it whole is the place's own: 天津|网上办事大厅 · 福建省|网上办事大厅
        places_platform = mtype == "platform" and len(m.group()) >= WHOLE_PLATFORM_HEAD and start < hs \
            and _names_places_only(text[start:hs])
        if hs - start < (MIN_HEAD_CORE + 1 if verb else MIN_HEAD_CORE) and not places_platform:
            continue  # 进一步加大|制度 · 登录|平台
        if start == region == hs - MAX_NAME:
            continue  # ran to the window's end without finding where the name begins
        title = t.title_at(start, he)
        if title is not None and (start == title[0] + 1 or (
                region == title[0] + 1 and TITLE_DOCUMENT_REST.fullmatch(text, he, title[1] - 1))):
            continue  # the title's own name: 《清河县行政复议体制改革实施方案》 · 《提升…三年行动计划(2023—2025年)》
        if _after_honour(text, start):
            continue  # 被评为全省|优秀人民调解品牌: a category of honour, not an instrument
        core = text[start:hs]
        if core[-1] in PLACE_LAST_CHARACTERS and not places_platform and _names_places_only(core):
            continue  # 在伊敏苏木、辉苏木|试点 · 伊车嘎善锡伯族乡|试点: a place's pilot, no instrument
        if text[start] in NOT_AFTER_BOUNDARY or text[start:he] in lex.generic or COUNT_ONLY.fullmatch(core) \
                or DIGIT_COUNT_END.search(core) \
                or (text.endswith(lex.weak_heads, hs, he) and _generic_core(core)):
            continue
        if m.group() in PILOT_HEADS and _ends_in_a_body(core):
            continue  # 在县环境保护局、县旅游委|试点…: a pilot at a body, no instrument of its own
        if m.group() == "系统" and _without_place(core) in lex.generic_cores:
            continue  # 南阳市教育|系统 · 卫生健康|系统: a sector, no platform
        if text.startswith(VERBS_BEFORE_PLACE, start) and _opens_with_place(text[start + 2 : hs]):
            start += 2  # 建设|湖南省行政执法监督平台 · 作为|江苏省经济发达镇…改革: a name opens with its place
        elif (tier := LAST_LEVEL_OF_TIERS.match(text, start)) is not None:
            start = tier.end()  # 县、乡、村|三级矛盾纠纷多元化解平台: the tiers' count opens the name, not the last tier
        found.append(MeasureSpan(start, he, "head_noun", mtype))
    return found


# A platform's branch for a place right after the platform's name: 江苏政务服务网|昆山旗舰店 · 赣服通|于都分厅 ·
# 甘肃政务服务网|秦州子站 · 浙江政务服务网|德清站点 · 浙江政务服务网|缙云服务站点
# (the branches only a web portal written without quotes has as a name of their own: 浙江政务服务网|德清站点, but
# “贵州政务服务网”|遵义站点 · 天府通办|绵阳分站 · 全国12315平台|广东站点: the dev sets' gold names the platform)
SITE_ENDINGS = ("子站", "分站", "服务站点", "站点")
SUB_PORTAL_ENDINGS = ("分厅", "旗舰店", *SITE_ENDINGS)
WEB_PORTAL_END = "网"
SUB_PORTAL = re.compile("(?P<place>[\u3400-\u9fff]{2,8}?)(?:" + "|".join(SUB_PORTAL_ENDINGS) + ")")
# The last of a list of tiers before their count: 县、乡、|村|三级… · 区、街道、|社区|三级…
LAST_LEVEL_OF_TIERS = re.compile("(?:[省市县区乡镇村居]|街道|社区)(?=[两二三四五六]级)")
# Verbs that stand right before a place's name opening a measure's name, no part of it (a name has
# its place first): 建设|江西省行政执法监督平台 · 作为|江苏省经济发达镇行政管理体制改革试点
VERBS_BEFORE_PLACE = ("建设", "作为")


def _opens_with_place(core: str) -> bool:
    return divisions().place_prefix_length(core, min(PLACE_NAME_MAX, len(core) - 1)) > 0


# How long a platform's head must be to name the platform by itself, a place's name before it
# making it that place's (网上办事大厅, 门户网站; not 平台 or 系统: 在伊敏苏木|试点 is no instrument)
WHOLE_PLATFORM_HEAD = 4
# Heads that also are the verb of piloting: 县旅游委|试点行政执法全过程记录 pilots something at a body
PILOT_HEADS = ("试点",)


def _ends_in_a_body(core: str) -> bool:
    """Whether a core ends in a particular body's name, one with its jurisdiction: 县旅游委 ·
    七宝镇城管执法中队 (not 行政复议委员会, a kind of body the pilot sets up)."""
    return any(o.end == len(core) and any(c in PLACE_LAST_CHARACTERS for c in core[o.start:o.end])
               for o in find_organizations(core))


# The last characters of division and township names (省 … 盟, 镇 · 乡 · 街道 · 苏木).
PLACE_LAST_CHARACTERS = frozenset(LEVEL_ENDINGS + "".join(ending[-1] for ending in TOWNSHIP_ENDINGS))
# What parts a list of places: 伊敏苏木、辉苏木
PLACE_LIST_SEPARATORS = re.compile("[、和及与,，]")


def _names_places_only(core: str) -> bool:
    """Whether a core is a place's name, or a list of them (巴彦托海镇、伊敏苏木、辉苏木)."""
    gazetteer = divisions()
    towns = gazetteer.town_names()
    # (a township of the data named by a kind, 开发区 or 工业园区, is no place's name here: 开发区|改革)
    return all(part and ((part in towns and part.endswith(TOWNSHIP_ENDINGS)) or gazetteer.places_named(part))
               for part in PLACE_LIST_SEPARATORS.split(core))


def _after_honour(text: str, start: int) -> bool:
    """Whether a name begins right after a verb of honouring and the scope of the honour:
    被评为|全省|优秀人民调解品牌 · 入选|全省首批|金牌人民调解品牌."""
    lo = max(0, start - HONOUR_SCOPE_MAX - 3)
    scope = HONOUR_SCOPE_BEFORE.search(text, lo, start)
    at = scope.start() if scope is not None else start
    return text.endswith(honour_verbs(), lo, at)


def _after_launch(t: _Text, region: int, start: int) -> int:
    """Where a campaign's name begins when a launching verb stands before the verb that
    ``start`` follows: 开展|打击治理电信网络诈骗专项行动, not 开展打击|治理…; else ``start``."""
    launches = [m.end() for m in measure_lexicon().launch_verb.finditer(t.text, region, start)]
    if not launches or launches[-1] == start or start - launches[-1] > 6:
        return start  # none, or the name follows one already: 启动实施|新一轮儿童友好城市建设行动
    return launches[-1]


def _enumerated_candidates(t: _Text, found: list[MeasureSpan]) -> list[MeasureSpan]:
    """The items of a list closed by 等 and a head noun, where one item is a known or quoted
    instrument: its siblings are instruments of the same kind (运用学习强国、三晋先锋、法宣在线等网络平台)."""
    text = t.text
    lex = measure_lexicon()
    out: list[MeasureSpan] = []
    at = text.find("等")
    while at > 0:
        head = _head_after(text, at + 1)
        if head is not None and len(head.group("gap")) <= ENUMERATION_GAP and lex.heads[head.group("head")][1] \
                and "、" in text[max(0, at - 80) : at]:
            start = t.clause_start(at, 80)
            items: list[tuple[int, int]] = []
            pos = start
            for part in ENUMERATION_SPLIT.split(text[start:at]):
                items.append((pos, pos + len(part)))
                pos += len(part) + 1
            if len(items) >= 2:
                first_start, first_end = items[0]
                edge = t.boundary_left(first_end + 1, first_start)
                items[0] = (edge[0] if edge else first_start, first_end)
                taken = [(s.start, s.end) for s in found if s.rule in ENUMERATION_EVIDENCE]
                if any(any(a <= s < b or s <= a < e for s, e in taken) for a, b in items):
                    mtype = head_type(head.group("head"))
                    for a, b in items:
                        item = text[a:b].strip("“”\"")
                        if ENUMERATION_ITEM_MIN <= len(item) <= ENUMERATION_ITEM_MAX and HAN_ONLY.fullmatch(item) \
                                and item not in lex.generic and item not in lex.slogans:
                            out.append(MeasureSpan(a, b, "enumerated", mtype))
        at = text.find("等", at + 1)
    return out


def candidate_terms(text: str) -> set[str]:
    """The terms of a text that look like instruments before any evidence of context: quoted
    terms (without their marks) and head-noun phrases. ``tools/mine_measure_terms.py`` counts
    in how many reports of a corpus each recurs."""
    t = _Text(text)
    terms = {_quoted_core(q) for q in QUOTED.finditer(text)}
    terms = {term for term in terms if len(term) >= 2 and _acceptable_quoted(term)}
    terms.update(text[s.start:s.end] for s in _head_candidates(t))
    return terms


# A list closed by 等 and a head noun: at most this many characters between them (等|网络|平台),
# items of this many characters, split at these marks.
ENUMERATION_GAP = 4
ENUMERATION_ITEM_MIN, ENUMERATION_ITEM_MAX = 3, 12
ENUMERATION_SPLIT = re.compile("[、]")
ENUMERATION_EVIDENCE = ("gazetteer", "quoted", "quoted_with_head")  # an item known to be an instrument

# Rules in order of trust: a span of a later rule that overlaps an earlier one is dropped,
# except a head-noun phrase that contains the known forms it overlaps and runs further right
# (最多跑一次|事项清单, 领导干部年度述法|制度); known forms side by side stay apart
# (一网通办|一件事一次办改革).
_PRIORITY = {"quoted_with_head": 0, "quoted": 0, "gazetteer_across_quotes": 0, "gazetteer": 1, "numbered_formula": 2, "head_noun": 3,
             "government_site": 3, "own_site": 3, "rule_of_law_place": 3, "rule_of_law_place_object": 3,
             "legal_service_net": 2, "enumerated": 4}


def find_measures(text: str) -> list[MeasureSpan]:
    t = _Text(text)
    quoted = _quoted_candidates(t)
    candidates = quoted + _gazetteer_candidates(t) + _formula_candidates(t) + _head_candidates(t)
    if _has_opening_quote(text):
        candidates += _gazetteer_across_quotes(t, quoted)
    if "法治" in text or "平安" in text:
        candidates += _place_programme_candidates(t)
    if "法网" in text:
        candidates += [MeasureSpan(m.start(), m.end(), "legal_service_net", "platform")
                       for m in PROVINCE_LEGAL_NET.finditer(text) if divisions().places_named(m.group("place"))]
    if "网站" in text:
        for m in GOVERNMENT_SITE.finditer(text):
            # 县政府网站 by its level alone; 迁安市人民政府网站 from the place's name
            start = _place_name_start(text, m.end("level") if m.group("level") else m.start() + 1)
            candidates.append(MeasureSpan(m.start() if start < 0 else start, m.end(), "government_site", "platform"))
        candidates += [MeasureSpan(m.start(), m.end(), "own_site", "platform") for m in OWN_SITE.finditer(text)]
    if candidates and ("”" in text or '"' in text or "」" in text):
        candidates += _quoted_before_phrase(t, candidates)
    if candidates and "等" in text:
        candidates += _enumerated_candidates(t, candidates)
    if len(candidates) < 2:
        return _with_sub_portals(text, candidates)
    candidates.sort(key=_rank)
    taken: list[MeasureSpan] = []
    occupied = bytearray(len(text))  # 1 where a taken span lies
    for span in candidates:
        if occupied.find(1, span.start, span.end) >= 0:
            overlapping = [s for s in taken if span.start < s.end and s.start < span.end]
            if span.rule != "head_noun" or not all(
                    s.rule in ("gazetteer", "numbered_formula") and span.start <= s.start and s.end < span.end
                    for s in overlapping):
                continue
            for s in overlapping:
                taken.remove(s)
        taken.append(span)
        occupied[span.start : span.end] = b"\x01" * (span.end - span.start)
    taken.sort(key=_start)
    return _with_sub_portals(text, taken)


def _with_sub_portals(text: str, spans: list[MeasureSpan]) -> list[MeasureSpan]:
    """Platforms followed by their branch for a place, named after it: 江苏政务服务网|昆山旗舰店 ·
    “赣服通”|于都分厅 · 山东省政务服务平台|沂水县分厅 (the branch is the measure the report uses)."""
    if not any(ending in text for ending in SUB_PORTAL_ENDINGS):
        return spans
    gazetteer = divisions()
    out = []
    for span in spans:
        m = SUB_PORTAL.match(text, span.end)
        if m is not None and m.group().endswith(SITE_ENDINGS) and text[span.end - 1] != WEB_PORTAL_END:
            m = None
        if m is not None and any(gazetteer.places_named(m["place"] + level) for level in ("", "县", "市", "区")):
            span = MeasureSpan(span.start, m.end(), "head_noun", "platform")
        out.append(span)
    return out


def _quoted_before_phrase(t: _Text, candidates: list[MeasureSpan]) -> list[MeasureSpan]:
    """A quoted term right before a head-noun phrase too long for the term's own head: one name
    (“一站式”矛盾纠纷调处化解模式 · “一站式”矛盾纠纷调处化解平台), the term says which of its kind."""
    text = t.text
    phrase_starts = {s.start: s for s in candidates if s.rule == "head_noun"}
    found = []
    for q in t.quotes():
        phrase = phrase_starts.get(_after_padding(text, q.end()))
        if phrase is None or _head_after(text, q.end()) is not None or "、进" in text[phrase.start:phrase.end]:
            # (“证照分离”改革|全覆盖和…告知承诺制: the term has its own head, the phrase is another's;
            # “全民反诈”|宣传进社区、进企业活动: a list of the term's activities, the term the instrument)
            continue
        core = _quoted_core(q)
        if _acceptable_quoted(core) and not NUMERALS_ONLY.fullmatch(core):  # (“五一”: a holiday, a date)
            found.append(MeasureSpan(q.start(), phrase.end, "quoted_with_head", phrase.type))
    return found


def _place_programme_candidates(t: _Text) -> list[MeasureSpan]:
    """A place's rule-of-law or public-security programme standing as a name of its own:
    扎实推进法治西青建设, · 深入推进“平安西藏”建设 (not inside a title, nor 法治吉州建设的1+6文件
    or 法治清河建设新局面, where it qualifies a noun)."""
    text = t.text
    found = []
    for m in PLACE_PROGRAMME.finditer(text) if "建设" in text else ():
        start, end = m.span()
        opening = _before_padding(text, start)
        quoted = opening > 0 and text[opening - 1] in "“\""  # (not 「: the closing group reads ” and " only)
        if quoted:
            start = opening - 1
        if end < len(text) and is_han(text[end]) and not text.startswith(PROGRAMME_STANDS_BEFORE, end) \
                and not (quoted and text[end] != "的"):
            continue  # 法治清河建设|新局面: it qualifies a noun (a quoted name stands apart: “法治婺源”建设工作)
        if t.title_at(start, end) is not None:
            continue
        place = m.group("place")
        if is_department_word(place):
            continue  # 法治公安建设 · 法治税务建设: a service's programme, not 公安县's
        if quoted != bool(m.group("closing")):
            continue  # a quote opened and not closed, or closed and not opened: part of something else
        if place in PLACE_PROGRAMME_KINDS or divisions().places_named(place) or _names_a_township(place):
            # quoted, it is a quoted name and its head (it wins over the quoted name alone)
            rule = "quoted_with_head" if quoted else "rule_of_law_place"
            found.append(MeasureSpan(start, end, rule, "campaign"))
    for m in PLACE_PROGRAMME_OBJECT.finditer(text):
        # 建设法治恩施 · 加快建设法治涪城、平安涪城: the programme named as the verb's object, without its 建设
        for item in PLACE_PROGRAMME_ITEM.finditer(text, m.start("items"), m.end("items")):
            if not is_department_word(item["place"]) and (
                    divisions().places_named(item["place"]) or _names_a_township(item["place"])):
                found.append(MeasureSpan(item.start(), item.end(), "rule_of_law_place_object", "campaign"))
    return found


def _names_a_township(stem: str) -> bool:
    """Whether a name is a township's written without its ending: 均安 (均安镇) in 法治均安建设; not
    a word of administration that is also a township's name (文化镇: 法治文化建设)."""
    towns = divisions().town_names()
    return stem not in measure_lexicon().generic_cores and any(stem + ending in towns for ending in TOWNSHIP_ENDINGS)


def _place_name_start(text: str, end: int) -> int:
    """Where the longest division name ending at ``end`` begins (the 区 of 吉州区|人民政府网站 is
    no level word but the end of the place's name), or -1."""
    return divisions().place_name_start(text, end, PLACE_NAME_MAX)


def _rank(span: MeasureSpan) -> tuple[int, int, int]:
    return _PRIORITY[span.rule], span.start, span.start - span.end


def _start(span: MeasureSpan) -> int:
    return span.start


@Language.factory("fz_measures", default_config={"span_key": "measures"})
def make_measure_recognizer(nlp: Language, name: str, span_key: str) -> "MeasureRecognizer":
    return MeasureRecognizer(span_key)


class MeasureRecognizer:
    """spaCy component: measure names → ``doc.spans[span_key]``; the head's type as ``fz_value``."""

    def __init__(self, span_key: str = "measures"):
        self.span_key = span_key
        measure_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for measure in find_measures(doc.text):
            add_span(doc, spans, measure.start, measure.end, "MEASURE", measure.rule, value=measure.type)
        if spans:  # an empty group costs a SpanGroup per paragraph and says nothing
            doc.spans[self.span_key] = spans
        return doc
