"""Commitments, actions and dues met on made_up/commit27: a plan of a year gone by that the
letter reports carried out ("去年我局计划…，目前已完成…") is a deed, not a promise; a rule that
leaves a matter to someone else ("按照区物业管理办法，…由业主大会决定") and a place's state after
where it lies ("…镇地处…，现有山洪沟9条") are neither; an office's term, a road's opening, a
season's end of the year and a day of a month are dues; a partner before what it is to do for
the bureau (联合…推出, 会同…为…).  Every sentence here is made up; the letters are signed
2025-06-10."""

from __future__ import annotations

import pytest

from rag.answer.commitments import kinds_of
from rag.answer.due import due_in
from rag.answer.partners import partners_in

TOWN = "某某乡人民政府"
COUNTY = "某某县住房和城乡建设局"


def _kinds(sentence: str, issuer: str = COUNTY) -> tuple[str, ...] | None:
    return kinds_of(sentence, (), 2025, "2025-06-10", issuer)


@pytest.mark.parametrize(
    "sentence",
    [
        "去年我乡计划为某村新建1座便民桥，目前已完工通行。",
        "2024年我局计划在某镇建设2处智能量水示范点，目前已全部建成并投入运行。",
        "2024年，我局计划评定一批等级民宿，目前已评定甲级民宿6家。",
        "去年，我局计划开通供热服务热线，目前已开通并实行24小时值守。",
    ],
)
def test_a_plan_of_a_year_gone_by_carried_out_is_a_deed(sentence):
    assert _kinds(sentence) == ("action",)


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # this year's plan, and last year's plan the bureau goes on with, still promise
        ("今年我局计划新建2座便民桥。", ("commitment",)),
        ("2025年，我局计划新建2座便民桥。", ("commitment",)),
        ("去年，我局计划新建2座桥，今年将继续推进。", ("action", "commitment")),
    ],
)
def test_a_plan_of_the_letters_year_still_promises(sentence, kinds):
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "按照区物业管理办法，小区内停车收费标准由业主大会决定，街道办事处不予干预。",
        "某某镇地处山前冲洪积扇，现有山洪沟9条，部分村庄位于洪水威胁区，镇区供水管网建成已超过15年。",
    ],
)
def test_a_rule_leaving_it_to_others_or_a_places_state_is_neither(sentence):
    assert _kinds(sentence, TOWN) == ()


def test_what_people_may_do_until_a_road_opens_promises_nothing():
    assert _kinds("在线路开通前，某镇群众可继续乘坐现有班线客车往返县城。") is None


def test_the_bureaus_own_work_after_where_a_place_lies_is_still_a_deed():
    assert _kinds("该镇地处山区，我局现有项目3个，已建成2个。") == ("action",)


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("本届任期内，我乡还将协调县交通运输局完成全乡通组道路的硬化。", "本届任期内"),
        ("在某镇至景区旅游公路通车前，我局将完成沿线3处观景台的改造。", "某镇至景区旅游公路通车前"),
        (
            "（一）在某某公路改建工程通车前，完成沿线7处急弯陡坡的防护设施安装。",
            "某某公路改建工程通车前",
        ),
        ("（二）今年冬灌结束后，我局会同某乡人民政府完成9条斗渠的清淤。", "今年冬灌结束后"),
        ("（一）今年10月15日前，完成其余8个老旧小区的管网冲洗和试压。", "今年10月15日前"),
    ],
)
def test_terms_openings_ends_and_days_are_dues(sentence, due):
    assert due_in(sentence, 2025, "2025-06-10") == due


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        ("近期，我局还将联合某镇人民政府推出2条民宿研学线路。", ("某镇人民政府",)),
        (
            "年底前，我局将会同县人力资源和社会保障局为乡镇卫生院公开招聘执业医师12名。",
            ("县人力资源和社会保障局",),
        ),
    ],
)
def test_a_partner_before_what_it_does_for_the_bureau(sentence, partners):
    assert partners_in(sentence, "某某县卫生健康局") == partners
