"""Met on made_up/qa36 and qa37: the price of one of something charged for or sold, in any measure
word jieba reads with 一 and a verb of selling or charging ("一个人收多少钱", "一袋零售多少
钱"), is answered only by a price — not by what was invested in the place, nor by a year's turnover
("通过电商平台销售约7.5亿元" is sales, not a price; "销售8元" is one).  The cost of one thing
built or bought ("建设一个服务站要多少钱", "加装一部电梯要多少钱") or of all at once ("统一更换要
多少钱") is still a total.  And workers asked with no measure word ("有多少工人") are counted
in people (or cases: 病人…1200例), not in the firms they work in — a two-character 人 noun at
the head of what is counted, not things named after people (老年人日间照料中心, 机器人).  Every
sentence here is made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.per_unit import asks_per_unit

INVESTED = "2018年，我局投入85万元将一处闲置厂房改建为陶艺传习馆，全年接待游客约2.4万人次。"
TURNOVER = "2022年全区豆腐干产值约26亿元，其中通过电商平台销售约7.5亿元。"


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("去陶艺传习馆体验做陶，一个人收多少钱？", INVESTED),
        ("南溪豆腐干一袋零售多少钱？", TURNOVER),
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
    ],
)
def test_a_stated_price_answers_it(question, price):
    assert asks_for(question).answered_by(price, "", 2023)


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("建一座桥要多少钱？", "建一座桥约需资金800万元。"),
        ("建设一个村级养老服务站要多少钱？", "建设一个村级养老服务站约需资金30万元。"),
        ("加装一部电梯要多少钱？", "加装一部电梯的费用约为45万元。"),
        ("全县路灯统一更换要多少钱？", "全县路灯更换预计需资金1200万元。"),
    ],
)
def test_the_cost_of_one_thing_built_or_of_all_at_once_is_no_price(question, total):
    assert not asks_per_unit(question)
    assert asks_for(question).answered_by(total, "", 2023)


def test_a_sale_at_a_price_in_yuan_states_one():
    assert asks_for("鸡蛋线上多少钱一斤？").answered_by("土鸡蛋线上销售8元。", "", 2023)


WINERIES = "全县现有毛葡萄酒加工企业11家，2024年收购鲜果约1.1万吨。"


def test_workers_asked_are_counted_in_people_not_in_firms():
    asks = asks_for("罗城毛葡萄酒厂一共有多少工人？")
    assert not asks.answered_by(WINERIES, "", 2024)
    assert asks.answered_by("全县毛葡萄酒加工企业从业工人约860人。", "", 2024)


@pytest.mark.parametrize(
    ("question", "things"),
    [
        ("全县有多少企业法人？", "全县共有企业法人1200家。"),
        ("建成了多少老年人日间照料中心？", "已建成老年人日间照料中心48个。"),
        ("有多少残疾人之家？", "建成残疾人之家32个。"),
        ("全市有多少机器人？", "工业机器人保有量达1.2万台。"),
    ],
)
def test_things_named_after_people_are_not_counted_in_people(question, things):
    assert asks_for(question).answered_by(things, "", 2024)


def test_patients_may_be_counted_in_cases():
    assert asks_for("医院收治了多少病人？").answered_by("累计收治病人1200例。", "", 2024)
