"""Met on made_up/qa47 and qa48: a question that retells the proposer's request and asks
whether or how the bureau answered it ("委员希望由政府来定手工镜子卖多少钱，市场监管局同意
吗？") asks no price, though the request names one — a figure asked after it still counts
("…文旅局答应了吗？一年给多少？"); a town whose name holds 站 (小站镇) is a place its letters
are found by. The questions are made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.issuers import places_of


@pytest.mark.parametrize(
    "question",
    [
        "委员希望由政府来定手工镜子卖多少钱，市场监管局同意吗？",
        "代表建议每亩补多少钱，农业局怎么答复的？",
        "委员提议每户补贴多少钱，区里给不给？",
    ],
)
def test_a_request_retold_asks_how_it_was_answered(question):
    assert asks_for(question).kind is None


@pytest.mark.parametrize(
    "question",
    [
        "代表要专门设一笔保护地坑院的钱，文旅局答应了吗？一年给多少？",
        "代表想让镇上按一公斤多少钱兜底收？",  # (what they asked for: their figure)
        "全县有多少家琉璃企业？",
    ],
)
def test_a_figure_asked_for_itself_still_counts(question):
    assert asks_for(question).kind == "count"


def test_a_town_named_with_a_station_is_a_place():
    assert places_of("小站镇人民政府") == ["小站镇"]
    assert places_of("某某县农业技术推广站") == ["某某县"]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("拿到工艺美术师职称的那3个琉璃师傅叫什么名字？", "person"),
        ("Which eleven Jianyang craftspeople obtained professional titles?", "person"),
        ("金东那4家佛手加工企业分别叫什么？", "place"),
        ("On what dates in 2020 did the market regulator carry out its inspections?", "time"),
    ],
)
def test_names_and_dates_asked_in_plural_are_kinds_of_fact(question, kind):
    assert asks_for(question).kind == kind


def test_a_named_firm_asked_is_answered_only_by_its_name():
    asks = asks_for("金东那4家佛手加工企业分别叫什么？")
    assert asks.answered_by("区内佛手加工企业有金华市佛香食品有限公司等4家。", year=2015)
    assert not asks.answered_by("区内现有佛手加工企业4家，主要生产佛手片和佛手茶。", year=2015)
