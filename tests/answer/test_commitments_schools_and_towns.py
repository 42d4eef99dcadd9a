"""Other bodies' plans in replies by a fire brigade, a hospital, a township and an education
bureau, met on made_up/commit20: a town jieba does not read as a place (土城子镇, 五十家子镇)
opening its clause with a plan or a target, and a school's plan for the term (各学校本学期将…,
某某中心小学表示，本学期将…), promise nothing for the replying body; its own term-time plan
still does.  Every sentence here is made up."""

from __future__ import annotations

import pytest

from rag.answer.commitments import kinds_of


def _kinds(sentence: str, issuer: str) -> tuple[str, ...] | None:
    return kinds_of(sentence, ("二、下一步工作",), 2025, "2025-09-10", issuer)


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        ("土城子镇计划在今年冬季前新建消防取水点4处。", "某某县消防救援大队"),
        ("五十家子镇力争明年建成一处区域性养老服务中心。", "新城子镇人民政府"),
        ("各学校本学期将组织开展一次乘车安全应急疏散演练。", "某某市教育体育局"),
        ("美罗镇中心小学表示，本学期将配合镇卫生院开展学生视力筛查。", "某某县人民医院"),
    ],
)
def test_another_bodys_plan_is_neither(sentence, issuer):
    assert _kinds(sentence, issuer) == ()


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        ("我院本学期将派出医生到各中小学开展视力筛查。", "某某县人民医院"),
        ("我局本学期将组织开展一次乘车安全应急疏散演练。", "某某市教育体育局"),
        ("新城子镇计划年底前建成一处日间照料中心。", "新城子镇人民政府"),
    ],
)
def test_the_bodys_own_plan_still_promises(sentence, issuer):
    assert _kinds(sentence, issuer) == ("commitment",)


def test_either_signer_of_a_joint_reply_promises_for_it():
    joint = "某某县教育和体育局　某某县卫生健康局"
    for sentence in (
        "县教育和体育局将于11月底前编印近视防控家长手册。",
        "县卫生健康局将于11月底前组织视力筛查。",
    ):
        assert _kinds(sentence, joint) == ("commitment",)
    assert _kinds("县财政局将于11月底前拨付资金。", joint) == ()  # (a third bureau's plan)
