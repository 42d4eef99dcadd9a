"""A figure answers a question only when it is the kind asked: a monthly rate is said to be
one, a one-off sum is no rate, a count is of the thing asked in its measure word, a year
dates the figure it stands before, and a figure the question gives itself answers nothing.
Every question and sentence here is made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for


@pytest.mark.parametrize(
    "question",
    [
        "安平的护林员一个月能拿多少补贴？",
        "护林员每月补贴多少钱？",
        "How much is a forest ranger paid each month?",
    ],
)
def test_a_monthly_figure_is_answered_only_by_a_figure_stated_per_month(question):
    asks = asks_for(question)
    assert asks.answered_by("全县护林员人均每月补贴900元。")
    assert asks.answered_by("护林员补贴按月发放，标准为900元。")
    assert not asks.answered_by("对新聘护林员给予一次性补贴900元。")  # a one-off sum
    assert not asks.answered_by("对护林站的设备更新给予最高3000元补贴。")  # no month said
    assert not asks.answered_by("护林员补贴标准为每人每年10800元。")  # another period


def test_a_span_of_months_or_a_dated_month_is_no_monthly_rate():
    asks = asks_for("帮扶车间的工人一个月能挣多少工资？")
    assert asks.kind == "count"  # 工资 after the question word asks an amount of money
    assert not asks.answered_by("对稳定就业6个月以上的，按每人1000元给予吸纳补贴。")
    assert not asks.answered_by("2021年6月补贴资金1000元已拨付到位。")
    assert asks.answered_by("车间工人月均收入2600元。")


def test_a_yearly_sum_still_answers_what_a_year_brings_but_a_one_off_sum_does_not():
    asks = asks_for("每辆服务车一年的运营费用是多少？")
    assert asks.answered_by("每辆服务车年运营费用约6万元。")
    assert not asks.answered_by("每辆服务车由财政一次性补助购置费用18万元。")


@pytest.mark.parametrize(
    ("question", "no", "yes"),
    [
        ("湿地里一共记录到多少种鸟？", "已记录湿地植物42种。", "已记录鸟类87种。"),
        ("全县配备了几辆巡诊车？", "全县设立巡诊点12个。", "全县配备巡诊车9辆。"),
        ("一共修复了多少处古井？", "修复古井周边道路3公里。", "修复古井26处。"),
    ],
)
def test_a_count_in_a_measure_word_is_answered_only_by_that_measure(question, no, yes):
    asks = asks_for(question)
    assert not asks.answered_by(no)
    assert asks.answered_by(yes)


def test_which_round_asks_no_count():
    assert asks_for("这是第几期培训班？").units is None


def test_a_figure_the_question_gives_with_a_thousands_comma_answers_nothing():
    asks = asks_for("Of the 2,150 posts at the sites, how many are held by women?")
    assert not asks.answered_by("开发公益性岗位2150个，重点安置大龄劳动力。")
    assert asks.answered_by("其中女性劳动力占用岗位1320个。")


def test_an_english_question_for_a_rate_asks_a_figure_of_its_year():
    asks = asks_for("What was the county's tree survival rate in 2015?")
    assert asks.kind == "count"
    assert not asks.answered_by("滴灌造林成活率达到85%以上。")
    assert asks.answered_by("2015年全县造林成活率为82%。")


def test_a_year_dates_the_figure_it_stands_before_not_one_a_later_clause_plans():
    asks = asks_for("2022年省里安排了多少修复资金？")
    later = "省里安排修复资金9600万元，修复路段1190处，其余170处已纳入2022年修复计划。"
    assert not asks.answered_by(later)
    assert asks.answered_by("2022年省里安排修复资金9600万元。")
    assert asks.answered_by("省里安排修复资金9600万元，于2022年下达。")  # no other figure


@pytest.mark.parametrize(
    "question",
    ["How much does an older person pay each month for a care bed?", "这份工作能挣多少？"],
)
def test_pay_and_earnings_ask_an_amount_of_money(question):
    asks = asks_for(question)
    assert not asks.answered_by("全区建设家庭养老床位600张。")


def test_one_of_a_good_asks_its_price_not_the_whole_trades_output():
    asks = asks_for("这里产的古筝一台大概卖多少钱？")
    assert not asks.answered_by("全县年产古筝等民族乐器63万台，实现产值28亿元。")
    assert asks.answered_by("中档古筝每台售价约2600元。")


def test_a_days_capacity_written_as_a_word_of_its_own_answers_a_daily_figure():
    asks = asks_for("这些处理站一天总共能处理多少？")
    assert asks.answered_by("建成就地处理站24座，日处理能力合计168吨。")
    assert not asks.answered_by("建成就地处理站24座，年处理厨余垃圾5万吨。")


def test_how_many_kinds_beside_which_kinds_is_the_lists_length():
    asks = asks_for("科技服务业分成哪几类来推进？一共几类？")
    assert asks.answered_by("聚焦研究开发、检验检测等8个方面推动科技服务业发展。")
