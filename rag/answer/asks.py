"""What a question asks for when it asks for a figure or a date, and whether a sentence
gives it: "多少家" needs a count of 家, "增长了多少" any figure, "什么时候" a date, and a
figure stated for another year than the one asked about is not an answer.

    asks = asks_for("2024年全市技术合同交易额是多少？")
    asks.kind                                   # "count"
    asks.answered_by("2023年,全市技术合同交易额同比增长54.3%")   # False: another year
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rag.answer import query
from rag.answer.charges import (
    asks_paid,
    asks_whether_charged,
    charge_asked,
    charge_stated,
    charged,
    earned_asked,
    earned_in,
    given_in,
    money_asked,
)
from rag.answer.counting import (
    ADDED,
    ASKS_CHANGE,
    CHANGE,
    FIGURE,
    ONE_OFF,
    RATE,
    SHORT_PERIODS,
    WHOLE,
    figures_in,
    form_asked,
    kin_near,
    levels_in,
    measured,
    people_asked,
    period_asked,
    periods_stated,
    read_in,
    units_asked,
)
from rag.answer.dates_asked import (
    TIME,
    YEAR,
    another_part_of_year,
    asks_time,
    parts_of_year,
    relative_years,
    time_units,
    times_named,
    years_in,
)
from rag.answer.measure_words import asked_classifier, counted_nouns, in_its_measures, own_phrase
from rag.answer.per_unit import PER_UNIT, asks_per_unit, other_unit_stated, per_unit_asked
from rag.answer.places import (
    BRAND,
    PlaceAsked,
    brand_asked,
    compared_places,
    names_compared,
    place_asked,
)
from rag.answer.posts import asks_person, names_in, post_asked
from rag.answer.proposed import request_blanked
from rag.answer.query import list_phrases
from rag.answer.shares import PERCENT, asks_share

# "哪几项行动" asks which ones, not how many; "这几年"/"近几年"/"好几家" mean a few; no bare year;
# nor a share a yes-no question is about ("提高返还比例，…能定吗").
_ASKS_COUNT = re.compile(
    r"多少|(?<![哪这那近前好去])几(?!点)|多大|多高|多长|多快|多宽|多远|多深|多重|"
    r"(?:比例|比重|占比)(?![^？?]*吗)|(?:知道|告诉|了解)[^？?]*(?:比例|比重|占比)|增长率|百分之|"
    r"\bhow (?:much|many|fast|large|big|long|high|deep|tall|heavy)\b|"
    r"\bhow (?:wide|far) (?:is|are|was|were|will|would) (?:the|a|an|it)\b(?! coverage| scope)|"
    r"\bby how much\b|"
    # a measured quantity: "what was the ammonia nitrogen concentration", "Jurong's output"
    r"\bwhat (?:is|was|are|were) (?:the |(?:[\w-]+ ){0,2}[\w-]+['’]s )"
    r"(?:(?!(?:on|about|of|for|to|in) )[\w.-]+ ){0,3}?"
    r"(?:concentration|density|water level|height|depth|output|capacity)(?![\w-])|"
    r"\bwhat (?:percentage|share|proportion|number)\b|\bwhat (?:was|is) the total\b|"
    # a rate or share asked of something ("what was the county's survival rate in 2011"), not
    # what is done about one ("what is the city doing to raise the employment rate")
    r"\bwhat (?:is|was|are|were) (?:(?!(?:doing|to|about|for)\b)[\w-]+(?:'s)? ){0,6}?"
    r"(?:rate|percentage|proportion|ratio)s?"
    r"\b(?![\w-])(?! (?:subsidy|subsidies|policy|policies|of return))|"
    # "what interest rate does the loan charge"
    r"\bwhat (?:[\w-]+ ){1,2}(?:rate|ratio)s? (?:does|do|did|will|would)\b|"
    # "What's the budget for …" asks for an amount as surely as "how much".
    r"\bwhat(?:'s| is| was| are| were) the (?:budget|cost|price|fee|funding|amount)s?\b",
    re.I,
)
# An English question asking whether ("do the departments have a budget for it?", after a
# clause: "According to the bureau, is there a fee?") or why, with nothing asking how much
# or what. (not a request: "Could you tell me the budget…", "Is the cost mentioned?")
_EN_WHETHER = re.compile(
    r"^(?:[^?,]*,\s*)?(?:why|do|does|did|is|are|was|were|will|would|can|could|has|have|had|should)"
    r"\b(?! you\b)(?![^?]*\b(?:how|what|which|when|where|who|mentioned|stated|given|listed|"
    r"specified|enough)\b)",
    re.I,
)
# 几 also means "a few" where another word asks ("几个部门一共拿出多少钱", "有几家参加吗").
_OTHER_QUESTION = re.compile(r"什么|哪|谁|怎么|怎样|如何|为什么|为何|为啥|咋|多少|是否|吗")
_JI = re.compile(r"(?<![哪这那近前好去])几")
_QUESTION_END = re.compile(r"(?<=[？?。！!])")
# A figure: neither a year (not "2000亩") nor part of a date ("5月23日", "2024-10-12") nor a
# name ("5G", "4A"; "30MW" is a figure); in numerals, one a measure word follows ("三所").
_YEAR = r"(?:19|20)\d{2}(?![\d.])(?:\s*年|(?!\s*[\u4e00-\u9fff]))"
_DIGITS = rf"(?<![\d.\-])(?!{_YEAR})\d+(?:\.\d+)?(?![\d.\-])"
_NOT_A_NAME = r"(?!\s*[A-Z](?![A-Za-z]))"
_COUNTED_BY = r"(?=[个项家名人级层类次所条座部台倍批种处期辆张栋位份篇轮])"
_NUMERALS = r"[一二两三四五六七八九十百千万]+(?:余|多)?"
_NON_YEAR_NUMBER = re.compile(rf"{_DIGITS}(?!\s*[月日号]){_NOT_A_NAME}|{_NUMERALS}{_COUNTED_BY}")
# English "how many …" with no unit of its own counts things: a sum in yuan ("30万元") or a
# share ("46%") is no answer, nor a one-off (一次性奖励).
_HOW_MANY = re.compile(
    r"\bhow many\b(?![^?]*\b(?:yuan|rmb|percent|percentage)\b|[^?]*%)", re.I
)  # "how many yuan", "how many percentage points" ask a sum or a share
_THINGS = re.compile(
    rf"{_DIGITS}(?!\s*[月日号%％﹪])(?!\s*(?:[万亿]\s*)?元)(?!\s*个?百分点){_NOT_A_NAME}"
    rf"|{_NUMERALS}(?!次性){_COUNTED_BY}"
)
# A period asked as a span ("近一个月受理了多少"), or hours in a day: not a rate's period.
_SPAN = re.compile(
    r"(?:近|最近|过去|这|前|上|within|in the (?:past|last))\s*(?:一|1|a|one)\s*个?\s*"
    r"(?:月|天|周|month|day|week)",
    re.I,
)
_HOURS = re.compile(r"(?:几|多少)个?小时|多长时间|\bhow many hours\b", re.I)
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")  # "2,150 posts" gives 2150
# A figure the question gives, and the words after it: what it counts ("5100个公共充电桩").
_GIVEN = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])\s*(?:[个项家名人位所座条户辆台亩万亿元米多余]|公里)*"
    r"([\u4e00-\u9fff]{0,6})"
)


@dataclass(frozen=True)
class Asks:
    """A figure or a time the question asks for, and the years it asks about."""

    kind: str | None  # "count", "time", "person", "place", "brand", "compare", "charge" or None
    units: re.Pattern[str] | None
    years: frozenset[str]
    # What a count counts ("多少家生物医药企业" → 生物医药, 企业): a word of it by the figure.
    counted: tuple[str, ...] = ()
    place: PlaceAsked | None = None  # the kind of place asked ("哪个村")
    # How the figure must be stated: per unit ("每个园区分到多少" is not answered by a
    # total), as a change or comparison ("和上一年相比多了几个" is not answered by this
    # year's count), as an addition ("再新增多少个" is not answered by "共有65个").
    stated_as: re.Pattern[str] | None = None
    # Plan periods the question names itself ("十四五规划什么时候发布"): no answer.
    named_times: frozenset[str] = frozenset()
    # Places it compares with ("跟杭州比", "compared with Changsha"): the answer names one.
    compared: tuple[str, ...] = ()
    # the post a person is asked for by ("局长", or a letter's words for "general manager")
    post: tuple[str, ...] = ()
    people: frozenset[str] = frozenset()  # names the question says itself: not the one asked
    # What a figure asked without a unit measures ("绿地有多大": 绿地, by an area).
    measured: tuple[str, re.Pattern[str]] | None = None
    # Years asked from the letter's ("今年新建了多少": 0), and figures the question gives
    # itself ("新增的5100个充电桩里快充桩有多少"), which answer nothing.
    relative: frozenset[int] = frozenset()
    given: frozenset[tuple[str, str]] = frozenset()
    # The period a rate is asked for ("每人每年", "一个月多少钱"): one stated for another
    # period ("每人每月300元") is another figure.
    period: str | None = None
    per: str | None = None  # the unit a share is asked for ("每户" → 户)
    levels: frozenset[str] = frozenset()  # 国家级 of "几个国家级工作站": 省级 ones are others
    span: bool = False  # the period is a span or holds hours, not a rate's: none need be said
    # The one kind of sum asked ("保费", "租", "门票"): the figure in yuan is that sum.
    charge: tuple[str, ...] = ()
    paid: bool = False  # a sum someone pays ("自己要掏多少", "一套多少钱"): no subsidy given
    spent: bool = False  # a sum spent or charged, not earned: no income answers it
    halves: frozenset[str] = frozenset()  # the halves or quarters of a year asked ("h2")

    def answered_by(self, sentence: str, before: str = "", year: int | None = None) -> bool:
        """Whether the sentence gives the figure/time; `before` is the passage text before
        it, where the year a figure belongs to is often stated ("2023年,…。…增长54.3%");
        `year` is the letter's, which its 今年 / 去年 / 明年 mean."""
        if self.kind is None:
            return True
        if self.compared and not names_compared(sentence, self.compared):
            return False
        if self.kind == "compare":
            return True
        if not (self._states(sentence, before) and self._stated_so(sentence)):
            return False
        if another_part_of_year(self.halves, sentence, self.units):
            return False  # "2020年下半年抽检了多少批" is not "2020年上半年…612批次"
        asked = self.years | {str(year + o) for o in self.relative if year is not None}
        if not asked:
            return True
        if not self.years and self.relative == {0} and not years_in(before + sentence, year):
            return True  # 今年 asked: a sentence of no year speaks of the letter's present
        # A figure for another year is not the figure asked for ("2024年…多少" vs "2023年,…"):
        # the year it is stated for must be one the question asks about.
        years = years_in(before + sentence, year)
        return bool(years) and years[-1] in asked or bool(set(years_in(sentence, year)) & asked)

    def _states(self, sentence: str, before: str = "") -> bool:
        """Whether the sentence states a fact of the kind asked."""
        if self.kind == "time":
            times = (self.units or TIME).finditer(sentence)
            return any(m.group() not in self.named_times for m in times)
        if self.kind == "person":
            named = not self.post or any(post in sentence for post in self.post)
            return any(n not in self.people for n in names_in(sentence)) and named
        if self.kind == "brand":
            return bool(BRAND.search(sentence))
        if self.place is not None:
            return self.place.answered_by(sentence)
        if self.kind == "charge":
            return charge_stated(sentence, self.charge)
        if (
            self.measured
            and (rate := RATE.search(self.measured[0]))
            and not _states_rate(rate.group(), sentence)
        ):
            return False  # a rate asked (回捕率) is stated as one: not a catch "不足…三分之一"
        if self.units is not None:
            return any(
                self._counts(sentence, m)
                and charged(self.charge, self._near(sentence, m), before, sentence[: m.start()])
                and not (self.paid and given_in(sentence, m))
                and not (self.spent and earned_in(sentence, m))
                and not self._given(m)
                for m in figures_in(sentence, self.units, self.counted)
            )
        return any(not self._given(m) for m in _NON_YEAR_NUMBER.finditer(sentence))

    def _stated_so(self, sentence: str) -> bool:
        """Whether the figure is stated as asked: per unit, as a change or an addition, for
        the period.  A rate's unit and period are read in the figure's own clause: "服务时间
        为每天8:00至22:00，年度购买服务经费38万元" states neither a fee per use nor a daily one."""
        own = read_in(PER_UNIT, sentence, self.units, self.counted)
        if self.stated_as is not None:
            where = read_in(self.stated_as, sentence, self.units, self.counted)
            if self.stated_as is PER_UNIT and self.period is None:  # (每年 is how often, not
                # per what: "每年安排…500万元" prices no 一斤; "农户每年补贴300元" answers 每户每年)
                where = [_EVERY_PERIOD.sub("", c) for c in where]
            if not any(self.stated_as.search(c) for c in where):
                return False
        if self.per is not None and other_unit_stated(self.per, sentence):
            return False
        if self.period is None:
            return True
        if all(ONE_OFF.search(c) and self.period not in periods_stated(c) for c in own):
            return False  # "一次性补助18万元" is no yearly or monthly rate ("每年…一次性" is)
        stated = set().union(*map(periods_stated, own))
        # a monthly or daily figure is said to be one; not a span ("近一个月受理了多少"), nor
        # hours in a day ("每天开放几个小时": "9:00至21:00，共12个小时")
        if not stated and self.period in SHORT_PERIODS and not self.span:
            # in its clause or its sentence ("补贴按月发放，标准为900元")
            return self.period in periods_stated(sentence)
        return not stated or self.period in stated

    def _given(self, figure: re.Match[str]) -> bool:
        """Whether the figure is one the question states itself, of the same thing: "全市12
        个乡镇" does not give the "卫生院12个" a letter counts."""
        number = re.match(r"\d+(?:\.\d+)?", figure.group().strip())
        if number is None:
            return False
        near = figure.string[max(0, figure.start() - 12) : figure.end() + 8]
        return any(
            given == number.group()
            # (a whole the question takes a part of, "那7000多万元里", is given whatever it is)
            and (
                not what
                or what[0] in "里中"
                or any(what[i : i + 2] in near for i in range(len(what) - 1))
            )
            for given, what in self.given
        )

    def measures(self, sentence: str) -> bool:
        """Whether the sentence measures the thing asked, itself, not the whole place's."""
        if self.measured is None:
            return False
        thing, figures = self.measured
        return thing in sentence and bool(figures.search(sentence)) and not WHOLE.search(sentence)

    def _counts(self, sentence: str, figure: re.Match[str]) -> bool:
        """Whether the figure counts the thing asked: a word of it stands near ("引进企业23家")."""
        if not self.counted:
            return True
        near = self._near(sentence, figure)
        own = own_phrase(sentence, figure)  # "设…等6个分站" counts no dragon-boat teams
        if (
            own
            and not any(word in own for word in self.counted)
            and not kin_near(self.counted, own)
        ):
            return False
        if self.levels and (stated := levels_in(near)) and not self.levels & stated:
            return False
        return any(word in near for word in self.counted) or kin_near(self.counted, near)

    @staticmethod
    def _near(sentence: str, figure: re.Match[str]) -> str:
        """The figure with what it may be of: the words before it in its sentence, its clause
        after it, and what follows an attribute's 的 ("近1000名具有…能力的企业科技人员")."""
        start = max(0, figure.start() - _COUNTED_NEAR)
        before = _SENTENCE_END.split(sentence[start : figure.start()])[-1]
        clause = _CLAUSE_END.split(sentence[figure.end() :])[0]
        after = clause[:_COUNTED_NEAR] + clause[clause.rfind("的") + 1 :][:_COUNTED_NEAR]
        return before + figure.group() + after


# The counted thing is named at most this many characters from the figure: before it in
# its sentence ("培训技术经纪人…，共460人次"), after it in its clause ("8个以…为主导产业的
# 国家现代农业产业园").  A measure of how letters write counts, not read off a Q&A set.
_COUNTED_NEAR = 24
_CLAUSE_END = re.compile(r"[，,；;。：:！!？?]")
_SENTENCE_END = re.compile(r"[；;。！!？?]")


def asks_for(question: str, years_from: str | None = None) -> Asks:
    """What `question` asks for; the years come from `years_from` when it names any (a
    follow-up "那2024年呢？" asks the previous question about another year), and the
    places it compares with, which the answer must name. What the user wrote (`years_from`,
    not the previous answer a follow-up is read with) gives the figures it states itself."""
    asks = _asks_for(request_blanked(question), years_from)  # (not the request's 多少)
    own = years_from or question
    if not asks.years:
        relative = relative_years(own)
        asks = replace(asks, relative=relative)
    given = frozenset(_GIVEN.findall(_THOUSANDS.sub("", own)))
    asks = replace(asks, given=given, halves=frozenset(parts_of_year(own)))
    if asks.kind == "count":
        family = per_unit_asked(own)
        span = bool(_SPAN.search(own) or _HOURS.search(own))
        asks = replace(asks, period=period_asked(own), per=family, levels=levels_in(own), span=span)
    compared = compared_places(question)
    if not compared:
        return asks
    return replace(asks, kind=asks.kind or "compare", compared=compared)


def _asks_for(question: str, years_from: str | None = None) -> Asks:
    years = frozenset(YEAR.findall(question))
    if years_from and YEAR.search(years_from):
        years = frozenset(YEAR.findall(years_from))
    if asks_time(question):
        return Asks("time", time_units(question), years, named_times=times_named(question))
    stated_as = form_asked(question, per_unit=asks_per_unit(question))
    # "要交领养费吗", "要收费吗？收多少？": said to be free, or what it costs
    if asks_whether_charged(question):
        return Asks("charge", None, years, charge=charge_asked(question))
    # "新建公厕投资多少" asks the cost, not what was added; "what share of the premium do
    # growers pay" asks a share
    money = money_asked(question)
    if money and not asks_share(question) and not _EN_WHETHER.match(question):
        form = stated_as if stated_as is not ADDED else None
        charge, paid = charge_asked(question), asks_paid(question)
        spent = not earned_asked(question)  # "建一亩要花多少钱" is not 亩均纯收入
        return Asks("count", money, years, stated_as=form, charge=charge, paid=paid, spent=spent)
    if asks_person(question) and not query.fields_asked(question):
        if query.detect_intent(question) != query.META:
            people = frozenset(names_in(question))  # (黄梅 of "黄梅挑花…传承人叫什么")
            return Asks("person", None, years, post=post_asked(question), people=people)
    place = place_asked(question)
    if brand_asked(question) and place is None:  # ("what brand or supplier": a firm)
        return Asks("brand", None, years)
    # "哪几个园区分别是多少亩" asks the figures; the parks come with them
    if place and not query.fields_asked(question) and not _ASKS_COUNT.search(question):
        return Asks("place", None, years, place=place)
    question = _without_indefinite_ji(question)
    # "一共几大块？各是什么？" counts items of a list, which the list itself answers.
    if not _ASKS_COUNT.search(list_phrases().sub("", question)):
        # "how does its coverage compare with the provincial average" asks a comparison
        change = stated_as is CHANGE and ASKS_CHANGE.search(question)
        return Asks("count" if change else None, None, years, stated_as=stated_as)
    units, unit_end = _count_units(question)
    counted = counted_nouns(question, unit_end) if unit_end else ()
    units = in_its_measures(units, question[unit_end - 1 : unit_end], counted, FIGURE)
    measures = None if unit_end or counted else measured(question)
    return Asks("count", units, years, counted, stated_as=stated_as, measured=measures)


def _count_units(question: str) -> tuple[re.Pattern[str] | None, int]:
    """The figures a count is asked in, and where its measure word ends (0 for none)."""
    # "哪几类？一共几类？": the list's length, which the list answers in whatever measure
    units, unit_end = units_asked(question) if not query.asks_list(question) else (None, 0)
    if units is None and not query.asks_list(question) and (own := asked_classifier(question)):
        units, unit_end = re.compile(f"{FIGURE}(?:{own[0]}|个)"), own[1]  # 186支, 8个
    if units is None and (people := people_asked(question)):
        units = people  # "接待了多少游客": people, in whatever measure a letter counts them
    elif units is None and _HOW_MANY.search(question):
        units = _THINGS  # "how many guesthouses": a count of things, not a sum or a share
    elif units is None and asks_share(question):
        units = PERCENT  # "合格率是多少": a percentage, not the sentence's other figures
    return units, unit_end


_EVERY_PERIOD = re.compile(r"每(?:个)?(?:年度?|月|日|天|周|季度?|学期)")


def _without_indefinite_ji(question: str) -> str:
    """The question without the 几 of sentences that ask something else."""
    return "".join(
        _JI.sub("", part) if _OTHER_QUESTION.search(_JI.sub("", part)) else part
        for part in _QUESTION_END.split(question)
    )


def _states_rate(rate: str, sentence: str) -> bool:
    """Whether the sentence states a rate, or a share of what the rate is of ("增长率":
    "同比增长6.5%"; "参保率": "参保比例达98.5%")."""
    return "率" in sentence or any(rate[i : i + 2] in sentence for i in range(len(rate) - 2))
