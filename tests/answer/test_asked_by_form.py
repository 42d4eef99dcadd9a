"""What a question asks, read from its form, and which letters it names: a time or a place
it names itself is no answer, a comparison needs the place compared with, and a place no
letter is known to be from does not narrow the question to other places' bureaus.  Every
question and sentence here is made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.catalog import Catalog
from rag.answer.issuers import match_issuers, places_in
from rag.answer.places import place_asked


def test_a_time_the_question_names_is_its_topic_not_the_answer():
    asks = asks_for("When will the region publish its 14th Five-Year plan for herbal medicine?")
    assert not asks.answered_by("组建了“十四五”规划研究与编制课题组。")
    assert asks.answered_by("“十四五”规划计划于今年底前印发。")
    chinese = asks_for("2024年的补贴什么时候发放？")
    assert not chinese.answered_by("2024年共发放补贴300万元。")
    assert chinese.answered_by("2024年补贴将于6月底前发放。")


@pytest.mark.parametrize(
    ("question", "no", "yes"),
    [
        (
            "清河搞康养城市，跟杭州、黄山这些地方比有啥优势？",
            "立足清河长寿之乡特色，加快发展康养产业。",
            "与杭州相比，清河的生态环境和养老成本更有优势。",
        ),
        (
            "How does Qinghe's number of academician workstations compare with Changsha's?",
            "目前我市共有院士工作站4个。",
            "我市院士工作站数量比长沙市多出2个。",
        ),
    ],
)
def test_a_comparison_is_answered_only_by_a_sentence_naming_what_it_is_compared_with(
    question, no, yes
):
    asks = asks_for(question)
    assert asks.kind is not None
    assert not asks.answered_by(no) and asks.answered_by(yes)


def test_a_comparison_with_last_year_needs_no_place():
    assert asks_for("治理率和去年相比提高了多少？").compared == ()


@pytest.mark.parametrize(
    ("question", "ends"),
    [
        ("Which rural roads in Qinghe did the deputy say were in bad shape?", "路"),
        ("Which old residential compound will get an elevator first?", "小区"),
        ("Which village will get the new clinic?", "村"),
    ],
)
def test_an_english_place_asked_with_words_before_its_kind(question, ends):
    asked = place_asked(question)
    assert asked is not None and ends in asked.ends


@pytest.mark.parametrize(
    "question",
    [
        "What kind of village is it?",
        "Qinghe county: in which township and village does the ring road start?",
        "Which county-level measures were taken?",
        "What road map does the bureau follow?",
    ],
)
def test_english_questions_that_ask_no_place_by_its_kind(question):
    assert place_asked(question) is None


def test_places_are_read_as_words_not_as_any_run_ending_in_a_unit():
    assert places_in("安居区村跟村之间好多断头路") == ["安居区"]
    assert places_in("宝轮 镇的城市管理维护费") == ["宝轮镇"]
    # 全市 points at the city; "年把全市" is no place
    assert places_in("市科技局计划到2025年把全市技术经纪人发展到多少名") == []


def test_a_place_before_a_bureaus_short_name_qualifies_it_across_a_space():
    issuers = ["清河市北湖区城市管理局"]
    assert match_issuers("北湖区 城市管理局 停车", issuers) == issuers
    # 宝轮镇 is not the bureau's place: 城市管理维护费 names no 城市管理局
    assert match_issuers("宝轮镇 城市管理维护费 2019年", issuers) == []


def test_a_bureau_of_a_place_no_letter_is_from_does_not_narrow_to_other_places():
    catalog = Catalog.of(
        [
            {"letter_id": "a", "issuer": "南河县交通运输局"},
            {"letter_id": "b", "issuer": "北山县交通运输局"},
            {"letter_id": "c"},  # a letter whose issuer was not read (from 安居区)
        ]
    )
    assert catalog.letters_named("北山县交通运输局打算怎么修路？", None, False).ids == {"b"}
    # 安居区 is no letter's place: the question may be about letter c
    assert (
        catalog.letters_named("安居区村跟村之间的断头路交通局打算啥时候修？", None, False).ids
        is None
    )
