"""Counts asked in one measure word and stated in another the counted noun also takes
("多少条船" → "客船27艘", as CC-CEDICT counts 船 in 条, 艘, 只),
and a county with a one-character name ("冠县", "眉县") asked of a letter that never names
it — met on made_up/qa33 and qa34.  Every sentence here is made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.support import unheld_places

ISLANDS = (
    "目前全县共开通岛际客运航线9条，连接大长山岛、小长山岛和海洋岛，营运客船27艘，"
    "2022年岛际客运量约58万人次。"
)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("县里岛跟岛之间有多少条船在跑？", ISLANDS),
        ("长海县一共有几条客运线、多少条船在跑？", ISLANDS),
    ],
)
def test_a_count_in_another_measure_word_of_the_same_thing(question, sentence):
    assert asks_for(question).answered_by(sentence, "", 2023)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # a measure word the counted noun does not take: a line is no boat
        ("县里有多少条船在跑？", "目前全县共开通岛际客运航线9条，沿线设码头5座。"),
        # 几起 counts cases, not tons
        ("2023年查了几起？", "2023年，我局共收缴假冒茶叶7吨。"),
    ],
)
def test_a_count_in_a_measure_word_of_something_else_answers_nothing(question, sentence):
    assert not asks_for(question).answered_by(sentence, "", 2023)


@pytest.mark.parametrize(
    ("question", "text", "unheld"),
    [
        ("冠县有多少家轴承企业？", "临清市现有轴承及配套企业约1400家。", True),
        ("眉县猕猴桃种了多少亩？", "眉县猕猴桃种植面积30万亩。", False),
        # held as OpenCC simplifies it (乾 → 干)
        ("乾县新建了多少个苹果示范园？", "今年干县新建苹果示范园12个。", False),
        # no name: the whole county, one of them
        ("全县有多少家轴承企业？", "临清市现有轴承企业1400家。", False),
    ],
)
def test_a_county_of_one_character_is_checked_as_a_place(question, text, unheld):
    assert bool(unheld_places(question, text)) is unheld


@pytest.mark.parametrize(
    ("question", "stated", "other"),
    [
        # a price asked one by one, in any measure word CC-CEDICT has (株, 幅) or 米
        (
            "柠条苗一株多少钱？",
            "柠条苗每株0.3元。",
            "对牧户开展柠条平茬的，按每亩40元给予平茬补助。",
        ),
        (
            "一幅手绘唐卡一般卖多少钱？",
            "一幅手绘唐卡售价约3000元。",
            "查处冒充手绘唐卡的案件7起，罚没款共计4.3万元。",
        ),
        (
            "一米夏布现在卖多少钱？",
            "夏布每米售价约45元。",
            "对企业购置织机的，单个企业最高补助50万元。",
        ),
    ],
)
def test_a_price_asked_one_by_one_is_a_price_per_that_unit(question, stated, other):
    asks = asks_for(question)
    assert asks.answered_by(stated, "", 2023)
    assert not asks.answered_by(other, "", 2023)


def test_a_one_off_sum_is_no_price_per_unit():
    assert asks_for("一次性补助多少钱？").answered_by("给予一次性建设补助5万元。")
