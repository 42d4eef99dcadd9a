"""Met on made_up/qa35 and qa36: the price of one thing sold, in any measure word jieba reads
with 一 ("一盒卖多少钱", "一个竹编篮子卖多少钱", "一套…沙发大概要卖多少钱"), is answered only
by a price, not by a total; and a county jieba cuts whole with its unit (天全县), whose name
ends in a common word (全县, "the whole county"), is a place the letter may never name.
Every sentence here is made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.per_unit import asks_per_unit
from rag.answer.support import unheld_places

TOTAL = "2021年桃片产量约2600吨，产值约1.9亿元。"


@pytest.mark.parametrize(
    "question",
    ["合川桃片一盒卖多少钱？", "白杨镇一个竹编篮子卖多少钱？", "一套仙游红木沙发大概要卖多少钱？"],
)
def test_the_price_of_one_thing_sold_is_asked_per_unit(question):
    assert asks_per_unit(question)
    assert not asks_for(question).answered_by(TOTAL, "", 2022)


def test_a_stated_price_answers_it():
    assert asks_for("合川桃片一盒卖多少钱？").answered_by("合川桃片每盒售价约25元。", "", 2022)


@pytest.mark.parametrize(
    "question",
    ["竹编一年卖多少钱？", "一般卖多少钱？", "建一个中心花了多少钱？", "一共卖了多少钱？"],
)
def test_a_years_sales_or_a_total_is_no_price_of_one(question):
    assert not asks_per_unit(question)


LETTER = "荥经县林业局关于砂器烧制燃料的答复。目前古城村及周边仍在生产的砂器窑口共27个。"


def test_a_county_cut_whole_is_a_place_the_letter_never_names():
    assert unheld_places("天全县还有多少个砂器窑口？", LETTER) == ["天全"]
    assert unheld_places("全县还有多少个砂器窑口？", LETTER) == []
    assert unheld_places("荥经县还有多少个砂器窑口？", LETTER) == []
