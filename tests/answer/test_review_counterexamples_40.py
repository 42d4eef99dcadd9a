"""Counter-examples a helper review found in session 40's first changes (old code against
new), each now read as before: 不宜 inside a noun phrase, the bureau acting in a case
(对确有困难的，由我局协调解决) or able to (目前我局可通过…), 可到达, a 已 after a plan's
marker that a 的, 按照 or 通过 puts out of the plan, kinds of city (文明城市, 大都市), content
questions saying "approved" or "index number", the bureau's own joint work (我局经与…共同努
力), organisations before a spaced 委员, and a region's unit before a city in an issuer."""

from __future__ import annotations

import pytest

from rag.answer import query
from rag.answer.commitments import kinds_of
from rag.answer.issuers import places_of
from rag.answer.support import unheld_places
from rag.letters.parse import parse_letter

BUREAU = "某某县交通运输局"
DONE, PLAN = ("一、工作开展情况",), ("二、下一步工作打算",)


def _kinds(sentence: str, path: tuple[str, ...]):
    return kinds_of(sentence, path, 2025, "2025-06-18", BUREAU)


@pytest.mark.parametrize(
    "sentence",
    [
        "我局积极引导农户在不宜种植粮食的坡地发展经济林果。",
        "我局组织专家对不宜种植水稻的田块进行了评估。",
        "对排查出问题的，由我局建立台账，逐项销号。",
        "目前我局可通过信息平台实时监控车辆运行。",
        "县城公交可到达全县所有乡镇。",
        "按照年底前全部完工的要求对城区主干道已完成改造。",
    ],
)
def test_deeds_still_report(sentence):
    assert _kinds(sentence, DONE) == ("action",)


@pytest.mark.parametrize(
    "sentence",
    [
        "继续推进不宜居住区域群众搬迁安置工作。",
        "推动不宜单独建校的村小撤并整合。",
        "对群众反映强烈的，由我局牵头开展专项整治。",
        "对确有困难的，由我局协调解决。",
    ],
)
def test_plans_still_promise(sentence):
    assert _kinds(sentence, PLAN) == ("commitment",)


@pytest.mark.parametrize(
    "sentence",
    ["力争年底前完工的项目在城区已开工8个。", "通过争取上级资金对全县危桥已全部完成改造。"],
)
def test_a_deed_after_a_plans_noun_phrase_still_reports(sentence):
    assert "action" in (_kinds(sentence, DONE) or ())


@pytest.mark.parametrize(
    "question",
    ["创建全国文明城市的进展如何？", "国际化大都市建设进展如何？", "三四线城市是怎么做的？"],
)
def test_kinds_of_city_are_no_places(question):
    assert unheld_places(question, "某某县交通运输局：全县已开通城乡公交线路12条。") == []


@pytest.mark.parametrize(
    "question",
    [
        "Who approved the plan mentioned in the reply?",
        "Who approved the budget, according to the letter?",
        "What is the consumer price index number for 2023?",
        "Does the reply mention the air quality index number?",
    ],
)
def test_content_questions_ask_no_field(question):
    assert not {"signer", "index_no"} & {f.name for f in query.fields_asked(question)}


def _letter(first: str, salutation: str = "周志明代表："):
    return parse_letter(
        "\n".join(
            [
                "关于县十七届人大四次会议第58号建议的答复",
                salutation,
                "你提出的《关于改善农村公路的建议》已收悉，现答复如下：",
                first,
                "某某县交通运输局",
                "2022年6月16日",
            ]
        ),
        source="x.txt",
    )


@pytest.mark.parametrize(
    "first",
    [
        "我局经与市交通运输局共同努力，争取上级资金3000万元。",
        "我局经会同县公路局对该路段进行了实地查看。",
    ],
)
def test_the_bureaus_own_joint_work_names_no_co_handler(first):
    assert _letter(first).co_handlers == ()


@pytest.mark.parametrize("salutation", ["民盟某某县委员会  委员", "某某县政协  委员"])
def test_an_organisation_before_a_spaced_role_is_no_proposer(salutation):
    assert _letter("我局已完成道路硬化5公里。", salutation).proposers == ()


def test_a_regions_unit_before_a_city_is_skipped():
    assert places_of("自治区乌鲁木齐市交通运输局") == ["乌鲁木齐市"]
