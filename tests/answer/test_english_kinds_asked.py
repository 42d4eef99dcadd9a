"""English questions that ask a kind of fact in forms the reader missed, so that a letter
discussing the topic without stating the fact answered them (met on made_up sets qa8–qa43):
a name asked "what is the name of the head coach", a rate behind a long owner ("Manas
county's residual film recovery rate"), "what interest rate does … charge", what someone
pays, a pension, an age or a year, opening hours and days.  Sentences are made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for

_YEAR = 2024


@pytest.mark.parametrize(
    "question",
    [
        "What is the name of the head coach of the county youth hockey team?",
        "What is the name of one of the district-level inheritors of the papermaking craft?",
        "What is the name of the deputy mayor who led the inspection?",
        "某某镇评选拿金奖的是哪几位设计师？",
    ],
)
def test_a_name_asked_of_a_person_needs_a_name(question):
    asks = asks_for(question)
    assert asks.kind == "person"
    assert not asks.answered_by("全县现有青少年队38支，在册运动员约1100人。", year=_YEAR)


def test_the_post_asked_by_its_name_comes_with_the_name():
    asks = asks_for("What is the name of the deputy mayor who led the inspection?")
    assert asks.answered_by("副市长王建华带队到市场开展检查。", year=_YEAR)
    assert not asks.answered_by("市场管理员王建华负责日常巡查。", year=_YEAR)


@pytest.mark.parametrize(
    "question",
    ["What is the name of the new park?", "What is the name of the project?"],
)
def test_the_name_of_a_thing_is_no_person(question):
    assert asks_for(question).kind != "person"


@pytest.mark.parametrize(
    "question",
    [
        "What was Manas county's residual film recovery rate in 2010?",
        "What was the city's own straw utilisation rate in 2010?",
        "What interest rate does the province's small business loan charge?",
    ],
)
def test_a_rate_asked_is_answered_by_a_percentage(question):
    asks = asks_for(question)
    assert asks.kind == "count"
    assert not asks.answered_by("2010年，全县回收废旧地膜1.2万吨。", year=2010)
    assert asks.answered_by("2010年全县废旧地膜回收率达到80.5%，利用率为85%。", year=2010)


def test_what_is_done_about_a_rate_is_no_rate():
    assert asks_for("What is the county doing about the vaccination rate?").kind is None


def test_a_share_price_is_a_price_not_a_share():
    assert asks_for("What is the group's share price today?").kind == "count"
    assert not asks_for("What is the group's share price today?").answered_by(
        "该集团股份占比为35%。", year=_YEAR
    )


@pytest.mark.parametrize(
    "question",
    [
        "What do drivers pay per kWh at public charging points?",
        "What will villagers pay per cubic metre once the new works are finished?",
        "What is the monthly basic pension for rural residents?",
    ],
)
def test_what_someone_pays_is_a_sum(question):
    asks = asks_for(question)
    assert asks.kind == "count"
    assert not asks.answered_by("全县已建成公共充电桩320个，覆盖28个乡镇。", year=_YEAR)


def test_how_old_asks_an_age_or_a_year():
    asks = asks_for("How old is the oldest ancient tree in the county?")
    assert asks.kind == "time"
    assert not asks.answered_by("全县古树名木实行挂牌保护。", year=_YEAR)
    assert asks.answered_by("最古老的一株银杏树龄约1200年。", year=_YEAR)


@pytest.mark.parametrize(
    "question",
    [
        "What are the opening hours of the blood donation houses on public holidays?",
        "On which days of the week is the rehabilitation station open?",
    ],
)
def test_opening_hours_and_days_ask_a_time(question):
    asks = asks_for(question)
    assert asks.kind == "time"
    assert not asks.answered_by("康复站配备专职医护人员6名，免费提供康复训练。", year=_YEAR)
    assert asks.answered_by("康复站每周一至周五8:30—17:00对外开放。", year=_YEAR)


def test_a_charge_the_dictionary_lacks_is_read_by_its_words():
    asks = asks_for("How much prize money did the champion of the town's football league receive?")
    assert asks.answered_by("冠军队获得奖金2万元。", year=_YEAR)
    assert not asks.answered_by("所需资金约32万元已列入镇年度预算。", year=_YEAR)


@pytest.mark.parametrize(
    "question",
    [
        "How much is an entry ticket to the scenic area?",
        "How much does a kilogram of deer antler sell for?",
    ],
)
def test_how_much_a_thing_is_asks_its_price(question):
    asks = asks_for(question)
    assert not asks.answered_by("2022年，景区接待游客41.3万人次。", year=_YEAR)
    assert asks.answered_by("门票价格为每人60元，鹿茸每公斤售价约3000元。", year=_YEAR)
