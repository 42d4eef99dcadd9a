"""Whether a question asks an amount of money, which charge it asks about, and whether it
asks if there is one at all.

"每棵树一年交多少保费" asks the premium: a sum insured beside it ("每株保险金额5万元") is
another sum. "扬州老字号门店一个月租金多少" asks a rent: the sector's turnover in the same
sentence ("营业收入18.7亿元，…面临门店租金上涨") is no rent. "要交领养费吗" asks whether an
adoption is charged for: a count of adoptions does not say.

    charge_asked("每个孩子每月的保教费收多少？")        # ("保教费",)
    charge_named("保教费", "保育教育费每生每月收取800元")  # True: the same fee, written out
    charge_named("保费", "每株保险金额5万元")               # False: a sum insured
    asks_whether_charged("灯光球场晚上去打球收不收钱？")   # True
    charge_stated("灯光球场免费向群众开放。", None)         # True
"""

from __future__ import annotations

import re

from rag.answer.bilingual import chinese_candidates
from rag.answer.counting import CLAUSES, FIGURE
from rag.answer.terms import RATE_MEASURES
from rag.answer.words import tagged

# An amount of money: what 多少/几 counts is money ("多少钱", "多少财政钱", "几万元"), or the
# noun asked about is one by its form — a fee 费, a price 价 (not 评价), funds 金/款 (not 金融),
# 预算, 投资, 补贴/补助 — right before the question word ("保教费是多少"). Only a figure in
# yuan answers it.
ASKS_MONEY = re.compile(
    # money named after the question word ("多少建设资金"), not a count of people or
    # households who got it ("多少人获得奖金", "多少户领到了补助")
    r"(?:多少|几)(?![个人户家名位项所村条次件起])[^。？?，,、]{0,4}?"
    r"(?:钱|资金|经费|(?<![消免浪])费(?!者)|奖金|补[贴助]|投资|预算|工资|薪[酬资水]|租金|欠[薪款](?![投案企户人])|工钱"
    r"|税)|"
    r"挣(?:多少|几)|"
    r"(?:多少|几)\s*[千百万亿]*\s*(?:(?:美|欧|港|日)?元|块钱)|"
    r"(?:(?<![消免浪])费|(?<!评)价|金(?!融)|款|预算|投资|补[贴助]|工资|薪[酬资水])[^。？?，,、的]{0,4}(?:多少|几)(?!成)|"
    # a turnover or an output asked itself ("营业额有多少"), not its change ("交易额增长了多少")
    r"(?:(?:营业|销售|交易|成交|出口|合同)额|营收|产值)(?:一共|总共|大约|大概)?(?:是|有|为|达到?)?多少"
    r"(?!.*(?:比重|占比|比例|百分))|"  # (not a share asked beside it: "占全市比重多少")
    # "要收费吗？收多少？": the charge asked after whether there is one
    r"收费[^。]{0,8}?收多少|"
    # "一副补多少": the verb 补 asks a subsidy's amount (not "补种多少亩")
    r"补(?:多少|几)(?![个人户家名位项所村条次亩])|"
    # (not "in charge of", "free of charge", nor a compound's "target-price insurance"; nor
    # what is done about a charge: "what water fee relief do poor households get")
    r"(?<!-)\b(?:fee|fees|price|prices|cost|costs|fine|fines|budget|fare|fares|premiums?|tuition|"
    r"(?<!in )(?<!of )charges?)\b(?!-)(?! (?:relief|waivers?|exemptions?|reductions?|polic(?:y|ies))\b)"
    r"|\bhow much (?:\w+ )?(?:money|does it cost|will it cost)\b"
    # "how much is each instructor paid", "how much was invested"
    r"|\bhow much (?:[\w'-]+ ){0,9}?(?:paid|pays?|earns?|earned|spent|invested)\b"
    # "how much is a ticket", "how much does a kilogram sell for": a price
    r"|\bhow much (?:is|was) (?:an?|one|each)\b|\bhow much (?:[\w'-]+ ){0,9}?(?:sells?|sold) for\b"
    # "what do drivers pay per kWh", "what will villagers pay once …"
    r"|\bwhat (?:do|does|did|will|would|must|should) (?:[\w'-]+ ){1,6}?pay\b"
    r"(?! attention)(?! for\s*(?:\?|$))"  # (not "what will the subsidy pay for?")
    # pay asked as an amount ("how much is the wage", "what is the minimum wage"), not
    # pay as a topic ("what is being done about wages")
    r"|\b(?:how much|what(?:'s| is| was| are| were) the)\b(?: \w+){0,4}? "
    r"(?:wage|salary|salaries|allowance|rent|pay|pension)s?\b(?! polic(?:y|ies))",
    re.I,
)
# (in any currency: an export sum is often in dollars, "12.5亿美元")
MONEY = re.compile(FIGURE + r"(?:美|欧|港|日)?元|[￥¥$]\s*\d|(?:USD|US\$)\s*\d")
# A sum asked in another currency is answered in it ("出口额是多少美元"): the figures in it.
_OTHER_CURRENCY = re.compile(r"(?:多少|几)\s*[千百万亿]*\s*(?P<currency>[美欧港日])元")
# A spending verb ending its clause asks a sum where the question speaks of money: "那7000
# 多万元里，2022年投了多少？" (not "共享单车投了多少", "警力投入了多少").
_SUM_SPENT = re.compile(
    r"^(?=.*?(?:元|资金|经费|钱|财政))[^？?]*?(?:投入?|投资|花费?|拨付?|支出|支付|出资)了?(?:多少|几)"
    r"(?=\s*(?:[？?。，,！!]|$))"
)


# An English question asking what is done about something ("what does the bureau plan to
# do about price information", "what steps …") asks deeds, whatever money word it holds.
_EN_DEEDS = re.compile(r"\b(?:do|doing|done) about\b|\bwhat (?:measures|steps|actions)\b", re.I)
_EN_HOW_MUCH = re.compile(r"\bhow much\b|\bwhat(?:'s| is| was| are| were) the\b", re.I)


def money_asked(question: str) -> re.Pattern[str] | None:
    """The figures that answer the amount of money the question asks (`MONEY`, or those in
    the currency it names: "多少美元"), or None when it asks none."""
    if not (ASKS_MONEY.search(question) or _SUM_SPENT.search(question)):
        return None
    if _EN_DEEDS.search(question) and not _EN_HOW_MUCH.search(question):
        return None
    other = _OTHER_CURRENCY.search(question)
    return re.compile(FIGURE + f"{other['currency']}元") if other else MONEY


# A word for one kind of sum paid: a fee (保教费, 领养费, 水费), a price (票价, 价格; not
# 评价, 价值), a rent, a ticket, a prize, a deposit, a fine, a premium.  (Not a wage: 工资
# is as often written 收入 or 月薪.)
_CHARGE_WORD = re.compile(r"费|(?<!评)价(?!值|位|比)|租|票|奖金|押金|保证金|罚款|罚金|利息|税")
# Words for money in general, or for charging as such: any sum in yuan is one of them.
_GENERAL = frozenset(
    "费 费用 收费 交费 缴费 付费 经费 花费 运营费 价钱 钱 车钱 资金 投资 预算 成本".split()
)
# Not a sum paid: 免费 / 消费 / 浪费 / 物价 / 股票 are other things.
_NOT_A_CHARGE = re.compile(r"免费|消费|浪费|物价|股票|彩票|选票|投票|票数|出租|租赁|租用|承租|减免")
# A period or a measure before the noun is the rate's, not the charge's ("月租金", "每亩水费").
_RATE_PREFIX = re.compile(rf"^(?:每|一)?(?:个)?(?:年|月|日|天|周|季度|学期|{RATE_MEASURES})")
# Characters that may stand between two of the asked noun's ("保教费" as 保育教育费, "停车费"
# as 停车收费): a letter writes a fee's name out in full.
_GAP = 3


def charge_asked(question: str) -> tuple[str, ...]:
    """The nouns of the one kind of sum the question asks about, in their core form ("月租金"
    → 租, "价格" → 价, "领养费"; "insurance premium" → 保费), or none when it asks money in
    general ("多少钱", "经费", "how much does it cost")."""
    english = _EN_CHARGE.search(question)
    if english:
        phrase, head = english.group(0), english.group("head")
        senses = chinese_candidates(phrase) if phrase != head else []
        if not senses and not _ANY_CHARGE.fullmatch(head):
            senses = chinese_candidates(head)  # "rent" → 租金, not "fee" → 学费
        senses = senses[:_SENSES]
        if not senses and " " in head:  # a phrase the dictionary lacks, by its words (奖金)
            senses = [s for word in head.split() for s in chinese_candidates(word)[:_SENSES]]
        return tuple(dict.fromkeys(c for c in map(_core, senses) if c))
    words = tagged(question)
    for i, (word, _) in enumerate(words):
        found = list(_CHARGE_WORD.finditer(word))
        if not found or len(word) > 1 and word in _GENERAL:  # (费用: money in general)
            continue
        noun = word[: found[-1].end()]  # "保教费是" → 保教费
        before, tag = words[i - 1] if i > 0 else ("", "x")
        if len(noun) == 1 and len(before) >= 2 and tag[:1] in ("n", "v"):
            noun = before + noun  # jieba splits off the 费 of 领养费 (not 的价格, 多少费用)
        if core := _core(noun):
            return (core,)
    return ()


def _core(noun: str) -> str | None:
    """A charge's name as letters vary it least ("月租金" → 租), or None for a word that is
    no one kind of sum (专项经费, 费用, 免费, 评价)."""
    if not re.fullmatch(r"[\u4e00-\u9fff]+", noun) or not _CHARGE_WORD.search(noun):
        return None
    if _NOT_A_CHARGE.search(noun) or any(noun.endswith(g) for g in _GENERAL if len(g) > 1):
        return None
    core = re.sub(r"(?<=.)(?:格|金)$", "", _RATE_PREFIX.sub("", noun))  # 价格 → 价, 租金 → 租
    return core if core and core not in _GENERAL else None


# An English charge, with the word before it ("registration fee", "insurance premium"): the
# dictionary's Chinese for the phrase, or for the charge alone ("rent" → 租金).
_EN_CHARGE = re.compile(
    r"\b(?:(?!(?:the|a|an|what|which|how|much|is|are|monthly|annual|yearly|daily|any)\b)[a-z-]+ )?"
    r"(?P<head>fees?|prices?|fares?|rents?|premiums?|tickets?|tuition|tolls?|fines?|deposits?|"
    r"prize money)\b",
    re.I,
)
_ANY_CHARGE = re.compile(r"fees?|prices?", re.I)  # any charge: one in yuan answers it
_SENSES = 8  # the dictionary's first senses of a charge; later ones are rarer words


def _named(core: str) -> str:
    """The charge's characters in order, a few apart, ending on its head or a kin of it (a
    fee as a price; a fee for work as its pay, right after: 劳务费 as 劳务报酬, not 护理费 as
    护理员报酬)."""
    heads = {"费": "费价", "价": "价费"}.get(core[-1], core[-1])
    pay = f"|{''.join(map(re.escape, core[:-1]))}.?酬" if core[-1] == "费" else ""
    return f"{_body(core)}[{re.escape(heads)}]{pay}"


def _body(core: str) -> str:
    """The charge's characters but its head, in order, each a few characters from the next."""
    return "".join(f"{re.escape(c)}.{{0,{_GAP}}}?" for c in core[:-1])


def charge_named(core: str, text: str) -> bool:
    """Whether `text` names the charge asked: its characters in order, a few apart (保教费 in
    保育教育费); a fee or a price alike (水费 as 水价); a ticket by 票 (门票 as 成人票); a
    price by what it is of, stated per unit ("电价" as "用电每千瓦时0.56元"); a fee for work
    as its pay (劳务费 as 劳务报酬)."""
    if re.search(_named(core), text) or ("票" in core and "票" in text):
        return True
    return (
        core[-1] == "价"
        and len(core) > 1
        and re.search(_body(core), text) is not None
        and _PER.search(text) is not None
    )


_PER = re.compile(r"每|[/／]")


def charged(cores: tuple[str, ...], near: str, before: str = "", lead: str = "") -> bool:
    """Whether the words by a figure name the charge asked (if one is), or the sentence
    before it does, which the figure goes on about ("…维护费…调整至963万元。…预计调整后
    每年财政投入将突破1000万元"), or its own sentence does before it (`lead`) with no other
    charge named after ("护林员劳务报酬由…资金支付，标准为每人每年1万元")."""
    last = _SENTENCES.split(before.rstrip("。！!；; \n"))[-1] if before else ""
    return not cores or any(
        charge_named(c, near) or charge_named(c, last) or _named_last(c, lead) for c in cores
    )


def _named_last(core: str, lead: str) -> bool:
    """Whether `lead` names the charge, and no other charge or sum spent after it (投资)."""
    named = list(re.finditer(_named(core), lead))
    rest = lead[named[-1].end() :] if named else ""
    return bool(named) and not (_CHARGE_WORD.search(rest) or _SUMS.search(rest))


_SUMS = re.compile("投资|预算|成本|经费")  # (a sum spent; not 资金, which may say who pays)


_SENTENCES = re.compile(r"[。！!；;\n]")


# A question whether there is a charge at all: "收不收钱", "要不要交钱", "要交领养费吗",
# "收费吗", "免费吗", "门票能打半价吗"; "is it free", "do they charge", "is there a fee".
_ASKS_WHETHER = re.compile(
    r"[收交缴花付](?:不|没)[收交缴花付]|要不要(?:[交收缴花付]?钱|[交缴付][^，,。？?]{0,6}费)|"
    r"(?:要|需要|得)[交缴付花]?[^，,。？?]{0,6}?(?:钱|费)吗|(?:收费|免费|收钱|要钱)(?:吗|不|没有)|"
    r"是否(?:收费|免费|要钱|[交缴]费)|有没有优惠(?!政策)|"
    r"打[一二三四五六七八九\d]?折|半价|"  # (not "打几折": that asks the discount)
    r"\bfree (?:of charge|to (?:use|enter|visit|attend))\b|\bis (?:it|there|entry|admission) free\b|"
    r"\b(?:do|does|did|will) (?:\w+ ){1,4}?charge\b|\bis there (?:a|any) (?:\w+ )?(?:fee|charge)\b|"
    r"\b(?:do|does) (?:\w+ ){1,4}?have to pay\b|\bdiscount",
    re.I,
)
# A sentence that says what is charged, or that nothing is.
_STATED = re.compile(
    r"免费|收费|不收|免收|收取|无偿|有偿|付费|缴费|交费|缴纳|交纳|减免|免除|半价|折扣|优惠|"
    r"[一二三四五六七八九\d.]+折"
)
# …or a sum someone pays: charged, paid, or a rate per use ("每次5元"), not a sum spent,
# nor one given ("按每个球场每年1500元的标准给予补助" is what the town pays the villages),
# nor a yearly sum of no charge ("保洁服务合同金额为每年15.6万元": what the town pays a firm)
_SUM_PAID = re.compile(
    r"(?:每(?!年)|收|交|缴|付)[^，,。；;]{0,12}?[\d一二两三四五六七八九十百千万]\s*(?:万|亿)?\s*元"
)
# …or a charge's price, the charge read as `_core` reads one ("门票价格为10元", "体检费为120元",
# "宽带资费为每年360元"; not a budget, 经费, nor a lottery's fund, 体育彩票公益金48万元)
_PRICED = re.compile(
    r"(?P<noun>[\u4e00-\u9fff]{0,4}?(?:费|价|票|租))[^，,。；;]{0,8}?\d+(?:\.\d+)?\s*(?:万|亿)?\s*元"
)
_GIVEN = re.compile(r"补助|补贴|奖补|奖励|资助|扶持")


def _paid_in(clause: str) -> bool:
    """Whether the clause states a sum someone pays (and gives none)."""
    if _GIVEN.search(clause):
        return False
    return bool(_SUM_PAID.search(clause)) or any(_core(m["noun"]) for m in _PRICED.finditer(clause))


def asks_whether_charged(question: str) -> bool:
    """Whether the question asks if something is charged for (or discounted)."""
    return _ASKS_WHETHER.search(question) is not None


def charge_stated(sentence: str, cores: tuple[str, ...]) -> bool:
    """Whether the sentence says what is charged (a sum, free, a waiver), for the charge
    asked when the question names one ("门票能打折吗": a 研学费用 waiver is another)."""
    named = not cores or any(charge_named(core, sentence) for core in cores)
    paid = any(_paid_in(clause) for clause in CLAUSES.split(sentence))
    return named and (_STATED.search(sentence) is not None or paid)


# A sum someone pays for something: out of pocket ("自己要掏多少", "交多少"), or a price
# ("一套多少钱", "多少钱一块", "卖多少钱", "售价") — not a subsidy asked ("每餐补多少").
_PAID = re.compile(
    r"[掏交缴付](?:多少|几)|卖(?:多少|几)|售价|"
    r"一(?:套|台|件|张|本|盏|把|副|份|斤|吨)[^。？?，,]{0,8}?多少钱|多少钱一"
)
_SUBSIDY_ASKED = re.compile(r"补|奖|资助|扶持")


def asks_paid(question: str) -> bool:
    """Whether the question asks a sum someone pays, which no sum given answers: "一套到底多少
    钱" is not answered by "按每套300元给予补助", the subsidy towards it."""
    return _PAID.search(question) is not None and not _SUBSIDY_ASKED.search(question)


# Where a figure's own words end: a clause, a list item ("政府补助3元、家长承担3元"), an
# aside in brackets ("农户自付每套800元（扣除补贴后）").
_OWN_WORDS = re.compile(r"[，,。；;、（(）)]")
# A price after the subsidy ("补贴后售价为2500元") is what is paid.
_AFTER_SUBSIDY = re.compile(r"(?:补贴|补助|奖补)(?:[^，,。；;]{0,6}?)后")


def _own_start(sentence: str, figure: re.Match[str]) -> int:
    """Where the figure's own words begin: after the last clause mark before it."""
    return max((m.end() for m in _OWN_WORDS.finditer(sentence, 0, figure.start())), default=0)


def given_in(sentence: str, figure: re.Match[str]) -> bool:
    """Whether the figure's own words give it (a subsidy, an award), rather than charge it."""
    start = _own_start(sentence, figure)
    end = next((m.start() for m in _OWN_WORDS.finditer(sentence, figure.end())), len(sentence))
    return _GIVEN.search(_AFTER_SUBSIDY.sub("", sentence[start:end])) is not None


# A sum earned, not spent: an income, a gain, an output's value ("亩均纯收入…增加1100元",
# "实现产值3.2亿元") is no cost, price or investment; only a question about earnings asks it.
# (not who earns little: "低收入家庭", "收入较低的可选择每年200元档次"; nor a subsidy named
# after a benefit: "生态效益补偿"; a turnover in 万 or 亿, "通过电商平台销售约7.5亿元", but not
# a price, "销售价格", "销售约5元/斤")
_EARNED = re.compile(
    r"(?<![低少])收入(?![较偏]?低|困难|少)|增收|产值|利润|(?<!生态)收益|营业额|销售额|交易额|营收|创收"
    r"|销售(?:约|达)\s*[\d.]+\s*[万亿]"
)


# …as a question asks it: "能多挣多少钱", "一年成交多少钱", "how much more do growers earn"
_ASKS_EARNED = re.compile(
    r"挣|赚|成交|(?:交易|销售)(?:了|额|量)?多少"
    r"|\bearn|\bincomes?\b|\brevenues?\b|\bprofits?\b|\bturnover\b|\bsales\b|\boutput value\b",
    re.I,
)


def earned(text: str) -> bool:
    """Whether the text speaks of a sum earned (a question asking one, or a figure's words)."""
    return _EARNED.search(text) is not None or _ASKS_EARNED.search(text) is not None


def earned_asked(question: str) -> bool:
    """Whether the question asks a sum earned, or what was sold ("去年一共卖了多少钱"; a
    sentence's "一个车位卖15万元" is a price, not an income)."""
    return earned(question) or _SOLD.search(question) is not None


_SOLD = re.compile(r"卖(?:了|出|掉|得)?(?:多少|几)")  # not 卖粮食的农户, 卖不出去的蔬菜


def earned_in(sentence: str, figure: re.Match[str]) -> bool:
    """Whether the figure's own words state it as earned ("亩均纯收入比改良前增加1100元")."""
    return earned(sentence[_own_start(sentence, figure) : figure.end()])  # (its 亿: a turnover)
