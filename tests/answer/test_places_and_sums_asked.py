"""What a question asks of a place or a sum, read as fresh sets showed it: a scenic spot
another letter names is not the first letter's ("去梅关景区要买门票吗？" answered by a desert
park's ticket), an English scenic area is looked for by its pinyin, a crop "主产于" several
towns gives none of them its own figure (as "分布在…" does), a place's quantity asked with its name in the
possessive ("Dongli District's average PM2.5 concentration") is asked for the year named,
and a tax is a sum of its own (a fine is no 环保税).  Every letter here is made up."""

from __future__ import annotations

from dataclasses import replace

from letter_builders import passage_of

from rag.answer.asks import asks_for
from rag.answer.extractive import answer_extractive
from rag.answer.result import Held
from rag.answer.spelling import unheld_spelled
from rag.answer.support import listed_only

DESERT = passage_of(
    "胡杨林景区门票（含区间车）执行每人130元的标准，60周岁以上老年人凭身份证半价。",
    "desert",
    "关于提升胡杨林景区游客服务的提案",
    0.9,
)
PASS = passage_of(
    "关于开通县城至梅关景区城乡公交线路的建议。梅关古驿道是我县重要的文物和旅游资源。",
    "pass",
    "关于开通县城至梅关景区公交线路的建议",
    0.8,
)


def test_a_place_another_letter_read_names_is_not_the_first_letters():
    held = Held(f"{DESERT.title} {DESERT.text}", True, (), ("额济纳旗",))
    answer = answer_extractive("去梅关景区要买门票吗？多少钱？", [DESERT, PASS], held=held)
    assert answer.refused and "130元" not in answer.text
    # …while the first letter's own scenic area is answered
    asked = answer_extractive("去胡杨林景区门票多少钱？", [DESERT, PASS], held=held)
    assert not asked.refused and "130元" in asked.text
    # …and so is a place no letter read names (it may be the letter's by another name)
    other = replace(PASS, text="县城至景区的公路已完成沥青罩面。", title="关于改善景区交通的建议")
    assert not answer_extractive("去梅关景区门票多少钱？", [DESERT, other], held=held).refused


def test_an_english_scenic_area_is_looked_for_by_its_pinyin():
    text = "2023年达古冰川景区接待游客约29万人次。"
    question = "How many visitors did the Kalonggou scenic area receive in 2023?"
    assert unheld_spelled(question, text) == ["kalonggou"]
    assert unheld_spelled("How many visitors did the Dagu scenic area receive?", text) == []


def test_a_crop_grown_mainly_in_several_towns_gives_none_of_them_a_figure():
    topic = "苹果梨主产于老头沟镇、东盛涌镇、智新镇等地，2015年全市苹果梨面积约3.8万亩。"
    assert listed_only(topic, "东盛涌镇")
    assert not listed_only("东盛涌镇苹果梨面积1.2万亩。", "东盛涌镇")


def test_a_places_quantity_in_the_possessive_is_asked_for_the_year_named():
    asks = asks_for("What was Dongli District's average PM2.5 concentration in 2017?")
    assert asks.kind == "count"
    assert asks.answered_by("2017年全区PM2.5年均浓度为每立方米58微克。")
    assert not asks.answered_by("2018年全区PM2.5年均浓度为每立方米52微克，较2016年下降了18%。")


def test_a_tax_asked_is_answered_by_a_tax_not_a_fine():
    asks = asks_for("缫丝企业一年要交多少环保税？")
    assert asks.answered_by("2019年全市缫丝企业缴纳环境保护税38万元。")
    assert not asks.answered_by("我局开展执法检查42家次，罚款共计16万元。")
