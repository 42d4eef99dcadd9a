"""A figure asked per unit ("每户补多少", "一斤卖多少钱", "平均年龄多少岁"), and the units
letters state figures per ("每部15万元", "户均增收4800元").

    ASKS_PER_UNIT.search("一亩地补多少钱")         # a match: asked per 亩
    unit_family("公斤")                           # "斤": a weight, like 斤 and 千克
    per_units_stated("按每公斤0.3元的价格收购")     # {"斤"}
    asks_per_unit("在岗乡村医生的平均年龄是多少岁？")  # True: an average
"""

from __future__ import annotations

import re

from rag.answer.terms import RATE_MEASURES
from rag.answer.words import tagged

# Asked per household, a share stated for another unit is another figure ("每户" is not
# answered by "每部15万元"); one stated per household, or for no unit, may be it.  A thing
# priced one by one is its own unit (a 套 of desks), and a weight is a weight (斤, 公斤).
_UNIT_FAMILY = {**dict.fromkeys("户家", "户"), **dict.fromkeys("人名位生", "人")}
_UNIT_FAMILY |= {"亩": "亩", **dict.fromkeys("辆台部", "辆"), "所": "所", "座": "座"}
_UNIT_FAMILY |= {u: u for u in "套件张盏把副"} | {"本": "本", "册": "本"}
_UNIT_FAMILY |= {"份": "份", "餐": "份", "顿": "份"}  # a meal: 一份午饭 is 每餐 / 每顿
_UNIT_FAMILY |= {"斤": "斤", "公斤": "斤", "千克": "斤", "克": "斤", "吨": "吨"}
# Units first priced in this family's terms: a figure stated per a unit of no family ("每立方米"
# asked 一吨水, "每方") may be it; one per a unit of another family is not.
_LENIENT = frozenset("套件张盏把副本份斤吨")
_FAMILIES = frozenset(_UNIT_FAMILY.values())
_OWN_ITEMS = {"株": "株", "棵": "株", "幅": "幅"}
_STATED_PER = re.compile(
    r"每(?:一|个)?[\u4e00-\u9fff]{0,2}?(?:一|个)?"  # ("每还田一亩补助60元")
    r"(?P<unit>[户家人名位生亩辆台部所座套件张本册盏把副份餐顿吨斤克])"
    r"|(?P<avg>[户人亩])均"
    # a share per something else ("每个合作社", "每村"), not per a period ("每个月", "每学期")
    r"|每(?:一|个)?(?![年月日天周季学])(?P<other>[\u4e00-\u9fff])"
)


def unit_family(unit: str) -> str | None:
    """The unit a share asked per it is stated by: 户 for 家, 人 for 名 / 位 / 生, 斤 for
    公斤; None for a unit figures are not compared by."""
    return _UNIT_FAMILY.get(unit)


def other_unit_stated(asked: str, sentence: str) -> bool:
    """Whether the sentence states its shares per another unit than the family asked."""
    stated = per_units_stated(sentence)
    if asked in _LENIENT:  # (a unit of no family may be it)
        stated = {unit for unit in stated if unit in _FAMILIES}
    return bool(stated) and asked not in stated


def per_units_stated(sentence: str) -> set[str]:
    """The units the sentence states shares per ("每部15万元" → {"辆"}: a machine's; "每株"
    → {"株"}: a unit of no family)."""
    return {
        _UNIT_FAMILY[m.group("unit") or m.group("avg")] if not m.group("other") else m["other"]
        for m in _STATED_PER.finditer(sentence)
    }


# A figure asked per thing or person, and how letters state one ("每人每月100元", "人均",
# "300元/亩").  Per period ("每学期保教费") is not asked so: a fee is stated without 每.
ASKS_PER_UNIT = re.compile(
    r"每(?P<unit>个|人|户|所|家|名|位|亩|辆|条|座|次|吨|件|台|张|份|单|趟|斤|公斤|千克|平方米|"
    r"立方米?|方|副|栋|套|间|头|只|棵|株|支|批|场|期|本|箱|袋|车|顿|部|公里)"
    r"[^。？?]{0,12}?(?:多少|几)|人均|户均|"  # (over a comma: "每栋古民居，补助多少钱")
    # colloquially 一 for 每 before a unit of measure, a person, a household, a use: "一亩地
    # 补多少钱", "坐一趟多少钱" (not "建一个中心花了多少", one thing's total; not 第一, 一次性)
    rf"(?<![第十\d])一(?P<measure>{RATE_MEASURES})(?!性)[^。？?]{{0,12}}?(?:多少|几)|"
    # a thing bought, priced one by one: "制氧机一台多少钱", "课桌椅一套到底多少钱", "一份
    # 午饭卖多少钱", "一株多少钱", "一幅唐卡卖多少钱", "一米夏布" (not a height: 一米二)
    r"(?<![第十\d建修搞办做])一(?P<item>套|台|件|辆|张|本|盏|把|副|份|株|棵|幅|只|头|"
    r"米(?![\d一二三四五六七八九]))[^。？?，,]{0,8}?多少钱|"
    r"多少钱一(?P<each>套|台|件|辆|张|本|盏|把|副|份|块|个|斤|公斤|吨)|"  # ("多少钱一块")
    r"\b(?:each|per)\b(?! (?:year|month|day|week)\b)|\bon average\b",  # (each month: a period)
    re.I,
)
# (a price is one per unit: "全程票价8元" answers "坐一趟多少钱"; a total 造价 is not)
# ("15元一份", "1元一个", "成人票60元", "一个车位卖15万元", "日均接待1.2万人次" are too;
# "销售8元" is one, "通过电商平台销售约7.5亿元" a turnover)
PER_UNIT = re.compile(
    r"每|[人户年日月周亩村场]均|均[价分]|平均|[/／]\s*[\u4e00-\u9fff]|元\s*一\s*[\u4e00-\u9fff]|"
    r"(?<![总造])价(?:格)?[为是约在]?\s*\d|票(?:价)?[为是约]?\s*\d|(?<!销)[卖售](?:价)?[为是约在]?\s*\d"
    r"|销售[约为]?\s*\d+(?:\.\d+)?\s*元"
)
# An average asked ("平均年龄是多少岁", "平均每天接待多少人"): a figure stated as one, not a
# count beside it ("60岁以上的132名"); not an average compared with ("比全省平均高多少").
_ASKS_AVERAGE = re.compile(
    r"(?<![比较])(?<!比全[省市国])(?<!高于|低于|超过)平均(?!分配|分摊|分到|分给)"
    r"[^。？?，,]{0,8}?(?:多少|几)"
)


# One of a thing sold or charged for, in any measure word jieba reads with 一 ("一盒卖多少钱",
# "一个竹编篮子卖多少钱", "一袋零售多少钱", "一个人收多少钱"): its price, not a total; not the
# cost of one thing built or of all at once ("建一座桥要多少钱", "统一收取多少钱").
# A sum asked in total ("一共补了多少钱", "in total"), or the cost of building the one thing
# named ("总投资", "how much will the centre cost to build"; not "to build one greenhouse"):
# no share per unit.
ASKS_TOTAL = re.compile(
    r"一共|总共|合计|共计|总计|累计|总额|总投资|\bin total\b|\baltogether\b"
    r"|\bthe\b[^?]{1,60}\bcosts? to (?:build|construct)\b(?! (?:one|each|a|an|per)\b)",
    re.I,
)
_ADVERBS = frozenset({"一起", "一下", "一下子", "一共", "一同", "一齐", "一直", "一块儿"})
_SOLD_ONE = re.compile(
    r"(?<![第十\d建修盖造搞办做统])一(?P<measure>[\u4e00-\u9fff])[^。？?，,]{0,12}?[卖售收]多少钱"
)


def asks_per_unit(question: str) -> bool:
    """Whether the question asks a figure per unit or an average (which letters state with
    每 / 人均 / 平均 / a price)."""
    if ASKS_PER_UNIT.search(question) or _ASKS_AVERAGE.search(question):
        return True
    sold = _SOLD_ONE.search(question)
    if sold is None or ASKS_TOTAL.search(question):
        return False
    words = tagged(question[sold.start() :])
    # (not a period, 一年 / 一个月 / 一个旺季, nor an adverb, 一起 / 一下子)
    ends = [w[-1] for w, _ in words[:2]]
    period = sold["measure"] in "年月日天周季" or bool(set(ends) & set("年月日天周季"))
    return words[0][1][:1] == "m" and not period and words[0][0] not in _ADVERBS


def per_unit_asked(question: str) -> str | None:
    """The unit the question asks a figure per ("一斤卖多少钱" → 斤), by its family, if any."""
    per = ASKS_PER_UNIT.search(question)
    if per is None:
        return None
    unit = per.group("unit") or per.group("measure") or per.group("item") or per.group("each")
    # (a plant or a picture priced one by one is its own unit: 一株 / 一棵, 一幅)
    return unit_family(unit or "") or _OWN_ITEMS.get(per.group("item") or "")
