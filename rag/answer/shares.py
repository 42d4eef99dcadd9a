"""A share or a rate asked ("合格率是多少", "占多大比例", "what is the survival rate") is
answered by a percentage — "46%", "6.1‰", "百分之四十六", "三成", "三分之一", "5个百分点" — not by
any figure the sentence holds: "抢救的黄金时间只有4至6分钟，是提高抢救成功率的有效办法"
names the rate and states no share.

    asks_share("洪泽区去年抽检小龙虾，合格率是多少？")     # True
    asks_share("丽水市今年在全省率先出台了什么方案？")     # False: 率先 is "first"
    PERCENT.search("抽检合格率达到98.6%")                 # a match
"""

from __future__ import annotations

import re

from rag.answer.counting import FIGURE

# Asked in Chinese: a rate or share noun before the question word ("覆盖率提高到多少",
# "流失比例有多少"), "占多大比例", "百分之几", "几成".
_ZH = re.compile(
    r"(?:(?<!功)(?<!容积)(?<!频)(?<!效)(?<!汇)率(?![先领队])|比例|比重|占比|百分比)"
    r"(?:各|分别|现在|目前|能|要|将)?(?:是|为|有|达到?|提高到|提升到|升到|降到|降至|稳在)?"
    r"(?:多少|多高|多大|几成|什么水平)|"
    r"占(?:多大|多少)比[例重]|百分之几|几成"
)
# …and in English: "what is the coverage rate", "what share of", "by what percentage",
# "how much of the premium is subsidised".
_EN = re.compile(
    r"\bwhat (?:(?:is|was|are|were) (?:the )?)?(?:(?!(?:doing|to|about|for)\b)[\w-]+(?:'s)? ){0,6}?"
    r"(?<!nightly )(?<!daily )(?<!hourly )(?<!room )(?<!exchange )"
    r"(?:rate|percentage|share|proportion)s?\b(?![\w-])(?! (?:subsid|polic|of return|prices?\b))|"
    r"\bby what percentage\b|"
    r"\bhow much of (?:the|its|their) (?:[\w-]+ ){0,3}?(?:is|was|are|were) "
    r"(?:subsidi[sz]ed|covered|reimbursed|borne)\b|"
    r"\bhow (?:high|large|big) (?:is |was )?(?:a |the )?(?:share|proportion|percentage)\b",
    re.I,
)
# A share as letters state it.
PERCENT = re.compile(
    FIGURE
    + r"(?:%|％|﹪|‰)|百分之|个?百分点|(?<![\d.])[一二三四五六七八九\d]\s*成(?![立为本果员都市功长熟])"
    r"|分之|一半|过半|半数"
)
# Question words: a question that asks more than the share ("有多少，占多大比例", "what was
# the funding, and what share goes to …") is answered by its other figures too.
_ASKING = re.compile(r"多少|几|什么|哪|谁|怎么|如何|多[大高长]")
# (in English, a question word that opens the question or a clause joined by "and": not
# the "when" of "how much of the premium is subsidised when a company buys insurance")
_EN_ASKING = re.compile(
    r"(?:^\W*|[?.!,;]\s*|\band\s+)(?:(?:by|in|on|at|to|for|of|from|with)\s+)?"
    r"(?:what|how|which|who|when|where)\b",
    re.I,
)
# A sum asked beside the rate ("效率提升后能节省多少钱"): a sum, not a share.
_MONEY = re.compile(r"多少钱|几块钱|多少元|\bhow much money\b", re.I)


def asks_share(question: str) -> bool:
    """Whether the question asks a share or a rate, and nothing else (each of its question
    words asks one: "保费县财政出几成？养蚕的自己掏几成？"), which a percentage answers."""
    if _MONEY.search(question):
        return False
    shares = len(_ZH.findall(question)) + len(_EN.findall(question))
    asking = len(_ASKING.findall(question)) + len(_EN_ASKING.findall(question))
    return shares > 0 and asking == shares
