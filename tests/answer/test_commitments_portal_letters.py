"""Promises as real letters from portals word them (made_up/commit4 followed them): a
verb jieba tags a noun before a plan's second verb (指导 … 成立), 我局承诺, a plan in its own
clause after a report, a deadline set for others by a notice already sent, what the
proposal asks, and partners cut where a preposition or an adverb takes over. Every sentence
is made up; the letters are signed 2024-09-10."""

from __future__ import annotations

import pytest

from rag.answer.commitments import kinds_of
from rag.answer.partners import partners_in


def _kinds(sentence: str) -> tuple[str, ...] | None:
    return kinds_of(sentence, (), 2024, "2024-09-10")


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # 指导 is the verb, 成立 the one it governs: no 将 of 把 here
        ("我局将指导勐底乡、勐底村成立用水户协会，制定用水公约。", ("commitment",)),
        ("对需手工报销的，我局承诺在资料齐全的情况下20个工作日内完成审核支付。", ("commitment",)),
        # the plan is a clause of its own after the report
        ("剩余174台中,有96台已签订拆改协议,计划于10月31日前全部完成。", ("action", "commitment")),
        # the deadline was set for the counties by a notice already sent
        ("对此，我厅已于今年5月下发通知，要求各县6月底前上报需求清单。", ("action",)),
        # …but the bureau's own goal after such a notice is its promise
        (
            "目前已完成招标，要求施工单位加快进度，确保2025年6月底前建成投用。",
            ("action", "commitment"),
        ),
        # 为了 is no deed done: the deadline is the bureau's own requirement
        ("为了加快进度，我局要求施工单位6月底前完工。", ("commitment",)),
        # 计划 as a noun ("计划总投资") promises nothing; 承诺 as a noun neither
        ("该项目已完成立项，计划总投资1200万元，建设道路3.5公里。", ("action",)),
        ("我局承诺的事项已全部兑现。", ("action",)),
        # what the proposal asks ends where the bureau speaks
        ("针对提案提出的问题我局将于2025年底前完成整改。", ("commitment",)),
        # 将 still moves its object where a result complement ends a word
        ("我局已将该路段纳入2025年农村公路建设计划。", ("action",)),
    ],
)
def test_promises_as_portal_letters_word_them(sentence, kinds):
    assert _kinds(sentence) == kinds


def test_what_the_proposal_asks_is_no_promise_of_the_bureaus():
    assert _kinds("关于提案建议将养老服务中心与卫生服务站“两站合一”，我委认为方向可行。") != (
        "commitment",
    )


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        ("下一步，我厅将会同省财政厅根据各地摸底结果，在资金分配中倾斜。", ("省财政厅",)),
        ("今后，我局将会同县住建局严格实行设计方案专家论证和竣工验收制度。", ("县住建局",)),
        ("下一步，将会同区住建部门加快编制《加装电梯指引》，并开展宣讲。", ("区住建部门",)),
        ("我局将会同历城交警大队对商圈周边违停行为开展常态化联合整治。", ("历城交警大队",)),
        ("我局将会同县住建局依法依规处理。", ("县住建局",)),
        ("我局将会同县住建局与县财政局推进改造。", ("县住建局", "县财政局")),
        ("我局将会同电信运营商扩大覆盖。", ("电信运营商",)),
        ("会同交警、城管开展联合整治。", ("交警", "城管")),
        ("我局将会同城关镇开展排查。", ("城关镇",)),
        ("新装路灯建成后由所在村委会负责日常管护。", ("所在村委会",)),
    ],
)
def test_partners_end_where_a_preposition_or_an_adverb_takes_over(sentence, partners):
    assert partners_in(sentence, "某某市教育局") == partners
