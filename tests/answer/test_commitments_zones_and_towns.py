"""Commitments and actions in replies by county bureaus, development zones and courts, met
on made_up/commit19: a town's plan or target in a county bureau's reply ("长胜镇计划…",
"弥陀镇表示，将…"), a roll-out after a pilot left to the towns or street offices, whoever a
clause after a condition puts in charge, a rule for a case ("…的，由所在乡镇限期维修"), and
a report handed to a body in a month gone by although its object is a clause ("5月，我局将检查
中发现的问题清单反馈…", "将两县申报的项目报…": the 报 of 申报 is no report).  Every sentence
here is made up; the letters are signed 2025-09-10."""

from __future__ import annotations

import pytest

from rag.answer.commitments import kinds_of

COUNTY = "某某县文化旅游体育局"
DISTRICT = "某某区城市管理局"
PROVINCE = "某某省农业农村厅"


def _kinds(sentence: str, issuer: str) -> tuple[str, ...] | None:
    return kinds_of(sentence, ("二、下一步工作",), 2025, "2025-09-10", issuer)


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        ("长胜镇计划在镇卫生院增设医保服务站。", COUNTY),
        ("弥陀镇表示，将在明年春节前建成镇级游客集散点。", COUNTY),
        ("城关镇力争年底前实现辖区无物业小区排水管网专人巡查全覆盖。", COUNTY),
        ("若尔盖县力争到2027年将中度以上退化草原面积压减三成。", PROVINCE),
        ("志愿服务“积分兑换”试点评估合格后，由各乡镇结合实际推广。", COUNTY),
        ("“网格化”清雪试点评估合格后，由各街道参照推广。", DISTRICT),
        ("产地冷藏保鲜设施建成后，由经营主体负责运营管理和安全生产。", PROVINCE),
        ("排查中发现设施损坏的，由所在乡镇限期维修。", COUNTY),
        ("试点评估合格后，由各省级水行政主管部门结合实际在本省推广。", PROVINCE),
    ],
)
def test_anothers_plan_or_a_rule_is_neither(sentence, issuer):
    assert _kinds(sentence, issuer) == ()


@pytest.mark.parametrize(
    ("sentence", "issuer", "kinds"),
    [
        # the bureau's own place and its own roll-out still promise
        ("某某县计划在年内建成游客中心。", COUNTY, ("commitment",)),
        ("试点评估合格后，由我厅在全省推广。", PROVINCE, ("commitment",)),
        ("试点结束后，由专人负责日常巡查。", COUNTY, ("commitment",)),
        # the bureau's own pilot first, the towns' roll-out after it: the bureau's plan
        (
            "三是在某乡开展“农机合作社+果园托管”试点，试点评估合格后，由各乡镇推广。",
            COUNTY,
            ("commitment",),
        ),
        # reports handed to a body in a month before the letter: done
        ("8月，我厅将两县申报的9个冷链集配中心项目报农业农村部备案。", PROVINCE, ("action",)),
        ("5月，我局将检查中发现的问题清单反馈各学校及所在街道。", DISTRICT, ("action",)),
        # (形成 is no result complement of the 将: the report is)
        ("5月，我局将调查形成的7条通勤线路建议报送市交通运输局。", DISTRICT, ("action",)),
        # …while a 将 before how, or before what the bureau will add, still promises
        ("我局将增设路灯的建议列入明年计划。", DISTRICT, ("commitment",)),
    ],
)
def test_the_bureaus_own_work(sentence, issuer, kinds):
    assert _kinds(sentence, issuer) == kinds
