"""A reply that answers each of the proposal's points in a paragraph of its own, opened by a
run-in line restating the point ("关于将文物看护员补贴由每月300元提高到800元的建议。"): that
line matches a question best and answers nothing by itself, so the sentence after it is
quoted with it — met on made_up/qa33.  The letter here is made up."""

from __future__ import annotations

from letter_builders import passage_of

from rag.answer.extractive import answer_extractive

RELICS = passage_of(
    "关于将文物看护员补贴由每月300元提高到800元的建议。看护员补贴由县财政统一安排，"
    "按代表建议的标准测算每年需增加资金13.8万元，县财政难以承担，暂不能调整。\n\n"
    "关于恢复在大云院内举办庙会的建议。大云院为木结构古建筑，存在重大火灾隐患，该建议不予采纳。",
    "relics",
    "关于加强基层文物看护工作的建议",
    0.9,
    issuer="某某县文物局",
)
OTHER = passage_of(
    "为方便市民就近找到设备，我们在微信小程序上线了电子地图，上线一个月来查询量达到2.3万次。",
    "aed",
    "关于推广AED的建议",
    0.8,
    issuer="某市卫生健康委员会",
)


def test_the_answer_after_a_restated_point_is_quoted_with_it():
    answer = answer_extractive("看文物的人一个月才300块，能给涨到800吗？", [RELICS, OTHER])
    assert not answer.refused
    assert "暂不能调整" in answer.text and "13.8万元" in answer.text
    assert answer.citations[0].quote.startswith("关于将文物看护员补贴")


def test_the_sentence_after_is_quoted_from_the_topic_lines_paragraph_only():
    answer = answer_extractive("大云院为什么不能办庙会？", [RELICS, OTHER])
    assert not answer.refused and "火灾隐患" in answer.text
    assert "13.8万元" not in answer.text
