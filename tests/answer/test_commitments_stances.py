"""Sentences a reply writes about what the bureau holds to or what there is, met on
made_up/commit15: a stance ("始终把…作为…来抓"), an inventory ("全市现有…"), a place's own
plan set beside the bureau's by 也, an effect foretold ("将得到根本改善").  Every sentence
here is made up; letters signed 2025-06-20."""

from __future__ import annotations

import pytest

from rag.answer.commitments import kinds_of

ISSUER = "某某市交通运输局"


def _kinds(sentence: str, path: tuple[str, ...]) -> tuple[str, ...] | None:
    return kinds_of(sentence, path, 2025, "2025-06-20", ISSUER)


@pytest.mark.parametrize("path", [("一、工作开展情况",), ("二、下一步工作打算",)])
@pytest.mark.parametrize(
    "sentence",
    [
        "我局始终坚持把农村客运作为保障和改善民生的重要内容来抓。",
        "我镇始终把集镇改造作为重点民生实事来抓。",
        "全市现有农村客运班线412条，其中山区线路客流少、运营亏损。",
        "目前，全县现有村级卫生室186个，部分卫生室房屋老旧。",
        "东坳县也计划明年起在全县推行预约响应式客运。",
        "有关山区县（区）也计划明年为偏远村配备小型客车。",
        "项目建成后，北部村组约6000亩农田的灌溉条件将得到根本改善。",
    ],
)
def test_a_stance_an_inventory_a_places_own_plan_and_a_foretold_effect_are_neither(sentence, path):
    assert _kinds(sentence, path) == ()


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # the bureau will hold to it: a promise
        ("下一步，我局将始终把农村客运作为重要民生实事来抓。", ("commitment",)),
        # what the bureau did with what there is: a deed
        ("全市现有农村客运班线412条，今年我局已对其中36条实行公交化改造。", ("action",)),
        # the bureau's own place is the bureau's level: its plan is the bureau's
        ("我市也将在年底前完成全部农村候车亭的改造。", ("commitment",)),
        # a place that is the bureau's partner, with no 也, as before
        ("我局将会同东坳县交通运输局在年底前开通2条旅游公交线路。", ("commitment",)),
        # an improvement the bureau makes is no effect foretold
        ("我局将在年底前对20座候车亭进行改善提升。", ("commitment",)),
        ("我局将得到上级支持后提高补助标准。", ("commitment",)),
        # a plan item that goes on to what the bureau will do (a helper's review)
        ("一是坚持把安全作为第一要务来抓，加大隐患排查力度。", ("commitment",)),
        ("全县现有条件下，优先保障农村公路养护资金。", ("commitment",)),
        # a 区 or a word ending in 市 set beside by 也 is no other unit
        ("城区也将新增公共停车位500个。", ("commitment",)),
        ("大型超市也将增设充电桩。", ("commitment",)),
        ("城区也存在停车难问题，下一步将新建停车场3处。", ("commitment",)),
    ],
)
def test_the_bureaus_own_stance_deed_and_plan_still_count(sentence, kinds):
    assert _kinds(sentence, ("二、下一步工作打算",)) == kinds


@pytest.mark.parametrize(
    "sentence",
    [
        # a stance with the deed it led to; an inventory with the bureau's work after it
        "我局始终把农村公路安全作为头等大事来抓，投入资金300万元整治隐患路段42处。",
        "全县现有公交站亭320个，我局今年新建56个。",
        "全县现有公交站亭320个，今年新建56个。",
    ],
)
def test_a_stance_or_inventory_with_the_bureaus_deed_still_reports_it(sentence):
    assert _kinds(sentence, ("一、工作开展情况",)) == ("action",)


def test_the_bureaus_own_place_set_beside_it_plans_its_own():
    assert kinds_of(
        "东坳市也将在明年启动改造。",
        ("二、下一步工作打算",),
        2025,
        "2025-06-20",
        "东坳市交通运输局",
    ) == ("commitment",)


# met on made_up/commit16: who is in charge of what, a roll-out after a pilot, a place whose
# name opens with 将, an attribute that says which pilot
@pytest.mark.parametrize("path", [("一、工作开展情况",), ("二、下一步工作打算",)])
@pytest.mark.parametrize(
    "sentence",
    [
        "城乡公交线路的开通、调整由各县（市、区）交通运输部门负责审批，我局负责行业指导。",
        "避灾安置场所的日常管理和维护由所在镇人民政府负责，村（居）委会协助。",
        "试点评估合格后，由各县（市、区）交通运输局结合实际在本辖区推广。",
        "项目建成后，由村委会负责日常管护。",
    ],
)
def test_duties_in_force_and_a_roll_out_others_do_are_neither(sentence, path):
    assert _kinds(sentence, path) == ()


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("试点评估合格后，由我局在全市推广连城县的做法。", ("commitment",)),
        # "正在开展的试点" says which pilot: the sentence reports nothing
        ("上栗县正在开展的管护试点，试点评估合格后，由我局在全市推广。", ("commitment",)),
        # 将乐县 is a place: no 将 promises
        ("今年以来，我局组织专家深入将乐县开展技术培训22场，培训林农1800余人次。", ("action",)),
        ("我局正在开展排查。", ("action",)),
        # …but a deed handed over is one ("交由…负责")
        ("我局已将全县农村垃圾清运交由第三方公司负责。", ("action",)),
    ],
)
def test_a_roll_out_of_the_bureaus_own_and_a_place_named_with_jiang(sentence, kinds):
    assert _kinds(sentence, ("二、下一步工作打算",)) == kinds
