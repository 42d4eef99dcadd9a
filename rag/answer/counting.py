"""What a count asks to count, and what a measure measures: the units after 多少 / 几, the
nouns after them (`measure_words.counted_nouns`: "多少家生物医药企业" → 生物医药, 企业), or
the thing a size is asked of ("绿地有多大" → 绿地, by an area).  (A noun counted with no
measure word, "多少游客", is not required beside the figure: questions paraphrase it — 骨干
for a letter's 人员.)

    units_asked("多少家生物医药企业？")       # → (figures in 家|户|个|所, 3: where the unit ends)
    measured("集资房门口的绿地有多大？")        # → ("绿地", an area)
    period_asked("每人每年能拿多少？")          # → "年": "每人每月300元" is another rate
"""

from __future__ import annotations

import re
from itertools import takewhile

from rag.answer.bilingual import is_classifier, sense_words
from rag.answer.measure_words import a_kind_of
from rag.answer.per_unit import ASKS_TOTAL, PER_UNIT
from rag.answer.words import tagged

# A figure as letters write it: digits or Chinese numerals, then 万/亿, with 余/多 for an
# approximate one ("7000余万元", "3万多人", "十余家").
FIGURE = (
    r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)\s*(?:余|多)?\s*(?:万|亿)?\s*(?:余|多)?\s*"
)

_MEASURE_ASKED = re.compile(
    r"(?:一共|总共|大约|到底|究竟)?(?:有|是|为|达到?)?(?:多大|多少|多高|多长|多宽|多深|几)"
)

# What is measured is the thing, not the dimension ("操场面积多大" measures 操场).
_DIMENSION = re.compile(r"面积|长度|宽度|高度|深度|规模|总量|数量|总数|大小")
# A size asked is answered in its units: 多大 by an area, 多长 / 多远 by a length.
_SIZED = {"多大": "平方米|平方公里|公顷|亩|㎡", "多长": "米|公里", "多远": "米|公里"}
WHOLE = re.compile(r"全[区市县省国]|[我本][区市县省]|人均")  # no one thing's: "全区…人均"


def measured(question: str) -> tuple[str, re.Pattern[str]] | None:
    """The noun a figure asked without a unit measures, and the figures that measure it
    ("绿地有多大": 绿地, an area; "回捕率是多少": the rate, a share)."""
    asked = _MEASURE_ASKED.search(question)
    clause = re.split(r"[，,。？?！!；;、的]", question[: asked.start()])[-1] if asked else ""
    if asked is not None and (rate := RATE.search(clause)):
        return rate.group(), re.compile(FIGURE + r"\s*(?:%|％|成|个百分点)|分之")
    nouns = [w for w, t in tagged(clause) if t[0] == "n" and len(w) >= 2]
    nouns = [w for w in nouns if not _DIMENSION.fullmatch(w)]
    if not nouns or asked is None:
        return None
    units = _SIZED.get(asked.group()[-2:], r"[^\d.\s年月日号]")
    return nouns[-1], re.compile(FIGURE + f"(?:{units})")


RATE = re.compile(r"[\u4e00-\u9fff]{0,1}[^\W\d_频效]率$")  # a share: 回捕率, 合格率
_UNITS = {  # the unit asked → the units that answer it
    "人": "人|名|人次",
    "名": "人|名",
    "位": "位|人|名",
    "家": "家|户|个|所",  # 多少家幼儿园 / 医院: letters count institutions with 所
    "户": "户|家",
    "项": "项|个|件",
    "件": "件|项",
    # "多少个井盖": letters count structures and machines in their own measure ("约4.7万座",
    # "20台"; not 条, 块, 头: a line, a plot, a head of cattle count other things)
    "个": "个|项|家|所|处|座|台|套|间|栋|口",
    "所": "所|个",
    "次": "次|场",
    "场": "场|次",
    "亿元": "亿元|亿",
    "万元": "万元|万",
    "元": "元",
    # electricity ("发多少度电") or a temperature
    "度": "度|[万亿]?千瓦时|兆瓦时|kW·?h|[kKMG]Wh|℃|摄氏度",
    "平方米": "平方米|㎡",
    "亩": "亩",
    "吨": "吨",
    "公斤": "吨|公斤|千克|斤|克",  # a weight asked in English
    "家庭": "户|家|个",  # households asked in English ("困难家庭1260个")
    "台": "台|部",
    "瓦": "瓦|千瓦|W(?![A-Za-z])",  # a lamp's power: "每盏60瓦", "60W"
    "部": "部|台",
    "条": "条",
    "张": "张|床|份|本",  # beds, cards, tickets: "床位1200张", "500床", 证书3200本
    "折": "折|%",  # a discount: "门票打几折" is answered by "五折", not a count beside it
    "座": "座|个",
    "岁": "岁",
    "米": "米|公里|千米|厘米",
    "公里": "公里|千米|米",
    "平方公里": "平方公里|平方千米|平方米|亩|公顷",
    "小时": "小时|个小时",
    "毫克/升": "毫克/升|mg/L|mg/l|毫克每升",
    # other measure words (not ones that begin common words: 本地, 份额, 位于, 处理, 头部)
    "种": "种|类|个|项|批",
    "类": "类|种|个|项",
    "辆": "辆|台",
    "棵": "棵|株",
    "株": "株|棵",
    "批": "批|次",
    "篇": "篇|个",
    "期": "期|场|次|批",
    "轮": "轮|次",
    "栋": "栋|幢|座|个",
    "艘": "艘|条",
    "起": "起|宗",  # incidents: "几起溺水事故"
    "例": "例",  # cases
}
_ASKED_UNIT = re.compile(
    # (a duration in hours: "几个钟头", "多少个小时")
    r"(?:多少|(?<![哪这那近前好去第])几)\s*(?:个\s*(?=小时|钟头))?(亿元|万元|平方公里|平方米|公里|"
    r"小时|钟头|"
    + "|".join(k for k in _UNITS if len(k) == 1)
    + ")(?<!种(?=[植子养]))(?<!折(?=[叠线扣旧算合射]))(?<!张(?=[家北江姓]))(?<!度(?=[假过数]))"
)
# People asked with 个: a noun for people (人员, 教师, 志愿者) before it, or counted after.
_PEOPLE = ("人", "员", "者", "师", "生")
_PEOPLE_BEFORE = re.compile(f"[{''.join(_PEOPLE)}]" + r"(?:有|是|共|一共|总共|总计)?\s*$")
# People counted with no measure word ("多少游客", "多少工人"): people, or cases (例), answer.
_PEOPLE_NOUN = ("员", "者", "师", "客")
_PEOPLE_UNITS = re.compile(FIGURE + "(?:人次|人|名|位|例)")


def people_asked(question: str) -> re.Pattern[str] | None:
    """The figures that count people when 多少 counts a noun for people ("多少游客"), or None."""
    asked = re.search(r"多少", question)
    nouns = _counted(question[asked.end() :]) if asked else ()
    head = nouns[1] if len(nouns) > 1 else ""  # (工人, 病人; not 老年人…中心, 机器人, 法人)
    people = any(len(n) >= 2 and n.endswith(_PEOPLE_NOUN) for n in nouns)
    people = people or (len(head) == 2 and head[1] == "人" and head != "法人")
    return _PEOPLE_UNITS if people else None


def _counts_people(question: str, start: int, end: int) -> bool:
    counted = _counted(question[end:])
    return (
        bool(_PEOPLE_BEFORE.search(question[:start]))
        or _people_subject(question[:start])
        or any(n.endswith(_PEOPLE) for n in counted)
    )


def _people_subject(before: str) -> bool:
    """Whether the clause's last noun before the measure word names people, with only
    adverbs, verbs and times after it ("国家级的传承人现在还剩几个"; not "学生宿舍有几个")."""
    words = tagged(re.split(r"[，,。；;？?！!]", before)[-1])
    while words and words[-1][1][:1] in ("d", "v", "t"):
        words.pop()
    return bool(words) and words[-1][1].startswith("n") and words[-1][0].endswith(_PEOPLE)


def _counted(text: str) -> tuple[str, ...]:
    """What a counted phrase may count: its first noun (医生参加培训), the last noun of its
    first nouns (外地游客来过), the phrase when short (女书传承人: jieba cuts 女书/传承/人)."""
    words = tagged(text)
    nouns = [w for w, _ in takewhile(lambda word: word[1].startswith("n"), words)]
    after = [tag for _, tag in words[len(nouns) : len(nouns) + 2]]  # 培训(vn) 机构(n) go on
    goes_on = after[:1] == ["vn"] or bool(after[1:2]) and after[1].startswith("n")
    phrase = _PHRASE.match(text) if nouns else None
    short = [phrase.group()] if phrase and len(phrase.group()) <= 8 else []
    return (nouns[0], "" if goes_on else nouns[-1], *short) if nouns else ()


_PHRASE = re.compile(  # a counted phrase: up to a particle, verb of being or punctuation
    r"[\u4e00-\u9fff]+?(?=[的了吗呢有是在和与及？?，,。；;、！!]|$)"
)


_EN_UNITS = (
    (
        re.compile(
            r"how many (?:\w+ )*?(?:people|persons|students|staff|doctors|teachers|brokers)\b"
            # (people right after it: "how many relocated workers", not "how many places …
            # to children" nor "how many residents' opinions")
            r"|how many (?:[\w-]+ )?(?:children|pupils|kids|residents|visitors|tourists|workers|"
            r"patients)\b(?!['’])",
            re.I,
        ),
        "人",
    ),
    (re.compile(r"how much money|how much (?:\w+ )*?(?:spend|cost|fund|yuan)", re.I), "元"),
    (re.compile(r"how many (?:\w+ )*?(?:companies|enterprises|firms|businesses)\b", re.I), "家"),
    # a length: "how wide", "多宽" — only metres or kilometres answer it ("两级" does not)
    (
        re.compile(
            r"\bhow (?:wide|far|deep|tall|long) (?:is|are|was|were|will|would)\b"
            # a height of a thing or a water level, not of a rate or a sum ("how high is
            # the subsidy")
            r"|\bhow high (?:is|are|was|were|will|would|did|does)\b[^?]*?"
            r"\b(?:rise|rose|risen|raised|water level|dam|embankment|dyke|wall|tower|bridge)"
            r"|多宽|多远|多深",
            re.I,
        ),
        "米",
    ),
    (
        re.compile(
            r"\bsquare (?:kilomet|met)|\bhectares?\b|"
            r"\bhow big is the (?:area|park|site|zone|plot|land|reservoir|lake)\b",
            re.I,
        ),
        "平方公里",
    ),
    (re.compile(r"\bhow many (?:kilomet(?:re|er)s?|km)\b", re.I), "公里"),
    # a weight, an area in mu, households: counted in their own units ("How many tonnes of
    # peel": not 12.6万亩 nor 190亿元)
    (re.compile(r"\bhow many (?:metric )?(?:tonnes|tons|kilo(?:gram)?s|kg|jin)\b", re.I), "公斤"),
    (re.compile(r"\bhow many mu\b", re.I), "亩"),
    (re.compile(r"\bhow many (?:[\w-]+ ){0,2}households\b", re.I), "家庭"),
    (re.compile(r"\bmg/l\b|\bmilligrams? per lit", re.I), "毫克/升"),
)


def units_asked(question: str) -> tuple[re.Pattern[str] | None, int]:
    """The figures with the unit the question asks a count in ("多少家" → 家, or as letters
    count what it counts: 户, 个, 所), and where its measure word ends (0 for English)."""
    unit = _ASKED_UNIT.search(question)
    name = unit.group(1) if unit else next((u for p, u in _EN_UNITS if p.search(question)), None)
    name = "小时" if name == "钟头" else name  # a colloquial hour
    if unit and name == "个" and _counts_people(question, unit.start(), unit.end()):
        name = "人"  # "专职人员有几个", "有几个医生" are counted in people: "仅有9人"
    units = re.compile(FIGURE + "(?:" + _UNITS[name] + ")") if name else None
    return units, unit.end() if unit else 0


# A rate's period, as a letter states it ("每人每月", "每年", "/月", "年均") and as a question
# asks it (also "一个月多少", "a month", "per year", "annually").
_PERIOD_OF = {
    "年": "年",
    "月": "月",
    "天": "日",
    "日": "日",
    "周": "周",
    "季度": "季度",
    "学期": "学期",
}
_STATED_PERIOD = re.compile(
    r"(?:每个?|[/／]|(?<=[年月日])均)(?P<unit>年|月|天|日|周|季度|学期)(?!度?[底末初])"
)
_ASKED_PERIOD = re.compile(
    r"(?:每个?|[一1]个?)(?P<unit>年|月|天|周|季度|学期)(?![底末初内])[^，,。？?]{0,12}?(?:多少|几)|"
    r"\b(?:per|a|an|each) (?P<en>year|month|day|week)\b|\b(?P<ly>annual|month|dai|week)ly\b(?!-)",
    re.I,
)
_EN_PERIOD = {"year": "年", "annual": "年", "month": "月", "day": "日", "dai": "日", "week": "周"}


def period_asked(question: str) -> str | None:
    """The period a rate is asked for, if any ("每人每年能拿多少" → 年)."""
    match = _ASKED_PERIOD.search(question)
    if not match:
        return None
    # the one nearest the question word: "头一年每个月能领多少" asks a monthly sum
    while match.group("unit") and (inner := _ASKED_PERIOD.search(match.group(), 1)):
        match = inner
    if match.group("unit"):
        return _PERIOD_OF[match.group("unit")]
    return _EN_PERIOD[(match.group("en") or match.group("ly")).lower()]


# …and a month's or a day's figure named so ("月均收入", "按月发放", "日产淡水500吨"), not a
# date's ("6月补贴") nor a holiday's, a season's or every other day's (节假日, 冬日, 隔日)
_PERIOD_NAMED = re.compile(
    r"(?<![\d一二三四五六七八九十正腊个节假冬隔平生])(?P<unit>月|日)(?=均|工资|收入|薪|租|补|票|卡|产(?!、)|供)"
    r"|[按逐包](?P<by>月|日|天|周)|[单当](?P<day>日)"
)
# Periods a rate must be said to be for: a monthly or daily figure is written as one, where a
# year's total ("2023年安排资金500万元") answers "每年多少" as letters write it.
SHORT_PERIODS = frozenset({"月", "日", "周"})
_OF = re.compile(r"[\d一二三四五六七八九十两百千万个几半]$")  # "6月", "6个月": no rate
ONE_OFF = re.compile(r"一次性")  # a one-off sum, no rate for any period


def periods_stated(sentence: str) -> set[str]:
    """The periods the sentence states rates for ("每人每月300元" → {"月"}), and a day or a
    month that is a word of its own before what it measures ("日处理能力168吨"), not a
    date's ("6月") nor a span's ("6个月")."""
    found = {_PERIOD_OF[m.group("unit")] for m in _STATED_PERIOD.finditer(sentence)}
    named = _PERIOD_NAMED.finditer(sentence)
    found |= {_PERIOD_OF[m["unit"] or m["by"] or m["day"]] for m in named}
    words = tagged(sentence) if re.search("[日月]", sentence) else []
    pairs = zip([("", "x"), *words], words, strict=False)
    return found | {
        w for (before, _), (w, _) in pairs if w in ("日", "月") and not _OF.search(before)
    }


# Where a figure's clause ends (not at a colon: "每户补助标准为：1500元").
CLAUSES = re.compile(r"[，,；;。！!？?]")
_DIGIT = re.compile(r"\d+(?:\.\d+)?")
# A figure asked as a change or against another ("和上一年相比多了几个", "比去年增长多少",
# "compared with the provincial average"), and how letters state one.
ASKS_CHANGE = re.compile(
    r"(?:比|和|与|同|较|跟)(?:上一?年|去年|往年|前年|同期|上年度|全省|全市|全国|平均)[^，,。？?]{0,10}?"
    r"(?:多|少|高|低|增|减|提高|下降|变化|差)|同比|环比|"
    r"\bcompared? (?:with|to)\b|\b(?:more|less|fewer|higher|lower) than\b",
    re.I,
)
CHANGE = re.compile(
    r"同比|环比|比(?:上|去|前)?[年期]|较(?:上|去|前)?[年期]?|增长|增加|新增|提高|提升|下降|减少|"
    r"高于|低于|多出|翻番|\d+(?:\.\d+)?倍"
)


def unit_left_out(sentence: str, counted: tuple[str, ...]) -> list[re.Match[str]]:
    """The figures that count a counted noun with the measure word left out: right after
    the noun, ending the clause ("目前我市共有地埋式垃圾箱65,塔城市…"), or after a noun
    CC-CEDICT glosses as it (垃圾箱 "rubbish can" for a question's 垃圾桶 "rubbish bin"); or
    a one-character noun standing as its own measure word ("多少个县": "围绕9县(市、区)");
    or in the letter's own measure word for it, the noun right before and nothing after it
    ("渡口合计19道，"; not "养老院共4200张床位": beds)."""
    words = [w for w in counted if len(w) >= 2]
    single = [w for w in counted if len(w) == 1 and w.isalpha()]
    # (in digits: "百村示范千村提升" is a slogan)
    own = list(re.finditer(rf"(?<![\d.])\d+(?={'|'.join(single)})", sentence)) if single else []
    if not words:
        return own
    head = re.escape(words[-1])  # (of 渔船码头, 码头: "停靠渔船86艘" counts boats)
    after = re.compile(rf"{head}(?:合计|共计|共有|总计|共|约)?$")
    own += [
        f
        for f in re.finditer(r"(?<![\d.])\d+(?=[\u4e00-\u9fff](?:[，,。；;、）)]|$))", sentence)
        if is_classifier(sentence[f.end()]) and after.search(sentence, 0, f.start())
    ]
    return own + [
        figure
        for figure in re.finditer(_BARE, sentence)
        if any(sentence[: figure.start()].endswith(w) for w in words)
        or _noun_before(sentence[max(0, figure.start() - 6) : figure.start()], words)
    ]


def _noun_before(text: str, counted: list[str]) -> bool:
    """Whether the last word of `text` is a noun glossed as one of the counted nouns."""
    last = tagged(text)[-1:] if text else []
    return bool(last) and len(last[0][0]) >= 2 and kin_near(tuple(counted), last[0][0])


# A figure with no unit, ending its clause, and no year ("垃圾箱2019，" is a model or a year),
# right after a word.
_BARE = r"(?<=[\u4e00-\u9fff])(?<![\d.])(?!(?:19|20)\d{2}(?!\d))\d+(?=\s*(?:[，,；;。]|$))"


# A count asked as an addition ("今年计划再新增多少个", "还要新建几所"; not the thing added,
# "新建的公厕投了多少钱", nor money, "新建公厕投资多少"), and how letters say one before its
# figure ("计划新建村道联网路100公里", "新增停车位，截至目前累计320个", "增长1200个"): a
# standing total ("目前我市共有…65个，将加快建设", "已建成65个") is no answer to it.
ASKS_ADDED = re.compile(
    r"(?:新增|增设|增加|新建|新开|新修|多修|再建|再修|再开|再新建)[^的，,。？?]{0,6}?(?:多少|几)"
)
ADDED = re.compile(
    r"新增|增设|增加|增长|新建|新开|新修|多修|再建|再修|再开|再新建|再增|扩建|改建|计划|拟|将|力争"
)


# A sum asked (`ASKS_TOTAL`: "一共补了多少钱", "in total"), which a share per unit ("每平方米
# 150元", "300元/亩") or a cap ("单个企业最高不超过200万元") before the figure in its clause is
# not — unless a 共 / 合计 / 累计 after it sums them ("为每个行政村共配备保洁员1260名").
_PER_OR_CAP = r"每|[人户年日月周亩村场]均|平均|最高|最多|不超过|不高于|上限|封顶"
TOTAL = re.compile(rf"^(?!.*(?:{_PER_OR_CAP})(?!.*(?:共|合计|累计|总计)))(?!.*元\s*[/／])", re.S)
_ASIDE = re.compile(r"[（(][^）)]*[）)]")  # "（户均种植8亩）", "（其中中央/省级…）"


def form_asked(question: str, per_unit: bool) -> re.Pattern[str] | None:
    """How the figure asked must be stated: per unit, as a change, as an addition, as a
    sum."""
    if per_unit:
        return PER_UNIT
    if ASKS_CHANGE.search(question):
        return CHANGE
    return ADDED if ASKS_ADDED.search(question) else TOTAL if ASKS_TOTAL.search(question) else None


def figures_in(
    sentence: str, units: re.Pattern[str] | None, counted: tuple[str, ...]
) -> list[re.Match[str]]:
    """The figures in the units asked, and the counts whose measure word was left out."""
    return [*units.finditer(sentence), *unit_left_out(sentence, counted)] if units else []


def read_in(
    form: re.Pattern[str], sentence: str, units: re.Pattern[str] | None, counted: tuple[str, ...]
) -> list[str]:
    """Where the form a figure is asked in must be stated: a rate in the figure's own
    clauses, a sum in its clause up to it, an addition before the figure, a change
    anywhere in the sentence."""
    if form is TOTAL:  # each figure's clause up to just past it, asides left out
        bare = [_ASIDE.sub("", c) for c in CLAUSES.split(sentence)]
        found = [
            (c, f)
            for c in bare
            for f in (figures_in(c, units, counted) if units else list(_DIGIT.finditer(c)))
        ]
        return [c[: f.end() + 2] for c, f in found] or [sentence]
    if form is PER_UNIT:
        own = [c for c in CLAUSES.split(sentence) if figures_in(c, units, counted)]
        return own or [sentence]
    figures = figures_in(sentence, units, counted)
    if form is ADDED and figures:
        return [sentence[: max(f.end() for f in figures)]]
    return [sentence]


def kin_near(counted: tuple[str, ...], near: str) -> bool:
    """Whether a word beside the figure means what the question counts, as CC-CEDICT
    glosses both ("果农" asked, "受益农户1.2万户": farmer)."""
    senses = set().union(*(sense_words(w) for w in counted if len(w) >= 2))
    return bool(senses) and any(
        senses & sense_words(word) or a_kind_of(counted, word)
        for word, tag in tagged(near)
        if len(word) >= 2 and tag[:1] == "n"
    )


# The level of government a thing is counted at ("国家级院士工作站"): a figure stated at
# another level ("省级院士工作站4个") counts other things; "省级以上" takes in those above.
_LEVEL = re.compile(r"(?:国家|省|市|县|区|乡|镇|村)级(?!以上|及以上)")


def levels_in(text: str) -> frozenset[str]:
    """The levels of government `text` counts at: 国家级, 省级, 市级 …"""
    return frozenset(_LEVEL.findall(text))
