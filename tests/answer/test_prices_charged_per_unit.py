"""Met on made_up/qa36 and qa37: the price of one of something charged for or sold, in any measure
word jieba reads with 一 ("一个人收多少钱", "一袋零售多少钱", "演一场要多少钱"), is answered
only by a price — not by what was invested in the place, nor by a year's turnover
("通过电商平台销售约7.5亿元" is sales, not a price).  The cost of one thing built ("建一座桥要
多少钱") is still a total.  And workers asked with no measure word ("有多少工人") are counted
in people, not in the firms they work in.  Every sentence here is made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.per_unit import asks_per_unit

INVESTED = "2018年，我局投入85万元将一处闲置厂房改建为陶艺传习馆，全年接待游客约2.4万人次。"
TURNOVER = "2022年全区豆腐干产值约26亿元，其中通过电商平台销售约7.5亿元。"
FUNDED = "2012年，县财政安排腰鼓传承保护经费45万元，用于为32支村级腰鼓队更换鼓具。"


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("去陶艺传习馆体验做陶，一个人收多少钱？", INVESTED),
        ("南溪豆腐干一袋零售多少钱？", TURNOVER),
        ("请腰鼓队出去演一场要多少钱？", FUNDED),
    ],
)
def test_a_price_charged_for_one_is_not_answered_by_a_total(question, total):
    assert asks_per_unit(question)
    assert not asks_for(question).answered_by(total, "", 2023)


@pytest.mark.parametrize(
    ("question", "price"),
    [
        ("去陶艺传习馆体验做陶，一个人收多少钱？", "体验课程每人收费30元。"),
        ("南溪豆腐干一袋零售多少钱？", "豆腐干零售价为每袋12元。"),
        ("请腰鼓队出去演一场要多少钱？", "腰鼓队外出演出每场收取劳务费800元。"),
    ],
)
def test_a_stated_price_answers_it(question, price):
    assert asks_for(question).answered_by(price, "", 2023)


@pytest.mark.parametrize("question", ["建一座桥要多少钱？", "新修一个停车场要多少钱？"])
def test_the_cost_of_one_thing_built_is_no_price(question):
    assert not asks_per_unit(question)


WINERIES = "全县现有毛葡萄酒加工企业11家，2024年收购鲜果约1.1万吨。"


def test_workers_asked_are_counted_in_people_not_in_firms():
    asks = asks_for("罗城毛葡萄酒厂一共有多少工人？")
    assert not asks.answered_by(WINERIES, "", 2024)
    assert asks.answered_by("全县毛葡萄酒加工企业从业工人约860人。", "", 2024)


def test_a_legal_person_is_a_firm_not_people():
    assert asks_for("全县有多少企业法人？").answered_by("全县共有企业法人1200家。", "", 2024)
