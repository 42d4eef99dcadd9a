"""Met on made_up/qa41 (q41-zh-27): a count of harvesters asked was answered with the line
of the letter that states it, and beside it a toy maker's robots from another letter, which
shared the word 机器 and counted nothing asked.  When a sentence states the fact asked,
another letter's sentence is chosen only if it states one too.  The letters are made up."""

from __future__ import annotations

from letter_builders import passage_of

from rag.answer.extractive import answer_extractive

HARVESTERS = passage_of(
    "（二）机械化生产。统筹农机购置补贴，2023年新增薏仁收获机械46台，机收率达到38%。",
    "coix",
    "关于做强薏仁产业的提案的答复",
    0.5,
    "某某市农业农村局",
)
PRODUCTS = passage_of(
    "全市有薏仁加工企业27家，开发了薏仁米、薏仁粉等产品。",
    "coix",
    "关于做强薏仁产业的提案的答复",
    0.45,
    "某某市农业农村局",
)
TOYS = passage_of(
    "2024年，区财政安排工业企业技术改造奖补资金3500万元，支持53家玩具企业购置注塑机器人、"
    "自动喷涂线等设备。",
    "toys",
    "关于推动玩具产业升级的提案的答复",
    0.9,
    "某某区工业和信息化局",
)


def test_another_letters_line_stating_nothing_asked_is_left_out():
    answer = answer_extractive("去年新添了多少台收薏仁的机器？", [HARVESTERS, TOYS, PRODUCTS])
    assert "46台" in answer.text
    assert {c.source for c in answer.citations} == {"coix.txt"}
    assert "玩具" not in answer.text
