"""A share or a rate asked is answered by a percentage, not by whatever figure stands in a
sentence that names the rate ("黄金时间只有4至6分钟，是提高抢救成功率的有效办法").  Every
question and sentence here is made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.shares import asks_share


@pytest.mark.parametrize(
    "question",
    [
        "去年抽检小龙虾，合格率是多少？",
        "外省来的学生占多大比例？",
        "流失比例有多少？",
        "What is the survival rate of cardiac arrest patients in the city?",
        "What share of village roads were rated good or better?",
        "By what percentage did online sales grow?",
    ],
)
def test_a_rate_or_share_is_answered_by_a_percentage_only(question):
    asks = asks_for(question)
    assert asks_share(question)
    assert not asks.answered_by("抢救的黄金时间只有4至6分钟，是提高抢救成功率的有效办法。")
    assert asks.answered_by("抽检合格率、村道优良率、外省学生占比和网络销售额增幅均为38.5%。")


@pytest.mark.parametrize(
    "sentence",
    [
        "持证上岗比例达到百分之九十。",
        "三成以上的村实现了全覆盖。",
        "占比提高了4.2个百分点。",
        "约三分之一的学生来自外省。",
    ],
)
def test_a_share_is_stated_in_the_forms_letters_write_it(sentence):
    assert asks_for("持证上岗的比例有多高？").answered_by(sentence)


def test_taking_the_lead_is_no_rate_asked():
    assert not asks_share("丽水市今年在全省率先出台了什么方案？")  # 率先: "first"
    assert asks_for("丽水市今年在全省率先出台了什么方案？").kind is None


def test_a_share_asked_beside_another_figure_does_not_narrow_the_answer():
    asks = asks_for("村医里头六十岁以上的有多少，占多大比例？")
    assert asks.answered_by("在岗乡村医生341名，其中60岁以上的132名。")
    assert not asks_share("What was the funding per person, and what share goes to doctors?")


def test_a_small_form_percent_sign_is_a_percentage():
    assert asks_for("农村生活污水处理设施覆盖率是多少？").answered_by("覆盖率只有50﹪。")


def test_a_share_of_a_sum_is_a_share_and_a_discount_asked_is_a_figure():
    share = asks_for("What share of the citrus insurance premium do growers pay themselves?")
    assert share.answered_by("保费由财政补贴70%，农户自缴30%。")
    assert not share.answered_by("每亩保费120元。")
    assert asks_for("给学生买门票打几折？").kind == "count"


def test_shares_asked_twice_and_per_mille():
    asks = asks_for("蚕茧价格保险的保费县财政出几成？养蚕的自己掏几成？")
    assert asks.kind == "count" and not asks.answered_by("参保蚕农共获得赔付37.5万元。")
    assert asks.answered_by("保费由县财政补贴60%、蚕农自缴40%。")
    assert asks_for("每一千人里献血的比例是多少？").answered_by("千人口献血率只有6.1‰。")


def test_how_much_of_a_sum_is_a_share_of_it():
    asks = asks_for("How much of the premium is subsidised when a company buys IP insurance?")
    assert asks.answered_by("对投保企业给予保费50%的补贴。")
    assert not asks.answered_by("每家企业每年保费约2万元。")
