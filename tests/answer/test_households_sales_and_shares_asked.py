"""Counts and sums asked in everyday words, met on made_up/qa36: "多少户人家" is answered by
a count of farming households ("农户约430户": CC-CEDICT's 农户 is a "farmer household", a
kind of household), "卖了多少钱" by sales income, and a share a yes-no question is only
about ("提高返还比例，…能定吗") asks no figure.  Every sentence here is made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for

HOUSEHOLDS = "目前全镇从事竹编的农户约430户，成立竹编专业合作社3家。"
SALES = "2016年竹编产品销售收入约1800万元。"


def test_households_asked_colloquially_are_counted_in_farming_households():
    assert asks_for("白杨镇编竹器的有多少户人家？").answered_by(HOUSEHOLDS, "", 2017)
    # …and not by a count of something else in 户's family of measures
    assert not asks_for("白杨镇有多少户人家？").answered_by("成立竹编专业合作社3家。", "", 2017)


def test_what_was_sold_is_answered_by_sales_income():
    assert asks_for("去年竹编一共卖了多少钱？").answered_by(SALES, "", 2017)
    # (a sum spent is still not answered by one earned)
    assert not asks_for("建工坊一共花了多少钱？").answered_by(SALES, "", 2017)


@pytest.mark.parametrize(
    "question", ["代表想让提高增值税返还比例，经信局能定吗？", "新能源公交车的比例高吗？"]
)
def test_a_yes_no_question_about_a_share_asks_no_figure(question):
    assert asks_for(question).kind is None


def test_a_share_asked_is_still_a_figure():
    asks = asks_for("返还比例是多少？")
    assert asks.kind == "count"
    assert not asks.answered_by("返还比例由国家统一制定。", "", 2017)
    assert asks.answered_by("返还比例为70%。", "", 2017)
