"""When a question asks about time: a date, a day, a duration, and the years it names.

    asks_time("新密的加装电梯政策什么时候才能正式推行？")    # True
    time_units("具体哪一天开工？")                          # only a day answers it
    years_in("2023年,…。今年将…", 2024)                     # ["2023", "2024"]
    relative_years("今年新建了多少？")                      # {0}: the letter's own year

The asks module decides what a question asks for; this one reads time, in questions and in
the sentences that may answer them.
"""

from __future__ import annotations

import re
import unicodedata

from rag.answer.words import tokens_of
from rag.letters.genre import CN_NUMERALS

# The five-year plan periods, 十一五 … 十九五, as letters write them.
_PLAN_PERIODS = f"十[{CN_NUMERALS[:9]}]五"
_ASKS_TIME = re.compile(
    r"什么时候|什么时间|何时|哪一年|哪年|哪个月|哪天|哪一天|几月|几点|多久|多长时间|"
    # "When was it signed?" asks a date; "When judging people, …" does not.
    r"\bwhen (?:was|were|will|would|did|does|do|is|are|has|had)\b|\bwhat (?:time|date|year)s?\b|"
    # "how long is its pipe network" asks a length (see counting), "how long will it take"
    # and "how long is the warranty" a time; the thing measured may be a compound of those
    # ("coastline", "railroad"; not "timeline", "hotline"), and a place's ("Linxia County's
    # road network")
    # ("the Loufang–Laozhuang ring road"; "how long …, in kilometres" asks a length)
    r"\bby when\b|\bhow long\b(?![^?]*\bin (?:kilomet(?:re|er)s|km|met(?:re|er)s)\b)"
    r"(?! (?:is|are|was|were) (?:the|its|their|this|that|(?:[\w–-]+ ){0,2}?[\w–-]+['’]s) "
    r"(?:[\w–-]+ ){0,2}?(?:coast|shore|rail|pipe|tram)?(?:road|pipe|network|bridge|river|"
    r"embankment|dyke|line|route|"
    r"section|wall|tunnel|channel|canal|track|trail|path)s?\b(?![^?]*\b(?:take|last)s?\b))"
    # ("how long would an undersea pipeline from … be": its length)
    r"(?! (?:would|will) (?:[\w–-]+ ){0,3}?(?:coast|shore|rail|pipe|tram)?(?:road|pipe|line|route"
    r"|tunnel|channel|canal|bridge|wall|track|path)s? (?:[\w–-]+ ){0,8}?be\b"
    r"(?! (?:closed|open|shut|suspended|valid|in force|in place|under|out)\b)"
    r"(?![^?]*\b(?:take|last)s?\b))|"
    r"\b(?:which|what) (?:year|month|day)\b|\bdeadline\b|\bhow (?:often|frequently)\b|"
    # when a place is open: its hours ("8:30—17:00") or its days ("每周一至周五")
    r"\bopening (?:hours|times|days)\b|\b(?:which|what) days? of the week\b|"
    # how old a thing is: the year it was built ("建于1998年") or its age ("树龄约1200年")
    r"\bhow old\b",
    re.I,
)
# A time as letters state one: a date, a part of the year, a clock time, a plan period.
TIME = re.compile(
    r"\d{4}\s*年|\d{1,2}\s*月|\d{1,2}\s*日|年底|年内|年初|月底|上半年|下半年|季度|"
    r"[〇○零一二]{2}[〇○零一二三四五六七八九]{2}年|\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*(?:点|时)|\d{4}-\d{1,2}|"
    # a year named from now, a plan period ("十四五"期间), a duration ("15个工作日", "两年")
    r"[今明去前次]年|本年度|" + _PLAN_PERIODS + "|(?:周|星期)[一二三四五六日天]|周末|节假日|全天|"
    r"(?:早上?|晚上?|上午|下午|中午|凌晨)[一二三四五六七八九十两]{1,3}[点时]|"
    r"(?:\d+|[一二两三四五六七八九十百半]+)\s*(?:余|多)?\s*个?\s*(?:年|月|天|周|小时|工作日)"
)
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# A year named from the letter's: 今年 is the year it was written.
# (a word of its own: not the 前年 of 当前年度 or 提前年检, the 明年 of 说明年度)
_RELATIVE_YEAR = re.compile(
    r"(?<![目当以提说证成资全])(?P<day>前|去|今|本|明)年(?!度?[底末初]?[之以]?前|[检审均收])"
)
_OFFSET = {"前": -2, "去": -1, "今": 0, "本": 0, "明": 1}


def years_in(text: str, year: int | None) -> list[str]:
    """The years a text names, in order; with the letter's `year`, 今年 and 去年 too."""
    if year is None:
        return YEAR.findall(text)
    found = [(m.start(), m.group(1)) for m in YEAR.finditer(text)]
    found += [
        (m.start(), str(year + _OFFSET[m.group("day")])) for m in _RELATIVE_YEAR.finditer(text)
    ]
    return [y for _, y in sorted(found)]


# "具体哪一天", "on what day": only a day answers it ("2018年末" is no day); "哪天" is said
# loosely for "when", and a month answers it ("预计2024年10月").
_ASKS_DAY = re.compile(
    r"具体(?:是)?哪一?天|哪一天|几月几[日号]|具体日期|\b(?:which|what) (?:exact )?(?:day|date)\b",
    re.I,
)
_DAY = re.compile(
    r"月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]|(?<![\d第])\d{1,2}\s*日(?![内以之])|"
    r"\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}"
)
_MONTH = re.compile(_DAY.pattern + r"|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月")
# How long something takes ("how long does the trip take", "一般多长时间能批下来"): a duration
# answers it ("约50分钟", "3个工作日"), not a date or a clock time.
_ASKS_DURATION = re.compile(
    r"\bhow long (?:does|did|will|would|do)\b[^?？]*\btake\b|需要多长时间|要花多长时间|"
    r"一般多长时间|多长时间(?:才?能|可以?)|需要多久|耗时多久",
    re.I,
)
_DURATION = re.compile(
    r"(?<!\d)(?!(?:19|20)\d{2}年)(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百半]+)\s*(?:余|多)?\s*个?\s*"
    r"(?:半)?(?:分钟|小时|天|周|星期|个?(?:工作|自然)日|个半?月|年(?![底初末前]))"
    r"|(?<![月\d])\d{1,3}\s*日(?![期常])"  # "压缩至5日", not "6月5日"
)
_PLAN_PERIOD = re.compile(_PLAN_PERIODS)
# "the 14th Five-Year plan" is 十四五 (the plan periods are numbered 十一五 … 十五五).
_EN_PLAN_PERIOD = re.compile(r"\b1([0-9])th five[- ]year\b", re.I)


def times_named(question: str) -> frozenset[str]:
    """The plan periods a question names as its topic ("十四五", "the 14th Five-Year plan"),
    as a letter writes them: a year it names may still be confirmed ("2025年底前能修好吗")."""
    named = {m.group() for m in _PLAN_PERIOD.finditer(question)}
    named |= {
        f"十{CN_NUMERALS[int(d) - 1]}五" for d in _EN_PLAN_PERIOD.findall(question) if d != "0"
    }
    return frozenset(named)


def asks_time(question: str) -> bool:
    """Whether the question asks when (a date, a year, a deadline, how long)."""
    return bool(_ASKS_TIME.search(question)) or _asks_days(question)


def _asks_days(question: str) -> bool:
    """Whether 几 / 多少 asks a number of days ("几天能拿到", "多少个工作日"), as jieba reads
    the words: 天 standing alone, not the 天 of 天然气 or 天桥."""
    words = [w for w in tokens_of(question) if w != "个"]
    return any(
        w == "几天" or w in ("天", "工作日") and i and words[i - 1] in ("几", "几个", "多少")
        for i, w in enumerate(words)
    )


# "几点开门", "首班和末班分别是几点": a clock time answers it ("6:00", "早7时"), not a year.
_ASKS_CLOCK = re.compile(r"几点(?!建议|意见|措施|要求|做法|办法|考虑|工作)")
_CLOCK = re.compile(
    r"\d{1,2}\s*[:：]\s*\d{2}|(?<![\d.])\d{1,2}\s*[点时](?![间期候])|"
    r"(?:早上?|晚上?|上午|下午|中午|凌晨|夜间?)[一二三四五六七八九十两]{1,3}[点时]"
)


# "多久开一次会", "几个月开一回", "频次是多少", "how often": how often something is done, which a
# period it is done in answers ("每季度…开展一次", "一年召开4次", "按季度召开", "一月一调度"),
# not the date it began, nor a yearly sum ("每年投入500万元"); "定期" says only that it is
# regular.  (Not "多久能一次性办结", "第一次验收".)
_ASKS_FREQUENCY = re.compile(
    r"(?:多久|多长时间|几[天周月年]|几个月)[^，,。？?]{0,6}?(?<!第)一[次回趟](?!性)|频[次率]|"
    r"(?:一年|每年|每月|每周|每季度?)[^，,。？?]{0,4}?几次|"
    r"\bhow (?:often|frequently)\b|\bhow many times (?:a|per|each) (?:year|month|week|day)\b",
    re.I,
)
_PERIOD = r"(?:年度?|季度|个?月|周|星期|旬|天|日|学期|半年|分钟|个?小时)"
# (a bus's 一班 or 一趟 too: "每15分钟发一班")
_TIMES = r"(?:\d+|[一二两三四五六七八九十])\s*[次回趟班](?!性|级|子|车|主任)"
_FREQUENCY = re.compile(
    # 每季度…开展一次, 一年召开4次, 每两个月一次, 3个月检查一次
    rf"(?:每|一)隔?\s*(?:(?:\d+|[一二两三四五六七八九十半])\s*)?个?\s*{_PERIOD}[^，,。；;]{{0,12}}?{_TIMES}|"
    rf"(?:\d+|[一二两三四五六七八九十半])\s*个?\s*{_PERIOD}[^，,。；;]{{0,6}}?[一1]\s*[次回趟]|"
    # 按季度召开, 每月调度, 一月一调度
    r"(?:每|按)个?(?:季度|月|周|星期|旬|学期)(?:召开|开展|组织|检查|巡查|调度|通报|报送|更新|发布|"
    r"公布|考核|督查|抽检|监测|巡河|巡检)|一[月季周年]一(?:调度|通报|检查|考核|督查|评|报)"
)


def time_units(question: str) -> re.Pattern[str] | None:
    """What answers a question asking when, if narrower than any time: how often ("多久开
    一次会"), a day ("具体哪一天"), a month or day ("哪天"), a duration ("需要多长时间"), a
    clock time ("几点"), a year ("哪一年")."""
    if _ASKS_FREQUENCY.search(question):
        return _FREQUENCY
    day = _DAY if _ASKS_DAY.search(question) else _MONTH if "哪天" in question else None
    clock = _CLOCK if _ASKS_CLOCK.search(question) else day
    if _ASKS_DURATION.search(question) or _asks_days(question):
        return _DURATION
    return _YEAR_STATED if clock is None and _ASKS_YEAR.search(question) else clock


# "哪一年出台", "in what year": a year answers it ("2025年", "明年", "年底前"), not a plan
# period ("十四五时期") nor a duration.
_ASKS_YEAR = re.compile(r"哪一?年(?!级)|什么年份|\b(?:which|what) year\b", re.I)
_YEAR_STATED = re.compile(
    r"\d{4}\s*年|[〇○零一二]{2}[〇○零一二三四五六七八九]{2}年|[今明去前后同次当翌]年|本年度|年底|年内|年初|"
    r"\d{4}\s*[-/.]\s*\d{1,2}"
)


def relative_years(question: str) -> frozenset[int]:
    """The years the question names from the letter's (今年 0, 去年 -1, 明年 1)."""
    return frozenset(_OFFSET[m.group("day")] for m in _RELATIVE_YEAR.finditer(question))


# A year a question names: before 年, or after an English preposition ("in 2017"), not an
# amount ("每月2000元", "1990户") or a code (S2019).
_YEAR_NAMED = re.compile(
    r"(?<![\dA-Za-z.])((?:19|20)\d{2})\s*年|"
    r"\b(?:in|by|of|for|since|during|from|until|through|before|after|year)\s+((?:19|20)\d{2})\b",
    re.I,
)
# Years a letter writes as a span ("2019—2021年", "2019-2021年") or in Chinese numerals.
_SPAN = re.compile(r"((?:19|20)\d{2})\s*(?:年)?\s*[-—–~～至到]\s*((?:19|20)\d{2})")
_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")
_CN_YEAR = re.compile(r"[一二][〇零○一二三四五六七八九]{3}(?=年)")


def year_unheld(question: str, text: str, date: str | None) -> bool:
    """Whether the question names a year the letter (`text`, dated `date`) neither writes
    (as digits, in Chinese numerals, inside a span) nor means by 今年 / 去年 / 明年: "What
    were Danyang's eyewear exports in 2017?" of a letter that gives 2018's.  An undated
    letter that speaks of 今年 may mean any year."""
    asked = {int(a or b) for a, b in _YEAR_NAMED.findall(unicodedata.normalize("NFKC", question))}
    if not asked:
        return False
    written = unicodedata.normalize("NFKC", text)
    own = int(date[:4]) if date and date[:4].isdigit() else None
    years = {int(y) for y in years_in(written, own)}  # (今年, 去年 … from its date)
    years |= {int(y.translate(_CN_DIGITS)) for y in _CN_YEAR.findall(written)}
    for start, end in _SPAN.findall(written):
        years |= set(range(int(start), int(end) + 1)) if int(end) - int(start) < 20 else set()
    if own is None:
        return "今年" not in written and not asked & years
    years |= {own, own - 1} if "上年" in written else {own}
    return any(y not in years for y in asked)


# A part of a year: a half (上半年, "first half"), a quarter (一季度, 第三季度, "Q3").
_PART_OF_YEAR = re.compile(
    r"(?P<half>[上下])半年|第?(?P<quarter>[一二三四1-4])季度|"
    r"\b(?P<en_half>first|second) half\b|\bQ(?P<en_quarter>[1-4])\b|"
    r"\b(?P<en_q>first|second|third|fourth) quarter\b",
    re.I,
)
_PART_NUMBER = str.maketrans("一二三四上下", "123412")
_EN_ORDINALS = ("first", "second", "third", "fourth")
_A_FIGURE = re.compile(r"\d")


def parts_of_year(text: str) -> set[str]:
    """The halves and quarters of a year the text names: {"h1"}, {"q3"}."""
    found = set()
    for m in _PART_OF_YEAR.finditer(text):
        if m.group("half") or m.group("en_half"):
            half = (m.group("half") or "").translate(_PART_NUMBER)
            found.add("h" + (half or ("1" if m.group("en_half").lower() == "first" else "2")))
        elif m.group("en_q"):
            found.add("q" + str(_EN_ORDINALS.index(m.group("en_q").lower()) + 1))
        else:
            found.add("q" + (m.group("quarter") or m.group("en_quarter")).translate(_PART_NUMBER))
    return found


def another_part_of_year(
    asked: frozenset[str], sentence: str, figures: re.Pattern[str] | None
) -> bool:
    """Whether the clauses giving the figures asked (any figure when None) are of another
    half or quarter than the one asked ("2020年上半年…共抽检612批次" for 下半年; not a
    "其中第二季度签约项目8个" beside the 一季度 sum)."""
    clauses = re.split(r"[，,；;。]", sentence)
    giving = [c for c in clauses if (figures or _A_FIGURE).search(c)]
    stated = set().union(*map(parts_of_year, giving or [sentence]))
    stated |= parts_of_year(clauses[0])  # (the time the sentence opens with)
    return bool(asked and stated) and not asked & stated
