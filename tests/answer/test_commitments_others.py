"""Sentences that look like the bureau's promises or reports but are neither, met on
made_up/commit11: another unit's plan said with 计划 or reported as its words ("县财政局表示
将…"), a federation's plan (妇联, 残联), the bureau's hope for others, a document's rule
("按照《…规范》，…须…").  Every sentence here is made up; letters signed 2024-09-10."""

from __future__ import annotations

import pytest

from rag.answer.commitments import kinds_of

ISSUER = "某某县民政局"


def _kinds(sentence: str, path: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    return kinds_of(sentence, path, 2024, "2024-09-10", ISSUER)


@pytest.mark.parametrize(
    "sentence",
    [
        "县妇联计划在中秋节前后开展“新风尚家庭”评选。",
        "县残联也将组织开展助残志愿服务进社区活动。",
        "县财政局表示将在编制明年预算时统筹考虑。",
        "我们也希望全社会更多爱心人士参与进来。",
        "按照《某某省中药材种植技术规范》，当归种植须实行三年以上轮作。",
        "根据《森林防火条例》，防火期内野外用火须经县级人民政府批准。",
        # a unit of the bureau's own level set beside it by 也; an estimate of an amount
        "县殡葬服务中心也将于明年上半年对公墓开展定期检查。",
        "项目实施后，预计年均节约用地30亩，群众治丧费用可减少两成以上。",
        # what someone else says they will do (made_up/commit24 c24-10)
        "部分经营户表示，将主动公示进货来源。",
    ],
)
def test_anothers_plan_a_hope_and_a_documents_rule_are_neither(sentence):
    assert _kinds(sentence, ("二、下一步工作",)) == ()


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("我局计划在中秋节前后开展婚俗改革宣传月活动。", ("commitment",)),
        ("计划在年底前完成全部改造。", ("commitment",)),
        ("该项目已纳入计划，力争年内开工。", ("action", "commitment")),
        ("按照《实施方案》，我局将于年底前完成验收。", ("commitment",)),
        ("我局将会同县妇联做好宣传。", ("commitment",)),
        ("县殡葬服务中心将于明年上半年对公墓开展定期检查。", ("commitment",)),  # its own arm
        ("我局也将于明年开展检查。", ("commitment",)),
        ("预计2025年底前完工。", ("commitment",)),  # a schedule, not an estimate
        ("下半年，与县妇联共同开展婚俗改革宣传。", ("commitment",)),  # a time opens it
        ("对此，我局表示，将于年底前完成整改。", ("commitment",)),  # (the bureau's own word)
    ],
)
def test_the_bureaus_own_plans_still_promise(sentence, kinds):
    assert _kinds(sentence) == kinds
