"""The words that promise: 将, 拟, 计划, 力争, 下一步… where they mark what the replying body
will do, not where they are nouns or report.

    FUTURE.search("下一步，我局将在全县推广。")   # a match: 下一步
"""

from __future__ import annotations

import re

from rag.answer.deadlines import DUE
from rag.answer.doers import WE as _WE
from rag.answer.words import tagged

# 将 after 已 ("已将…纳入") reports, 必将 predicts, 现将 is the frame's "now" ("现将有关情况
# 函告如下"); before a pronoun ("将其纳入") it is 把, and 将近 / 将军 are words. 计划 promises
# only where a clause or a time starts it ("计划于明年…", "今年计划…"), not as a noun (行动
# 计划); 下一步 after 为 ("为下一步…打下基础") is a noun too. 争取到 has got something, unless
# a time follows ("争取到2025年底…": by then). 预计 schedules only with a time ("预计年底
# 完工"); before an amount it estimates. 我局会/要/准备/打算 promise (会同 does not). 计划 / 拟 +
# a verb + 的 qualifies a noun ("计划改造的68个小区": the ones planned); "计划全年的…" plans.
_NOT_ATTRIBUTIVE = r"(?!(?!(?:[全今明本当每]年|年[内底初中]|近期|同期)的)[\u4e00-\u9fff]{1,2}的)"
FUTURE = re.compile(
    rf"(?<![已必现])将(?![其该此这它之近军领士])|(?<![模虚草比])拟(?!定){_NOT_ATTRIBUTIVE}|"
    rf"(?:^|[，,；;。：:]|{_WE}|(?:\d{{4}}|今|明|本)年|并|还|也)计划(?!生育){_NOT_ATTRIBUTIVE}|"
    r"(?<!原)计划(?=于)|"  # "街道计划于今年三季度上线…": a verb, whoever plans
    r"力争|争取(?!到(?!20\d{2}|[今明本]?年))|(?<![为对])下一?步|今后|明年|下一?阶段|接下来|"
    # "下半年，与…共同启动…": a time opens it, where nothing else promises or reports
    r"(?:^|[，,；;。：:])(?:今年)?下半年(?=[，,])(?![^。；;]*(?:将|拟|计划|已|共(?!同)|累计|(?<!为)了))|"
    r"(?:^|[，,；;。：:])未来(?:[，,]|[一二三四五两几]年)|"
    rf"预计(?=[^，,。；;]*?(?:{DUE.pattern}))|即将|(?<!已)着手|"
    rf"{_WE}(?:也|还|都|一定)?(?:会|要|准备|打算|承诺(?![的事制书清]))(?![同议商签审求])|"
    r"(?<=后[，,])由(?!于)"  # "试点评估合格后，由我局在全市推广": what a unit then does
)


def plan_noun(marker: re.Match[str], words: str) -> bool:
    """Whether 计划 is a noun here ("计划总投资1200万元", "计划内项目"), as jieba tags what
    follows it: a noun, a locative or a noun's modifier, not a verb, a time or a number."""
    if not marker.group(0).endswith("计划"):
        return False
    _, tag = next(iter(tagged(words[marker.end() : marker.end() + 6])), ("", "x"))
    return tag in ("n", "f", "b")  # not a name's tag: jieba tags 新建 ns


def past_plan(words: str, marker: re.Match[str], year: int | None) -> bool:
    """Whether 计划 dates its plan before the letter's year ("该中心计划于2022年建成，现已
    投入使用", written in 2024), or its clause opens in a year gone by ("去年我局计划…，目前
    已…", "2024年我厅计划…"): what was planned then promises nothing now."""
    if not marker.group(0).endswith("计划"):
        return False
    at = marker.start() + lead(marker)
    opened = max(words.rfind(mark, 0, at) for mark in "，,；;。：:")
    # (its time may be a clause of its own: "去年，我局计划…")
    if _TIME_CLAUSE.match(words, 0, opened + 1):
        opened = -1
    if re.match(r"于?(?:今年|明年|下半年|年底|年内)", words[marker.end() :]):
        return False  # "…计划于今年10月建成投运": a plan still to come
    if "的" in words[opened + 1 : at]:
        return False  # "去年底开工的污水处理厂计划…": the year is the plant's, not the plan's
    if _LAST_YEAR.match(words, opened + 1, at):
        return True
    if year is None:
        return False
    dated = re.match(r"于?(20\d{2})年", words[marker.end() :]) or re.match(
        r"(20\d{2})年(?![底内前])", words[opened + 1 : at]
    )
    return dated is not None and int(dated.group(1)) < year


# A clause that opens in a year gone by, whatever the letter's date ("去年我局计划…").
_LAST_YEAR = re.compile(r"(?:去年|前年|上年度?|上一年度?)")
_TIME_CLAUSE = re.compile(r"(?:去年|前年|上年度?|上一年度?|20\d{2}年)[，,]$")


def lead(marker: re.Match[str]) -> int:
    """1 when the marker holds the mark that opens its clause ("，计划于…"), else 0."""
    return 1 if marker.group(0)[:1] in "，,；;。：:" else 0
